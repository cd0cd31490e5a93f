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
  return typeof value;
}
