import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditChecks, auditProblems, type Check } from '../../scripts/check-audit/audit.js';
import { CHECKS } from '../../scripts/check-audit/checks.js';
import { TESTING_DOC, testFilesOf, testingDoc } from '../../scripts/check-audit/testing-doc.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = auditChecks(CHECKS, root, testFilesOf(root));

describe('the audit of protective checks', () => {
  it('should find a test that shows each check objecting, and each check still raising its words', () => {
    expect(auditProblems(results)).toEqual([]);
  });

  it('should give each check one id', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it(`should keep ${TESTING_DOC} current (npx tsx scripts/check-audit.ts --write)`, () => {
    expect(readFileSync(new URL(`../../${TESTING_DOC}`, import.meta.url), 'utf8')).toBe(testingDoc(results));
  });
});

describe('the audit on a fixture', () => {
  const fixture = fileURLToPath(new URL('../fixtures/check-audit/', import.meta.url));
  const source = 'guard.ts.txt';
  const guard = (id: string, ...raises: string[]): Check => ({ id, source, refuses: id, raises });
  const checks = [
    guard('empty', 'the value is empty'),
    guard('too-long', 'is too long'),
    guard('space', 'the value holds a space'),
    guard('dash', 'starts with a dash'),
    guard('renamed', 'the value is blank'),
  ];
  const audited = auditChecks(checks, fixture, ['guard.test.ts.txt']);

  it('should find the expectations that show a check objecting: directly, through a const, in an it.each table', () => {
    const byId = Object.fromEntries(audited.map((r) => [r.check.id, r.objections.map((o) => o.title)]));
    expect(byId).toEqual({
      empty: ['objects to an empty value'],
      'too-long': ['objects to a long value, through a const'],
      space: [],
      dash: ['a dash'],
      renamed: [],
    });
  });

  it('should object to a check shown only in an input or a .not expectation, and to a message that changed', () => {
    expect(auditProblems(audited)).toEqual([
      'space: no test shows it objecting (expected a test expecting “the value holds a space”)',
      'renamed: guard.ts.txt no longer holds the fragment “the value is blank”; update scripts/check-audit/checks.ts',
      'renamed: no test shows it objecting (expected a test expecting “the value is blank”)',
    ]);
  });
});
