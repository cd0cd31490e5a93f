import { signs, type LegalParty, type PartyRole } from './parties.js';

/** Whether HIPAA governs what an organization discloses. */
export type HipaaStanding = 'covered' | 'business-associate' | 'not-covered' | 'unknown';
/** Whether 42 CFR Part 2 governs records it holds. */
export type Part2Standing = 'program' | 'lawful-holder' | 'none' | 'unknown';

/** The kinds of recipient the legal rules tell apart. */
export type RecipientKind =
  | 'law-enforcement'
  | 'psap'
  | 'treating-provider'
  | 'hospital'
  | 'crisis-line'
  | 'school'
  | 'social-services'
  | 'hmis'
  | 'evaluator';

/** What the legal model needs to know about an organization. */
export interface LegalRoles {
  id: string;
  name: string;
  hipaa: HipaaStanding;
  part2: Part2Standing;
  /** Recipient kind when the organization receives information. */
  recipientKind: RecipientKind;
  roles: PartyRole[];
  /** Provides behavioral-health or medical services (so its records are health records). */
  healthProvider: boolean;
  signs: boolean;
}

/** The recipient kind of each role, in order of precedence: a sheriff that runs 911 receives as law enforcement. */
const RECIPIENT_BY_ROLE: [PartyRole, RecipientKind][] = [
  ['law-enforcement', 'law-enforcement'],
  ['hospital', 'hospital'],
  ['behavioral-health-provider', 'treating-provider'],
  ['mobile-crisis', 'treating-provider'],
  ['crisis-receiving', 'treating-provider'],
  ['ems', 'treating-provider'],
  ['988-center', 'crisis-line'],
  ['psap', 'psap'],
  ['school', 'school'],
];
const HEALTH_PROVIDERS = new Set<RecipientKind>(['treating-provider', 'hospital', 'crisis-line']);

/**
 * The adapter between the party model (`parties.ts`: roles, privacy status, which documents a
 * party signs) and the legal rules; nothing else in the flows reads a party's fields directly.
 */
export function legalRolesOf(party: LegalParty): LegalRoles {
  const recipientKind =
    RECIPIENT_BY_ROLE.find(([role]) => party.roles.includes(role))?.[1] ?? 'social-services';
  return {
    id: party.id,
    name: party.name,
    hipaa: hipaaOf(party),
    part2: part2Of(party),
    recipientKind,
    roles: party.roles,
    healthProvider: HEALTH_PROVIDERS.has(recipientKind),
    signs: signs(party, 'information-sharing-agreement'),
  };
}

function hipaaOf(party: LegalParty): HipaaStanding {
  if (party.hipaa_status === 'unknown') return 'unknown';
  if (party.isCoveredEntity) return 'covered';
  return party.isBusinessAssociate ? 'business-associate' : 'not-covered';
}

function part2Of(party: LegalParty): Part2Standing {
  if (party.part2_status === 'unknown') return 'unknown';
  if (party.isPart2Program) return 'program';
  return party.isPart2LawfulHolder ? 'lawful-holder' : 'none';
}
