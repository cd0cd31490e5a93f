import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';

/**
 * What the verified state data says about a state's confidentiality law for behavioral-health
 * records, as far as the legal model needs it (45 CFR 160.203: a more stringent state law that
 * relates to the privacy of health information is not preempted).
 *
 * - `none`: the data says no state law is more stringent than HIPAA for these records;
 * - `stricter`: the data names a more stringent law (`citation`), and, per kind of recipient, what
 *   it permits where that was verified (`permits`); a recipient kind it does not list is a blank;
 * - `unknown`: no verified data. Every basis then carries a visible blank for counsel.
 */
export type StateRegime =
  | { kind: 'none'; verifiedOn: string }
  | { kind: 'stricter'; citation: string; verifiedOn: string; permits: Partial<Record<string, string>> }
  | { kind: 'unknown' };

const UNKNOWN: StateRegime = { kind: 'unknown' };

/**
 * The regime from `data/state-law/<STATE>.json` when that file has a verified `confidentiality`
 * entry (written by the state-law data work, issue 19); `unknown` otherwise. Empty by default:
 * nothing is assumed about a state without a verified file.
 */
export function stateRegimeOf(
  state: string,
  dataDir = join(packageRoot(), 'data', 'state-law'),
): StateRegime {
  const file = join(dataDir, `${state}.json`);
  if (!existsSync(file)) return UNKNOWN;
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    confidentiality?: unknown;
    facts?: { mental_health_records?: unknown };
  };
  // The state files hold it as the `mental_health_records` fact (src/legal/state-law-schema.ts).
  return regimeFromData(data.confidentiality ?? data.facts?.mental_health_records);
}

/** Reads the `confidentiality` entry; anything without a citation and a verified-on date is unknown. */
export function regimeFromData(entry: unknown): StateRegime {
  if (!entry || typeof entry !== 'object') return UNKNOWN;
  const e = entry as Record<string, unknown>;
  const verifiedOn = typeof e.verified_on === 'string' ? e.verified_on : null;
  if (!verifiedOn) return UNKNOWN;
  if (e.more_stringent_than_hipaa === false) return { kind: 'none', verifiedOn };
  if (e.more_stringent_than_hipaa !== true || typeof e.citation !== 'string') return UNKNOWN;
  const permits = e.permits && typeof e.permits === 'object' ? (e.permits as Record<string, string>) : {};
  return { kind: 'stricter', citation: e.citation, verifiedOn, permits };
}
