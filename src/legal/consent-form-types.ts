import type { Model } from '../answers/normalize.js';
import type { LegalModel } from './legal-model.js';
import type { QuotedRule } from './consent-rules.js';
import type { Words } from './consent-words.js';

/** One organization the person may let receive information. */
export interface ConsentRecipient {
  name: Words;
  /** Police, sheriff or 911: Part 2 records reach it only by a choice of its own. */
  lawEnforcement: boolean;
  /** A HIPAA covered entity or business associate (42 CFR 2.31(a)(4)(iii) applies). */
  hipaaCovered: boolean;
  /** A system many organizations use (HMIS): Part 2 records reach it only under the intermediary rules, not on this form. */
  sharedSystem: boolean;
}

/** The Part 2 part of the form: what a Part 2 program or lawful holder may share, with whom. */
export interface Part2Choices {
  /** The Part 2 programs and lawful holders among those who may share, as a list in words. */
  holders: Words;
  kinds: Words[];
  /** Recipients other than law enforcement, each ticked by the person. */
  recipients: ConsentRecipient[];
  /** The covered-entity recipients by name (the 2.31(a)(4)(iii) statement names them). */
  coveredNames: Words;
  ceStatement: string;
  /**
   * What a Part 2 holder may tell law enforcement and why (from the flows), and the agencies a
   * separate yes-or-no each; agencies the flows tell the same are listed under one sentence.
   */
  lawEnforcement: { what: Words; why: Words; agencies: string[] }[];
  /**
   * The single consent for treatment, payment and health care operations, when offered. Its
   * recipients are the rule's "similar statement" (42 CFR 2.31(a)(4)(i)), naming whose program
   * "this program" is: a person reading a police-led program's form must not take it to mean the
   * police.
   */
  tpo: { recipients: Words } | null;
  notice: { cite: string; text: string; note: string };
}

/** One organization the person may let share information in Sections 1-2. */
export interface ConsentSource {
  name: Words;
  /**
   * A Part 2 program or lawful holder: it shares its other records here, its records of help for
   * alcohol or drug use only under the Part 2 section (the form says so beside its name).
   */
  part2Holder: boolean;
}

/** The consent form, computed from the answers and the information flows (never in a template). */
export interface ConsentForm {
  sources: ConsentSource[];
  recipients: ConsentRecipient[];
  information: Words[];
  purposes: Words[];
  part2: Part2Choices | null;
  /** The state's rule on a minor's own consent, or (all else null) the blank counsel fills. */
  minors: {
    statement: string | null;
    citation: string | null;
    verifiedOn: string | null;
    verifiedOnEs: string | null;
    blank: string | null;
    /** What the state's rule leaves open (care it does not reach): a blank for counsel. */
    outside: string | null;
    /** The state's own rule on who signs an authorization for a minor (California: Civ. Code § 56.11). */
    signing: (QuotedRule & { checkedEs: string }) | null;
  };
  revocation: { name: Words; attention: Words; address: string; email: string | null }[];
  /** The form's version date in Spanish words, or null when the answers give no revision. */
  revisionDateEs: string | null;
  /** The languages asked for that have no translation: each is a visible blank (an open item). */
  missingTranslations: { language: string; blank: string }[];
  /** The languages asked for that pmhc-docs builds, in English ("Spanish"). */
  builtTranslations: string[];
  /** Service languages (resources.languages) with a translation that consent.languages does not ask for. */
  unaskedTranslations: { language: string; tag: string }[];
  /**
   * Health facts the person may choose in Section 2 that no flow sends to police or 911: the form
   * says they never go there (null when none are chosen or no police or 911 recipient is listed).
   */
  clinicalToPolice: { never: Words | null; asked: Words | null };
  /** The state's type-size rule for a printed authorization (California: 14-point), or null. */
  largeType: QuotedRule | null;
}

/** The model the consent form is computed from: the answers normalized, with the legal model. */
export type ConsentModel = Model & { legal: LegalModel };
