import { describe, expect, it } from 'vitest';
import { draftOf } from '../support/render.js';
import type { AnswersInput } from '../../src/answers/schema.js';

const ID = 'crisis-response-policy';

const draft = draftOf(ID);

describe('crisis-response policy', () => {
  it('builds without defined-term warnings for every example and for a state with no hold row', async () => {
    for (const example of ['riverbend-city', 'harlan-county-rural']) {
      expect((await draft(example)).warnings).toEqual([]);
    }
    const bare = await draft('harlan-county-rural', (a) => {
      a.jurisdiction.state = 'WY';
      a.program.models = ['follow-up'];
    });
    expect(bare.warnings).toEqual([]);
  });

  it('states the verified California hold facts without a counsel warning', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain('| Statute | Cal. Welf. & Inst. Code § 5150 and following |');
    expect(text).toContain(
      '| How long the first detention lasts | 72 hours from the time the person is first detained (§§ 5150(a), 5151(a)) |',
    );
    expect(text).toContain('These facts were checked on December 2, 2026 against the statute text');
    expect(text).toContain('| Facts last verified | December 2, 2026 |');
    expect(text).not.toContain('must not be relied on as written');
    expect(text).not.toContain('*(for counsel to supply)*');
  });

  it('marks hold facts for counsel when only the citation is verified', async () => {
    const { text } = await draft('harlan-county-rural', (a) => void (a.jurisdiction.state = 'WA'));
    expect(text).toContain('RCW 71.05.153');
    expect(text).toContain('\\[WHO MAY INITIATE A HOLD\\]');
    expect(text).toContain(
      '| How long the first detention lasts | **\\[HOLD DURATION\\]** *(for counsel to supply)* |',
    );
    expect(text).toContain('| Facts last verified | the citation only, on November 28, 2026 |');
    expect(text).toContain('must not be relied on as written');
    expect(text.match(/Drafter’s note:\*\* Counsel must verify/g)).toHaveLength(1);
  });

  it('leaves the citation blank for a state with no hold row', async () => {
    const { text } = await draft('riverbend-city', (a) => {
      a.jurisdiction.state = 'WY';
    });
    expect(text).toContain(
      '“**Hold Statute**” means the law of the State of Wyoming under which a person may be taken into custody for an emergency psychiatric evaluation, **\\[HOLD STATUTE CITATION\\]**',
    );
    expect(text).toContain('No verified statement of Wyoming');
    expect(text).toContain('| Statute | **\\[HOLD STATUTE CITATION\\]** *(for counsel to supply)* |');
    expect(text).toContain(
      '| Facts last verified | not verified *(for counsel to supply and verify every fact)* |',
    );
    expect(text).not.toContain('Welf. & Inst. Code');
  });

  it('sends CIT officers only when the CIT model is chosen', async () => {
    expect((await draft('riverbend-city')).text).toContain(
      '**CIT officers.** Which officer is sent follows the rule on CIT officers',
    );
    const without = await draft('riverbend-city', (a) => {
      a.program.models = ['co-responder'];
    });
    expect(without.text).not.toContain('**CIT officers.**');
    expect(without.text).not.toContain('the officer sent is a CIT officer');
    expect(without.text).not.toContain('crisis intervention team (CIT) course');
  });

  it('describes an on-call clinician differently from a team that rides together', async () => {
    expect((await draft('riverbend-city')).text).toContain(
      'the dispatch protocol sends the co-responder team',
    );
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain('may ask for the on-call clinician');
    expect(text).not.toContain('the dispatch protocol sends the co-responder team');
  });

  it('adds the mobile crisis hand-off when the mobile-crisis model is chosen', async () => {
    const noTeam = (a: AnswersInput) => {
      a.partners.find((p) => p.id === 'county-bh')!.roles = [];
    };
    expect((await draft('riverbend-city', noTeam)).text).not.toContain('**Mobile crisis team.**');
    const { text } = await draft('riverbend-city', (a) => {
      noTeam(a);
      a.program.models = ['cit', 'co-responder', 'mobile-crisis'];
    });
    expect(text).toContain('**Mobile crisis team.**');
    expect(text).toContain('a behavioral-health-led mobile crisis team');
  });

  it('names the agency’s use-of-force and de-escalation policies, or leaves them blank', async () => {
    expect((await draft('riverbend-city')).text).toContain(
      'use-of-force policy (RPD Policy 300, Use of Force)',
    );
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain('de-escalation policy (**\\[DE-ESCALATION POLICY\\]**)');
  });

  it('refers people experiencing homelessness to outreach only when that model is chosen', async () => {
    expect((await draft('harlan-county-rural')).text).toContain('**People experiencing homelessness.**');
    const { text } = await draft('harlan-county-rural', (a) => {
      a.program.models = ['co-responder', 'follow-up'];
    });
    expect(text).not.toContain('**People experiencing homelessness.**');
    expect(text).not.toContain('homeless outreach and engagement');
  });

  it('lists the CAD codes, or leaves them blank when there are none', async () => {
    expect((await draft('riverbend-city')).text).toContain('using the codes BHE, BHC, and BHF');
    expect((await draft('harlan-county-rural')).text).toContain(
      '\\[CAD CODES FOR BEHAVIORAL-HEALTH CALLS\\]',
    );
  });

  it('numbers the order with the agency’s prefix, shows the languages, and is approved by the agency head', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain('| Number | RPD Policy **\\[GENERAL ORDER NUMBER\\]** |');
    expect(text).toContain('include Spanish, Vietnamese, and Hmong');
    expect(text).toContain('the county’s contracted telephone and video interpreter line');
    expect(text).toContain('Name: Marisol Peña  \nTitle: Chief of Police');
  });

  it('says where the effective date comes from, and leaves it blank when the answers give none', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain('| Effective date of this order | January 1, 2027 |');
    expect(text).toContain('The effective date of this order is the effective date the answers give');
    const harlan = await draft('harlan-county-rural');
    expect(harlan.text).toContain('| Effective date of this order | **\\[EFFECTIVE DATE\\]** |');
  });

  it('points to the joint procedure when a separate 911 center dispatches, and binds dispatchers when the agency runs 911', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain('a 911 center that is not part of the Agency');
    expect(text).toContain('governed by the joint operating procedure on call-taking and dispatch');
    // It is never called a general order, which the Agency alone would issue.
    expect(text).not.toMatch(/general orders? on call-taking/);
    expect(text).toContain('binds only Members');
    const inHouse = await draft('riverbend-city', (a) => {
      a.lead_agency.roles = ['psap'];
      a.partners = a.partners.filter((p) => p.type !== '911-center');
      a.agreement!.liaisons = a.agreement!.liaisons!.filter((l) => l.party !== 'rrecc');
    });
    expect(inHouse.text).toContain(
      '**Call-taking.** The Agency’s call-takers and dispatchers shall screen calls',
    );
    expect(inHouse.text).not.toContain('not part of the Agency');
    expect(inHouse.text).toContain('under the Agency’s general order on call-taking and dispatch');
  });

  it('describes an on-call clinician as joining an officer, not riding with one', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain('the on-call clinician of the co-responder team');
    expect(text).not.toContain('and an Officer respond together');
  });

  it('never sends a person on a hold in a personal vehicle, even when transport is decided case by case', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain('decides case by case, after hearing any clinician on scene');
    expect(text).toContain('A person who goes to a facility voluntarily may travel by any safe means');
    expect(text).toContain('No person in custody is transported in a personal vehicle');
    const ems = await draft('riverbend-city', (a) => {
      a.disposition!.transport_mode = 'ems';
    });
    // California's verified data sets no condition on transfer to EMS, so the answers' mode
    // stands, with a blank for counsel.
    expect(ems.text).toContain('is taken to the facility by ambulance');
    expect(ems.text).toContain('COUNSEL TO CONFIRM CALIFORNIA LAW ON TRANSFER OF A PERSON IN CUSTODY TO EMS');
  });

  it('lists the related general orders with one “and”', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain(
      'on emergency custody and transport, on encounters with people with intellectual and developmental disabilities, and on homeless outreach and engagement.',
    );
  });
});
