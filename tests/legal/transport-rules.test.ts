import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../../src/answers/schema.js';
import { destinationsOf } from '../../src/legal/routing/destinations.js';
import { transportRuleOf, type TransportInput } from '../../src/legal/routing/transport.js';
import { stateLawOf } from '../../src/legal/state-law.js';
import { routingFor } from '../support/routing.js';

// The transport rule's sentences and counsel note, one row per case: Texas, whose verified data
// lets an officer hand a person in custody to EMS only under a § 573.005 memorandum
// (data/state-law/TX.json, ems_transfer), and a state with no data (New Mexico), where the
// answers' mode applies with a blank for counsel. The choice of default is tests/legal/routing.
const TODAY = '2026-12-01';
const texas = stateLawOf('TX', TODAY);
const elsewhere = stateLawOf('NM', TODAY);
const rule = (
  stateLaw: TransportInput['stateLaw'],
  mode: TransportInput['mode'],
  emsAgreement: string | null = null,
  emsProvider: string | null = null,
) => transportRuleOf({ mode, emsAgreement, emsProvider, stateLaw });

const TX_HELD = 'A person taken into custody under Tex. Health & Safety Code ch. 573';
const NM_HELD = 'A person taken into custody under the state’s emergency-evaluation law';
const BY_OFFICER = 'by the officer who took the person into custody, in a law-enforcement vehicle.';
const NONE_RECORDED =
  'No such agreement is recorded for this program ([[?AGREEMENT WITH AN EMS PROVIDER FOR TRANSPORT OF PEOPLE IN CUSTODY]]), so the officer transports.';

describe('the custody sentences', () => {
  it('should state the Texas statute after officer transport, and say no agreement is recorded only when the answers wanted another mode', () => {
    const statute = ` ${texas.custodySteps.find((s) => s.key === 'ems_transfer')!.statement}`;
    for (const mode of ['ems', 'mixed', 'contracted'] as const) {
      const custody = rule(texas, mode).custody;
      expect(custody, mode).toBe(
        `${TX_HELD} is transported to the facility ${BY_OFFICER}${statute} (Tex. Health & Safety Code §§ 573.001(d)(2), 573.002(a).) ${NONE_RECORDED}`,
      );
    }
    // Contracted transport is not an EMS transfer: the officer transports even with the
    // memorandum, and the sentence does not say that none is recorded.
    expect(rule(texas, 'contracted', 'the 2026 memorandum').custody).toBe(
      `${TX_HELD} is transported to the facility ${BY_OFFICER}${statute} (Tex. Health & Safety Code §§ 573.001(d)(2), 573.002(a).)`,
    );
    const own = rule(texas, 'law-enforcement').custody;
    expect(own.startsWith(`${TX_HELD} is transported to the facility ${BY_OFFICER}${statute}`)).toBe(true);
    expect(own).not.toContain('No such agreement');
  });

  it('should name the EMS provider and the agreement under which the officer hands the person over, or the provider in general words', () => {
    expect(rule(texas, 'ems', 'the 2026 memorandum', 'County EMS').custody).toMatch(
      new RegExp(
        `^${TX_HELD} is transferred by the officer who took the person into custody to EMS personnel of County EMS for transport to the facility, under the 2026 memorandum, whenever they can take the person without delay; otherwise the officer transports the person in a law-enforcement vehicle\\. Instead`,
      ),
    );
    expect(rule(texas, 'ems', 'the 2026 memorandum').custody).toContain(
      'to EMS personnel of the emergency medical services (EMS) provider for transport',
    );
    expect(rule(texas, 'mixed', 'the 2026 memorandum', 'County EMS').custody).toMatch(
      /^The officer who took the person into custody decides case by case whether to transport the person in a law-enforcement vehicle or to transfer the person to EMS personnel of County EMS under the 2026 memorandum\. Instead/,
    );
  });

  const noVerifiedFact = [
    [null, `${NM_HELD} is transported to the facility by [[?USUAL TRANSPORT MODE]].`],
    [
      'ems',
      `${NM_HELD} is taken to the facility by ambulance (EMS), with the officer riding in or following the ambulance when the person poses a risk during the trip that the crew cannot manage; otherwise the officer who took the person into custody transports the person in a law-enforcement vehicle. [[?COUNSEL TO CONFIRM NEW MEXICO LAW ON TRANSFER OF A PERSON IN CUSTODY TO EMS]].`,
    ],
    [
      'contracted',
      `${NM_HELD} is taken to the facility by the contracted secure transport provider [[?SECURE TRANSPORT PROVIDER]]; otherwise the officer who took the person into custody transports the person in a law-enforcement vehicle. [[?COUNSEL TO CONFIRM NEW MEXICO LAW ON SECURE TRANSPORT OF A PERSON IN CUSTODY]].`,
    ],
    [
      'mixed',
      'The officer who took the person into custody decides case by case, after hearing any clinician on scene, whether the person is transported in a law-enforcement vehicle or by ambulance (EMS). [[?COUNSEL TO CONFIRM NEW MEXICO LAW ON TRANSFER OF A PERSON IN CUSTODY TO EMS]].',
    ],
    ['law-enforcement', `${NM_HELD} is transported to the facility ${BY_OFFICER}`],
  ] as const;
  it.each(noVerifiedFact)(
    'a state with no verified data, mode %s: the answers’ mode, a blank for counsel',
    (mode, custody) => {
      const found = rule(elsewhere, mode);
      expect(found.emsNeedsAgreement).toBe(false);
      expect(found.custody).toBe(custody);
      expect(found.counselNote).toBe('');
    },
  );

  it.each(noVerifiedFact)(
    'a state-law model with no EMS-transfer step at all, mode %s: read as no verified fact',
    (mode, custody) => {
      const withoutStep = {
        ...texas,
        custodySteps: texas.custodySteps.filter((s) => s.key !== 'ems_transfer'),
      };
      const found = rule(withoutStep, mode);
      expect(found.emsNeedsAgreement).toBe(false);
      expect(found.custody).toBe(custody.replace(NM_HELD, TX_HELD).replace('NEW MEXICO', 'TEXAS'));
      expect(found.counselNote).toBe('');
    },
  );

  it('should let a person who goes voluntarily travel by any safe means', () => {
    expect(rule(texas, 'law-enforcement').voluntary).toMatch(
      /^A person who goes to a facility voluntarily may travel by any safe means the person accepts/,
    );
  });
});

describe('the note for counsel when the answers ask for what the Texas data does not allow', () => {
  const note = (what: string) =>
    `The answers prefer transport by ${what}, but under the verified Texas data an officer may hand a person in custody to EMS personnel only under an agreement of the kind the law describes, and the answers record none. Until one is made and recorded, the officer transports.`;
  it.each([
    ['ems', null, note('ambulance')],
    ['mixed', null, note('ambulance')],
    ['contracted', null, note('contracted secure transport')],
    ['ems', 'the 2026 memorandum', ''],
    ['law-enforcement', null, ''],
    ['behavioral-health', null, ''],
    [null, null, ''],
  ] as const)('mode %s, agreement %s', (mode, agreement, expected) => {
    expect(rule(texas, mode, agreement).counselNote).toBe(expected);
  });
});

describe('the follow-up owner', () => {
  // Two partners: a mental health authority that runs mobile crisis, and a clinic.
  const withClinic = (change: (a: AnswersInput) => void) => (a: AnswersInput) => {
    a.partners!.push({
      id: 'clinic',
      name: 'Test Clinic',
      type: 'nonprofit-provider',
      roles: ['behavioral-health-provider'],
      hipaa_status: 'covered-entity',
      part2_status: 'not-part2',
    });
    change(a);
  };
  it.each([
    [
      'the clinicians’ employer, though another partner runs mobile crisis',
      (a) => void (a.staffing = { clinician_employer: 'clinic' }),
      'Test Clinic',
    ],
    [
      'the partner that runs mobile crisis, when the agency employs the clinicians',
      (a) => void (a.staffing = { clinician_employer: 'lead' }),
      'Test Center for Mental Health',
    ],
    [
      'every partner that runs mobile crisis',
      (a) => {
        a.staffing = {};
        a.partners![1]!.roles = ['mobile-crisis'];
      },
      'Test Center for Mental Health and Test Clinic',
    ],
    [
      'the first behavioral-health provider, when no partner runs mobile crisis',
      (a) => {
        a.staffing = {};
        a.partners![0]!.roles = ['behavioral-health-provider'];
        a.partners![1]!.roles = ['behavioral-health-provider'];
      },
      'Test Center for Mental Health',
    ],
  ] as [string, (a: AnswersInput) => void, string][])('%s', (_name, change, by) => {
    expect(routingFor(withClinic(change)).followUp.by).toBe(by);
  });
});

describe('the order of the receiving facilities', () => {
  it('should list those that take people in custody first, then unknown, then voluntary only, each in the answers’ order', () => {
    const facility = (name: string, accepts_involuntary: boolean | null) => ({
      name,
      type: 'crisis-stabilization' as const,
      accepts_involuntary,
    });
    const names = routingFor((a) => {
      a.disposition = {
        receiving_facilities: [
          facility('V1', false),
          facility('C1', true),
          facility('U1', null),
          facility('C2', true),
          facility('V2', false),
          facility('C3', true),
          facility('U2', null),
        ],
      };
    }).destinations.facilities.map((f) => f.name);
    expect(names).toEqual(['C1', 'C2', 'C3', 'U1', 'U2', 'V1', 'V2']);
  });
});

describe('the routing model passes on each team’s own hours and the EMS partner', () => {
  it('should give each team the hours the answers give it', () => {
    const hours = routingFor((a) => {
      a.program = {
        models: ['co-responder', 'mobile-crisis', 'community-responder', 'embedded-911-clinician'],
        team_hours: {
          'co-responder': 'co hours',
          'mobile-crisis': 'mc hours',
          'community-responder': 'cr hours',
          'embedded-911-clinician': 'em hours',
          '988-center': '988 hours',
        },
      };
    }).hours;
    expect(hours).toEqual({
      coResponder: 'co hours',
      mobileCrisis: 'mc hours',
      communityResponders: 'cr hours',
      embedded: 'em hours',
      center988: '988 hours',
    });
  });

  it('should name the EMS partner in the Texas custody sentence when the answers record the agreement', () => {
    const custody = routingFor((a) => {
      a.partners!.push({
        id: 'ems',
        name: 'Test County EMS',
        type: 'ems',
        roles: ['ems'],
        hipaa_status: 'covered-entity',
        part2_status: 'not-part2',
      });
      a.disposition = { transport_mode: 'ems', ems_transport_agreement: 'the 2026 memorandum' };
    }).transport.custody;
    expect(custody).toContain(
      'to EMS personnel of Test County EMS for transport to the facility, under the 2026 memorandum',
    );
  });
});

describe('where a person in custody may not be taken', () => {
  it('should carry the verified Texas statement and its citation into the destination rule', () => {
    const prohibited = routingFor().destinations.prohibited;
    expect(prohibited).toMatchObject({
      known: true,
      citation: 'Tex. Health \\& Safety Code § 573.001\\(e\\)-\\(f\\)',
    }); // escaped, as templates see it
    expect(prohibited!.statement).toContain(
      'A jail or similar detention facility may not be deemed suitable',
    );
  });

  it('should give no statement at all for a state whose data does not state one', () => {
    const state = routingFor((a) => {
      a.jurisdiction!.state = 'FL';
    });
    expect(state.destinations.prohibited).toBeNull();
  });

  it('should give no statement for a state-law model with no such step at all', () => {
    const withoutStep = {
      ...texas,
      custodySteps: texas.custodySteps.filter((s) => s.key !== 'prohibited_destinations'),
    };
    expect(destinationsOf([], [], withoutStep).prohibited).toBeNull();
    expect(destinationsOf([], [], texas).prohibited).toMatchObject({ known: true });
  });
});

describe('what the 988 center does with a call it has accepted', () => {
  type PartnerInput = NonNullable<AnswersInput['partners']>[number];
  const line = (roles: PartnerInput['roles']): PartnerInput => ({
    id: 'line',
    name: 'Valley 988',
    type: '988-center',
    roles,
    hipaa_status: 'not-covered',
    part2_status: 'not-part2',
  });
  const afterAcceptance = (change: (a: AnswersInput) => void) =>
    routingFor(change).warmTransfer.afterAcceptance;
  const blank =
    'get the caller that help ([[?HOW THE 988 CENTER GETS IN-PERSON HELP TO A CALLER NOT AT IMMINENT RISK]])';

  it('should send the 988 center’s own mobile crisis team when it runs one in the program', () => {
    const text = afterAcceptance((a) => {
      a.partners!.push(line(['988-center', 'mobile-crisis']));
      a.program = { models: ['co-responder', 'mobile-crisis'] };
    });
    expect(text).toContain('and send its [[Mobile Crisis Team]] when the caller needs help in person');
    expect(text).not.toContain('[[?');
  });

  it('should leave a blank for how in-person help comes when the 988 center runs no mobile crisis team', () => {
    const text = afterAcceptance((a) => {
      a.partners!.push(line(['988-center']));
      a.program = { models: ['co-responder', 'mobile-crisis'] };
    });
    expect(text).toContain(blank);
    expect(text).not.toContain('Mobile Crisis Team]] when');
  });

  it('should leave the blank when no partner is the 988 center, and keep the relay rule in every case', () => {
    const text = afterAcceptance((a) => {
      a.program = { models: ['co-responder', 'mobile-crisis'] };
    });
    expect(text).toBe(
      `keep a transferred call once a counselor has accepted it, and ${blank} when the caller needs help in person but no one is at [[Imminent Risk]], never sending the call back to 911 but asking the [[911 Center]] for a response only by a [[Relay]] when someone is at [[Imminent Risk]]`,
    );
  });
});
