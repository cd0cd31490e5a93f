import {
  AGENCY_TYPES,
  F_SIGNED_DOCUMENTS,
  HIPAA_STATUSES,
  PART2_STATUSES,
  PARTNER_TYPES,
  PARTY_ROLES,
} from '../answers/enums.js';
import type { Answers, Partner } from '../answers/schema.js';
import {
  agreementEntitiesOf,
  entityGroups,
  sameEntityGroups,
  signatureBlocksOf,
  type AgreementEntities,
  type EntityGroup,
  type EntitySignatory,
  type SignatureBlock,
} from './entities.js';

/** What an organization does in the program (see PARTY_ROLES). */
export type PartyRole = keyof typeof PARTY_ROLES;
/** A document an organization signs or adopts. */
export type SignedDocument = (typeof F_SIGNED_DOCUMENTS)[number];
export type HipaaStatus = keyof typeof HIPAA_STATUSES;
export type Part2Status = keyof typeof PART2_STATUSES;

/** The roles each kind of partner holds without saying so; `roles` in the answers adds to these. */
export const ROLES_OF_TYPE: Record<keyof typeof PARTNER_TYPES, PartyRole[]> = {
  'county-behavioral-health': ['behavioral-health-provider'],
  'mental-health-authority': ['behavioral-health-provider'],
  'nonprofit-provider': ['behavioral-health-provider'],
  'crisis-center': ['behavioral-health-provider'],
  hospital: ['hospital'],
  'receiving-facility': ['crisis-receiving'],
  '911-center': ['psap'],
  '988-center': ['988-center'],
  ems: ['ems'],
  'law-enforcement': ['law-enforcement'],
  'school-district': ['school'],
  advocacy: ['advocacy'],
  'housing-provider': ['housing'],
  'dd-authority': ['dd-authority'],
  other: [],
};

/** Where the interview's label of a kind would read oddly in a draft, the draft's own noun. */
const KIND_IN_DRAFTS: Partial<Record<keyof typeof PARTNER_TYPES, string>> = {
  'county-behavioral-health': 'public behavioral-health department',
  advocacy: 'advocacy organization',
  'school-district': 'school district',
  'law-enforcement': 'law-enforcement agency',
};

/**
 * Whether a kind of partner is a public entity, where the kind says so (null: it depends, and
 * `public_entity` in the answers decides). A crisis center or hospital may be either.
 */
const PUBLIC_BY_TYPE: Partial<Record<keyof typeof PARTNER_TYPES, boolean>> = {
  'county-behavioral-health': true,
  'mental-health-authority': true,
  '911-center': true,
  'law-enforcement': true,
  'school-district': true,
  'nonprofit-provider': false,
  advocacy: false,
};

/**
 * A party as the law sees it: the legal entity that contracts (a city, a county, a district, a
 * nonprofit corporation), the unit it acts through, what it does in the program, its privacy
 * status, and which documents it signs. The fields `name`, `short`, `type`, `typeLabel`,
 * `hipaa_status`, `part2_status`, `hipaaLabel`, `part2Label` and `signs` (its default) keep the
 * shape templates used before this model.
 */
export interface LegalParty {
  /** `lead` for the lead agency, else the partner's id. */
  id: string;
  kind: 'lead' | 'partner';
  /** The organization as people know it ("Rio Verde County Behavioral Health Department"). */
  name: string;
  /** Short name used in running text ("RVCBH"); the name when none is given. */
  short: string;
  /** The entity that can contract ("County of Rio Verde"); the name when it is itself one. */
  legalName: string;
  /** The unit it acts through ("Behavioral Health Department"), or null when it acts itself. */
  actingThrough: string | null;
  /** The caption for parties clauses: "County of Rio Verde, acting by and through its Behavioral Health Department". */
  displayName: string;
  type: string;
  /** The kind's label as the interview shows it ("advocacy organization (e.g. NAMI)"). */
  typeLabel: string;
  /** The kind as a noun phrase for drafts, without the interview's hints ("advocacy organization"). */
  kindLabel: string;
  /** Functional roles, type-implied first, without duplicates. */
  roles: PartyRole[];
  roleLabels: string[];
  /** True or false when known (from the answers or the kind), null when counsel must say. */
  publicEntity: boolean | null;
  hipaa_status: HipaaStatus;
  hipaaLabel: string;
  part2_status: Part2Status;
  part2Label: string;
  /** HIPAA covered entity, including a hybrid entity's covered component. */
  isCoveredEntity: boolean;
  isBusinessAssociate: boolean;
  /** A federally assisted SUD program under 42 CFR Part 2. */
  isPart2Program: boolean;
  /** Holds Part 2 records received from a Part 2 program (a lawful holder). */
  isPart2LawfulHolder: boolean;
  /** Its HIPAA or Part 2 status is not yet determined. */
  privacyUnknown: boolean;
  /** Whether it signs a document the answers do not decide for it (`signs_agreements`). */
  signs: boolean;
  /** The documents it signs or adopts. */
  signsDocuments: SignedDocument[];
  signatory: { name: string | null; title: string | null; authority: string | null };
  address: string | null;
  /** Whose counsel approves the agreements as to form for it, or null. */
  counsel: string | null;
  /**
   * Whether a clerk attests its signature (a city, town or county), with the clerk's title where
   * the entity's kind says it ("City Clerk"); null title when it varies (a county's clerk).
   */
  attest: { title: string | null } | null;
}

/** Whether a party signs (or adopts) a document. */
export function signs(party: LegalParty, document: SignedDocument): boolean {
  return party.signsDocuments.includes(document);
}

/** The parties of one document: who signs it, who only takes part, and its special signers. */
export interface DocumentParties {
  /** The document, or null for the default view. */
  document: SignedDocument | null;
  /** Lead agency first, then partners in the answers' order. */
  signingParties: LegalParty[];
  signingPartners: LegalParty[];
  /** Partners that take part in the program but do not sign this document: at most "invited". */
  nonSigners: LegalParty[];
  /** The 911 center's operator when it signs this document, else null. */
  psap: LegalParty | null;
  /** The 988 center when it signs this document, else null. */
  center988: LegalParty | null;
  /** Signing parties that are law-enforcement agencies (the lead first). */
  lawEnforcement: LegalParty[];
  /** Signing partners that answer no calls and run no response (a school, an advocate, a hospital). */
  nonResponders: LegalParty[];
  /** Signing parties that run a mobile crisis team. */
  mobileCrisis: LegalParty[];
  /**
   * Roles the document needs that no signing party holds, with who holds them outside it (a
   * non-signing partner's name, the name the dispatch answers give, or null): each becomes an
   * invitation and a "bring it in as a party" open item, never a duty.
   */
  outsideRoles: {
    role: PartyRole;
    roleLabel: string;
    holder: string | null;
    /** The holder is a partner that does not sign this document (listed among nonSigners). */
    holderIsPartner: boolean;
    /**
     * The document gives the role's holder a signature row of its own to adopt it (the dispatch
     * procedure's 911 center): the holder is bound once it signs, like any signer.
     */
    hasAdoptionRow: boolean;
    openItem: string;
  }[];
  /** Signing parties not known to be public entities (a state tort claims act may not cover them). */
  privateOrUnknownSigners: LegalParty[];
  /** The legal names of the signers known to be public entities, once per entity. */
  publicSignerNames: string[];
  /** The legal names of the signers not known to be public entities, once per entity. */
  privateOrUnknownSignerNames: string[];
  /**
   * Whose liability a state tort claims act clause may say the act governs: every Party (all are
   * public entities), the public Parties only (named), or none (no signer is known to be a public
   * body, so the clause has no one to name and is left out: never "The liability of  for").
   */
  tortClaimsActCovers: 'every-party' | 'public-parties' | 'no-party';
  /**
   * Signing parties whose counsel approves as to form: each with counsel named, and each public
   * entity (its counsel's title left a blank when the answers do not name it).
   */
  approvedAsToForm: { party: LegalParty; counsel: string | null }[];
  /** Signing cities, towns and counties, whose clerk attests the signature. */
  attested: { party: LegalParty; clerk: string | null }[];
  /** Whether the signers are units of one entity (an internal operating agreement) or distinct entities. */
  entities: AgreementEntities;
  /** One signature block per signing legal entity, for an agreement between entities. */
  signatureBlocks: SignatureBlock[];
}

/** Every party of the program, and the named lists templates and the legal model read. */
export interface PartyModel {
  lead: LegalParty;
  partners: LegalParty[];
  /** Lead first, then partners. */
  all: LegalParty[];
  /** Every party that operates a 911 center (usually one). */
  psaps: LegalParty[];
  /** The 911 center's operator when it is a party (lead or partner), else null. */
  psap: LegalParty | null;
  /** The lead agency itself runs the 911 center. */
  leadRunsPsap: boolean;
  /** The 911 center is a party separate from the lead agency. */
  separatePsap: boolean;
  /** The party that runs the 988 center, else null. */
  center988: LegalParty | null;
  /** Parties that run a mobile crisis team. */
  mobileCrisis: LegalParty[];
  /** Law-enforcement parties, the lead first: the agencies a shared 911 center dispatches for. */
  lawEnforcement: LegalParty[];
  coveredEntities: LegalParty[];
  part2Programs: LegalParty[];
  /** Legal entities that two or more parties are units of (one county's sheriff and health department). */
  sameEntityGroups: EntityGroup[];
  /**
   * One legal entity whose units include a HIPAA hybrid entity's health care component and a unit
   * outside it (Juniper Falls: the Behavioral Health Department, and the Sheriff's Office): the
   * ISA states the firewall of 45 CFR 164.105(a)(2)(ii)(A) between them.
   */
  hybridEntities: { legalName: string; components: LegalParty[]; outside: LegalParty[] }[];
  /** Per signed document, its parties. */
  documents: Record<SignedDocument, DocumentParties>;
  /**
   * The crisis-coordination MOU's title, which the other agreements cite by name: an internal
   * operating agreement when only units of one entity sign it (counsel cold read, Juniper Falls).
   */
  coordinationMouTitle: string;
  /** The parties of a document no party decides for (a policy or plan): `signs_agreements`. */
  byDefault: DocumentParties;
}

/** The parties a template sees as `doc`: its own when it is a signed document, else the default. */
export function partiesOfDocument(model: PartyModel, id: string): DocumentParties {
  return (F_SIGNED_DOCUMENTS as readonly string[]).includes(id)
    ? model.documents[id as SignedDocument]
    : model.byDefault;
}

/** Computes the party model from validated answers. Pure; the same answers give the same model. */
export function partiesOf(answers: Answers): PartyModel {
  const lead = leadParty(answers);
  const partners = answers.partners.map(partnerParty);
  const all = [lead, ...partners];
  const withRole = (role: PartyRole) => all.filter((p) => p.roles.includes(role));
  const psaps = withRole('psap');
  const outsideNames: OutsideNames = {
    psap: answers.dispatch.center_name,
    '988-center': answers.dispatch.center_988_name,
  };
  const documents = Object.fromEntries(
    F_SIGNED_DOCUMENTS.map((id) => [
      id,
      documentParties(all, id, outsideNames, answers.agreement.entity_signatories),
    ]),
  ) as Record<SignedDocument, DocumentParties>;
  return {
    lead,
    partners,
    all,
    psaps,
    psap: psaps[0] ?? null,
    leadRunsPsap: lead.roles.includes('psap'),
    separatePsap: psaps.some((p) => p.kind === 'partner') && !lead.roles.includes('psap'),
    center988: withRole('988-center')[0] ?? null,
    mobileCrisis: withRole('mobile-crisis'),
    lawEnforcement: withRole('law-enforcement'),
    coveredEntities: all.filter((p) => p.isCoveredEntity),
    part2Programs: all.filter((p) => p.isPart2Program),
    sameEntityGroups: sameEntityGroups(all),
    hybridEntities: sameEntityGroups(all).flatMap(({ legalName, units }) => {
      const components = units.filter((u) => u.hipaa_status === 'hybrid-entity');
      const outside = units.filter((u) => u.hipaa_status !== 'hybrid-entity');
      return components.length > 0 && outside.length > 0 ? [{ legalName, components, outside }] : [];
    }),
    documents,
    coordinationMouTitle: `Mobile Crisis and 911–988 Coordination ${
      documents['crisis-coordination-mou'].entities.internal
        ? 'Internal Operating Agreement'
        : 'Memorandum of Understanding'
    }`,
    byDefault: documentParties(all, null, {}, answers.agreement.entity_signatories),
  };
}

/**
 * Who may sign or adopt a document at all, where not every party may: the dispatch protocol is
 * adopted by the 911 center and the agencies it dispatches for, not by a clinic.
 */
const ELIGIBLE_ROLES: Partial<Record<SignedDocument, PartyRole[]>> = {
  'dispatch-protocol': ['psap', 'law-enforcement'],
};

/** Roles that answer calls or respond to them: the parties that operate the crisis system's tiers. */
const RESPONDER_ROLES: PartyRole[] = [
  'law-enforcement',
  'psap',
  '988-center',
  'mobile-crisis',
  'behavioral-health-provider',
  'ems',
];

/** The roles a document's clauses rely on; a role no signing party holds is described as outside it. */
const NEEDED_ROLES: Partial<Record<SignedDocument, PartyRole[]>> = {
  'crisis-coordination-mou': ['psap', '988-center'],
  'dispatch-protocol': ['psap'],
};

/** The short name of a role in a blank's label. */
const ROLE_BLANK: Partial<Record<PartyRole, string>> = {
  psap: '911 CENTER',
  '988-center': '988 CENTER',
  ems: 'EMS PROVIDER',
};

/** Names the answers give for a role's organization when it is no partner (the dispatch section). */
export type OutsideNames = Partial<Record<PartyRole, string | null>>;

/** The parties of one document (null: the default view), from the whole model. */
export function documentParties(
  all: LegalParty[],
  document: SignedDocument | null,
  outsideNames: OutsideNames = {},
  entitySignatories: readonly EntitySignatory[] = [],
): DocumentParties {
  const eligible = document === null ? undefined : ELIGIBLE_ROLES[document];
  const signsIt = (p: LegalParty) => (document === null ? p.signs : signs(p, document));
  const signingParties = all.filter(
    (p) => signsIt(p) && (eligible === undefined || p.roles.some((r) => eligible.includes(r))),
  );
  const withRole = (role: PartyRole) => signingParties.filter((p) => p.roles.includes(role));
  return {
    document,
    signingParties,
    signingPartners: signingParties.filter((p) => p.kind === 'partner'),
    nonSigners: all.filter((p) => !signingParties.includes(p)),
    psap: withRole('psap')[0] ?? null,
    center988: withRole('988-center')[0] ?? null,
    lawEnforcement: withRole('law-enforcement'),
    mobileCrisis: withRole('mobile-crisis'),
    nonResponders: signingParties.filter(
      (p) => p.kind === 'partner' && !p.roles.some((r) => RESPONDER_ROLES.includes(r)),
    ),
    outsideRoles: (document === null ? [] : (NEEDED_ROLES[document] ?? []))
      .filter((role) => !signingParties.some((p) => p.roles.includes(role)))
      .map((role) => {
        const partner = all.find((p) => p.roles.includes(role));
        const holder = partner?.name ?? outsideNames[role] ?? null;
        return {
          role,
          roleLabel: PARTY_ROLES[role],
          holder,
          holderIsPartner: partner !== undefined,
          hasAdoptionRow:
            document === 'dispatch-protocol' && !(partner && !partner.signsDocuments.includes(document)),
          // One label per role, so that the Open Items can name the answers that settle it.
          openItem: `BRING THE ${ROLE_BLANK[role] ?? role.toUpperCase()} IN AS A PARTY, OR CONFIRM IT STAYS OUTSIDE`,
        };
      }),
    privateOrUnknownSigners: signingParties.filter((p) => p.publicEntity !== true),
    publicSignerNames: entityGroups(signingParties.filter((p) => p.publicEntity === true)).map(
      (g) => g.legalName,
    ),
    privateOrUnknownSignerNames: entityGroups(signingParties.filter((p) => p.publicEntity !== true)).map(
      (g) => g.legalName,
    ),
    tortClaimsActCovers: signingParties.every((p) => p.publicEntity === true)
      ? 'every-party'
      : signingParties.some((p) => p.publicEntity === true)
        ? 'public-parties'
        : 'no-party',
    // One line per legal entity: a county that signs through two units is approved and attested once.
    approvedAsToForm: entityGroups(signingParties).flatMap(({ units }) => {
      const party = units.find((u) => u.counsel !== null) ?? units.find((u) => u.publicEntity === true);
      return party ? [{ party, counsel: party.counsel }] : [];
    }),
    attested: entityGroups(signingParties).flatMap(({ units }) => {
      const party = units.find((u) => u.attest !== null);
      return party?.attest ? [{ party, clerk: party.attest.title }] : [];
    }),
    entities: agreementEntitiesOf(signingParties),
    signatureBlocks: signatureBlocksOf(signingParties, entitySignatories),
  };
}

/** "County of Rio Verde, acting by and through its Behavioral Health Department", or the name. */
export function captionOf(name: string, legalEntity: string | null, unit: string | null): string {
  if (legalEntity === null || legalEntity === name) return name;
  return `${legalEntity}, acting by and through its ${unit ?? name}`;
}

/** The clerk who attests a general-purpose government's signature, from its legal name. */
export function attestOf(legalName: string): { title: string | null } | null {
  const municipal = /^(City|Town|Village)(?: and County)? of\b|\b(City|Town|Village)$/.exec(legalName);
  if (municipal) return { title: `${municipal[1] ?? municipal[2]} Clerk` };
  // A county's attesting clerk has a different title from state to state (Clerk of the Board, County Clerk).
  if (/^(County|Parish|Borough) of\b|\b(County|Parish|Borough)$/.test(legalName)) return { title: null };
  return null;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function privacyOf(hipaa: HipaaStatus, part2: Part2Status) {
  return {
    hipaa_status: hipaa,
    hipaaLabel: HIPAA_STATUSES[hipaa],
    part2_status: part2,
    part2Label: PART2_STATUSES[part2],
    isCoveredEntity: hipaa === 'covered-entity' || hipaa === 'hybrid-entity',
    isBusinessAssociate: hipaa === 'business-associate',
    isPart2Program: part2 === 'part2-program',
    isPart2LawfulHolder: part2 === 'lawful-holder',
    privacyUnknown: hipaa === 'unknown' || part2 === 'unknown',
  };
}

/** The fields an organization's names and roles give, for the lead and partners alike. */
interface Named {
  name: string;
  short_name: string | null;
  legal_entity: string | null;
  unit: string | null;
}

function identityOf(org: Named, roles: PartyRole[]) {
  const distinct = unique(roles);
  return {
    name: org.name,
    short: org.short_name ?? org.name,
    legalName: org.legal_entity ?? org.name,
    actingThrough: org.legal_entity === null ? null : (org.unit ?? org.name),
    displayName: captionOf(org.name, org.legal_entity, org.unit),
    roles: distinct,
    roleLabels: distinct.map((r) => PARTY_ROLES[r]),
  };
}

function leadParty(answers: Answers): LegalParty {
  const a = answers.lead_agency;
  return {
    id: 'lead',
    kind: 'lead',
    ...identityOf(a, ['law-enforcement', ...a.roles]),
    type: a.type,
    typeLabel: AGENCY_TYPES[a.type],
    kindLabel: AGENCY_TYPES[a.type],
    publicEntity: a.type === 'tribal' ? null : true,
    // A law-enforcement agency is not a HIPAA covered entity or a Part 2 program in its
    // law-enforcement role; counsel decides otherwise outside this model.
    ...privacyOf('not-covered', 'not-part2'),
    signs: true,
    signsDocuments: [...F_SIGNED_DOCUMENTS],
    signatory: {
      name: a.signatory.name ?? a.head.name,
      title: a.signatory.title ?? a.head.title,
      authority: a.signatory.authority,
    },
    address: a.address,
    counsel: a.counsel,
    attest: attestOf(a.legal_entity ?? a.name),
  };
}

function partnerParty(p: Partner): LegalParty {
  return {
    id: p.id,
    kind: 'partner',
    ...identityOf(p, [...ROLES_OF_TYPE[p.type], ...p.roles]),
    type: p.type,
    typeLabel: PARTNER_TYPES[p.type],
    kindLabel: KIND_IN_DRAFTS[p.type] ?? PARTNER_TYPES[p.type],
    publicEntity: p.public_entity ?? PUBLIC_BY_TYPE[p.type] ?? (p.legal_entity === null ? null : true),
    ...privacyOf(p.hipaa_status, p.part2_status),
    signs: p.signs_agreements,
    signsDocuments: F_SIGNED_DOCUMENTS.filter((id) => p.signs[id] ?? p.signs_agreements),
    signatory: { ...p.signatory },
    address: p.address,
    counsel: p.counsel,
    attest: p.legal_entity === null ? null : attestOf(p.legal_entity),
  };
}
