import type { Model } from '../answers/normalize.js';
import { blankMarkdown, joinList } from '../templating/helpers/words.js';
import { cadConflictNote, cadOperatorOf } from './cad-operator.js';
import { psapFrameOf, type PsapFrame } from './binders.js';
import type { DocumentParties, LegalParty } from './parties.js';
import { destinationsOf, type Destinations } from './routing/destinations.js';
import {
  decisionsOf,
  followUpOf,
  warmTransferOf,
  type Decisions,
  type FollowUp,
  type WarmTransfer,
} from './routing/handling.js';
import { teamsOf, type Team } from './routing/teams.js';
import { tiersOf, type Tier } from './routing/tiers.js';
import { transportRuleOf, type TransportRule } from './routing/transport.js';
import { protocolNameOf, type ProtocolName } from './routing/protocol-name.js';
import { officerRulesOf, type OfficerRules } from './routing/officers.js';

/**
 * The operational rules every document states identically: computed once here from the answers,
 * the party model and the state data, rendered by templates without logic of their own, and
 * checked on the rendered documents by `checkRouting` (src/legal/routing/check-routing.ts).
 */
export interface Routing {
  teams: Team[];
  /** Each in-person or telephone team's own hours, for the clauses that name one team. */
  hours: {
    coResponder: string;
    mobileCrisis: string;
    communityResponders: string;
    embedded: string;
    center988: string;
  };
  /** The routing table, from the most to the least intensive row. */
  tiers: Tier[];
  /** Calls never sent first to a civilian or clinician-led responder (the emergency row takes them). */
  exclusions: string[];
  decisions: Decisions;
  transport: TransportRule;
  destinations: Destinations;
  warmTransfer: WarmTransfer;
  followUp: FollowUp;
  /** Commitments of each signing party that operates a receiving facility (subject first). */
  facilityPromises: { party: LegalParty; facilities: string; promise: string }[];
  /** "The [[Agency]], through its Communications Division, shall" and the like, for an agency's own screening duty. */
  agencyDispatchDuty: string;
  /** What the other drafts call the call-taking and dispatch protocol. */
  protocol: ProtocolName;
  /** Which officer is sent, and who leads on scene. */
  officers: OfficerRules;
  /** Who operates the computer-aided dispatch (CAD) system, by name or as a blank (cadOperatorOf). */
  cadOperator: string;
  /** A note for counsel when the systems answer calls CAD another party's ('' when none). */
  cadConflict: string;
}

/**
 * The routing model for one document (who signs it decides only who is bound, never a rule):
 * `frame` says whether it binds the 911 center (psapFrameOf); by default it does, which is how
 * the packet-wide check reads the rules.
 */
export function routingOf(model: Model, doc: DocumentParties, frame?: PsapFrame): Routing {
  const teams = teamsOf(model);
  const parties = model.derived.partyModel;
  const ems = parties.all.find((p) => p.roles.includes('ems')) ?? null;
  const destinations = destinationsOf(
    model.disposition.receiving_facilities,
    parties.partners,
    model.derived.stateLaw,
  );
  const psap = frame ?? {
    ...psapFrameOf(parties, 'default', 'plan', model.dispatch.center_name),
    bound: true,
  };
  const hoursOf = (id: Team['id'], label: string) =>
    teams.find((t) => t.id === id)?.hours ?? blankMarkdown(label);
  return {
    teams,
    hours: {
      coResponder: hoursOf('co-responder', 'HOURS OF THE CO-RESPONDER TEAM'),
      mobileCrisis: hoursOf('mobile-crisis', 'HOURS OF THE MOBILE CRISIS TEAM'),
      communityResponders: hoursOf('community-responder', 'HOURS OF THE COMMUNITY RESPONDERS'),
      embedded: hoursOf('embedded-911-clinician', 'HOURS OF THE CLINICIANS IN THE 911 CENTER'),
      center988: hoursOf('988-center', 'HOURS THE 988 CENTER ANSWERS'),
    },
    tiers: tiersOf(model, teams),
    exclusions:
      model.program.excluded_calls.length > 0
        ? model.program.excluded_calls
        : [blankMarkdown('SAFETY EXCLUSIONS')],
    decisions: decisionsOf(model, psap),
    transport: transportRuleOf({
      mode: model.disposition.transport_mode,
      emsAgreement: model.disposition.ems_transport_agreement,
      emsProvider: ems?.name ?? null,
      stateLaw: model.derived.stateLaw,
    }),
    destinations,
    warmTransfer: warmTransferOf(model, psap),
    followUp: followUpOf(model, doc),
    facilityPromises: facilityPromisesOf(model, doc, destinations),
    agencyDispatchDuty: agencyDispatchDutyOf(model, doc),
    protocol: protocolNameOf(parties.leadRunsPsap),
    officers: officerRulesOf(model),
    cadOperator: cadOperatorOf(parties, model).name,
    cadConflict: cadConflictNote(parties, model),
  };
}

function facilityPromisesOf(model: Model, doc: DocumentParties, destinations: Destinations) {
  const target = model.disposition.custodial_transfer_target_minutes;
  const minutes = target === null ? blankMarkdown('TRANSFER TARGET') : String(target);
  return doc.signingPartners.flatMap((party) => {
    const own = destinations.facilities.filter((d) => d.operator?.id === party.id);
    if (own.length === 0) return [];
    const names = own.map((d) => d.name);
    const noRefusal = own.filter((d) => d.noRefusal === 'Yes');
    const custody = noRefusal.every((d) => d.acceptsCustody === true);
    const accept =
      noRefusal.length > 0
        ? `accept at ${joinList(noRefusal.map((d) => d.name))} every person an officer brings there, ${custody ? 'whether the person comes voluntarily or in custody' : 'who comes voluntarily'}, and turn no one away because of insurance or ability to pay`
        : `accept at ${joinList(names)} each person an officer brings there whom its admission criteria allow it to accept, and say at once why it cannot accept anyone it turns away`;
    return [
      {
        party,
        facilities: joinList(names),
        promise: `${accept}; give the officers its written medical-clearance criteria and ask for medical clearance only under them; aim to accept the person from the officer, and let the officer return to service, within ${minutes} minutes of arrival; and name a contact whom officers can reach at all hours about a refused or delayed transfer`,
      },
    ];
  });
}

function agencyDispatchDutyOf(model: Model, doc: DocumentParties): string {
  const parties = model.derived.partyModel;
  const center = model.dispatch.center_name;
  if (parties.leadRunsPsap) return `The [[Agency]], through ${ownUnit(center, parties.lead)}, shall`;
  if (doc.psap) return `${doc.psap.name} shall`;
  return `The [[Agency]] shall ask ${center ?? blankMarkdown('911 CENTER')} to`;
}

/** The agency's own division as "its Communications Division" (the name without the agency's). */
function ownUnit(center: string | null, lead: LegalParty): string {
  if (center === null) return 'its 911 center';
  for (const name of [lead.name, lead.short, lead.legalName]) {
    if (center.startsWith(`${name} `)) return `its ${center.slice(name.length + 1)}`;
  }
  return center;
}
