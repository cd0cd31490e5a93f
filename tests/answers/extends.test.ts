import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers, readAnswersFile } from '../../src/answers/read-answers.js';
import { MAX_CHAIN, mergeAnswers } from '../../src/answers/extends.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';

/** Shared defaults of a state: everything a site needs but its own names. */
const STATE_DEFAULTS = `jurisdiction:
  state: TX
  population: 50000
lead_agency:
  type: sheriff
partners:
  - id: lmha
    name: Regional Mental Health Authority
    type: mental-health-authority
    hipaa_status: covered-entity
    part2_status: not-part2
program:
  models: [co-responder]
agreement:
  termination_notice_days: 90
  term_years: 3
`;

const SITE = `extends: ../state-defaults.yaml
jurisdiction:
  name: Rio Lento County
  population: 8000
lead_agency:
  name: Rio Lento County Sheriff's Office
agreement:
  term_years: 5
`;

/** A workspace holding `files` (paths relative to it); returns the folder. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmhc-extends-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function read(files: Record<string, string>, site = 'sites/a.yaml') {
  const dir = workspace(files);
  const result = await readAnswersFile(join(dir, site), site);
  return { ...result, lines: result.diagnostics.map(formatDiagnostic) };
}

describe('extends: shared defaults', () => {
  it('should merge maps key by key, the site winning, and keep inherited values it does not repeat', async () => {
    const { answers, diagnostics, files } = await read({
      'state-defaults.yaml': STATE_DEFAULTS,
      'sites/a.yaml': SITE,
    });
    expect(diagnostics).toEqual([]);
    expect(answers?.jurisdiction).toMatchObject({ name: 'Rio Lento County', state: 'TX', population: 8000 });
    expect(answers?.lead_agency.type).toBe('sheriff');
    expect(answers?.agreement.term_years).toBe(5);
    expect(answers?.agreement.termination_notice_days).toBe(90);
    expect(answers?.partners.map((p) => p.id)).toEqual(['lmha']);
    expect(files).toEqual(['sites/a.yaml', 'state-defaults.yaml']);
  });

  it('should replace an inherited list whole rather than add to it', () => {
    expect(mergeAnswers({ a: [1, 2], b: { c: 1, d: 2 } }, { a: [3], b: { d: null } })).toEqual({
      a: [3],
      b: { c: 1, d: null },
    });
  });

  it('should point an error at the file and line that wrote the bad value, in whichever file that is', async () => {
    const badDefault = STATE_DEFAULTS.replace(
      'termination_notice_days: 90',
      'termination_notice_days: ninety',
    );
    const { lines } = await read({ 'state-defaults.yaml': badDefault, 'sites/a.yaml': SITE });
    expect(lines).toEqual([
      'state-defaults.yaml:15:28  agreement.termination_notice_days: expected a number, got a text',
    ]);
    const badSite = SITE.replace('term_years: 5', 'term_years: five');
    const second = await read({ 'state-defaults.yaml': STATE_DEFAULTS, 'sites/a.yaml': badSite });
    expect(second.lines).toEqual(['sites/a.yaml:8:15  agreement.term_years: expected a number, got a text']);
  });

  it('should point into the file whose list it is, not into the list it replaced', async () => {
    const site = `${SITE}partners:\n  - id: clinic\n    name: Clinic\n    type: nonprofit-provider\n    hipaa_status: covered\n    part2_status: not-part2\n`;
    const { lines } = await read({ 'state-defaults.yaml': STATE_DEFAULTS, 'sites/a.yaml': site });
    expect(lines[0]).toMatch(/^sites\/a\.yaml:13:19 {2}partners\[0\]\.hipaa_status: expected one of/);
  });

  it('should report a missing file, a circle and a non-text extends at the extends line', async () => {
    const missing = await read({ 'sites/a.yaml': SITE });
    expect(missing.lines).toEqual([
      'sites/a.yaml:1:10  extends: cannot extend `../state-defaults.yaml`: cannot read this file: no such file',
    ]);
    const circle = await read({
      'state-defaults.yaml': `extends: sites/a.yaml\n${STATE_DEFAULTS}`,
      'sites/a.yaml': SITE,
    });
    expect(circle.lines[0]).toMatch(/^state-defaults\.yaml:1:10 {2}extends: `sites\/a\.yaml` leads back/);
    expect(circle.answers).toBeNull();
    const notText = parseAnswers('extends: [a.yaml]\n', '/nowhere/a.yaml');
    expect(notText.diagnostics.map(formatDiagnostic)).toEqual([
      '/nowhere/a.yaml:1:10  extends: expected the path of an answers file, e.g. `../state-defaults.yaml`',
    ]);
  });

  it('should refuse a chain longer than MAX_CHAIN files', async () => {
    const files: Record<string, string> = { 'f0.yaml': 'extends: f1.yaml\n' };
    for (let i = 1; i <= MAX_CHAIN; i++) files[`f${i}.yaml`] = `extends: f${i + 1}.yaml\n`;
    files[`f${MAX_CHAIN + 1}.yaml`] = STATE_DEFAULTS;
    const { lines } = await read(files, 'f0.yaml');
    expect(lines).toEqual([
      `f${MAX_CHAIN - 1}.yaml:1:10  extends: more than ${MAX_CHAIN} files extend one another here\n    hint: merge some of the shared defaults files`,
    ]);
  });

  it('should hash the whole chain, so that a change in the shared defaults changes the answers text', async () => {
    const one = await read({ 'state-defaults.yaml': STATE_DEFAULTS, 'sites/a.yaml': SITE });
    const two = await read({
      'state-defaults.yaml': STATE_DEFAULTS.replace('term_years: 3', 'term_years: 4'),
      'sites/a.yaml': SITE,
    });
    expect(one.text).not.toBe(two.text);
    expect(one.text).toContain('term_years: 3');
  });

  it('should read the extended file through the caller’s reader (a git revision, say)', () => {
    const result = parseAnswers(SITE, 'sites/a.yaml', {
      path: '/ws/sites/a.yaml',
      readParent: (path) =>
        path === '/ws/state-defaults.yaml' ? STATE_DEFAULTS : { severity: 'error', message: 'no' },
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.answers?.jurisdiction.state).toBe('TX');
  });

  it('should read the portfolio examples as their shared Texas defaults plus their own answers', async () => {
    for (const site of ['llano-alto-county', 'rio-pardo-county']) {
      const file = `examples/portfolio/sites/${site}.yaml`;
      const { answers, diagnostics, files } = await readAnswersFile(file, file);
      expect(diagnostics).toEqual([]);
      expect(files).toEqual([file, 'examples/portfolio/texas-defaults.yaml']);
      expect(answers?.jurisdiction.state).toBe('TX');
      expect(answers?.agreement.liability).toBe('tort-claims-act');
      expect(answers?.jurisdiction.name).toMatch(/County$/);
    }
  });
});
