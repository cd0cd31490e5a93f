import type { Model } from '../answers/normalize.js';
import { informationFlows, programFlows, type Flow, type FlowGroup } from './flows.js';
import { codesNamingTheHoldStatute, statuteCodeNote } from './cad-codes.js';
import { recordOwnershipOf, type RecordOwnership } from './record-ownership.js';
import type { LegalParty } from './parties.js';
import { legalRolesOf } from './roles.js';
import { joinList } from '../templating/helpers/words.js';
import { sharingStatements, type SharingStatements } from './sharing.js';
import { stateRegimeOf, type StateRegime } from './state-confidentiality.js';

/** The legal model templates render: computed once from the (escaped) model, never in a template. */
export interface LegalModel {
  /** The flows that involve each signing partner. */
  flowGroups: FlowGroup[];
  /** Flows of the whole program: HMIS (when shared) and evaluation. */
  programFlows: Flow[];
  /** What the verified state data says about a more stringent state confidentiality law. */
  stateRegime: StateRegime['kind'];
  /** The records HIPAA's other permissions may reach, when a signing party is a covered entity. */
  otherHipaaBases: { records: string; stateCondition: string } | null;
  /** The privacy-status table: each organization, its kind and its statuses (a blank while unknown). */
  statusRows: { name: string; kind: string; hipaa: string; part2: string }[];
  /** Every party that is a business associate (the status table lists non-signers too). */
  businessAssociateNames: string[];
  /** Every party that is a lawful holder of Part 2 records. */
  lawfulHolderNames: string[];
  /** The signing parties that are Part 2 programs. */
  part2ProgramNames: string[];
  /** A note for counsel while the state data does not decide whether its law is more stringent ('' when it does). */
  stateLawNote: string;
  /** What a clinician may never tell an officer on the serious-threat ground ('' when nothing extra). */
  threatCarveOut: string;
  /** The sentences that move information in the other drafts, one wording for the packet. */
  sharing: SharingStatements;
  /** What the agreement lets a Party give an organization that takes part but does not sign. */
  nonSignerSharing: string;
  /** The drafter's note on CAD codes that carry the hold statute's number ('' when none does). */
  cadStatuteNote: string;
  /** Who owns the clinical records: a name, or the answers' own rule as a sentence. */
  recordOwnership: RecordOwnership;
  /** A business associate signs beside a Part 2 program: whether it is a qualified service organization is for counsel. */
  qualifiedServiceQuestion: boolean;
  /** The basis of the 988-to-911 relay (Markdown), or '' when the 988 center does not sign the agreement. */
  relayBasis: string;
}

const PHI = '[[Protected Health Information]]';
const PHI_NOT_PART2 = '[[Protected Health Information]] other than [[Part 2 Record]]s';

/**
 * Adds `legal` to a model whose answers are already escaped for Markdown: the legal model's own
 * text is Markdown (defined terms, blanks) and must not be escaped again.
 */
export function withLegalModel<M extends Model>(model: M): M & { legal: LegalModel } {
  const regime = stateRegimeOf(model.derived.stateLaw);
  // The verified data's citation first; else the law the answers name (not verified by us).
  const namedLaw =
    (regime.kind === 'unknown' ? regime.citation : null) ??
    model.information_sharing.state_confidentiality_law;
  const verified = regime.kind === 'unknown' && regime.citation !== null;
  const state = {
    regime,
    namedLaw,
    namedLawVerified: verified,
    namedLawBinds: verified ? regime.binds : null,
  };
  const signers = model.derived.partners.map(legalRolesOf).filter((r) => r.signs);
  const holdsPart2 = signers.some((r) => r.part2 === 'program' || r.part2 === 'lawful-holder');
  // No HIPAA permission reaches a Part 2 record: every HIPAA-only basis carves them out.
  const covered = signers.some((r) => r.hipaa === 'covered');
  const sharing = sharingStatements(model, regime);
  const signingParties = model.derived.partyModel.documents['information-sharing-agreement'].signingParties;
  const wholeProgram = programFlows(model, state);
  const flowGroups = informationFlows(model, state);
  return {
    ...model,
    legal: {
      flowGroups,
      programFlows: wholeProgram,
      stateRegime: regime.kind,
      statusRows: model.derived.parties.map((p) => ({
        name: legalRolesOf(p).signs ? p.name : `${p.name} (takes part; does not sign)`,
        kind: p.kindLabel,
        hipaa: p.hipaa_status === 'unknown' ? '[[?HIPAA STATUS]]' : p.hipaaLabel,
        part2: p.part2_status === 'unknown' ? '[[?PART 2 STATUS]]' : p.part2Label,
      })),
      // Only signers: the agreement binds no one else (a non-signing business associate is bound by
      // its own agreement with the covered entity, not by this one).
      businessAssociateNames: signingParties.filter((p) => p.isBusinessAssociate).map((p) => p.name),
      // A business associate that signs beside a Part 2 program may also serve that program; whether
      // it is a qualified service organization (42 CFR 2.11) is for counsel (the official text of the
      // definition could not be read for this draft, 2026-12-02).
      qualifiedServiceQuestion:
        signingParties.some((p) => p.isBusinessAssociate) && signingParties.some((p) => p.isPart2Program),
      lawfulHolderNames: model.derived.parties.filter((p) => p.isPart2LawfulHolder).map((p) => p.name),
      part2ProgramNames: signers.filter((r) => r.part2 === 'program').map((r) => r.name),
      stateLawNote: stateLawNoteOf(regime),
      otherHipaaBases: covered
        ? {
            records: holdsPart2 ? PHI_NOT_PART2 : PHI,
            stateCondition:
              regime.kind === 'none'
                ? ''
                : ', and only as far as state law also permits (Section [[#state-law]])',
          }
        : null,
      // Whoever holds them, signing or not: the same test as the sharing statements' Part 2 limits.
      threatCarveOut: model.derived.anyPart2
        ? ' A [[Part 2 Record]] is never disclosed on that ground: 42 CFR Part 2 allows it to reach an [[Officer]] only as Section [[#flows]] states.'
        : '',
      sharing,
      // The relay's basis where the 988 center signs the agreement, for the coordination MOU.
      relayBasis: wholeProgram.find((f) => f.anchor === 'relay')?.basis ?? '',
      nonSignerSharing: nonSignerSharingOf(
        wholeProgram,
        wholeProgram.some((f) => f.anchor === 'crisis-line') ? sharing : { ...sharing, crisisLine: null },
        model.derived.partyModel.documents['information-sharing-agreement'].nonSigners,
        flowGroups.some((g) => g.flows.some((f) => f.recipient === 'treating-provider')),
      ),
      recordOwnership: recordOwnershipOf(model.information_sharing.record_ownership),
      cadStatuteNote: statuteCodeNote(
        codesNamingTheHoldStatute(model.dispatch.cad_codes, [
          model.derived.hold.citation,
          model.derived.hold.common_name,
        ]),
      ),
    },
  };
}

function stateLawNoteOf(regime: StateRegime): string {
  if (regime.kind !== 'unknown') return '';
  const identified = regime.citation
    ? `The verified state data identifies ${regime.citation} as this state’s confidentiality law for behavioral-health records${regime.binds ? ` (it binds ${regime.binds})` : ''}, but not whether it is more stringent than HIPAA for each Party.`
    : 'pmhc-docs has no verified data yet on this state’s confidentiality law for behavioral-health and substance-use records.';
  return `${identified} Counsel should decide it, and complete the state-law basis of each flow in Section [[#flows]], which is left blank until then.`;
}

/**
 * The agreement shares nothing identifying with a non-signer except in the flows Section 5 states
 * for it, named here from the flow model so that the scope clause and the flows cannot differ
 * (counsel cold read, Cedar Hollow, December 2026: the scope clause forbade the relay to a
 * non-signing 911 center and the hand-off to a non-signing hospital that the flows allow): the
 * warm transfer to a non-signing 988 center, the relay to a non-signing 911 center, the hand-off
 * at a facility whose operator does not sign, and disclosures for treatment to a health-care
 * provider that does not sign.
 */
function nonSignerSharingOf(
  programFlows: Flow[],
  sharing: SharingStatements,
  nonSigners: readonly LegalParty[],
  treatmentFlows: boolean,
): string {
  const anchored = (anchor: string) => programFlows.find((f) => f.anchor === anchor);
  const outsidePsap = nonSigners.find((p) => p.roles.includes('psap'));
  const providers = nonSigners.filter((p) => p.id !== outsidePsap?.id && legalRolesOf(p).healthProvider);
  const handOff = anchored('custody-handoff');
  const exceptions = [
    sharing.crisisLine?.outside && sharing.crisisLine.partner
      ? `the 911 center may give ${sharing.crisisLine.center} what a warm transfer carries (${sharing.crisisLine.information}), as Section [[#crisis-line]] states`
      : '',
    outsidePsap && anchored('relay')
      ? `a counselor of the 988 center may relay an imminent-risk call to ${outsidePsap.name}, as Section [[#relay]] states`
      : '',
    handOff
      ? `an [[Officer]] hands a person over at a receiving facility as Section [[#custody-handoff]] states`
      : '',
    treatmentFlows && providers.length > 0
      ? `a [[Party]] may disclose information for the person’s treatment to ${joinList(
          providers.map((p) => p.name),
          'or',
        )} as a health-care provider treating the person, as Section [[#flows]] states`
      : '',
  ].filter(Boolean);
  const them = nonSigners.length === 1 ? 'it' : 'them';
  return `No [[Party]] shall disclose information that identifies a [[Person Served]] to ${them} under this [[Agreement]]${exceptions.length > 0 ? `, except that ${joinList(exceptions, 'and')}` : ''}.`;
}
