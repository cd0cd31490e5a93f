import type { LawStep, StateLawModel } from '../state-law.js';
import type { FactKey } from '../state-law-schema.js';

/**
 * A custody step of the state-law model by its key. The model templates see is escaped for
 * Markdown, keys included ("ems\_transfer"), so the key is compared without the escapes.
 */
export function lawStepOf(law: StateLawModel, key: FactKey): LawStep | null {
  return law.custodySteps.find((s) => s.key.replace(/\\/g, '') === key) ?? null;
}
