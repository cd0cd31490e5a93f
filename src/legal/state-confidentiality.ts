import type { StateLawModel } from './state-law.js';

/**
 * What the verified state data (`data/state-law/`, read by `state-law.ts`) says about the state's
 * confidentiality law for behavioral-health records, as the legal model needs it (45 CFR 160.203:
 * a more stringent state law that relates to the privacy of health information is not preempted).
 *
 * - `none`: the data says the law is not more stringent than HIPAA;
 * - `stricter`: the data says it is, and names it (`citation`); per kind of recipient, what it
 *   permits where that was verified (`permits`); a kind it does not list is a blank for counsel;
 * - `unknown`: the data does not say (or the state has no data); `citation` names the law when
 *   the data identifies it. Every basis then carries a visible blank for counsel.
 */
export type StateRegime =
  | { kind: 'none'; verifiedOn: string }
  | { kind: 'stricter'; citation: string; verifiedOn: string; permits: Partial<Record<string, string>> }
  | { kind: 'unknown'; citation: string | null; binds: string | null };

/** The regime from the state-law model's mental-health records fact; nothing is assumed without one. */
export function stateRegimeOf(law: StateLawModel): StateRegime {
  // The model reaches here escaped for Markdown, which escapes the key's underscores too.
  const fact = law.confidentiality.find((step) => step.key.replace(/\\/g, '') === 'mental_health_records');
  if (!fact?.known || !fact.citation || !fact.verifiedOn)
    return { kind: 'unknown', citation: null, binds: null };
  if (fact.moreStringentThanHipaa === true)
    return { kind: 'stricter', citation: fact.citation, verifiedOn: fact.verifiedOn, permits: {} };
  if (fact.moreStringentThanHipaa === false) return { kind: 'none', verifiedOn: fact.verifiedOn };
  return { kind: 'unknown', citation: fact.citation, binds: fact.binds };
}
