import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/schema.js';
import { draftDate, effectiveDateWarnings, latestRevision, timestampOf } from '../../src/build/dates.js';
import { UserError } from '../../src/diagnostics/errors.js';

// The date a draft carries (src/build/dates.ts): SOURCE_DATE_EPOCH, else the newest revision by
// date, else the effective date, else undated; never the clock.
type Revision = Answers['revisions'][number];
const revision = (version: string, date: string): Revision => ({ version, date, summary: `v${version}` });

function answersWith(revisions: Revision[], effective: string | null = null): Answers {
  return { revisions, agreement: { effective_date: effective } } as unknown as Answers;
}

describe('the newest revision', () => {
  it('should be the newest by date, wherever it is listed', () => {
    const listed = [revision('2', '2026-05-01'), revision('3', '2026-09-15'), revision('1', '2026-01-10')];
    expect(latestRevision(answersWith(listed))?.version).toBe('3');
    expect(draftDate(answersWith(listed), undefined)).toBe('2026-09-15');
  });

  it('should be the last listed among revisions of the same date', () => {
    const sameDay = [
      revision('2026.1', '2026-03-01'),
      revision('2026.2', '2026-03-01'),
      revision('0', '2025-12-31'),
    ];
    expect(latestRevision(answersWith(sameDay))?.version).toBe('2026.2');
  });

  it('should be none when there are no revisions', () => {
    expect(latestRevision(answersWith([]))).toBeNull();
  });
});

describe('draftDate', () => {
  const answers = answersWith([revision('1', '2026-03-01')], '2026-07-01');

  it('should take SOURCE_DATE_EPOCH first, as a UTC day', () => {
    expect(draftDate(answers, '1767225600')).toBe('2026-01-01');
    expect(draftDate(answers, '0')).toBe('1970-01-01');
    expect(draftDate(answers, '253402300799')).toBe('9999-12-31');
    expect(draftDate(answers, '1767311999')).toBe('2026-01-01');
  });

  it('should ignore an empty SOURCE_DATE_EPOCH, then fall back to the revision, the effective date, none', () => {
    expect(draftDate(answers, '')).toBe('2026-03-01');
    expect(draftDate(answers, undefined)).toBe('2026-03-01');
    expect(draftDate(answersWith([], '2026-07-01'), undefined)).toBe('2026-07-01');
    expect(draftDate(answersWith([]), undefined)).toBeNull();
  });

  it('should refuse a SOURCE_DATE_EPOCH that is not a whole number of seconds up to the year 9999', () => {
    for (const bad of ['-1', '1.5', '1e9', ' 1', 'tomorrow', '253402300800', '99999999999999999999']) {
      let thrown: unknown;
      try {
        draftDate(answers, bad);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, bad).toBeInstanceOf(UserError);
      const [problem] = (thrown as UserError).diagnostics;
      expect(problem?.message, bad).toContain(
        `SOURCE_DATE_EPOCH \`${bad}\` is not a whole number of seconds`,
      );
      expect(problem?.hint).toBe('unset SOURCE_DATE_EPOCH to date the drafts from the answers file');
      expect((thrown as UserError).exitCode).toBe(2);
    }
  });

  it('should quote at most 40 characters of a bad SOURCE_DATE_EPOCH', () => {
    const long = 'x'.repeat(100);
    expect(() => draftDate(answers, long)).toThrow(`SOURCE_DATE_EPOCH \`${'x'.repeat(40)}\` is not`);
  });
});

describe('timestampOf', () => {
  it('should be midnight UTC of the draft date, or a fixed epoch when undated', () => {
    expect(timestampOf('2026-03-01')).toBe('2026-03-01T00:00:00Z');
    expect(timestampOf(null)).toBe('2000-01-01T00:00:00Z');
  });
});

describe('effectiveDateWarnings', () => {
  it('should warn when the effective date is before the draft date (an open item in the drafts)', () => {
    expect(effectiveDateWarnings('2026-01-01', '2026-03-01', undefined)).toEqual([
      "agreement.effective_date 2026-01-01 is before the draft's date 2026-03-01: set agreement.effective_date on or after the expected date of signature (the drafts show it as an open item)",
    ]);
  });

  it('should warn when the effective date is already past today, the draft date being earlier or unknown', () => {
    const past = [
      'agreement.effective_date 2026-06-01 is already past (today is 2026-12-01): set agreement.effective_date on or after the expected date of signature',
    ];
    expect(effectiveDateWarnings('2026-06-01', '2026-05-01', '2026-12-01')).toEqual(past);
    expect(effectiveDateWarnings('2026-06-01', null, '2026-12-01')).toEqual(past);
  });

  it('should say nothing for an effective date on or after both dates, or none at all', () => {
    expect(effectiveDateWarnings('2026-03-01', '2026-03-01', '2026-03-01')).toEqual([]);
    expect(effectiveDateWarnings('2027-01-01', '2026-03-01', '2026-12-01')).toEqual([]);
    expect(effectiveDateWarnings('2027-01-01', null, undefined)).toEqual([]);
    expect(effectiveDateWarnings(null, '2026-03-01', '2026-12-01')).toEqual([]);
  });

  it('should give only the draft-date warning when the date is before both', () => {
    expect(effectiveDateWarnings('2026-01-01', '2026-03-01', '2026-12-01')).toHaveLength(1);
    expect(effectiveDateWarnings('2026-01-01', '2026-03-01', '2026-12-01')[0]).toContain(
      "before the draft's date",
    );
  });
});
