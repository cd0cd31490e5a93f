import { describe, expect, it } from 'vitest';
import { juniperFalls, markdownDraft } from '../support/juniper-falls.js';

// Counsel cold read, Juniper Falls County, session 11 (High 1 and 2): the state-law basis of the
// crisis line's flows stated HIPAA's preemption rule (45 CFR 160.203(b)) although HIPAA does not
// reach the line, and cited ORS 179.505(1), the section's definitions, as the confidentiality law.
describe('the state-law part of a flow’s legal basis (Juniper Falls ISA)', () => {
  it('states HIPAA preemption only where the sender is bound by HIPAA, and cites ORS 179.505 as a whole', async () => {
    const bases = (await markdownDraft(juniperFalls(), 'information-sharing-agreement'))
      .split('\n')
      .filter((line) => line.startsWith('- *Legal basis:*') && line.includes('Under state law'));
    const notHipaa = bases.filter((b) => b.includes('Neither HIPAA nor 42 CFR Part 2 governs these records'));
    const hipaa = bases.filter((b) => !notHipaa.includes(b));
    expect(notHipaa.length).toBeGreaterThan(0);
    expect(hipaa.length).toBeGreaterThan(0);
    for (const basis of notHipaa) {
      expect(basis).not.toContain('160.203');
      expect(basis).toContain('counsel shall state what state law permits here');
    }
    for (const basis of hipaa)
      expect(basis).toContain('where state law is more stringent than HIPAA it governs (45 CFR 160.203(b))');
    for (const basis of bases) expect(basis).not.toContain('ORS 179.505(1) (');
  });
});
