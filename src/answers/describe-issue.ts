import type { z } from 'zod';

/** A zod issue in the project's words: what is wrong and what is expected. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value': {
      const missing = issue.input === undefined ? 'missing required field, ' : '';
      return `${missing}expected one of ${listValues(issue.values.map((v) => String(v)))}`;
    }
    case 'invalid_type':
      if (issue.input === undefined) return `missing required field, expected ${article(issue.expected)}`;
      return `expected ${article(issue.expected)}, got ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

/**
 * A hint for the commonest mistakes, when one fits: the allowed value the answer resembles
 * (`CA` for `ca`), or how to write a date. Like the messages, hints never repeat the answer itself:
 * error output gets pasted into tickets and chat.
 */
export function hintForIssue(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
    const wanted = normalize(issue.input);
    const values = issue.values.map((v) => String(v));
    const match = values.find((v) => normalize(v) === wanted);
    if (match !== undefined) return `did you mean \`${match}\`? Write it exactly as listed`;
    const longer = wanted.length >= 3 ? values.filter((v) => normalize(v).startsWith(wanted)) : [];
    if (longer.length > 0) return `did you mean ${longer.map((v) => `\`${v}\``).join(' or ')}?`;
    if (values.length > 12 && wanted.length > 0) {
      const same = values.filter((v) => normalize(v).startsWith(wanted.charAt(0)));
      if (same.length > 0)
        return `the allowed values that start with ${wanted.charAt(0).toUpperCase()}: ${same.join(', ')}`;
    }
    return undefined;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'boolean' && typeof issue.input === 'string') {
    return 'write true (for yes) or false (for no), without quotes';
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof issue.input === 'number') {
    return 'put it in quotes, e.g. version: "2026.1": without quotes YAML reads it as a number';
  }
  if (issue.code === 'invalid_format' && /YYYY-MM-DD/.test(issue.message)) {
    return "write the year first, then month and day, in quotes: '2026-07-01' for July 1, 2026 (not 07/01/2026)";
  }
  return undefined;
}

/** Lower case, and spaces and underscores as hyphens: `Municipal Police` finds `municipal-police`. */
function normalize(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function listValues(values: string[]): string {
  if (values.length <= 12) return values.join(', ');
  return `${values.slice(0, 8).join(', ')}, … (${values.length} values; \`pmhc schema\` lists them)`;
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'a text',
    number: 'a number',
    boolean: 'true or false',
    object: 'a group of fields',
    array: 'a list',
  };
  return words[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return 'a text';
  if (typeof value === 'number')
    return Number.isFinite(value) ? 'a number' : 'an infinite or not-a-number value (.inf, .nan, 1e400)';
  if (typeof value === 'boolean') return 'true or false';
  return typeof value;
}
