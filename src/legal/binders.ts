import { blankMarkdown } from '../templating/helpers/words.js';
import { partiesOfDocument, type LegalParty, type PartyModel, type PartyRole } from './parties.js';

/** Who a document binds: the parties that sign or adopt it, and roles whose holder adopts it. */
export interface Binders {
  binders: LegalParty[];
  adoptedRoles: PartyRole[];
}

/** What kind of document binds whom: a signed agreement, an order, a plan; the rest bind no one. */
export type DocumentKind = 'agreement' | 'policy' | 'plan' | 'form' | 'overview' | 'report' | string;

/**
 * Who a document binds, by its kind: a signed document its signers (and a role's holder that
 * adopts it through its own signature row); a general order the agency that issues it; a plan
 * the parties that adopt it (its adoption block lists the parties that sign by default). Null: a
 * document that binds no one (the overview, a form, a report).
 */
export function bindersOfDocument(parties: PartyModel, id: string, kind: DocumentKind): Binders | null {
  const view = partiesOfDocument(parties, id);
  if (view.document !== null)
    return {
      binders: view.signingParties,
      adoptedRoles: view.outsideRoles.filter((r) => r.hasAdoptionRow).map((r) => r.role),
    };
  if (kind === 'policy') return { binders: [parties.lead], adoptedRoles: [] };
  if (kind === 'plan') return { binders: parties.byDefault.signingParties, adoptedRoles: [] };
  return null;
}

/**
 * How a document speaks of what the 911 center does. `bound`: a party that operates the 911
 * center signs or adopts it, so it may state the call-takers' steps. Otherwise the center is an
 * outsider and `ask` is the only frame for them (counsel cold read, Brazos Bend r2, 1.1 and 1.4):
 * "the [[Parties]] shall ask Caddo Hills Emergency Communications District to" in an agreement,
 * "the [[Agency]] shall ask ... to" in an order or plan (lower case: it may follow a comma).
 */
export interface PsapFrame {
  bound: boolean;
  /** The 911 center by name (its operator's, the dispatch answers', or a blank). */
  center: string;
  ask: string;
}

export function psapFrameOf(
  parties: PartyModel,
  id: string,
  kind: DocumentKind,
  centerName: string | null,
): PsapFrame {
  const bound = bindsRole(bindersOfDocument(parties, id, kind), 'psap');
  const center = parties.psap?.name ?? centerName ?? blankMarkdown('911 CENTER');
  const asker = kind === 'agreement' ? 'the [[Parties]]' : 'the [[Agency]]';
  return { bound, center, ask: `${asker} shall ask ${center} to` };
}

/** Whether a document binds a role's holder: a binder holds the role, or its holder adopts it. */
export function bindsRole(binders: Binders | null, role: PartyRole): boolean {
  if (binders === null) return false;
  return binders.adoptedRoles.includes(role) || binders.binders.some((p) => p.roles.includes(role));
}

/** "the Parties shall ask" as the start of a sentence. */
export function initial(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
