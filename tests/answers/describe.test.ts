import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeIssue, hintForIssue } from '../../src/answers/describe-issue.js';
import { describeYamlError, firstLine } from '../../src/answers/describe-yaml-error.js';

// What a user reads for each kind of problem, in the project's words, and the hints for the
// commonest mistakes; a hint never repeats the answer (error output is pasted into tickets).
const issue = (fields: Record<string, unknown>) =>
  ({ path: [], message: 'zod message', ...fields }) as unknown as z.core.$ZodIssue;
const values = (n: number) => Array.from({ length: n }, (_, i) => `value-${String.fromCharCode(97 + i)}`);

describe('describeIssue', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    [
      'a wrong choice',
      { code: 'invalid_value', values: ['a', 'b', 3], input: 'x' },
      'expected one of a, b, 3',
    ],
    [
      'a missing choice',
      { code: 'invalid_value', values: ['a'], input: undefined },
      'missing required field, expected one of a',
    ],
    [
      'twelve choices in full',
      { code: 'invalid_value', values: values(12), input: 'x' },
      `expected one of ${values(12).join(', ')}`,
    ],
    [
      'thirteen choices cut at eight',
      { code: 'invalid_value', values: values(13), input: 'x' },
      `expected one of ${values(8).join(', ')}, … (13 values; \`pmhc schema\` lists them)`,
    ],
    [
      'a missing text',
      { code: 'invalid_type', expected: 'string', input: undefined },
      'missing required field, expected a text',
    ],
    [
      'a list for a group',
      { code: 'invalid_type', expected: 'object', input: [] },
      'expected a group of fields, got a list',
    ],
    [
      'a group for a list',
      { code: 'invalid_type', expected: 'array', input: {} },
      'expected a list, got a group of fields',
    ],
    [
      'null for a number',
      { code: 'invalid_type', expected: 'number', input: null },
      'expected a number, got nothing (null)',
    ],
    [
      'a text for a flag',
      { code: 'invalid_type', expected: 'boolean', input: 'yes' },
      'expected true or false, got a text',
    ],
    [
      'a number for a text',
      { code: 'invalid_type', expected: 'string', input: 3 },
      'expected a text, got a number',
    ],
    [
      'infinity',
      { code: 'invalid_type', expected: 'number', input: Infinity },
      'expected a number, got an infinite or not-a-number value (.inf, .nan, 1e400)',
    ],
    [
      'a flag for a text',
      { code: 'invalid_type', expected: 'string', input: true },
      'expected a text, got true or false',
    ],
    ['another type', { code: 'invalid_type', expected: 'bigint', input: 1n }, 'expected bigint, got bigint'],
    ['any other issue', { code: 'too_small', minimum: 1 }, 'zod message'],
  ];
  it.each(cases)('%s', (_name, fields, message) => expect(describeIssue(issue(fields))).toBe(message));
});

describe('hintForIssue', () => {
  const choice = (input: unknown, list: string[]) =>
    hintForIssue(issue({ code: 'invalid_value', values: list, input }));
  it('should name the allowed value an answer resembles, in case, spaces or underscores', () => {
    expect(choice('ca', ['CA', 'TX'])).toBe('did you mean `CA`? Write it exactly as listed');
    expect(choice(' Municipal Police ', ['municipal-police'])).toBe(
      'did you mean `municipal-police`? Write it exactly as listed',
    );
    expect(choice('co_responder', ['co-responder'])).toBe(
      'did you mean `co-responder`? Write it exactly as listed',
    );
  });

  it('should complete the start of a value of three letters or more', () => {
    expect(choice('mob', ['mobile-crisis', 'mobile-outreach', 'cit'])).toBe(
      'did you mean `mobile-crisis` or `mobile-outreach`?',
    );
    expect(choice('mo', ['mobile-crisis'])).toBeUndefined();
  });

  it('should list the values with the same first letter only from a long list', () => {
    const states = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL'];
    expect(choice('Ax', states)).toBe('the allowed values that start with A: AL, AK, AZ, AR');
    expect(choice('Ax', states.slice(0, 12))).toBeUndefined();
    expect(choice('Qx', states)).toBeUndefined();
    expect(choice('', states)).toBeUndefined();
    expect(choice(3, states)).toBeUndefined();
  });

  it('should say how to write a flag, a quoted number and a date', () => {
    expect(hintForIssue(issue({ code: 'invalid_type', expected: 'boolean', input: 'yes' }))).toBe(
      'write true (for yes) or false (for no), without quotes',
    );
    expect(hintForIssue(issue({ code: 'invalid_type', expected: 'boolean', input: 1 }))).toBeUndefined();
    expect(hintForIssue(issue({ code: 'invalid_type', expected: 'string', input: 2026.1 }))).toBe(
      'put it in quotes, e.g. version: "2026.1": without quotes YAML reads it as a number',
    );
    expect(hintForIssue(issue({ code: 'invalid_type', expected: 'string', input: true }))).toBeUndefined();
    expect(hintForIssue(issue({ code: 'invalid_type', expected: 'number', input: 'x' }))).toBeUndefined();
    expect(hintForIssue(issue({ code: 'invalid_format', message: 'expected a date (YYYY-MM-DD)' }))).toMatch(
      /^write the year first, then month and day, in quotes: '2026-07-01'/,
    );
    expect(hintForIssue(issue({ code: 'invalid_format', message: 'expected an email' }))).toBeUndefined();
    expect(hintForIssue(issue({ code: 'too_big' }))).toBeUndefined();
  });
});

describe('describeYamlError', () => {
  const cases: [string, string, RegExp, RegExp][] = [
    [
      'TAB_AS_INDENT',
      '',
      /^a tab is used to indent this line$/,
      /^replace the tab with spaces; indent with spaces only/,
    ],
    [
      'BAD_INDENT',
      '',
      /^this line is not indented like the lines around it$/,
      /^indent with spaces only, and give the fields of one group the same number of spaces$/,
    ],
    [
      'BLOCK_AS_IMPLICIT_KEY',
      '',
      /^this value is read as the start of a group of fields$/,
      /in quotes, e\.g\. radio_channel: "RPD: Tac 3"; also check that the next line is not indented further/,
    ],
    [
      'MULTILINE_IMPLICIT_KEY',
      '',
      /^a field name runs over more than one line$/,
      /^write "name: value" with a space after the colon/,
    ],
    [
      'MULTIPLE_DOCS',
      '',
      /^the file holds more than one YAML document/,
      /^keep one answers file per jurisdiction/,
    ],
    ['DUPLICATE_KEY', '', /^this field appears twice in the same group$/, /^keep one of the two lines$/],
    [
      'MISSING_CHAR',
      'Sequence item without - indicator\nmore',
      /^this line is not indented like the other fields of the list item above it$/,
      /^the fields of a list item line up/,
    ],
    [
      'MISSING_CHAR',
      'Missing closing "quote\nat line 3',
      /^Missing closing "quote$/,
      /^a quotation mark or bracket opened above this point is never closed/,
    ],
    [
      'OTHER',
      'Something odd\nsecond line',
      /^Something odd$/,
      /^check the indentation \(indent with spaces only.*\); put a text that contains/,
    ],
  ];
  it.each(cases)('%s', (code, message, expected, hint) => {
    const described = describeYamlError(code, message);
    expect(described.message).toMatch(expected);
    expect(described.hint).toMatch(hint);
  });

  it('should give the first line of a message', () => {
    expect(firstLine('a\nb')).toBe('a');
    expect(firstLine('')).toBe('');
  });
});
