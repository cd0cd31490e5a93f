import type { Answers } from '../answers/schema.js';
import type { FrontMatter } from '../templating/front-matter.js';

/** Whether a template's `when` holds for these answers; the reason when it does not. */
export function whyNotApplies(meta: FrontMatter, answers: Answers): string | null {
  const when = meta.when;
  if (!when) return null;
  if (when.models && !when.models.some((m) => answers.program.models.includes(m))) {
    return `needs one of the program models ${when.models.join(', ')}`;
  }
  if (when.partner_types && !answers.partners.some((p) => when.partner_types!.includes(p.type))) {
    return `needs a partner of type ${when.partner_types.join(' or ')}`;
  }
  return null;
}
