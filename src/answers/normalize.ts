import type { Answers } from './schema.js';
import { PROGRAM_MODELS } from './enums.js';
import { partiesOf, type LegalParty, type PartyModel } from '../legal/parties.js';
import { STATE_NAMES, stateHoldOf, type StateHold } from './state-holds.js';
import { latestRevision } from './latest-revision.js';
import { stateLawOf, type StateLawModel } from '../legal/state-law.js';
import { holdFromStateLaw } from '../legal/state-law-hold.js';

/** A party to the agreements: the lead agency (id `lead`) or a partner (see src/legal/parties.ts). */
export type Party = LegalParty;

const TEAM_MODELS = ['mobile-crisis', 'community-responder', 'co-responder'] as const;

/** Facts computed once from the answers, so templates do not repeat the logic. */
export interface Derived {
  lead: { name: string; short: string };
  parties: Party[];
  partners: Party[];
  /** The parties that sign by default (`signs_agreements`); per document, see `partyModel.documents`. */
  signingParties: Party[];
  /** The legal party model: roles, legal entities, who signs each document (src/legal/parties.ts). */
  partyModel: PartyModel;
  anyPart2Program: boolean;
  anyPart2: boolean;
  anyCoveredEntity: boolean;
  privacyUnknown: boolean;
  hasSchool: boolean;
  cjis: boolean;
  clinicianEmployer: Party | null;
  hold: StateHold & {
    state: string;
    stateName: string;
    needsCounsel: boolean;
    /** Each fact the answers supplied that counsel has not confirmed: marked on its own row. */
    toVerify: Record<(typeof HOLD_FACTS)[number], boolean>;
  };
  /** The state's detention procedure and privacy law from data/state-law/ (blanks where unknown). */
  stateLaw: StateLawModel;
  effectiveDate: string | null;
  generatedOn: string;
  modelLabels: string[];
  /** A federal grant pays for part of the program (non-discrimination requirements flow down). */
  federallyFunded: boolean;
  /** The program's models, plus `mobile-crisis` when a party runs a mobile crisis team. */
  responseModels: string[];
  /**
   * The in-person team the program's own hours and response target belong to: the first of its
   * mobile-crisis, community-responder and co-responder models, else a party's mobile crisis team.
   */
  programTeam: 'mobile-crisis' | 'community-responder' | 'co-responder' | null;
  revision: Answers['revisions'][number] | null;
}

/** The answers with derived facts: what templates are rendered against. */
export type Model = Answers & { derived: Derived };

/**
 * Derives the model. `generatedOn` comes from the caller (the answers' revision date or
 * SOURCE_DATE_EPOCH), never from the clock, so that a build is reproducible.
 */
export function normalizeAnswers(answers: Answers, generatedOn: string): Model {
  const partyModel = partiesOf(answers);
  const lead = partyModel.lead;
  const partners = partyModel.partners;
  const parties = partyModel.all;
  const statuses = answers.partners;
  const stateLaw = stateLawOf(answers.jurisdiction.state, generatedOn);
  const hold = holdFromStateLaw(stateLaw, stateHoldOf(answers.jurisdiction.state));
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
      partyModel,
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
        toVerify: factsToVerify(override),
      },
      stateLaw,
      effectiveDate: answers.agreement.effective_date,
      generatedOn,
      modelLabels: answers.program.models.map((m) => PROGRAM_MODELS[m]),
      federallyFunded: answers.funding.sources.some((s) => s.type === 'federal-grant'),
      programTeam:
        TEAM_MODELS.find((m) => answers.program.models.includes(m)) ??
        (partyModel.mobileCrisis.length > 0 ? 'mobile-crisis' : null),
      responseModels: [
        ...answers.program.models,
        ...(partyModel.mobileCrisis.length > 0 && !answers.program.models.includes('mobile-crisis')
          ? ['mobile-crisis']
          : []),
      ],
      revision,
    },
  };
}

const HOLD_FACTS = ['citation', 'common_name', 'officer_may_initiate', 'initial_hold', 'forms'] as const;

function factsToVerify(override: Answers['disposition']['state_hold']) {
  const unconfirmed = override !== null && !override.verified_by_counsel;
  return Object.fromEntries(
    HOLD_FACTS.map((fact) => [fact, unconfirmed && override[fact] !== null]),
  ) as Record<(typeof HOLD_FACTS)[number], boolean>;
}
