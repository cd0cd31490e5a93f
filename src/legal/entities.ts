import { joinList } from '../templating/helpers/words.js';
import type { LegalParty } from './parties.js';

/** A legal entity and the parties that are it or its units (a county's sheriff's office and health department). */
export interface EntityGroup {
  /** The entity's legal name as the first of its units gives it ("Juniper Falls County"). */
  legalName: string;
  /** Its units among the parties, in the parties' order. */
  units: LegalParty[];
  /**
   * The caption of the entity as one party: the unit's own caption when one unit signs, else
   * "Juniper Falls County, acting by and through its Sheriff's Office and its Behavioral Health Department".
   */
  displayName: string;
  /** The entity is the lead agency alone (the parties clause calls it the Agency). */
  leadAlone: boolean;
  /** The lead agency's unit when the entity also signs through other units ("Sheriff's Office"), else null. */
  leadUnit: string | null;
}

/**
 * Who an agreement is between, as the law sees it. A county cannot contract with itself (counsel
 * cold read, Juniper Falls County, December 2026, finding 0): where every signer is a unit of one
 * entity the document is an internal operating agreement that entity adopts, not a contract.
 */
export interface AgreementEntities {
  /**
   * `internal`: two or more signers, all units of one entity (an internal operating agreement);
   * `between-entities`: the signers belong to two or more entities (a contract among them).
   */
  form: 'internal' | 'between-entities';
  /** Shorthand for `form === 'internal'`, the flag templates switch on. */
  internal: boolean;
  /** The one entity of an internal agreement, else null. */
  entity: EntityGroup | null;
  /** Entities that sign through more than one unit (each one contracting party), in signing order. */
  sharedEntities: EntityGroup[];
  /** One per legal entity that signs, in signing order, with the units it signs through. */
  contractingEntities: EntityGroup[];
  /**
   * An internal agreement's approval by the entity's governing body, when every unit cites the
   * same action as its authority (Juniper Falls: "Approved by the ... Board of Commissioners,
   * Order 2026-41"); null when it is not internal or the units do not agree on one (a blank).
   */
  approval: string | null;
}

/**
 * A key under which two spellings of one entity's name meet: case, spacing, a leading "The" and
 * the order of "County of X" / "X County" do not make two entities.
 */
export function entityKey(legalName: string): string {
  const plain = legalName.trim().replace(/\s+/g, ' ').replace(/^the /i, '').toLowerCase();
  const ofForm = /^(county|city|town|village|parish|borough) of (.+)$/.exec(plain);
  return ofForm ? `${ofForm[2]} ${ofForm[1]}` : plain;
}

/** The parties' legal entities, each with its units, in the order the parties first name them. */
export function entityGroups(parties: readonly LegalParty[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const party of parties) {
    const key = entityKey(party.legalName);
    const group = groups.get(key);
    if (group) group.units.push(party);
    else
      groups.set(key, {
        legalName: party.legalName,
        units: [party],
        displayName: '',
        leadAlone: false,
        leadUnit: null,
      });
  }
  return [...groups.values()].map((g) => {
    const lead = g.units.find((u) => u.kind === 'lead');
    return {
      ...g,
      displayName: captionOfEntity(g),
      leadAlone: lead !== undefined && g.units.length === 1,
      leadUnit: lead !== undefined && g.units.length > 1 ? (lead.actingThrough ?? lead.name) : null,
    };
  });
}

function captionOfEntity({ legalName, units }: EntityGroup): string {
  if (units.length === 1) return units[0]!.displayName;
  const through = units.map((u) => u.actingThrough).filter((u): u is string => u !== null);
  return through.length === 0
    ? legalName
    : `${legalName}, acting by and through ${joinList(through.map((u) => `its ${u}`))}`;
}

/** The one action every unit cites as its authority, or null when they cite none or differ. */
function commonApproval(units: readonly LegalParty[]): string | null {
  const cited = new Set(units.map((u) => u.signatory.authority?.trim() ?? null));
  const [only] = cited;
  return cited.size === 1 && only ? only : null;
}

/** Who signs for a legal entity that signs through several of its units (answers: agreement.entity_signatories). */
export interface EntitySignatory {
  legal_entity: string;
  name: string | null;
  title: string | null;
  authority: string | null;
}

/** One signature block of a contract: a legal entity, signing once, whatever units it acts through. */
export interface SignatureBlock {
  /** The entity's legal name, the block's heading ("Juniper Falls County"). */
  legalName: string;
  /** The entity's caption in the parties clause ("Juniper Falls County, acting by and through its ..."). */
  displayName: string;
  /** Its units among the signers. */
  units: LegalParty[];
  signatory: { name: string | null; title: string | null; authority: string | null };
}

/**
 * The signature blocks of an agreement between entities: one per legal entity, because the entity
 * is the party to the contract (counsel cold read, Juniper Falls County, ISA-20: "One County
 * block"). An entity that signs through one unit signs by that unit's signatory; one that signs
 * through several signs by the person the answers name for it, else blanks (the units' common
 * authority, when they cite one, stays its authority).
 */
export function signatureBlocksOf(
  signers: readonly LegalParty[],
  entitySignatories: readonly EntitySignatory[],
): SignatureBlock[] {
  return entityGroups(signers).map((group) => {
    const { legalName, displayName, units } = group;
    if (units.length === 1) return { legalName, displayName, units, signatory: { ...units[0]!.signatory } };
    const named = entitySignatories.find((e) => entityKey(e.legal_entity) === entityKey(legalName));
    return {
      legalName,
      displayName,
      units,
      signatory: {
        name: named?.name ?? null,
        title: named?.title ?? null,
        authority: named?.authority ?? commonApproval(units),
      },
    };
  });
}

/** The legal entities that two or more of the parties belong to, each with those parties. */
export function sameEntityGroups(parties: readonly LegalParty[]): EntityGroup[] {
  return entityGroups(parties).filter((g) => g.units.length > 1);
}

/** Whether an agreement signed by these parties is internal to one entity or between entities. */
export function agreementEntitiesOf(signers: readonly LegalParty[]): AgreementEntities {
  const entities = entityGroups(signers);
  const internal = signers.length > 1 && entities.length === 1;
  return {
    form: internal ? 'internal' : 'between-entities',
    internal,
    entity: internal ? entities[0]! : null,
    sharedEntities: entities.filter((g) => g.units.length > 1),
    contractingEntities: entities,
    approval: internal ? commonApproval(signers) : null,
  };
}
