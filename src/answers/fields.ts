import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { z } from 'zod';

/**
 * Builders for answer fields. Each field carries interview metadata (`prompt`, `help`) beside its
 * rule, so that the interview, the JSON Schema and the template checker all read one source.
 */
export interface FieldMeta {
  /** The question the interview asks. */
  prompt: string;
  /** One or two sentences of help, shown by the interview and as the JSON Schema description. */
  help?: string;
  /** Interview section this field belongs to (top-level groups only). */
  section?: string;
  /** Labels for enum values, in the order the interview lists them. */
  choices?: Record<string, string>;
  /** A visible blank label used by templates when the answer is left open. */
  blank?: string;
}

function withMeta<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ description: meta.help ?? meta.prompt, ...meta }) as T;
}

/** The most characters one answer may have (the file-level check allows a little more, for quotes). */
export const MAX_TEXT = 4000;
const tooLong = (max: number) => `expected at most ${max.toLocaleString('en-US')} characters`;

/** A required line of text; `max` characters at most (a version label must fit a page header). */
export function text(meta: FieldMeta, max = MAX_TEXT) {
  return withMeta(z.string().trim().min(1, 'expected a non-empty text').max(max, tooLong(max)), meta);
}

/** An optional line of text; left out, it is `null` in the model and a blank in the drafts. */
export function optionalText(meta: FieldMeta) {
  return withMeta(
    z
      .string()
      .trim()
      .min(1, 'expected a non-empty text')
      .max(MAX_TEXT, tooLong(MAX_TEXT))
      .nullable()
      .default(null),
    meta,
  );
}

/** An optional e-mail address, checked for its form (name@domain.tld), as zod checks it. */
export function optionalEmail(meta: FieldMeta) {
  return withMeta(
    z.email('expected an e-mail address such as name@agency.org').trim().nullable().default(null),
    meta,
  );
}

/**
 * An optional telephone number with its area code, checked by libphonenumber-js (a U.S. number
 * unless it starts with +country); an extension may follow ("541-555-0142 ext. 12"). The number
 * is kept as written.
 */
export function optionalPhone(meta: FieldMeta) {
  return withMeta(
    z
      .string()
      .trim()
      .refine(
        (value) => isValidPhoneNumber(value, 'US'),
        'expected a telephone number with its area code, e.g. 541-555-0142 or (541) 555-0142 ext. 12',
      )
      .nullable()
      .default(null),
    meta,
  );
}

/** A list of texts, possibly empty. */
export function textList(meta: FieldMeta) {
  return withMeta(
    z
      .array(z.string().trim().min(1, 'expected a non-empty text').max(MAX_TEXT, tooLong(MAX_TEXT)))
      .default([]),
    meta,
  );
}

/** An ISO calendar date (YYYY-MM-DD); YAML dates are read as strings so nothing shifts by time zone. */
export function optionalDate(meta: FieldMeta) {
  return withMeta(calendarDate().nullable().default(null), meta);
}

/** The years a program's papers can carry: a date outside them is a typing slip (0000, 20260). */
export const DATE_YEARS = { first: 1900, last: 2199 } as const;

/** A date as YYYY-MM-DD, in DATE_YEARS. */
export function calendarDate() {
  return z.iso.date('expected a date as YYYY-MM-DD').refine(
    (date) =>
      // Only a well-formed date has a year to judge; the format check above reports the rest.
      !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
      (Number(date.slice(0, 4)) >= DATE_YEARS.first && Number(date.slice(0, 4)) <= DATE_YEARS.last),
    {
      error: (issue) =>
        `the year ${String(issue.input).slice(0, 4)} cannot be a date of this program: expected a year from ${DATE_YEARS.first} to ${DATE_YEARS.last}, as YYYY-MM-DD`,
    },
  );
}

/** A whole number in a range, optional. */
export function optionalInt(meta: FieldMeta, min: number, max: number) {
  return withMeta(
    z
      .number({ error: 'expected a whole number' })
      .int('expected a whole number')
      .min(min, `expected at least ${min}`)
      .max(max, `expected at most ${max}`)
      .nullable()
      .default(null),
    meta,
  );
}

/** A number in a range with at most two decimals (1.5 FTE, 12.5 percent; never 1e-7), optional. */
export function optionalNumber(meta: FieldMeta, min: number, max: number) {
  return withMeta(
    z
      .number({ error: 'expected a number' })
      .min(min, `expected at least ${min}`)
      .max(max, `expected at most ${max}`)
      .refine(
        (n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6,
        'expected a number with at most two decimals',
      )
      .nullable()
      .default(null),
    meta,
  );
}

/** Yes or no, with a default. */
export function flag(meta: FieldMeta, fallback: boolean) {
  return withMeta(z.boolean({ error: 'expected true or false' }).default(fallback), meta);
}

/** Yes, no, or not yet known (null). */
export function optionalFlag(meta: FieldMeta) {
  return withMeta(z.boolean({ error: 'expected true or false' }).nullable().default(null), meta);
}

/** One of a fixed set of values; `meta.choices` labels them. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, meta: FieldMeta) {
  return withMeta(z.enum(values), { ...meta, choices: meta.choices ?? labelsOf(values) });
}

/** One of a fixed set of values, or null when not yet known. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T, meta: FieldMeta) {
  return withMeta(z.enum(values).nullable().default(null), {
    ...meta,
    choices: meta.choices ?? labelsOf(values),
  });
}

/** Several of a fixed set of values. */
export function choices<const T extends readonly [string, ...string[]]>(values: T, meta: FieldMeta) {
  // A value listed twice would print its clauses twice.
  const once = z.array(z.enum(values)).superRefine((list, ctx) => {
    list.forEach((value, index) => {
      if (list.indexOf(value) < index)
        ctx.addIssue({ code: 'custom', message: `\`${value}\` is already listed above`, path: [index] });
    });
  });
  return withMeta(once.default([]), {
    ...meta,
    choices: meta.choices ?? labelsOf(values),
  });
}

function labelsOf(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => [v, v.replace(/-/g, ' ')]));
}

/** A short identifier used to refer to a partner from elsewhere in the file. */
export function slug(meta: FieldMeta) {
  return withMeta(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'expected a short id of lowercase letters, digits and dashes'),
    meta,
  );
}
