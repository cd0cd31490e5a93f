import type { Answers } from '../answers/schema.js';
import { F_SIGNED_DOCUMENTS, SIGNED_DOCUMENTS } from '../answers/enums.js';
import { partiesOf, partiesOfDocument } from '../legal/parties.js';

/**
 * Who signs or adopts a document, in words for the packet overview (counsel: the overview said a
 * partner "signs the agreements: no" while it signed two of them). An agreement and the dispatch
 * procedure name their signing parties from the party model; a general order is issued by the
 * lead agency's head; a plan is the lead agency's own; a form is signed by the person served.
 */
export function signersOfDocument(answers: Answers, meta: { id: string; kind: string }): string {
  const parties = partiesOf(answers);
  const view = partiesOfDocument(parties, meta.id);
  if (view.document !== null) {
    // An internal operating agreement is adopted by one entity through its units, not signed by
    // it twice; an agreement between entities is signed once by each entity.
    const { entity } = view.entities;
    if (entity) return `adopted by ${entity.displayName}`;
    const signers = view.signatureBlocks.map((b) => b.legalName);
    const outside = view.outsideRoles
      .filter((r) => r.hasAdoptionRow)
      .map((r) => r.holder ?? 'the 911 center');
    const all = [...signers, ...outside];
    const verb = meta.id === 'dispatch-protocol' && !parties.leadRunsPsap ? 'adopted by' : 'signed by';
    return `${verb} ${joinNames(all)}`;
  }
  const head = answers.lead_agency.head.title ?? 'the head of the agency';
  if (meta.kind === 'policy') return `issued by the ${head} of the ${parties.lead.name}`;
  if (meta.kind === 'plan') return `adopted by the ${parties.lead.name} (no partner signs it)`;
  // The Part 2 notice is a sheet the disclosing party attaches, not a form anyone signs.
  if (meta.id === 'part2-disclosure-notice') return 'no one: the disclosing party attaches it';
  if (meta.kind === 'form') return 'signed by the person served, or their representative';
  return 'no one (it describes the packet)';
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'no one yet';
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** A row of the overview's organizations table. */
export interface PartySigning {
  name: string;
  kindLabel: string;
  /** Which signed documents it signs or adopts, in words. */
  signs: string;
  hipaaLabel: string;
  part2Label: string;
}

/** Each organization and, in words, which of the signed documents it signs or adopts. */
export function partySigning(answers: Answers): PartySigning[] {
  const parties = partiesOf(answers);
  return parties.all.map((party) => {
    const signed = F_SIGNED_DOCUMENTS.filter((id) => parties.documents[id].signingParties.includes(party));
    const signs =
      signed.length === 0
        ? 'none'
        : signed.length === F_SIGNED_DOCUMENTS.length
          ? 'every agreement'
          : joinNames(signed.map((id) => SIGNED_DOCUMENTS[id]));
    const { name, kindLabel, hipaaLabel, part2Label } = party;
    return { name, kindLabel, signs, hipaaLabel, part2Label };
  });
}
