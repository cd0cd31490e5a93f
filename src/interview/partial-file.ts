import { readFile, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { writeAtomic } from '../util/write-atomic.js';
import { isRecord, type Draft } from './draft.js';
import { parseYaml } from './update-yaml.js';

/** What an unfinished interview leaves beside the answers file, so the next run can resume. */
export interface PartialInterview {
  /** Whether the interrupted run was revisiting everything (`--all`). */
  all: boolean;
  essentials: boolean;
  /** Keys already answered in that run. */
  asked: string[];
  answers: Draft;
}

/** `answers.yaml.partial` beside `answers.yaml`. */
export function partialPathOf(answersFile: string): string {
  return `${answersFile}.partial`;
}

/** Writes the unfinished interview atomically; `displayName` is the answers file as the user named it. */
export async function savePartial(
  answersFile: string,
  partial: PartialInterview,
  displayName = basename(answersFile),
): Promise<void> {
  const name = displayName;
  const header =
    `# Unfinished \`pmhc interview\` for ${name}, saved after every answer.\n` +
    `# Run \`pmhc interview --answers ${name}\` to resume; delete this file to start over.\n`;
  const body = stringify(
    {
      interview: { all: partial.all, essentials: partial.essentials, asked: partial.asked },
      answers: partial.answers,
    },
    { lineWidth: 0 },
  );
  await writeAtomic(partialPathOf(answersFile), header + body);
}

/** The unfinished interview, or null when there is none (or it cannot be read). */
export async function loadPartial(answersFile: string): Promise<PartialInterview | null> {
  let text: string;
  try {
    text = await readFile(partialPathOf(answersFile), 'utf8');
  } catch {
    return null;
  }
  const doc = parseYaml(text);
  if (doc.errors.length > 0) return null;
  const data: unknown = doc.toJS();
  if (!isRecord(data) || !isRecord(data.answers) || !isRecord(data.interview)) return null;
  const { interview } = data;
  return {
    all: interview.all === true,
    essentials: interview.essentials === true,
    asked: Array.isArray(interview.asked) ? interview.asked.map(String) : [],
    answers: data.answers,
  };
}

export async function removePartial(answersFile: string): Promise<void> {
  await rm(partialPathOf(answersFile), { force: true });
}
