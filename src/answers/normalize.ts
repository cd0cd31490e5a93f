import type { Answers, Partner } from './schema.js';
import { AGENCY_TYPES, HIPAA_STATUSES, PART2_STATUSES, PARTNER_TYPES, PROGRAM_MODELS } from './enums.js';
import { STATE_NAMES, stateHoldOf, type StateHold } from './state-holds.js';
import { latestRevision } from './latest-revision.js';

/** A party to the agreements: the lead agency (id `lead`) or a partner. */
export interface Party {
  id: string;
  name: string;
  short: string;
  kind: 'lead' | 'partner';
  type: string;
  typeLabel: string;
  hipaa_status: string;
  hipaaLabel: string;
  part2_status: string;
  part2Label: string;
  signatory: { name: string | null; title: string | null };
  signs: boolean;
  address: string | null;
}

/** Facts computed once from the answers, so templates do not repeat the logic. */
export interface Derived {
  lead: { name: string; short: string };
  parties: Party[];
  partners: Party[];
  signingParties: Party[];
  anyPart2Program: boolean;
  anyPart2: boolean;
  anyCoveredEntity: boolean;
  privacyUnknown: boolean;
  hasSchool: boolean;
  cjis: boolean;
  clinicianEmployer: Party | null;
  hold: StateHold & { state: string; stateName: string; needsCounsel: boolean };
  effectiveDate: string | null;
  generatedOn: string;
  modelLabels: string[];
  revision: Answers['revisions'][number] | null;
}

/** The answers with derived facts: what templates are rendered against. */
export type Model = Answers & { derived: Derived };

/**
 * Derives the model. `generatedOn` comes from the caller (the answers' revision date or
 * SOURCE_DATE_EPOCH), never from the clock, so that a build is reproducible.
 */
export function normalizeAnswers(answers: Answers, generatedOn: string): Model {
  const lead: Party = {
    id: 'lead',
    name: answers.lead_agency.name,
    short: answers.lead_agency.short_name ?? answers.lead_agency.name,
    kind: 'lead',
    type: answers.lead_agency.type,
    typeLabel: AGENCY_TYPES[answers.lead_agency.type],
    hipaa_status: 'not-covered',
    hipaaLabel: HIPAA_STATUSES['not-covered'],
    part2_status: 'not-part2',
    part2Label: PART2_STATUSES['not-part2'],
    signatory: {
      name: answers.lead_agency.signatory.name ?? answers.lead_agency.head.name,
      title: answers.lead_agency.signatory.title ?? answers.lead_agency.head.title,
    },
    signs: true,
    address: answers.lead_agency.address,
  };
  const partners = answers.partners.map(partyOf);
  const parties = [lead, ...partners];
  const statuses = answers.partners;
  const hold = stateHoldOf(answers.jurisdiction.state);
  const override = answers.disposition.state_hold;
  const mergedHold = override
    ? {
        ...hold,
        common_name: override.common_name ?? hold.common_name,
        citation: override.citation ?? hold.citation,
        officer_may_initiate: override.officer_may_initiate ?? hold.officer_may_initiate,
        initial_hold: override.initial_hold ?? hold.initial_hold,
        forms: override.forms ?? hold.forms,
      }
    : hold;
  const revision = latestRevision(answers);
  return {
    ...answers,
    derived: {
      lead: { name: lead.name, short: lead.short },
      parties,
      partners,
      signingParties: parties.filter((p) => p.signs),
      anyPart2Program: statuses.some((p) => p.part2_status === 'part2-program'),
      anyPart2: statuses.some(
        (p) => p.part2_status === 'part2-program' || p.part2_status === 'lawful-holder',
      ),
      anyCoveredEntity: statuses.some(
        (p) => p.hipaa_status === 'covered-entity' || p.hipaa_status === 'hybrid-entity',
      ),
      privacyUnknown: statuses.some((p) => p.hipaa_status === 'unknown' || p.part2_status === 'unknown'),
      hasSchool: statuses.some((p) => p.type === 'school-district'),
      cjis: answers.information_sharing.clinician_cad_access,
      clinicianEmployer: parties.find((p) => p.id === answers.staffing.clinician_employer) ?? null,
      hold: {
        ...mergedHold,
        state: answers.jurisdiction.state,
        stateName: STATE_NAMES[answers.jurisdiction.state] ?? answers.jurisdiction.state,
        needsCounsel:
          mergedHold.status !== 'verified' || (override !== null && !override.verified_by_counsel),
      },
      effectiveDate: answers.agreement.effective_date,
      generatedOn,
      modelLabels: answers.program.models.map((m) => PROGRAM_MODELS[m]),
      revision,
    },
  };
}

function partyOf(p: Partner): Party {
  return {
    id: p.id,
    name: p.name,
    short: p.short_name ?? p.name,
    kind: 'partner',
    type: p.type,
    typeLabel: PARTNER_TYPES[p.type],
    hipaa_status: p.hipaa_status,
    hipaaLabel: HIPAA_STATUSES[p.hipaa_status],
    part2_status: p.part2_status,
    part2Label: PART2_STATUSES[p.part2_status],
    signatory: { name: p.signatory.name, title: p.signatory.title },
    signs: p.signs_agreements,
    address: p.address,
  };
}
