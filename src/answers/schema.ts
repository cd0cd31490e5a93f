import { z } from 'zod';
import * as F from './fields.js';
import * as E from './enums.js';
import { generalOrdersSchema } from './general-orders.js';
import { assessmentSchema } from './assessment-schema.js';
import { consentSchema } from './consent-schema.js';
import { entityKey } from '../legal/entities.js';

/**
 * The answers file: what people said about one jurisdiction. Organizations, roles and contacts
 * only, never anyone's health information. Fields left out become `null` (or `[]`) in the model
 * and visible blanks in the drafts.
 */

const person = z.strictObject({
  name: F.optionalText({ prompt: 'Name', blank: 'NAME' }),
  title: F.optionalText({ prompt: 'Title', blank: 'TITLE' }),
});

const contact = z.strictObject({
  name: F.optionalText({ prompt: 'Name', blank: 'NAME' }),
  title: F.optionalText({ prompt: 'Title', blank: 'TITLE' }),
  email: F.optionalEmail({ prompt: 'Email', blank: 'EMAIL' }),
  phone: F.optionalPhone({ prompt: 'Telephone (with area code)', blank: 'TELEPHONE' }),
});

const signatory = z.strictObject({
  name: F.optionalText({ prompt: 'Who signs for this organization?', blank: 'SIGNATORY NAME' }),
  title: F.optionalText({ prompt: 'Their title', blank: 'SIGNATORY TITLE' }),
  authority: F.optionalText({
    prompt: 'What authorizes them to sign (e.g. "approved by the City Council on ...")?',
    help: 'Leave blank if counsel will confirm signing authority.',
  }),
});

/**
 * Who signs a contract for a legal entity that takes part through two or more of its units (a
 * county's sheriff's office and health department): the entity is one party and signs once.
 */
const entitySignatory = z.strictObject({
  legal_entity: F.text({
    prompt: 'The legal entity, as its units give it in legal_entity (e.g. "Juniper Falls County")',
  }),
  name: F.optionalText({ prompt: 'Who signs for the entity itself?', blank: 'SIGNATORY NAME' }),
  title: F.optionalText({
    prompt: 'Their title (e.g. "Chair, Board of Commissioners")',
    blank: 'SIGNATORY TITLE',
  }),
  authority: F.optionalText({
    prompt: 'What authorizes them to sign for the entity (e.g. "Order 2026-41")?',
    help: 'Left out, the authority its units cite alike is used, else a blank.',
  }),
});

/** The legal entity behind an organization, for the caption "X, acting by and through its Y". */
const legalEntityFields = {
  legal_entity: F.optionalText({
    prompt: 'Legal entity it belongs to, when it is a department or unit (e.g. "County of Rio Verde")',
    help: 'A department cannot sign a contract: its city, county or district signs, acting by and through the department. Leave blank when the organization is itself a legal entity (a nonprofit corporation, a special district).',
  }),
  unit: F.optionalText({
    prompt: 'The department as named after "acting by and through its" (e.g. "Behavioral Health Department")',
    help: 'Only with legal_entity. Left out, the full name is used.',
  }),
};

/** Whose lawyer approves the agreements as to form for an organization: its own counsel only. */
function counselField(example: string) {
  return F.optionalText({
    prompt: `Whose counsel approves the agreements as to form for it (e.g. "${example}")?`,
    help: 'Adds an "Approved as to form" line for it under the signatures. Name its own counsel only: one office cannot approve as to form for two parties. Leave blank if none.',
  });
}

/** Per document, whether the organization signs (or adopts) it; a document left out follows `signs_agreements`. */
const signsPerDocument = z
  .strictObject(
    Object.fromEntries(
      E.F_SIGNED_DOCUMENTS.map((id) => [
        id,
        F.optionalFlag({ prompt: `Does it sign the ${E.SIGNED_DOCUMENTS[id]}?` }),
      ]),
    ) as Record<(typeof E.F_SIGNED_DOCUMENTS)[number], ReturnType<typeof F.optionalFlag>>,
  )
  .prefault({})
  .meta({
    description:
      'Per document, whether it signs (true) or not (false); a document left out follows signs_agreements',
  });

export const partnerSchema = z.strictObject({
  id: F.slug({
    prompt: 'A short id for this partner (e.g. "county-bh")',
    help: 'Used to refer to this partner elsewhere in the answers file.',
  }),
  name: F.text({ prompt: 'Partner organization’s full legal name' }),
  short_name: F.optionalText({ prompt: 'Short name used in the documents (e.g. "CBH")' }),
  type: F.choice(E.F_PARTNER_TYPES, { prompt: 'What kind of organization is it?', choices: E.PARTNER_TYPES }),
  ...legalEntityFields,
  roles: F.choices(E.F_PARTY_ROLES, {
    prompt: 'What else does it do in the program, beyond what its kind implies?',
    help: 'For example a crisis center that also answers 988 and runs the mobile crisis team: 988-center, mobile-crisis.',
    choices: E.PARTY_ROLES,
  }),
  public_entity: F.optionalFlag({
    prompt: 'Is it a public entity (a government, or a department or district of one)?',
    help: 'Left out, it follows from its kind where the kind says (a county department is; a nonprofit is not).',
  }),
  hipaa_status: F.choice(E.F_HIPAA, {
    prompt: 'Is it a HIPAA covered entity?',
    help: 'Clinics and hospitals that bill electronically usually are; police agencies usually are not.',
    choices: E.HIPAA_STATUSES,
  }),
  part2_status: F.choice(E.F_PART2, {
    prompt: 'Is it a federally assisted substance use disorder program under 42 CFR Part 2?',
    help: 'A program that holds itself out as providing SUD diagnosis, treatment or referral and receives federal assistance is a Part 2 program.',
    choices: E.PART2_STATUSES,
  }),
  signs_agreements: F.flag({ prompt: 'Does it sign the agreements as a party?' }, true),
  signs: signsPerDocument,
  signatory: signatory.prefault({}),
  counsel: counselField('County Counsel'),
  address: F.optionalText({ prompt: 'Mailing address for notices', blank: 'ADDRESS FOR NOTICES' }),
});

const receivingFacility = z.strictObject({
  name: F.text({ prompt: 'Facility name' }),
  type: F.choice(E.F_FACILITY_TYPES, { prompt: 'Kind of facility', choices: E.FACILITY_TYPES }),
  hours: F.optionalText({ prompt: 'Hours it accepts people (e.g. "24/7")', blank: 'HOURS' }),
  accepts_police_dropoff: F.optionalFlag({ prompt: 'Does it accept drop-offs by officers?' }),
  no_refusal: F.optionalFlag({ prompt: 'Has it agreed never to refuse a police drop-off?' }),
  accepts_involuntary: F.optionalFlag({ prompt: 'Does it accept people on an emergency hold?' }),
  medical_clearance: F.optionalText({
    prompt: 'When does a person need medical clearance before admission?',
    blank: 'MEDICAL-CLEARANCE CRITERIA',
  }),
  operator: F.optionalText({
    prompt: 'Which partner operates it (a partner id), if a partner does?',
    help: 'A partner that operates a facility and signs an agreement makes the facility’s commitments itself. Left out, a partner whose name or short name begins the facility’s name is taken as its operator.',
  }),
});

/** Hours of each in-person or telephone team, when they differ from the program's own hours. */
const teamHours = z
  .strictObject({
    'co-responder': F.optionalText({
      prompt: 'Hours of the co-responder team',
      blank: 'HOURS OF THE CO-RESPONDER TEAM',
    }),
    'mobile-crisis': F.optionalText({
      prompt: 'Hours of the mobile crisis team',
      blank: 'HOURS OF THE MOBILE CRISIS TEAM',
    }),
    'community-responder': F.optionalText({
      prompt: 'Hours of the civilian community responders',
      blank: 'HOURS OF THE COMMUNITY RESPONDERS',
    }),
    'embedded-911-clinician': F.optionalText({
      prompt: 'Hours of the clinicians in the 911 center',
      blank: 'HOURS OF THE CLINICIANS IN THE 911 CENTER',
    }),
    '988-center': F.optionalText({
      prompt: 'Hours the 988 center answers calls from the area',
      blank: 'HOURS THE 988 CENTER ANSWERS',
    }),
  })
  .prefault({})
  .meta({
    description:
      'Hours of each team, where the program has more than one; a team left out has the program’s hours only if it is the program’s own team, else a blank',
  });

const cadCode = z.strictObject({
  code: F.text({ prompt: 'CAD code' }),
  meaning: F.text({ prompt: 'What the code means' }),
});

const liaison = z.strictObject({
  party: F.slug({ prompt: 'Partner id, or "lead" for the lead agency' }),
  name: F.optionalText({ prompt: 'Name', blank: 'NAME' }),
  title: F.optionalText({ prompt: 'Title', blank: 'TITLE' }),
  email: F.optionalEmail({ prompt: 'Email', blank: 'EMAIL' }),
  phone: F.optionalPhone({ prompt: 'Telephone (with area code)', blank: 'TELEPHONE' }),
});

const fundingSource = z.strictObject({
  name: F.text({ prompt: 'Funding source (e.g. "BJA Connect and Protect grant")' }),
  type: F.choice(E.F_FUNDING, { prompt: 'Kind of funding', choices: E.FUNDING_TYPES }),
  pays_for: F.optionalText({ prompt: 'What it pays for' }),
});

const revision = z.strictObject({
  version: F.text({ prompt: 'Version label (e.g. "2026.1")' }, 40),
  date: F.calendarDate().meta({ description: 'Date of this revision' }),
  summary: F.text({ prompt: 'What changed' }),
});

const stateHoldOverride = z.strictObject({
  common_name: F.optionalText({ prompt: 'Common name of the hold (e.g. "5150")' }),
  citation: F.optionalText({ prompt: 'Statute citation', blank: 'STATUTE CITATION' }),
  officer_may_initiate: F.optionalText({ prompt: 'May an officer initiate a hold? Under what conditions?' }),
  initial_hold: F.optionalText({ prompt: 'How long is the initial hold?', blank: 'HOLD DURATION' }),
  forms: F.optionalText({ prompt: 'Which forms are used?', blank: 'HOLD FORMS' }),
  verified_by_counsel: F.flag({ prompt: 'Has counsel verified these facts?' }, false),
});

/** The answers' fields, without the cross-field rules (the interview walks this shape). */
export const answersObject = z.strictObject({
  // Read and merged by src/answers/extends.ts before validation; here for editors' completion.
  extends: z.string().optional().meta({
    description:
      'An answers file of shared defaults (e.g. ../state-defaults.yaml) that this file starts from: maps merge, the values written here win, a list here replaces the inherited list whole',
  }),
  schema_version: z
    .literal(1, 'expected 1')
    .default(1)
    .meta({ description: 'Version of the answers format' }),

  jurisdiction: z
    .strictObject({
      name: F.text({
        prompt: 'Name of the jurisdiction (e.g. "City of Riverbend")',
        section: 'jurisdiction',
      }),
      state: F.choice(E.STATES, { prompt: 'State', help: 'Two-letter code in the answers file, e.g. CA.' }),
      county: F.optionalText({ prompt: 'County', blank: 'COUNTY' }),
      population: F.optionalInt({ prompt: 'Approximate population served' }, 0, 50_000_000),
      governing_law_note: F.optionalText({ prompt: 'Anything counsel wants said about governing law' }),
    })
    .meta({ section: 'jurisdiction', description: 'The jurisdiction the program serves' }),

  lead_agency: z
    .strictObject({
      name: F.text({ prompt: 'Full name of the law-enforcement agency that leads the program' }),
      short_name: F.optionalText({ prompt: 'Short name (e.g. "RPD")' }),
      type: F.choice(E.F_AGENCY_TYPES, { prompt: 'Kind of agency', choices: E.AGENCY_TYPES }),
      ...legalEntityFields,
      roles: F.choices(E.F_PARTY_ROLES, {
        prompt: 'What else does the agency do in the program besides law enforcement?',
        help: 'For example `psap` when the agency itself runs the 911 center that dispatches for it.',
        choices: E.PARTY_ROLES,
      }),
      head: person.prefault({}),
      signatory: signatory.prefault({}),
      counsel: counselField('City Attorney'),
      address: F.optionalText({ prompt: 'Mailing address for notices', blank: 'ADDRESS FOR NOTICES' }),
      use_of_force_policy: F.optionalText({
        prompt: 'Name and number of the agency’s use-of-force policy',
        blank: 'USE-OF-FORCE POLICY',
      }),
      de_escalation_policy: F.optionalText({
        prompt: 'Name and number of the agency’s de-escalation policy',
        blank: 'DE-ESCALATION POLICY',
      }),
      body_worn_camera_policy: F.optionalText({
        prompt: 'Name and number of the agency’s body-worn camera policy',
        blank: 'BODY-WORN CAMERA POLICY',
      }),
      general_order_prefix: F.optionalText({ prompt: 'Prefix for general-order numbers (e.g. "GO")' }),
    })
    .meta({ section: 'jurisdiction', description: 'The law-enforcement agency that leads the program' }),

  partners: z
    .array(partnerSchema)
    .min(1, 'expected at least one partner')
    .meta({ section: 'partners', description: 'Behavioral-health and other partner organizations' }),

  program: z
    .strictObject({
      name: F.optionalText({
        prompt: 'Name of the program (e.g. "Riverbend Co-Responder Program")',
        blank: 'PROGRAM NAME',
      }),
      models: F.choices(E.F_MODELS, {
        prompt: 'Which program models does the jurisdiction run or plan?',
        choices: E.PROGRAM_MODELS,
      }).refine((m) => m.length > 0, 'expected at least one program model'),
      co_responder_mode: F.optionalChoice(E.F_CO_RESPONDER_MODES, {
        prompt: 'How does the co-responder clinician respond?',
        choices: E.CO_RESPONDER_MODES,
      }),
      goals: F.textList({ prompt: 'Measurable goals of the program' }),
      hours: F.optionalText({
        prompt: 'Hours the program operates (e.g. "Monday to Friday, 10 a.m. to 8 p.m.")',
        blank: 'HOURS OF OPERATION',
      }),
      team_hours: teamHours,
      service_area: F.optionalText({ prompt: 'Service area', blank: 'SERVICE AREA' }),
      eligible_calls: F.textList({ prompt: 'Calls the program responds to' }),
      excluded_calls: F.textList({ prompt: 'Calls the program does not respond to (safety exclusions)' }),
      lived_experience_involved: F.optionalFlag({
        prompt: 'Are people with lived experience and families involved in planning?',
      }),
    })
    .meta({ section: 'program', description: 'Program design' }),

  staffing: z
    .strictObject({
      clinician_fte: F.optionalNumber(
        { prompt: 'Clinician full-time equivalents (FTE)', blank: 'NUMBER OF CLINICIANS' },
        0,
        1000,
      ),
      clinician_credential: F.optionalText({
        prompt: 'Credential the clinicians hold (e.g. "licensed clinical social worker")',
        blank: 'CLINICIAN CREDENTIAL',
      }),
      clinician_employer: F.optionalText({
        prompt: 'Which organization employs the clinicians?',
        help: 'A partner id, or "lead" for the lead agency.',
      }),
      clinical_supervisor: F.optionalText({
        prompt: 'Title of the clinical supervisor',
        blank: 'CLINICAL SUPERVISOR',
      }),
      operational_supervisor: F.optionalText({
        prompt: 'Title of the operational (police) supervisor',
        blank: 'OPERATIONAL SUPERVISOR',
      }),
      officers_assigned: F.optionalInt({ prompt: 'Officers assigned to the program' }, 0, 10000),
      absence_coverage: F.optionalText({
        prompt: 'How is the program covered when a clinician is absent?',
        blank: 'ABSENCE COVERAGE',
      }),
      safety_equipment: F.optionalText({
        prompt: 'Safety equipment issued to clinicians (e.g. "ballistic vest and radio")',
        blank: 'SAFETY EQUIPMENT',
      }),
      vehicle_provider: F.optionalText({
        prompt: 'Which party provides and insures the clinician’s vehicle?',
        blank: "PARTY THAT PROVIDES THE CLINICIAN'S VEHICLE",
      }),
      specialized_responders: F.optionalText({
        prompt: 'Specialized responders officers can call on (e.g. "the CIT team and mobile crisis")',
        blank: 'SPECIALIZED RESPONDERS AVAILABLE TO OFFICERS',
      }),
    })
    .prefault({})
    .meta({ section: 'program', description: 'Staffing' }),

  dispatch: z
    .strictObject({
      center_name: F.optionalText({ prompt: 'Name of the 911 center (PSAP)', blank: '911 CENTER' }),
      path: F.optionalText({
        prompt: 'How does a call reach the program (dispatch path)?',
        blank: 'DISPATCH PATH',
      }),
      radio_channel: F.optionalText({
        prompt: 'Radio channel or talk group the team uses',
        blank: 'RADIO CHANNEL',
      }),
      designated_responders: F.optionalText({
        prompt: 'Who besides officers may be dispatched to behavioral-health calls, if anyone?',
        blank: 'SPECIALIZED RESPONDERS, IF ANY',
      }),
      cad_codes: z.array(cadCode).default([]).meta({ description: 'CAD codes for behavioral-health calls' }),
      center_988_name: F.optionalText({
        prompt: 'Name of the 988 center serving the area',
        blank: '988 CENTER',
      }),
      link_988: F.optionalChoice(E.F_LINK_988, {
        prompt: 'How do 911 and 988 connect?',
        choices: E.LINK_988,
      }),
      response_target_minutes: F.optionalInt(
        { prompt: 'Target response time of the team, in minutes' },
        1,
        600,
      ),
    })
    .prefault({})
    .meta({ section: 'dispatch', description: 'Call-taking and dispatch' }),

  disposition: z
    .strictObject({
      receiving_facilities: z
        .array(receivingFacility)
        .default([])
        .meta({ description: 'Where people are taken' }),
      state_hold: stateHoldOverride.nullable().default(null).meta({
        description: 'Emergency-hold facts, when the state has no verified entry or counsel corrects one',
      }),
      transport_mode: F.optionalChoice(E.F_TRANSPORT, {
        prompt: 'Who usually transports a person to care?',
        choices: E.TRANSPORT_MODES,
      }),
      ems_transport_agreement: F.optionalText({
        prompt:
          'The written agreement under which an EMS provider takes a person in custody for an emergency evaluation from an officer and transports them, if there is one (its title, parties and date)',
        help: 'Some states let an officer hand a person in custody to ambulance personnel only under such an agreement; without one, the officer transports.',
        blank: 'AGREEMENT WITH AN EMS PROVIDER FOR TRANSPORT OF PEOPLE IN CUSTODY',
      }),
      custodial_transfer_target_minutes: F.optionalInt(
        {
          prompt: 'Target time for officers to hand a person over at a facility, in minutes',
          blank: 'TRANSFER TARGET',
        },
        1,
        1440,
      ),
      follow_up_days: F.optionalInt(
        { prompt: 'Follow-up contact within how many days?', blank: 'FOLLOW-UP PERIOD' },
        1,
        90,
      ),
    })
    .prefault({})
    .meta({ section: 'disposition', description: 'Disposition, transport and custodial transfer' }),

  information_sharing: z
    .strictObject({
      data_elements: F.choices(E.F_DATA_ELEMENTS, {
        prompt: 'Which kinds of information will the partners share?',
        choices: E.DATA_ELEMENTS,
      }),
      systems: F.textList({ prompt: 'Systems the information is kept in (e.g. "CAD", "the clinic’s EHR")' }),
      clinician_cad_access: F.flag(
        { prompt: 'Will clinicians have access to CAD or RMS (criminal justice information)?' },
        false,
      ),
      retention_years: F.optionalInt(
        { prompt: 'How many years are shared records kept?', blank: 'RETENTION PERIOD' },
        1,
        100,
      ),
      breach_contact: contact.prefault({}),
      breach_notice_days: F.optionalInt(
        {
          prompt: 'Notify the other parties of a breach within how many days?',
          blank: 'BREACH NOTICE PERIOD',
        },
        1,
        60,
      ),
      record_ownership: F.optionalText({
        prompt: 'Who owns the clinician’s records?',
        blank: 'RECORD OWNER',
      }),
      state_confidentiality_law: F.optionalText({
        prompt: 'Citation of the state mental-health or SUD confidentiality law',
        blank: 'STATE CONFIDENTIALITY LAW',
      }),
      hmis: F.flag({ prompt: 'Will HMIS (homelessness-services) records be shared?' }, false),
      privacy_officers: z.array(liaison).default([]).meta({ description: 'Privacy officers of the parties' }),
    })
    .prefault({})
    .meta({ section: 'information_sharing', description: 'Information sharing and confidentiality' }),

  consent: consentSchema,

  training: z
    .strictObject({
      cit_target_percent: F.optionalNumber(
        { prompt: 'Share of patrol officers to be CIT-trained (percent)', blank: 'CIT TARGET' },
        0,
        100,
      ),
      cit_every_shift: F.flag({ prompt: 'Must a CIT officer be on every shift?' }, true),
      cit_course_hours: F.optionalInt({ prompt: 'Hours of the CIT course', blank: 'COURSE HOURS' }, 1, 200),
      cit_selection: F.choices(E.F_CIT_SELECTION, {
        prompt: 'How are CIT officers selected?',
        choices: E.CIT_SELECTION,
      }),
      dispatcher_course_hours: F.optionalInt(
        { prompt: 'Hours of the dispatcher crisis course', blank: 'DISPATCHER COURSE HOURS' },
        1,
        100,
      ),
      mhfa_for_all: F.flag(
        { prompt: 'Will every officer take Mental Health First Aid for Public Safety?' },
        false,
      ),
      in_service_hours: F.optionalInt(
        { prompt: 'Annual in-service hours on behavioral health', blank: 'IN-SERVICE HOURS' },
        0,
        200,
      ),
      cross_training: F.flag(
        { prompt: 'Will clinicians be cross-trained in officer safety and CJIS awareness?' },
        true,
      ),
      lived_experience_panels: F.flag(
        { prompt: 'Will training include panels of people with lived experience?' },
        true,
      ),
    })
    .prefault({})
    .meta({ section: 'training', description: 'Training' }),

  resources: z
    .strictObject({
      continuum_of_care: F.optionalText({
        prompt: 'Name of the Continuum of Care (CoC)',
        blank: 'CONTINUUM OF CARE',
      }),
      coordinated_entry: F.optionalText({
        prompt: 'How to reach coordinated entry',
        blank: 'COORDINATED ENTRY',
      }),
      dd_authority: F.optionalText({ prompt: 'Developmental-disability authority', blank: 'DD AUTHORITY' }),
      arc_chapter: F.optionalText({ prompt: 'Local chapter of The Arc', blank: 'ARC CHAPTER' }),
      premise_registry: F.flag(
        { prompt: 'Is there an opt-in premise registry for people with disabilities?' },
        false,
      ),
      languages: F.textList({ prompt: 'Languages other than English commonly spoken' }),
      interpreter_service: F.optionalText({
        prompt: 'Interpreter service used',
        blank: 'INTERPRETER SERVICE',
      }),
      encampment_notice: F.optionalText({
        prompt: 'Notice local law requires before an encampment is cleared (e.g. "72 hours")',
        blank: 'NOTICE PERIOD UNDER LOCAL LAW',
      }),
      property_storage_period: F.optionalText({
        prompt: 'How long property collected at an encampment is stored (e.g. "90 days")',
        blank: 'STORAGE PERIOD',
      }),
      property_storage_location: F.optionalText({
        prompt: 'Where that property is stored and can be recovered',
        blank: 'STORAGE LOCATION',
      }),
    })
    .prefault({})
    .meta({ section: 'program', description: 'Community resources' }),

  measures: z
    .strictObject({
      selected: F.choices(E.F_MEASURES, {
        prompt: 'Which measures will the program report?',
        choices: E.MEASURES,
      }),
      baseline_period: F.optionalText({
        prompt: 'Baseline period before launch (e.g. "calendar year 2025")',
        blank: 'BASELINE PERIOD',
      }),
      evaluator: F.optionalText({ prompt: 'Who evaluates the program?', blank: 'EVALUATOR' }),
      reporting_cadence: F.optionalChoice(E.F_CADENCES, {
        prompt: 'How often are results reported?',
        choices: E.CADENCES,
      }),
      public_dashboard: F.flag({ prompt: 'Will results be published on a public dashboard?' }, false),
    })
    .prefault({})
    .meta({ section: 'measures', description: 'Performance measures' }),

  funding: z
    .strictObject({
      sources: z.array(fundingSource).default([]).meta({ description: 'Funding sources' }),
      cost_sharing: F.optionalText({
        prompt: 'How are costs shared between the parties?',
        blank: 'COST SHARING',
      }),
    })
    .prefault({})
    .meta({ section: 'term', description: 'Funding' }),

  agreement: z
    .strictObject({
      effective_date: F.optionalDate({ prompt: 'Effective date (YYYY-MM-DD)', blank: 'EFFECTIVE DATE' }),
      term_years: F.optionalInt({ prompt: 'Initial term, in years', blank: 'TERM' }, 1, 20),
      renewal: F.optionalChoice(E.F_RENEWALS, {
        prompt: 'How does the agreement renew?',
        choices: E.RENEWALS,
      }),
      termination_notice_days: F.optionalInt(
        { prompt: 'Days of written notice to withdraw', blank: 'NOTICE PERIOD' },
        1,
        365,
      ),
      liability: F.optionalChoice(E.F_LIABILITY, {
        prompt: 'How is liability allocated?',
        choices: E.LIABILITY_ARRANGEMENTS,
      }),
      tort_claims_act: F.optionalText({
        prompt: 'Citation of the state tort claims act',
        blank: 'TORT CLAIMS ACT',
      }),
      steering_cadence: F.optionalChoice(E.F_CADENCES, {
        prompt: 'How often does the steering committee meet?',
        choices: E.CADENCES,
      }),
      liaisons: z.array(liaison).default([]).meta({ description: 'Each party’s liaison' }),
      entity_signatories: z.array(entitySignatory).default([]).meta({
        description:
          'Who signs an agreement between entities for a legal entity that takes part through two or more of its units (one signature block for it); left out, the block’s name and title are blanks',
      }),
      governing_body_approval: F.flag(
        { prompt: 'Must a governing body (council, board) approve the agreement?' },
        false,
      ),
      reviewing_counsel: F.optionalText({
        prompt: 'Who reviews the drafts for the lead agency (e.g. "City Attorney")',
        blank: 'REVIEWING COUNSEL',
      }),
    })
    .prefault({})
    .meta({ section: 'term', description: 'Term, governance and signatures' }),

  general_orders: generalOrdersSchema,

  assessment: assessmentSchema,

  revisions: z.array(revision).default([]).meta({ description: 'Revision history, newest last' }),
});

/** The answers file's full rule: the fields, then the references between them. */
export const answersSchema = answersObject.superRefine((answers, ctx) => {
  const ids = new Set<string>();
  answers.partners.forEach((partner, index) => {
    if (ids.has(partner.id) || partner.id === 'lead') {
      ctx.addIssue({
        code: 'custom',
        path: ['partners', index, 'id'],
        message: `partner id \`${partner.id}\` is used twice (or is the reserved \`lead\`), expected a unique id`,
      });
    }
    ids.add(partner.id);
  });
  const known = `expected \`lead\` or a partner id (${[...ids].join(', ')})`;
  const checkParty = (value: string | null, path: (string | number)[]) => {
    if (value !== null && value !== 'lead' && !ids.has(value)) {
      ctx.addIssue({ code: 'custom', path, message: `no partner has the id \`${value}\`, ${known}` });
    }
  };
  checkParty(answers.staffing.clinician_employer, ['staffing', 'clinician_employer']);
  answers.agreement.liaisons.forEach((l, i) => checkParty(l.party, ['agreement', 'liaisons', i, 'party']));
  answers.disposition.receiving_facilities.forEach((f, i) =>
    checkParty(f.operator, ['disposition', 'receiving_facilities', i, 'operator']),
  );
  answers.information_sharing.privacy_officers.forEach((l, i) =>
    checkParty(l.party, ['information_sharing', 'privacy_officers', i, 'party']),
  );
  checkEntitySignatories(answers, ctx);
});

/**
 * An entity signatory must name a legal entity that two or more organizations are units of: only
 * such an entity signs once for its units, so any other name would be silently unused.
 */
function checkEntitySignatories(answers: z.output<typeof answersObject>, ctx: z.RefinementCtx): void {
  const entities = [answers.lead_agency, ...answers.partners]
    .map((o) => o.legal_entity)
    .filter((e): e is string => e !== null);
  const shared = [...new Set(entities.map(entityKey))].filter(
    (key) => entities.filter((e) => entityKey(e) === key).length > 1,
  );
  const names = [...new Set(entities.filter((e) => shared.includes(entityKey(e))))];
  const expected =
    names.length > 0
      ? `expected the legal_entity of two or more organizations (${names.join(', ')})`
      : 'expected the legal_entity of two or more organizations, and no two organizations give the same one';
  answers.agreement.entity_signatories.forEach((s, i) => {
    if (!shared.includes(entityKey(s.legal_entity)))
      ctx.addIssue({
        code: 'custom',
        path: ['agreement', 'entity_signatories', i, 'legal_entity'],
        message: `\`${s.legal_entity}\` is not the legal entity of two or more organizations, ${expected}`,
      });
  });
}

/** What a person wrote (fields may be left out). */
export type AnswersInput = z.input<typeof answersSchema>;
/** The answers with every field present (`null` or `[]` where left open). */
export type Answers = z.output<typeof answersSchema>;
export type Partner = Answers['partners'][number];
