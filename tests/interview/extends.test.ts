import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseAnswers } from '../../src/answers/read-answers.js';
import { interviewCommand } from '../../src/cli/commands/interview.js';
import { runInterview } from '../../src/interview/run-interview.js';
import { ScriptedPrompter } from './scripted-prompter.js';

const DEFAULTS = join(import.meta.dirname, '../../examples/portfolio/texas-defaults.yaml');
const SITE = join(import.meta.dirname, '../../examples/portfolio/sites/llano-alto-county.yaml');

/** A workspace with the Texas defaults and a site that extends them (`site.yaml`). */
async function workspace(siteText?: string) {
  const dir = await mkdtemp(join(tmpdir(), 'pmhc-extends-'));
  await copyFile(DEFAULTS, join(dir, 'texas-defaults.yaml'));
  const site = join(dir, 'site.yaml');
  const text =
    siteText ?? (await readFile(SITE, 'utf8')).replaceAll('../texas-defaults.yaml', 'texas-defaults.yaml');
  await writeFile(site, text);
  return { dir, site, text };
}

async function interview(
  site: string,
  script: Record<string, unknown>,
  options: { all?: boolean; extendsFile?: string } = {},
) {
  const prompter = new ScriptedPrompter(script, 'min');
  const code = await runInterview({
    answersFile: site,
    displayName: 'site.yaml',
    all: options.all ?? false,
    extendsFile: options.extendsFile,
    prompter,
    today: '2026-12-01',
  });
  const text = await readFile(site, 'utf8').catch(() => null);
  return { prompter, code, text };
}

const merged = (text: string, site: string) => parseAnswers(text, 'site.yaml', { path: site });

describe('the interview on a site that extends shared defaults', () => {
  it('should not ask what the defaults answer, and write only the site\u2019s own answers', async () => {
    const { site } = await workspace();
    const run = await interview(site, { review: 'write' });
    expect(run.code).toBe(0);
    const ids = run.prompter.ids();
    // Answered by texas-defaults.yaml: never asked.
    for (const id of [
      'jurisdiction.state',
      'program.models',
      'training.cit_course_hours',
      'measures.selected',
    ])
      expect(ids).not.toContain(id);
    expect(run.prompter.said.join('\n')).toContain('texas-defaults.yaml already answers is not asked again');
    const own = parse(run.text ?? '') as Record<string, Record<string, unknown>>;
    expect(own.extends).toBe('texas-defaults.yaml');
    // Nothing inherited was copied into the site's file.
    expect(own.jurisdiction?.state).toBeUndefined();
    expect(own.training).toBeUndefined();
    expect(own.measures).toBeUndefined();
    const answers = merged(run.text ?? '', site);
    expect(answers.diagnostics).toEqual([]);
    expect(answers.answers?.jurisdiction.state).toBe('TX');
    expect(answers.answers?.training.cit_course_hours).toBe(40);
  });

  it('should write an inherited answer the user changes into the site\u2019s file, and only that', async () => {
    const { site } = await workspace();
    const run = await interview(site, { 'training.cit_course_hours': '32', review: 'write' }, { all: true });
    expect(run.code).toBe(0);
    expect(run.prompter.ids()).toContain('training.cit_course_hours');
    const own = parse(run.text ?? '') as Record<string, Record<string, unknown>>;
    expect(own.training).toEqual({ cit_course_hours: 32 });
    expect(own.measures).toBeUndefined();
    expect(merged(run.text ?? '', site).answers?.training.cit_target_percent).toBe(30);
  });

  it('should keep a key the site wrote in step when it is set back to the inherited value', async () => {
    const base = (await readFile(SITE, 'utf8')).replaceAll('../texas-defaults.yaml', 'texas-defaults.yaml');
    const { site } = await workspace(`${base}training:\n  cit_course_hours: 24\n`);
    const run = await interview(site, { 'training.cit_course_hours': '40', review: 'write' }, { all: true });
    expect(run.code).toBe(0);
    expect(merged(run.text ?? '', site).answers?.training.cit_course_hours).toBe(40);
  });

  it('should start a new site from the defaults with --extends, asking only the rest', async () => {
    const { dir } = await workspace();
    const site = join(dir, 'new-site.yaml');
    const run = await interview(
      site,
      {
        depth: true,
        'jurisdiction.name': 'Cuervo County',
        'lead_agency.name': 'Cuervo County Sheriff\u2019s Office',
        'lead_agency.type': 'sheriff',
        review: 'write',
      },
      { extendsFile: 'texas-defaults.yaml' },
    );
    expect(run.code).toBe(0);
    expect(run.prompter.ids()).not.toContain('jurisdiction.state');
    expect(run.prompter.ids()).not.toContain('program.models');
    const own = parse(run.text ?? '') as Record<string, Record<string, unknown>>;
    expect(own.extends).toBe('texas-defaults.yaml');
    expect(own.program?.models).toBeUndefined();
    const answers = merged(run.text ?? '', site);
    expect(answers.answers?.jurisdiction.state).toBe('TX');
    expect(answers.answers?.jurisdiction.name).toBe('Cuervo County');
  });

  it('should refuse a site whose defaults are missing, saying where, and leave the file as it was', async () => {
    const text = 'extends: no-such-defaults.yaml\njurisdiction:\n  name: Cuervo County\n';
    const { site } = await workspace(text);
    const run = await interview(site, {});
    expect(run.code).toBe(1);
    const said = run.prompter.said.join('\n');
    expect(said).toMatch(/site\.yaml:1:\d+/);
    expect(said).toContain('no-such-defaults.yaml');
    expect(run.text).toBe(text);
  });

  it('should refuse --extends on an existing file, and defaults that do not exist', async () => {
    const { dir } = await workspace();
    const stderr: string[] = [];
    const io = {
      stdout: () => undefined,
      stderr: (s: string) => void stderr.push(s),
      cwd: dir,
      env: {},
      interactive: true,
    };
    const run = (argv: Record<string, unknown>) =>
      interviewCommand.run({ values: argv, positionals: [] } as never, io as never);
    expect(await run({ answers: 'site.yaml', extends: 'texas-defaults.yaml' })).toBe(2);
    expect(stderr.join('')).toContain('exists already');
    expect(await run({ answers: 'fresh.yaml', extends: 'missing.yaml' })).toBe(2);
    expect(stderr.join('')).toContain('--extends missing.yaml: no such file');
  });
});
