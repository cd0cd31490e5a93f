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
