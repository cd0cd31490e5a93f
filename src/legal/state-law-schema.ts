import { z } from 'zod';

/**
 * The facts a state file may hold, in the order an officer meets them. Each key is one element
 * of the state's procedure or privacy law; a key a file leaves out is a blank for counsel.
 */
export const FACT_KEYS = [
  'initiators',
  'criteria',
  'criteria_evidence',
  'mental_illness',
  'destination',
  'prohibited_destinations',
  'ems_transfer',
  'advisement',
  'forms',
  'notices',
  'facility_acceptance',
  'officer_release',
  'duration',
  'firearms',
  'minors',
  'warrants',
  'arrest_diversion',
  'jail_notice',
  'mental_health_records',
  'emergency_disclosure',
  'sud_records',
  'health_information',
  'minors_consent',
  'breach_notification',
  'interlocal_authority',
  'liability_limit',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

const isoDate = z.iso.date();
const nonEmpty = z.string().trim().min(1);

/** Where a fact was checked: the page read, and whether it is the legislature's own text. */
const sourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /**
   * `official`: the legislature's or code publisher's own text of the code; `official-bill-text`:
   * the legislature's own text of a bill (as filed or enrolled) that sets the section out as it
   * then read or as the bill enacted it, which is official but may predate a later amendment;
   * `secondary-copy`: a copy on another site that reproduces the statute text.
   */
  kind: z.enum(['official', 'official-bill-text', 'secondary-copy']),
  /** What the page is and how current it says it is, e.g. "Casetext copy, current through the 2023 sessions". */
  note: nonEmpty,
});

/** One verified fact: a plain-words statement a draft may use, with what it was checked against. */
export const factSchema = z.strictObject({
  statement: nonEmpty,
  citation: nonEmpty,
  source: sourceSchema,
  /** A short passage of the statute text as read, to check the statement against. */
  excerpt: z.string().trim().min(20).max(700),
  verified_on: isoDate,
  /** The amending act or history line shown with the text, when the copy shows one. */
  as_amended: nonEmpty.optional(),
  /** Who the law binds (confidentiality facts): the flows model reads this. */
  binds: nonEmpty.optional(),
  /** Whether the law is more stringent than HIPAA (45 CFR 160.202): `null` until counsel decides. */
  more_stringent_than_hipaa: z.boolean().nullable().optional(),
  /** What counsel must still confirm about this fact (a later session, a subdivision not read). */
  counsel_note: nonEmpty.optional(),
  /** Destination facts: the places the statute names, in its order (each only when the one before is not available). */
  places: z.array(nonEmpty).min(1).optional(),
  /** What must exist before the fact applies, e.g. an EMS transfer only under a § 573.005 memorandum. */
  condition: nonEmpty.optional(),
  /**
   * Confidentiality facts: the grounds the statute gives for a disclosure, each as read in the
   * fact's source, for the information flows to cite (src/legal/flows.ts).
   */
  disclosure_bases: z
    .array(
      z.strictObject({
        basis: z.enum(['required-by-law', 'imminent-harm', 'consent', 'treatment']),
        statement: nonEmpty,
        citation: nonEmpty,
      }),
    )
    .min(1)
    .optional(),
});
export type StateLawFact = z.infer<typeof factSchema>;

/** A state's own words for the procedure, so that no draft uses another state's term of art. */
const termsSchema = z.strictObject({
  /** The procedure, as the drafts name it: "emergency detention", "72-hour detention under § 5150". */
  detention: nonEmpty,
  /** The statute's verb for what the officer does: "apprehension", "taking into custody". */
  officer_action: nonEmpty,
  /** The main statute, cited as the drafts cite it. */
  statute: nonEmpty,
  /** Whether a peace officer may initiate the procedure on the officer's own judgment. */
  officer_may_initiate: z.boolean(),
  /**
   * The provision that gives the officer that power, where the initiators fact cites more (Oregon:
   * ORS 426.228(1), while the initiators fact's (1)-(2) adds custody on the director's notice,
   * counsel cold read, Juniper Falls, session 11). Left out, the initiators fact's citation is used.
   */
  officer_may_initiate_citation: nonEmpty.optional(),
  /** How long the first detention lasts, in a few words with its citation (the duration fact says it in full). */
  duration_short: nonEmpty.nullable(),
  /** What practitioners call it, if anything ("5150 hold"); shown once, in quotes. */
  common_name: nonEmpty.nullable(),
  /** The officer's form, by its statutory name, or null when no form was verified. */
  form: nonEmpty.nullable(),
  /** Terms of other states a draft for this state must never use (checked by tests). */
  not_used: z.array(nonEmpty),
  /**
   * The packet's generic defined terms that this state's drafts replace with its own, e.g.
   * "Emergency Hold" -> "Emergency Detention" (see src/legal/state-law-terms.ts).
   */
  defined_terms: z.record(nonEmpty, nonEmpty).optional(),
});

export const stateLawFileSchema = z.strictObject({
  $comment: z.string().optional(),
  state: z.string().regex(/^[A-Z]{2}$/),
  verified_on: isoDate,
  /** After this date a build warns and every order carries an open item to re-verify. */
  review_by: isoDate,
  terms: termsSchema,
  facts: z.partialRecord(z.enum(FACT_KEYS), factSchema),
  /** Topics counsel must supply, each with what was found and why it is not stated as a fact. */
  counsel_notes: z.array(z.strictObject({ topic: nonEmpty, note: nonEmpty })),
});
export type StateLawFile = z.infer<typeof stateLawFileSchema>;
