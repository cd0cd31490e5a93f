import { describe, expect, it } from 'vitest';
import { draftOf } from '../support/render.js';

const ID = 'custody-transport-policy';

const draft = draftOf(ID);

describe('custody and transport policy', () => {
  it('builds without defined-term warnings for every example and with no facilities', async () => {
    for (const example of ['riverbend-city', 'harlan-county-rural']) {
      expect((await draft(example)).warnings).toEqual([]);
    }
    const bare = await draft('harlan-county-rural', (a) => {
      a.disposition!.receiving_facilities = [];
      a.jurisdiction.state = 'WY';
    });
    expect(bare.warnings).toEqual([]);
  });

  it('shows the California hold facts and when they were verified, with no open items for counsel', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain('| Statute | Cal. Welf. & Inst. Code § 5150 and following |');
    expect(text).toMatch(/\| Facts last verified \| [A-Z][a-z]+ \d{1,2}, \d{4} \|/);
    expect(text).not.toContain('Facts still to be confirmed');
  });

  it('holds back the order of a partly verified state until counsel supplies the facts', async () => {
    const { text } = await draft('harlan-county-rural', (a) => void (a.jurisdiction.state = 'WA'));
    expect(text).toContain('| Statute | RCW 71.05.153 |');
    expect(text).toContain('Facts still to be confirmed: besides the facts marked in the table');
    expect(text).toContain('| Forms | **\\[HOLD FORMS\\]** *(for counsel to supply)* |');
    expect(text).not.toContain('shall not be issued until counsel');
    expect(text).toMatch(
      /- \*\*\\\[HOLD DURATION\\\]\*\* \(Section 4\.1; answers: disposition\.state\\_hold\.initial\\_hold\)/,
    );
  });

  it('leaves every hold fact blank for a state with no row', async () => {
    const { text } = await draft('riverbend-city', (a) => {
      a.jurisdiction.state = 'WY';
    });
    expect(text).toContain('| Statute | **\\[HOLD STATUTE CITATION\\]** *(for counsel to supply)* |');
    expect(text).toContain('No verified statement of Wyoming');
    expect(text).toContain('Facts still to be confirmed');
  });

  it('uses counsel’s corrected hold facts but still asks for verification until counsel confirms them', async () => {
    const { text } = await draft('harlan-county-rural', (a) => {
      a.disposition!.state_hold = { initial_hold: 'a period counsel supplies', verified_by_counsel: false };
    });
    // The supplied fact carries its own marker on its row; the facts from the table do not.
    expect(text).toContain(
      '| How long the first detention lasts | a period counsel supplies *(supplied in the answers, for counsel to verify)* |',
    );
    expect(text).toContain('Counsel must verify the emergency-hold facts');
    expect(text).toContain(
      '| Facts last verified | not yet confirmed by counsel *(supplied in the answers)*',
    );
    expect(text).not.toContain('These facts were checked against the statute');
  });

  it('tabulates the receiving facilities with their kind, hours, drop-off and hold acceptance', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain(
      '| Rio Verde Crisis Stabilization Unit | crisis stabilization or receiving center | 24/7 | Yes | Yes |',
    );
    expect(text).toContain('- Rio Verde Crisis Stabilization Unit: only when the person has an injury');
  });

  it('names only the facilities that agreed never to refuse a drop-off', async () => {
    expect((await draft('riverbend-city')).text).toContain(
      '**No refusal.** The program’s partners report that Rio Verde Crisis Stabilization Unit has agreed not to refuse a person brought by an Officer; this order does not bind that facility',
    );
    expect((await draft('harlan-county-rural')).text).not.toContain('**No refusal.**');
  });

  it('leaves a blank facility row when the answers list none', async () => {
    const { text } = await draft('riverbend-city', (a) => {
      a.disposition!.receiving_facilities = [];
    });
    expect(text).toContain('| **\\[RECEIVING FACILITY\\]** |');
    expect(text).toContain('The answers list no receiving facility');
  });

  it('follows the custodial-transfer target and the transport mode', async () => {
    expect((await draft('riverbend-city')).text).toContain('within 15 minutes of arriving');
    expect((await draft('riverbend-city')).text).toContain('decides case by case');
    const harlan = await draft('harlan-county-rural', (a) => {
      a.disposition!.custodial_transfer_target_minutes = null;
    });
    expect(harlan.text).toContain('within **\\[TRANSFER TARGET\\]** minutes');
    expect(harlan.text).toContain(
      'is transported to the facility by the officer who took the person into custody, in a law-enforcement vehicle.',
    );
  });

  it('marks a verified state’s facts corrected in the answers as unconfirmed until counsel confirms them', async () => {
    const corrected = await draft('riverbend-city', (a) => {
      a.disposition!.state_hold = { forms: 'DHCS 1801', verified_by_counsel: false };
    });
    expect(corrected.text).toContain(
      '| Forms | DHCS 1801 *(supplied in the answers, for counsel to verify)* |',
    );
    expect(corrected.text).not.toContain('These facts were checked against the statute');
    expect(corrected.text).toContain('have not yet been confirmed by counsel');
    const confirmed = await draft('riverbend-city', (a) => {
      a.disposition!.state_hold = { forms: 'DHCS 1801', verified_by_counsel: true };
    });
    expect(confirmed.text).toContain('Counsel has supplied or confirmed these facts');
    expect(confirmed.text).toContain('| Forms | DHCS 1801 |');
    expect(confirmed.text).not.toContain('Counsel must verify');
  });

  it('has the officer transport in Texas unless an EMS agreement is recorded, whatever mode the answers prefer', async () => {
    const { text } = await draft('tri-county-cit-consortium');
    expect(text).toContain('no clinician transports a person in custody');
    expect(text).toContain('is transported to the facility by the officer who took the person into custody');
    expect(text).not.toContain('by ambulance (');
    const agreed = await draft('tri-county-cit-consortium', (a) => {
      a.disposition!.ems_transport_agreement = 'the 2026 transport memorandum with Caldera EMS';
    });
    expect(agreed.text).toContain(
      'is transferred by the officer who took the person into custody to EMS personnel',
    );
    expect(agreed.text).toContain('under the 2026 transport memorandum with Caldera EMS');
  });

  it('reads with the agency’s de-escalation policy as well as its use-of-force policy', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain(
      'use-of-force policy (RPD Policy 300, Use of Force) and its de-escalation policy (RPD Policy 301, De-escalation)',
    );
  });
});
