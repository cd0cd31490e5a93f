import type { Model } from '../answers/normalize.js';
import { informationFlows, programFlows, type Flow, type FlowGroup } from './flows.js';
import { stateRegimeOf, type StateRegime } from './state-confidentiality.js';

/** The legal model templates render: computed once from the (escaped) model, never in a template. */
export interface LegalModel {
  /** The flows that involve each signing partner. */
  flowGroups: FlowGroup[];
  /** Flows of the whole program: HMIS (when shared) and evaluation. */
  programFlows: Flow[];
  /** What the verified state data says about a more stringent state confidentiality law. */
  stateRegime: StateRegime['kind'];
}

/**
 * Adds `legal` to a model whose answers are already escaped for Markdown: the legal model's own
 * text is Markdown (defined terms, blanks) and must not be escaped again.
 */
export function withLegalModel<M extends Model>(model: M, stateDataDir?: string): M & { legal: LegalModel } {
  const regime = stateRegimeOf(model.jurisdiction.state, stateDataDir);
  const state = { regime, namedLaw: model.information_sharing.state_confidentiality_law };
  return {
    ...model,
    legal: {
      flowGroups: informationFlows(model, state),
      programFlows: programFlows(model, state),
      stateRegime: regime.kind,
    },
  };
}
