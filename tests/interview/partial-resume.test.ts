import { access, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { interviewCommand } from '../../src/cli/commands/interview.js';
import { BASICS, interview, tempAnswersFile, validate } from './helpers.js';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe('nothing is lost', () => {
  it('should keep every answer given before Ctrl-C in a partial file beside the answers file', async () => {
    const file = await tempAnswersFile();
    const run = await interview(file, { depth: false, ...BASICS }, { interruptAt: 'partners.0.type' });
    expect(run.code).toBe(130);
    expect(run.text).toBeNull();
    expect(run.prompter.said.join('\n')).toContain('saved in answers.yaml.partial');
    const partial = await readFile(`${file}.partial`, 'utf8');
    expect(partial).toContain('name: City of Riverbend');
    expect(partial).toContain('name: Riverbend County Behavioral Health');
  });

  it('should resume from the partial file without asking again, then remove it', async () => {
    const file = await tempAnswersFile();
    await interview(file, { depth: false, ...BASICS }, { interruptAt: 'partners.0.type' });
    const resumed = await interview(file, { resume: true, ...BASICS });
    expect(resumed.code).toBe(0);
    const ids = resumed.prompter.ids();
    expect(ids[0]).toBe('resume');
    expect(ids).not.toContain('jurisdiction.name');
    expect(ids).not.toContain('partners.0.name');
    expect(ids).toContain('partners.0.type');
    expect(ids).toContain('partners.0.hipaa_status');
    expect(validate(resumed.text ?? '').diagnostics).toEqual([]);
    expect(await exists(`${file}.partial`)).toBe(false);
  });

  it('should resume an interrupted --all run as --all, and an existing file stays untouched until the end', async () => {
    const file = await tempAnswersFile();
    const first = await interview(file, { depth: true, ...BASICS });
    const before = first.text;
    await interview(
      file,
      { 'jurisdiction.name': 'Town of Riverbend' },
      { all: true, interruptAt: 'lead_agency.type' },
    );
    expect(await readFile(file, 'utf8')).toBe(before);
    const resumed = await interview(file, { resume: true });
    expect(resumed.prompter.ids()).toContain('lead_agency.type');
    expect(resumed.prompter.ids()).toContain('partners:menu');
    expect(resumed.prompter.ids()).not.toContain('jurisdiction.name');
    expect(validate(resumed.text ?? '').answers?.jurisdiction.name).toBe('Town of Riverbend');
  });

  it('should start over from the answers file when the user declines to resume', async () => {
    const file = await tempAnswersFile();
    await interview(file, { depth: false, ...BASICS }, { interruptAt: 'partners.0.type' });
    const fresh = await interview(file, { resume: false, depth: true, ...BASICS });
    expect(fresh.prompter.ids()).toContain('jurisdiction.name');
    expect(fresh.code).toBe(0);
  });

  it('should exit at once with a pointer to the answers file and `pmhc validate` without a terminal', async () => {
    const err: string[] = [];
    const code = await interviewCommand.run(
      { values: { answers: 'answers.yaml' }, positionals: [] },
      { stdout: () => {}, stderr: (t) => err.push(t), cwd: '/tmp', env: {}, interactive: false },
    );
    expect(code).toBe(2);
    expect(err.join('')).toContain('needs a terminal');
    expect(err.join('')).toContain('pmhc validate answers.yaml');
  });
});
