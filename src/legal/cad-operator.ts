import type { Answers } from '../answers/schema.js';
import { blankMarkdown } from '../templating/helpers/words.js';
import type { LegalParty, PartyModel } from './parties.js';

/** Who operates the computer-aided dispatch (CAD) system the program's calls go through. */
export interface CadOperator {
  /** Its name as drafts write it, or a visible blank for counsel and the parties to fill. */
  name: string;
  /** The party that operates it, or null (an organization outside the party list, or unknown). */
  party: LegalParty | null;
  /** Where the answer comes from, for the drafter's notes and tests. */
  source: 'lead-runs-psap' | 'psap-party' | 'dispatch-center-name' | 'unknown';
}

const BLANK = 'OPERATOR OF THE COMPUTER-AIDED DISPATCH (CAD) SYSTEM';

/**
 * Whose CAD it is (counsel cold read, Brazos Bend r2, 2.1: the drafts gave it to the agency in one
 * clause and to the 911 district in another, and the operator decides who signs the CJIS
 * agreement, who audits access and whose retention schedule applies). CAD belongs to the 911
 * center: the lead agency when it runs the 911 center, else the party with the 911 (psap) role,
 * else the 911 center the dispatch answers name, else a visible blank.
 */
export function cadOperatorOf(parties: PartyModel, answers: Pick<Answers, 'dispatch'>): CadOperator {
  if (parties.leadRunsPsap) return { name: parties.lead.name, party: parties.lead, source: 'lead-runs-psap' };
  const psap = parties.psaps.find((p) => p.kind === 'partner') ?? null;
  if (psap) return { name: psap.name, party: psap, source: 'psap-party' };
  const center = answers.dispatch.center_name;
  if (center) return { name: center, party: null, source: 'dispatch-center-name' };
  return { name: blankMarkdown(BLANK), party: null, source: 'unknown' };
}

/** A systems answer that names CAD, and the party other than the operator it names. */
export interface CadConflict {
  entry: string;
  named: LegalParty;
}

const CAD_WORDS = /\bCAD\b|computer-aided dispatch/i;

/**
 * The first entry of `information_sharing.systems` that calls CAD another party's (Brazos Bend:
 * "the Police Department computer-aided dispatch (CAD) system" while the 911 district runs the
 * 911 center), or null. A party is named by its name, short name, the unit it acts through, or its
 * name without its entity's place ("Police Department" for the City of Brazos Bend's "Brazos Bend
 * Police Department"). An entry that also names the operator is no conflict.
 */
export function cadSystemConflict(
  parties: PartyModel,
  answers: Pick<Answers, 'dispatch' | 'information_sharing'>,
): CadConflict | null {
  const operator = cadOperatorOf(parties, answers);
  const names = (operator.party ? namesOf(operator.party) : [operator.name]).filter((n) => n !== '');
  for (const entry of answers.information_sharing.systems) {
    if (!CAD_WORDS.test(entry) || names.some((n) => mentions(entry, n))) continue;
    const named = parties.all.find((p) => p !== operator.party && namesOf(p).some((n) => mentions(entry, n)));
    if (named) return { entry, named };
  }
  return null;
}

function namesOf(party: LegalParty): string[] {
  const place = /^(?:City|Town|Village|County|Parish|Borough)(?: and County)? of (.+)$/.exec(
    party.legalName,
  )?.[1];
  const local = place && party.name.startsWith(`${place} `) ? party.name.slice(place.length + 1) : null;
  return [party.name, party.short, party.actingThrough ?? '', local ?? ''].filter((n) => n.length > 2);
}

function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The note for counsel when the systems answer calls CAD another party's ('' when none). */
export function cadConflictNote(
  parties: PartyModel,
  answers: Pick<Answers, 'dispatch' | 'information_sharing'>,
): string {
  const conflict = cadSystemConflict(parties, answers);
  if (conflict === null) return '';
  const operator = cadOperatorOf(parties, answers).name;
  return `The answers list “${conflict.entry}” among the systems, which names ${conflict.named.name} as CAD’s holder, while this draft names ${operator}, which runs the 911 center. The parties should confirm whose CAD it is, because that decides who controls and audits access to it and whose records schedule applies, and then correct the answers (\`information_sharing.systems\`) so that every document names the same operator.`;
}
