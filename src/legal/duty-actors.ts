import { PARTY_ROLES } from '../answers/enums.js';
import type { Answers } from '../answers/schema.js';
import { operatorOf } from './routing/destinations.js';
import type { LegalParty, PartyModel, PartyRole } from './parties.js';

/**
 * Someone a sentence of a draft can make the subject of a duty: a party, or the holder of a role
 * (the 911 center and its call-takers, a receiving facility, the evaluator), resolved through the
 * party model to the parties that are it. A duty on an actor binds only when one of those parties
 * signs or adopts the document.
 */
export interface Actor {
  /** Who it is, for the message: the holder's name where the answers give one. */
  label: string;
  /** Names and nouns that denote it or its staff, matched as whole words, case-insensitively. */
  terms: string[];
  /** The parties that are this actor (empty: an organization outside the party model). */
  parties: LegalParty[];
  /** The role it holds, for a role's actor (a document may be adopted by a role's holder). */
  role?: PartyRole;
  /** It stands for several organizations at once ("each Receiving Facility"): all must sign. */
  every?: boolean;
}

/**
 * The nouns the drafts use for each role's organization and its staff. The party model says who
 * holds each role; these words only say which role a subject names.
 */
const ROLE_NOUNS: Partial<Record<PartyRole, string[]>> = {
  psap: [
    '911 Center',
    'Dispatch Center',
    'communications center',
    'call-taker',
    'call-takers',
    'dispatcher',
    'dispatchers',
    'telecommunicator',
    'telecommunicators',
  ],
  '988-center': [
    '988 Center',
    '988 counselor',
    '988 counselors',
    'counselor',
    'counselors',
    'Lifeline center',
  ],
  ems: ['EMS Agency', 'EMS provider', 'ambulance service'],
  'mobile-crisis': ['Mobile Crisis Team', 'mobile crisis team', 'mobile crisis teams'],
  advocacy: ['Advocacy Coordinator', 'advocacy organization'],
  'dd-authority': ['developmental-disability authority'],
};

/** What the answers name outside the party list, by role (the dispatch and resources sections). */
function outsideNames(answers: Answers): Partial<Record<PartyRole, string | null>> {
  return {
    psap: answers.dispatch.center_name,
    '988-center': answers.dispatch.center_988_name,
    'dd-authority': answers.resources.dd_authority,
  };
}

/** Every actor of a program: each party by its names, each role by its nouns, each facility, the evaluator. */
export function actorsOf(model: PartyModel, answers: Answers): Actor[] {
  const legalNames = model.all.map((p) => p.legalName);
  const byParty = model.all.map((p) => ({
    label: p.name,
    // The legal entity's name denotes the party only when no other party shares it (a county
    // may sign through two departments).
    terms: unique([
      p.name,
      p.short,
      ...(legalNames.filter((n) => n === p.legalName).length === 1 ? [p.legalName] : []),
    ]),
    parties: [p],
  }));
  const names = outsideNames(answers);
  const byRole = (Object.entries(ROLE_NOUNS) as [PartyRole, string[]][]).map(([role, nouns]) => {
    const holders = model.all.filter((p) => p.roles.includes(role));
    const outside = names[role] ?? null;
    return {
      label: holders[0]?.name ?? outside ?? `the ${PARTY_ROLES[role]}`,
      terms: [...nouns, ...(outside && holders.length === 0 ? [outside] : [])],
      parties: holders,
      role,
    };
  });
  const facilities = answers.disposition.receiving_facilities.map((f) => {
    const operator = operatorOf(f, model.partners);
    return { label: f.name, terms: [f.name], parties: operator ? [operator] : [] };
  });
  // "Each Receiving Facility shall" binds every facility: it binds only if every operator signs.
  const everyFacility: Actor = {
    label: facilities.find((f) => f.parties.length === 0)?.label ?? 'each receiving facility',
    terms: ['Receiving Facility', 'Receiving Facilities'],
    parties: facilities.every((f) => f.parties.length > 0) ? facilities.flatMap((f) => f.parties) : [],
    every: true,
  };
  const evaluatorName = answers.measures.evaluator;
  const evaluatorParty = model.all.find(
    (p) => evaluatorName !== null && [p.name, p.short].includes(evaluatorName),
  );
  const evaluator = {
    label: evaluatorName ?? 'the evaluator',
    terms: ['Evaluator', ...(evaluatorName ? [evaluatorName] : [])],
    parties: evaluatorParty ? [evaluatorParty] : [],
  };
  return [...byParty, ...byRole, ...facilities, everyFacility, evaluator];
}

/**
 * Whether a document binds an actor: one of its parties signs or adopts it. An actor that stands
 * for several organizations at once ("each Receiving Facility") binds only when all of them do.
 */
export function bindsActor(
  actor: Actor,
  binders: readonly LegalParty[],
  adoptedRoles: readonly PartyRole[] = [],
): boolean {
  if (actor.role && adoptedRoles.includes(actor.role)) return true;
  if (actor.parties.length === 0) return false;
  return actor.every
    ? actor.parties.every((p) => binders.includes(p))
    : actor.parties.some((p) => binders.includes(p));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
