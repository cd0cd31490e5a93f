import type { Answers } from './schema.js';

/** The newest revision by date (the last listed among equal dates): its version heads every draft. */
export function latestRevision(answers: Answers): Answers['revisions'][number] | null {
  let latest: Answers['revisions'][number] | null = null;
  for (const revision of answers.revisions) if (!latest || revision.date >= latest.date) latest = revision;
  return latest;
}
