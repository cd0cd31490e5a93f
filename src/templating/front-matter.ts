import { z } from 'zod';
import { F_MODELS, F_PARTNER_TYPES, keysOf } from '../answers/enums.js';
import { CONSENT_LANGUAGES } from '../answers/consent-schema.js';

/** What a template says about itself, above its body. */
export const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected lowercase letters, digits and dashes'),
  title: z.string().min(1),
  /** A short form of the title for the running header (fits one line beside the version). */
  short_title: z.string().min(1).max(60).optional(),
  /** `report` templates are written by their own command (`pmhc assess`), never into the packet. */
  kind: z.enum(['agreement', 'policy', 'plan', 'form', 'overview', 'report']),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version like 1.0.0'),
  when: z
    .strictObject({
      models: z.array(z.enum(F_MODELS)).optional(),
      partner_types: z.array(z.enum(F_PARTNER_TYPES)).optional(),
      /** A translation: built only when the answers ask for the consent form in this language. */
      consent_language: z.enum(keysOf(CONSENT_LANGUAGES)).optional(),
      /** Built only when a party is a 42 CFR Part 2 program or lawful holder of Part 2 records. */
      part2_records: z.literal(true).optional(),
    })
    .optional(),
  elements: z.array(z.number().int().min(1).max(10)).default([]),
  sources: z.array(z.string().min(1)).min(1, 'expected at least one source the drafting rests on'),
  /** BCP 47 tag of the template's text; writers set it as the document's language. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'expected a language tag such as en-US or es')
    .default('en-US'),
  /** Order of the document in the packet; lower comes first. */
  order: z.number().int().default(100),
});

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** Splits `---\nyaml\n---\nbody`; returns the body's first line number (1-based) too. */
export function splitFrontMatter(source: string): { yaml: string; body: string; bodyLine: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) return null;
  const yaml = match[1] ?? '';
  return { yaml, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
