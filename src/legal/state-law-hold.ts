import type { StateHold } from '../answers/state-holds.js';
import type { StateLawModel } from './state-law.js';

/**
 * The hold-table facts for a state with a data/state-law/ file, so that every document's table
 * agrees with the detailed facts (and cites the chapter, not one section credited with another's
 * rules). States without a file keep their data/state-holds.json row.
 */
export function holdFromStateLaw(law: StateLawModel, fallback: StateHold): StateHold {
  if (!law.hasData) return fallback;
  const initiators = law.custodySteps.find((s) => s.key === 'initiators');
  const initiation = law.terms.officerMayInitiateCitation ?? initiators?.citation;
  return {
    status: 'verified',
    common_name: law.terms.commonName,
    citation: law.terms.statute,
    officer_may_initiate: law.officerMayInitiate ? `yes${initiation ? ` (${initiation})` : ''}` : 'no',
    // A file that has not verified the duration keeps the table's verified row, if any.
    initial_hold: law.terms.durationShort ?? (fallback.status === 'verified' ? fallback.initial_hold : null),
    forms: law.terms.form,
    source: `data/state-law/${law.state}.json`,
    verified_on: law.verifiedOn,
  };
}
