import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../../src/answers/schema.js';
import { juniperFalls, markdownDraft } from '../support/juniper-falls.js';

// Counsel cold read, Juniper Falls County (finding 0, ISA-17, CR-7; session 11, Medium 9): the
// County's Behavioral Health Department is the health care component of a hybrid entity whose
// Sheriff's Office is outside it, and the ISA must say so (45 CFR 164.105(a)(2)(ii)(A)).
const isaOf = (input: AnswersInput) => markdownDraft(input, 'information-sharing-agreement');

describe('a hybrid entity whose health care component and another unit take part', () => {
  it('states the firewall between the components, cited and marked for counsel to confirm', async () => {
    const text = await isaOf(juniperFalls());
    expect(text).toContain(
      'whose health care component includes Juniper Falls County Behavioral Health, and that Juniper Falls County Sheriff’s Office is outside that component. Under 45 CFR 164.105(a)(2)(ii)(A), the health care component may not disclose Protected Health Information to another component of the entity',
    );
    expect(text).toContain('not in the current eCFR; counsel should confirm it against the current text.');
  });

  it('says nothing of it when the units are separate entities, or none is a hybrid entity', async () => {
    const separate = juniperFalls();
    separate.partners![0]!.legal_entity = 'Juniper Falls Behavioral Health District';
    expect(await isaOf(separate)).not.toContain('One entity, two components');
    const covered = juniperFalls();
    covered.partners![0]!.hipaa_status = 'covered-entity';
    expect(await isaOf(covered)).not.toContain('One entity, two components');
  });
});
