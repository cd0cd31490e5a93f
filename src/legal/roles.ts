import type { Party } from '../answers/normalize.js';

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
  /** Provides behavioral-health or medical services (so its records are health records). */
  healthProvider: boolean;
  signs: boolean;
}

const HIPAA: Record<string, HipaaStanding> = {
  'covered-entity': 'covered',
  'hybrid-entity': 'covered',
  'business-associate': 'business-associate',
  'not-covered': 'not-covered',
  unknown: 'unknown',
};
const PART2: Record<string, Part2Standing> = {
  'part2-program': 'program',
  'lawful-holder': 'lawful-holder',
  'not-part2': 'none',
  unknown: 'unknown',
};
const RECIPIENT: Record<string, RecipientKind> = {
  'county-behavioral-health': 'treating-provider',
  'mental-health-authority': 'treating-provider',
  'nonprofit-provider': 'treating-provider',
  'crisis-center': 'treating-provider',
  'receiving-facility': 'treating-provider',
  ems: 'treating-provider',
  hospital: 'hospital',
  '988-center': 'crisis-line',
  '911-center': 'psap',
  'law-enforcement': 'law-enforcement',
  'school-district': 'school',
};
const HEALTH_PROVIDERS = new Set(['treating-provider', 'hospital', 'crisis-line']);

/**
 * The adapter between today's party fields (one `type`, one HIPAA and one Part 2 status) and the
 * legal model. When the party model of issue 10 (`src/legal/parties.ts`) lands, this is the one
 * function to point at it; nothing else in `src/legal/` reads `Party` directly.
 */
export function legalRolesOf(party: Party): LegalRoles {
  const recipientKind =
    party.kind === 'lead' ? 'law-enforcement' : (RECIPIENT[party.type] ?? 'social-services');
  return {
    id: party.id,
    name: party.name,
    hipaa: HIPAA[party.hipaa_status] ?? 'unknown',
    part2: PART2[party.part2_status] ?? 'unknown',
    recipientKind,
    healthProvider: HEALTH_PROVIDERS.has(recipientKind),
    signs: party.signs,
  };
}
