import type { Answers } from '../answers/schema.js';
import { userError } from '../diagnostics/errors.js';
import { latestRevision } from '../answers/latest-revision.js';

export { latestRevision };

/**
 * The date a draft carries. `SOURCE_DATE_EPOCH` wins (reproducible-builds convention); then the
 * newest revision's date; then the effective date; else the draft is undated. Never the clock.
 */
export function draftDate(answers: Answers, sourceDateEpoch: string | undefined): string | null {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    const seconds = Number(sourceDateEpoch);
    if (!Number.isInteger(seconds) || seconds < 0) {
      throw userError(
        `SOURCE_DATE_EPOCH \`${sourceDateEpoch}\` is not a whole number of seconds, expected e.g. 1767225600`,
        {},
        2,
      );
    }
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }
  return latestRevision(answers)?.date ?? answers.agreement.effective_date ?? null;
}

/** The timestamp stamped into file metadata: midnight UTC of the draft date, or a fixed epoch. */
export function timestampOf(date: string | null): string {
  return `${date ?? '2000-01-01'}T00:00:00Z`;
}
