import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAnswers } from '../../src/answers/read-answers.js';
import { runInterview } from '../../src/interview/run-interview.js';
import { ScriptedPrompter, Seq, type Policy } from './scripted-prompter.js';

export async function tempAnswersFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pmhc-interview-'));
  return join(dir, 'answers.yaml');
}

/** Runs the interview with a scripted prompter; returns the prompter, exit code and written text. */
export async function interview(
  file: string,
  script: Record<string, unknown> = {},
  options: { policy?: Policy; all?: boolean; interruptAt?: string } = {},
) {
  // Copied, because the prompter consumes lists and sequences as it answers.
  const copy = Object.fromEntries(
    Object.entries(script).map(([id, v]) => [
      id,
      v instanceof Seq ? new Seq([...v.values]) : Array.isArray(v) ? [...v] : v,
    ]),
  );
  const prompter = new ScriptedPrompter(copy, options.policy ?? 'min', options.interruptAt);
  const code = await runInterview({
    answersFile: file,
    displayName: 'answers.yaml',
    all: options.all ?? false,
    prompter,
    today: '2026-12-01',
  });
  const text = await readFile(file, 'utf8').catch(() => null);
  return { prompter, code, text };
}

export function validate(text: string) {
  return parseAnswers(text, 'answers.yaml');
}

/** The essentials of a new jurisdiction, by question id. */
export const BASICS: Record<string, unknown> = {
  'jurisdiction.name': 'City of Riverbend',
  'jurisdiction.state': 'CA',
  'lead_agency.name': 'Riverbend Police Department',
  'lead_agency.type': 'municipal-police',
  'partners.0.name': 'Riverbend County Behavioral Health',
  'partners.0.short_name': 'RCBH',
  'partners.0.type': 'county-behavioral-health',
  'partners.0.hipaa_status': 'covered-entity',
  'program.models': ['co-responder'],
};
