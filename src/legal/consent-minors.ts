import { blankMarkdown } from '../templating/helpers/words.js';
import type { ConsentForm, ConsentModel } from './consent-form-types.js';
import { cmiaMinorsRule } from './consent-state-rules.js';
import { longDateEs } from './consent-words.js';

/** Who signs for a minor: the state's verified rule, else a blank for counsel. */
export function minorsOf(model: ConsentModel): ConsentForm['minors'] {
  // The model is escaped for Markdown, keys included ("minors\_consent").
  const step = model.derived.stateLaw.confidentiality.find(
    (s) => s.key.replace(/\\/g, '') === 'minors_consent',
  );
  const rule = cmiaMinorsRule(model.jurisdiction.state);
  const signing = rule ? { ...rule, checkedEs: longDateEs(rule.checked) } : null;
  if (!step?.known || !step.statement || !step.citation || !step.verifiedOn) {
    // The state-law model's own label ("MINORS' CONSENT UNDER CALIFORNIA LAW"): a blank for counsel.
    const blank = blankMarkdown(
      step?.blank ?? `MINORS' CONSENT UNDER ${model.derived.stateLaw.stateName.toUpperCase()} LAW`,
    );
    return {
      statement: null,
      citation: null,
      verifiedOn: null,
      verifiedOnEs: null,
      blank,
      outside: null,
      signing,
    };
  }
  return {
    statement: step.statement,
    citation: step.citation,
    verifiedOn: step.verifiedOn,
    verifiedOnEs: longDateEs(step.verifiedOn),
    blank: null,
    outside: blankMarkdown('WHO SIGNS FOR A MINOR WHERE THIS RULE DOES NOT APPLY'),
    signing,
  };
}
