import { describe, expect, it } from 'vitest';
import { STATES } from '../../src/answers/enums.js';
import { stateLawFileOf } from '../../src/legal/state-law-files.js';
import { pmhc } from '../support/cli.js';

describe('pmhc law', () => {
  it('should print each Texas fact with its citation, source, excerpt and verified-on date, then what is left', async () => {
    const result = await pmhc(['law', 'TX', '--on', '2026-12-01']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Texas (TX): emergency detention (Tex. Health & Safety Code ch. 573)');
    expect(result.stdout).toContain('Facts verified 2026-12-02; review by 2027-06-01.');
    const file = stateLawFileOf('TX')!;
    for (const fact of Object.values(file.facts)) {
      expect(result.stdout).toContain(`Citation: ${fact.citation}`);
      expect(result.stdout).toContain(fact.source.url);
    }
    expect(result.stdout).toContain(
      'Source: official bill text (may predate a later amendment), http://capitol.texas.gov/',
    );
    expect(result.stdout).toContain('Source: secondary copy, https://');
    expect(result.stdout).toContain('More stringent than HIPAA: for counsel to decide');
    const left = result.stdout.slice(result.stdout.indexOf('Left for counsel'));
    expect(left).toContain('- Time at the facility:');
    expect(left).toContain('S.B. 1164');
  });

  it('should say when the review date has passed', async () => {
    const result = await pmhc(['law', 'or', '--on', '2027-06-02']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('review by 2027-06-01 (REVIEW DATE PASSED: re-verify before use)');
  });

  it('should print the same as JSON', async () => {
    const result = await pmhc(['law', 'CA', '--json', '--on', '2026-12-01']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.hasFile).toBe(true);
    expect(report.terms.common_name).toBe('5150 hold');
    const initiators = report.facts.find((f: { key: string }) => f.key === 'initiators');
    expect(initiators).toMatchObject({
      citation: 'Cal. Welf. & Inst. Code § 5150(a)',
      verified_on: '2026-12-01',
    });
    expect(initiators.source.kind).toBe('secondary-copy');
    expect(report.leftForCounsel.map((l: { topic: string }) => l.topic)).toContain('advisement');
  });

  it('should work for every state code, showing a state without a file as left for counsel', async () => {
    for (const state of STATES) {
      const result = await pmhc(['law', state, '--json', '--on', '2026-12-01']);
      expect(result.code, state).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report.state).toBe(state);
      if (!report.hasFile) {
        expect(report.facts).toEqual([]);
        expect(report.leftForCounsel.length).toBeGreaterThan(10);
      }
    }
    const pennsylvania = await pmhc(['law', 'PA', '--on', '2026-12-01']);
    expect(pennsylvania.stdout).toContain('no verified statement');
    expect(pennsylvania.stdout).toContain('Citation: 50 P.S. § 7302');
  });

  it('should refuse an unknown state, a missing one and a bad date with exit code 2', async () => {
    const unknown = await pmhc(['law', 'Texas']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no state `Texas`, expected a two-letter code');
    expect((await pmhc(['law'])).code).toBe(2);
    const date = await pmhc(['law', 'TX', '--on', 'June 1']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('expected a date YYYY-MM-DD');
  });
});
