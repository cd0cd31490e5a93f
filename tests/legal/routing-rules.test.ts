import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../../src/answers/schema.js';
import type { Routing } from '../../src/legal/routing.js';
import { operatorOf } from '../../src/legal/routing/destinations.js';
import { checkRouting } from '../../src/legal/routing/check-routing.js';
import { blocksFromMarkdown } from '../../src/ast/from-markdown.js';
import { decisionsOf, warmTransferOf } from '../../src/legal/routing/handling.js';
import { routingFor, routingModelFor } from '../support/routing.js';

/**
 * The routing rules every document states, as table tests of the rules (the first-fit tiers,
 * each team's own hours and operator, the follow-up owner, who screens calls, what a facility
 * that signs promises); tests/legal/routing.test.ts holds the transport rule and the tier sets.
 */
const byId = <T extends { id: string }>(items: T[]) => Object.fromEntries(items.map((i) => [i.id, i]));

describe('the teams, each with its own operator and hours', () => {
  it('should name each team, its title, who operates it and when it answers', () => {
    const teams = routingFor((a) => {
      a.program = {
        models: ['co-responder', 'cit', 'community-responder', 'embedded-911-clinician'],
        hours: '9 to 5',
      };
      a.dispatch!.center_988_name = 'Lone Star 988';
    }).teams;
    expect(teams.map((t) => [t.id, t.name, t.title, t.operatedBy, t.hours])).toEqual([
      ['patrol', 'patrol officers', 'Patrol officers', 'Test County Sheriff’s Office', 'at all hours'],
      ['cit', 'a CIT officer', 'CIT officer', 'Test County Sheriff’s Office', 'whenever one is on duty'],
      // The program's hours belong to its first in-person team: the community responders.
      [
        'co-responder',
        'the co-responder team',
        'Co-responder team',
        'Test County Sheriff’s Office and Test Center for Mental Health',
        '[[?HOURS OF THE CO-RESPONDER TEAM]]',
      ],
      [
        'mobile-crisis',
        'the mobile crisis team',
        'Mobile crisis team',
        'Test Center for Mental Health',
        '[[?HOURS OF THE MOBILE CRISIS TEAM]]',
      ],
      [
        'community-responder',
        'the civilian community responders',
        'Civilian community responders',
        '[[?ORGANIZATION THAT RUNS THE COMMUNITY RESPONDERS]]',
        '9 to 5',
      ],
      [
        'embedded-911-clinician',
        'the clinician in the 911 center',
        'Clinician in the 911 center',
        'Test Center for Mental Health',
        '[[?HOURS OF THE CLINICIANS IN THE 911 CENTER]]',
      ],
      ['988-center', 'the 988 center', '988 center', 'Lone Star 988', '[[?HOURS THE 988 CENTER ANSWERS]]'],
    ]);
    const t = byId(teams);
    expect(t['co-responder']!.operators.map((p) => p.id)).toEqual(['lead', 'lmha']);
    expect(t['community-responder']!.operators).toEqual([]);
    expect(t['988-center']!.operators).toEqual([]);
    expect(t['patrol']!.operators.map((p) => p.id)).toEqual(['lead']);
  });

  it('should give a CIT team to a training-only program, and leave out the 988 center without a link', () => {
    const teams = routingFor((a) => {
      a.program = { models: ['training-only'] };
      a.dispatch = { link_988: 'none-yet' };
      a.partners![0]!.roles = [];
    }).teams;
    expect(teams.map((t) => t.id)).toEqual(['patrol', 'cit']);
  });

  it('should leave the operators blank when no one is named, and name the lead once for co-responders it employs', () => {
    const teams = byId(
      routingFor((a) => {
        a.program = {
          models: ['co-responder', 'embedded-911-clinician', 'mobile-crisis'],
          co_responder_mode: 'on-call',
        };
        a.staffing = { clinician_employer: 'lead' };
        a.partners![0]!.roles = [];
        a.dispatch = { link_988: 'warm-transfer' };
      }).teams,
    );
    expect(teams['co-responder']).toMatchObject({
      name: 'the on-call co-responder clinician with an officer',
      title: 'On-call co-responder clinician with an officer',
      operatedBy: 'Test County Sheriff’s Office',
    });
    expect(teams['co-responder']!.operators.map((p) => p.id)).toEqual(['lead']);
    expect(teams['mobile-crisis']!.operatedBy).toBe('[[?MOBILE CRISIS PROVIDER]]');
    expect(teams['embedded-911-clinician']).toMatchObject({ operatedBy: 'Test County Sheriff’s Office' });
    expect(teams['988-center']!.operatedBy).toBe('[[?988 CENTER]]');
    const none = byId(
      routingFor((a) => {
        a.program = { models: ['embedded-911-clinician'] };
        a.staffing = {};
      }).teams,
    );
    expect(none['embedded-911-clinician']).toMatchObject({
      operatedBy: '[[?EMPLOYER OF THE EMBEDDED CLINICIANS]]',
      operators: [],
    });
  });

  it('should name a 988 center that is a partner by its name and make it the operator', () => {
    const teams = byId(
      routingFor((a) => {
        a.partners!.push({
          id: 'line',
          name: 'Valley 988',
          type: '988-center',
          hipaa_status: 'not-covered',
          part2_status: 'not-part2',
        } as never);
        a.dispatch!.center_988_name = 'Another name';
      }).teams,
    );
    expect(teams['988-center']).toMatchObject({ operatedBy: 'Valley 988' });
    expect(teams['988-center']!.operators.map((p) => p.id)).toEqual(['line']);
  });

  it('should give every other team a blank for its hours, and the program’s hours only to its own team', () => {
    const r = routingFor((a) => {
      a.program = { models: ['cit'], hours: '24/7' };
      a.partners![0]!.roles = [];
    });
    expect(r.hours).toEqual({
      coResponder: '[[?HOURS OF THE CO-RESPONDER TEAM]]',
      mobileCrisis: '[[?HOURS OF THE MOBILE CRISIS TEAM]]',
      communityResponders: '[[?HOURS OF THE COMMUNITY RESPONDERS]]',
      embedded: '[[?HOURS OF THE CLINICIANS IN THE 911 CENTER]]',
      center988: '[[?HOURS THE 988 CENTER ANSWERS]]',
    });
    const own = routingFor((a) => {
      a.program = {
        models: ['embedded-911-clinician'],
        hours: '24/7',
        team_hours: { '988-center': 'always' },
      };
    }).hours;
    expect(own).toMatchObject({
      embedded: '[[?HOURS OF THE CLINICIANS IN THE 911 CENTER]]',
      mobileCrisis: '24/7',
      center988: 'always',
    });
  });
});

describe('the tiers: a call goes to the first row that fits', () => {
  const tiers = (change: (a: AnswersInput) => void) => byId(routingFor(change).tiers);

  it('should send the emergency row to patrol, with a CIT officer only where the program has them', () => {
    const withCit = tiers((a) => void (a.program = { models: ['cit'] }));
    expect(withCit['emergency']).toMatchObject({
      name: 'Emergency',
      responders:
        'Patrol officers at emergency priority, with a CIT officer if one is on duty, and emergency medical services when someone needs medical care.',
      teams: ['patrol', 'cit'],
    });
    expect(withCit['emergency']!.condition).toMatch(
      /^A safety exclusion applies, someone needs emergency medical care/,
    );
    const without = tiers(() => {});
    expect(without['emergency']).toMatchObject({
      responders:
        'Patrol officers at emergency priority, and emergency medical services when someone needs medical care.',
      teams: ['patrol'],
    });
  });

  it('should prefer the co-responder team, then a CIT officer, then patrol for elevated risk', () => {
    const both = tiers((a) => void (a.program = { models: ['co-responder', 'cit'] }));
    expect(both['elevated']).toMatchObject({
      name: 'Elevated risk',
      responders:
        'The co-responder team; otherwise a CIT officer with a cover officer; otherwise patrol officers.',
      teams: ['co-responder', 'cit', 'patrol'],
    });
    expect(both['elevated']!.condition).toMatch(
      /may meet the criteria for .+, but no emergency condition applies\.$/,
    );
    expect(both['elevated']!.condition).not.toContain('an emergency hold');
    const cit = tiers((a) => void (a.program = { models: ['cit'] }));
    expect(cit['elevated']).toMatchObject({
      responders: 'A CIT officer with a cover officer; otherwise patrol officers.',
      teams: ['cit', 'patrol'],
    });
    const elsewhere = tiers((a) => {
      a.jurisdiction!.state = 'WY';
      a.program = { models: ['cit'] };
    });
    expect(elsewhere['elevated']!.condition).toContain('may meet the criteria for an emergency hold,');
  });

  it('should state the outreach, in-person and telephone rows with their responders in order', () => {
    const all = tiers((a) => {
      a.program = { models: ['homeless-outreach', 'community-responder', 'embedded-911-clinician'] };
    });
    expect(all['outreach']).toMatchObject({
      name: 'Outreach',
      responders:
        'The homeless outreach team during its hours; otherwise the request is recorded for its next shift.',
      teams: [],
    });
    expect(all['outreach']!.condition).toMatch(
      /^A person experiencing homelessness needs services but is not in crisis/,
    );
    expect(all['in-person']).toMatchObject({
      name: 'In-person support',
      condition: 'The person needs help in person; no weapon, threat to others or crime is reported.',
      responders:
        'The mobile crisis team, without officers; otherwise the civilian community responders, without officers; when none is available, the next tier up.',
      teams: ['mobile-crisis', 'community-responder'],
    });
    expect(all['telephone']).toMatchObject({
      name: 'Telephone support',
      condition: 'The person is safe, wants to talk with someone, and no one needs help in person.',
      responders:
        'The clinician in the 911 center; otherwise a counselor of the 988 center, by warm transfer.',
      teams: ['embedded-911-clinician', '988-center'],
    });
    expect(all['other']).toMatchObject({
      name: 'Any other behavioral-health call',
      condition: 'No tier above fits.',
      responders: 'Patrol officers, who ask for a specialized responder when one is available.',
      teams: ['patrol'],
    });
    const only988 = tiers((a) => void (a.program = { models: ['cit'] }));
    expect(only988['telephone']!.responders).toBe('A counselor of the 988 center, by warm transfer.');
  });
});

describe('safety exclusions and who decides', () => {
  it('should list the answers’ exclusions, or a blank for them', () => {
    expect(routingFor().exclusions).toEqual(['[[?SAFETY EXCLUSIONS]]']);
    expect(routingFor((a) => void (a.program!.excluded_calls = ['a weapon is reported'])).exclusions).toEqual(
      ['a weapon is reported'],
    );
  });

  it('should let the call-taker move a call down on the embedded clinician’s advice only where there is one', () => {
    const embedded = routingFor((a) => void (a.program = { models: ['embedded-911-clinician'] })).decisions;
    expect(embedded.moveDown).toBe(
      'Only the responder on scene, after seeing the person, or the call-taker on the advice of the clinician in the 911 center, may move a call to a less intensive tier, and only when that is safe.',
    );
    const plain = routingFor().decisions;
    expect(plain.moveDown).toBe(
      'Only the responder on scene, after seeing the person, or the call-taker, may move a call to a less intensive tier, and only when that is safe.',
    );
    expect(plain.moveUp).toMatch(
      /^Any responder, call-taker or supervisor may move a call to a more intensive tier at any time/,
    );
    expect(plain.unavailable).toMatch(/goes to the next more intensive tier that has one available/);
    expect(plain.unsure).toMatch(/chooses the more intensive one and tells the shift supervisor\.$/);
    expect(plain.exclusions).toMatch(
      /takes effect only when every document of the program that lists them is amended/,
    );
    expect(plain.screening).toMatch(
      /^The screening questions are those of the call-taking and dispatch protocol/,
    );
  });
});

describe('the warm transfer to 988', () => {
  const cases: [string, boolean, RegExp][] = [
    [
      'warm-transfer',
      true,
      /connects the caller to the 988 center through its dedicated transfer line, stays on the line until a counselor answers and accepts the call/,
    ],
    [
      'cad-integrated',
      true,
      /by telephone while passing the call through the shared CAD link, stays on the line/,
    ],
    [
      'none-yet',
      false,
      /^There is no agreed way yet to transfer a call from 911 to the 988 center, so the call-taker keeps every call/,
    ],
  ];
  it.each(cases)('with link %s, available %s', (link, available, steps) => {
    const w = routingFor((a) => void (a.dispatch = { link_988: link as never })).warmTransfer;
    expect(w).toMatchObject({ link, available });
    expect(w.steps).toMatch(steps);
    expect(w.never).toBe(
      'A call that fits the emergency tier is never transferred to 988 in place of a dispatch.',
    );
    expect(w.fallback).toMatch(
      /the call-taker takes the call back and dispatches it under the routing table\.$/,
    );
  });

  it('should leave a blank for how 911 and 988 connect when the answers do not say', () => {
    const w = routingFor((a) => void (a.dispatch = {})).warmTransfer;
    expect(w.available).toBe(false);
    expect(w.steps).toBe(
      'Calls are transferred from 911 to the 988 center as follows: [[?HOW 911 AND 988 CONNECT]].',
    );
  });
});

describe('a 911 center the document does not bind is asked, never told (Brazos Bend r2, 1.1 and 1.2)', () => {
  const CENTER = 'Caddo Hills Emergency Communications District';
  const ASK = `the [[Parties]] shall ask ${CENTER} to`;
  const outside = { bound: false, center: CENTER, ask: ASK };
  const transferWith = (link: string | null) =>
    warmTransferOf(
      routingModelFor((a) => void (a.dispatch = link === null ? {} : { link_988: link as never })),
      outside,
    );

  it('should put each routing step as what the Parties ask of the center, and the exclusions on the Parties', () => {
    const first =
      'the response of the first tier whose condition fits the call, and within a tier the first responder listed who is on duty and available';
    expect(decisionsOf(routingModelFor(), outside)).toEqual({
      applying: `The [[Parties]] shall ask ${CENTER} to have its call-takers send, after screening, ${first}.`,
      moveUp: `Any responder, call-taker or supervisor may move a call to a more intensive tier at any time, and ${ASK} send that response at once.`,
      moveDown:
        'Only the responder on scene, after seeing the person, or the call-taker, may move a call to a less intensive tier, and only when that is safe.',
      unavailable: `When no responder of the tier that fits is available, the call goes to the next more intensive tier that has one available, and ${ASK} note the reason in computer-aided dispatch (CAD).`,
      unsure: `The [[Parties]] shall ask ${CENTER} to have a call-taker who is unsure which tier fits choose the more intensive one and tell the shift supervisor.`,
      excluded: `No Party shall send a civilian or clinician-led responder as the first response to the following calls, and ${ASK} dispatch them under the emergency tier of the routing table:`,
      teamExcluded: `No Party shall send the [[Team]] as the first response to the following calls, and ${ASK} dispatch them under the emergency tier of the routing table; the [[Team]] may be asked to assist once officers have made the scene safe:`,
      teamCodes: `The [[Parties]] shall use, and shall ask ${CENTER} to use,`,
      exclusions:
        'The Steering Committee reviews the safety exclusions at least once a year and may recommend a change; a change takes effect only when every document of the program that lists them is amended or revised to match.',
      screening:
        'The screening questions are those of the call-taking and dispatch protocol; the Steering Committee may recommend changes, which take effect when that protocol is revised.',
    });
  });

  it('should state the bound center’s own steps in the present tense instead', () => {
    const bound = decisionsOf(routingModelFor(), { ...outside, bound: true });
    expect(bound.applying).toBe(
      'After screening, the call-taker sends the response of the first tier whose condition fits the call, and within a tier the first responder listed who is on duty and available.',
    );
    expect(bound.moveUp).toMatch(/, and the 911 center then sends that response at once\.$/);
    expect(bound.unavailable).toMatch(/, and the reason is noted in computer-aided dispatch \(CAD\)\.$/);
    expect(bound.excluded).toBe(
      'The following calls shall not be sent to a civilian or clinician-led responder as the first response, and shall be sent to the emergency tier of the routing table:',
    );
    expect(bound.teamExcluded).toBe(
      'The [[Team]] shall not be sent as the first response to the following calls, which go to the emergency tier of the routing table; the [[Team]] may be asked to assist once officers have made the scene safe:',
    );
    expect(bound.teamCodes).toBe(`${CENTER} and the [[Team]] shall use`);
  });

  const steps = (connect: string) =>
    `tell the caller what 988 is, connect the caller to the 988 center ${connect}, stay on the line until a counselor answers and accepts the call, and tell the counselor the reason for the transfer, the caller’s call-back number and, if known, the location.`;
  it.each([
    [
      'warm-transfer',
      `The [[Parties]] shall ask ${CENTER} to have the call-taker ${steps('through its dedicated transfer line')}`,
    ],
    [
      'cad-integrated',
      `The [[Parties]] shall ask ${CENTER} to have the call-taker ${steps('by telephone while passing the call through the shared CAD link')}`,
    ],
    [
      'none-yet',
      `There is no agreed way yet to transfer a call from 911 to the 988 center, so ${ASK} keep every call and dispatch it under the routing table; a call-taker may give a caller who only wants to talk the 988 number.`,
    ],
    [null, 'Calls are transferred from 911 to the 988 center as follows: [[?HOW 911 AND 988 CONNECT]].'],
  ])(
    'should ask the center for the 988 transfer with link %s, and for taking a call back',
    (link, expected) => {
      const w = transferWith(link);
      expect(w.steps).toBe(expected);
      expect(w.fallback).toBe(
        `If no counselor accepts the call within [[?TIME WITHIN WHICH A 988 COUNSELOR ACCEPTS A TRANSFER]], or the counselor says before accepting it that the caller needs help in person, ${ASK} have the call-taker take the call back and dispatch it under the routing table.`,
      );
    },
  );

  it('should state the whole transfer in the present tense where the center is bound', () => {
    const w = warmTransferOf(routingModelFor(), { ...outside, bound: true });
    expect(w.steps).toBe(
      'The call-taker tells the caller what 988 is, connects the caller to the 988 center through its dedicated transfer line, stays on the line until a counselor answers and accepts the call, and tells the counselor the reason for the transfer, the caller’s call-back number and, if known, the location.',
    );
    expect(w.fallbackWhen).toBe(
      'If no counselor accepts the call within [[?TIME WITHIN WHICH A 988 COUNSELOR ACCEPTS A TRANSFER]], or the counselor says before accepting it that the caller needs help in person',
    );
  });
});

describe('follow-up: one owner, within the answers’ days', () => {
  it('should fall back from the employer to the mobile crisis partner, then to a behavioral-health provider, then to a blank', () => {
    const crisis = routingFor((a) => void (a.staffing = { clinician_employer: 'lead' })).followUp;
    expect(crisis.owners.map((p) => p.id)).toEqual(['lmha']);
    const provider = routingFor((a) => {
      a.staffing = {};
      a.partners![0]!.roles = [];
    }).followUp;
    expect(provider.owners.map((p) => p.id)).toEqual(['lmha']);
    const nobody = routingFor((a) => {
      a.staffing = {};
      a.partners![0]!.roles = [];
      a.partners![0]!.type = 'advocacy';
    }).followUp;
    expect(nobody.owners).toEqual([]);
    expect(nobody.by).toBe('[[?ORGANIZATION THAT MAKES FOLLOW-UP CONTACTS]]');
    expect(nobody.ownerSigns).toBe(false);
  });

  it('should say day or days, or leave a blank, and name the follow-up team', () => {
    expect(routingFor((a) => void (a.disposition = { follow_up_days: 1 })).followUp.within).toBe(
      'within 1 day',
    );
    expect(routingFor((a) => void (a.disposition = { follow_up_days: 3 })).followUp.within).toBe(
      'within 3 days',
    );
    expect(routingFor().followUp.within).toBe('within [[?FOLLOW-UP PERIOD]] days');
    const team = routingFor((a) => {
      a.program = { models: ['co-responder', 'follow-up'] };
      a.disposition = { follow_up_days: 2 };
    }).followUp;
    expect(team.by).toBe('Test Center for Mental Health, through its follow-up and case-management team');
    expect(team.ownerSigns).toBe(true);
    expect(team.description).toBe(
      'which aims to make a follow-up contact within 2 days after the encounter, to see whether the person connected with care and to help remove barriers to it',
    );
  });
});

describe('who screens calls for the agency', () => {
  const cases: [string, (a: AnswersInput) => void, string][] = [
    [
      'the lead’s own division, named after its short name',
      () => {},
      'The [[Agency]], through its Communications Division, shall',
    ],
    [
      'the lead’s own division, named after its name',
      (a) => void (a.dispatch!.center_name = 'Test County Sheriff’s Office Dispatch'),
      'The [[Agency]], through its Dispatch, shall',
    ],
    [
      'a 911 center of another name',
      (a) => void (a.dispatch!.center_name = 'Regional Dispatch'),
      'The [[Agency]], through Regional Dispatch, shall',
    ],
    [
      'no name for the lead’s center',
      (a) => void (a.dispatch!.center_name = null),
      'The [[Agency]], through its 911 center, shall',
    ],
    [
      'an outside center without a name',
      (a) => {
        a.lead_agency!.roles = [];
        a.dispatch!.center_name = null;
      },
      'The [[Agency]] shall ask [[?911 CENTER]] to',
    ],
  ];
  it.each(cases)('%s', (_name, change, duty) => expect(routingFor(change).agencyDispatchDuty).toBe(duty));

  it('should put the duty on a 911 center that signs the document', () => {
    const r = routingFor((a) => {
      a.lead_agency!.roles = [];
      a.partners!.push({
        id: 'rc',
        name: 'Regional Communications',
        type: '911-center',
        hipaa_status: 'not-covered',
        part2_status: 'not-part2',
      } as never);
    });
    expect(r.agencyDispatchDuty).toBe('Regional Communications shall');
  });

  it('should read a legal entity’s name as the agency’s too', () => {
    const r = routingFor((a) => {
      a.lead_agency!.legal_entity = 'Test County';
      a.lead_agency!.unit = 'Sheriff’s Office';
      a.dispatch!.center_name = 'Test County Emergency Communications';
    });
    expect(r.agencyDispatchDuty).toBe('The [[Agency]], through its Emergency Communications, shall');
  });
});

describe('receiving facilities', () => {
  type Facility = NonNullable<NonNullable<AnswersInput['disposition']>['receiving_facilities']>[number];
  const withFacilities =
    (facilities: Facility[], minutes: number | null = 20) =>
    (a: AnswersInput) => {
      a.disposition = { receiving_facilities: facilities, custodial_transfer_target_minutes: minutes };
    };

  it('should show each answer as Yes, No or a blank to fill', () => {
    const [open, full] = routingFor(
      withFacilities([
        { name: 'Open Clinic', type: 'crisis-stabilization' },
        {
          name: 'Full Unit',
          type: 'crisis-stabilization',
          hours: '24/7',
          accepts_police_dropoff: true,
          accepts_involuntary: false,
          no_refusal: false,
          medical_clearance: 'vital signs',
        },
      ]),
    ).destinations.facilities;
    expect(open).toMatchObject({
      hours: '[[?HOURS]]',
      dropOff: '[[?ACCEPTS POLICE DROP-OFFS?]]',
      custody: '[[?ACCEPTS PEOPLE ON A HOLD?]]',
      noRefusal: '[[?CONFIRM NO-REFUSAL WITH FACILITY]]',
      medicalClearance: '[[?MEDICAL-CLEARANCE CRITERIA]]',
      acceptsCustody: null,
    });
    expect(full).toMatchObject({
      hours: '24/7',
      dropOff: 'Yes',
      custody: 'No',
      noRefusal: 'No',
      medicalClearance: 'vital signs',
      acceptsCustody: false,
    });
    expect(full!.kind.length).toBeGreaterThan(0);
  });

  it('should list the no-refusal facilities, and those whose no-refusal is open unless they take no drop-offs', () => {
    const d = routingFor(
      withFacilities([
        { name: 'A', type: 'crisis-stabilization', no_refusal: true },
        { name: 'B', type: 'crisis-stabilization' },
        { name: 'C', type: 'crisis-stabilization', accepts_police_dropoff: false },
        { name: 'D', type: 'crisis-stabilization', no_refusal: false },
      ]),
    ).destinations;
    expect(d.noRefusalNames).toEqual(['A']);
    expect(d.noRefusalUnknown).toEqual(['B']);
    expect(d.custodyNames).toEqual([]);
  });

  it('should find the operator by id, else by a name or short name that begins the facility’s', () => {
    const partners = [
      { id: 'a', name: 'Valley Health', short: 'VH' },
      { id: 'b', name: 'Valley', short: 'Val' },
    ] as never[];
    const f = (name: string, operator: string | null = null) =>
      operatorOf({ name, operator } as never, partners) as { id: string } | null;
    expect(f('Valley Health Crisis Unit')?.id).toBe('a');
    expect(f('VH Unit')?.id).toBe('a');
    expect(f('Valley')?.id).toBe('b');
    expect(f('Valleyview Unit')).toBeNull();
    expect(f('Any Unit', 'b')?.id).toBe('b');
    expect(f('Valley Health Unit', 'gone')).toBeNull();
  });

  it('should make a signing operator promise no refusal, for people in custody only where it accepts them', () => {
    const promise = (facilities: Facility[], minutes?: number | null) =>
      routingFor(withFacilities(facilities, minutes)).facilityPromises.map((p) => [
        p.party.id,
        p.facilities,
        p.promise,
      ]);
    const [[id, names, text]] = promise([
      { name: 'TCMH Unit', type: 'crisis-stabilization', no_refusal: true, accepts_involuntary: true },
      { name: 'TCMH Annex', type: 'crisis-stabilization', no_refusal: true, accepts_involuntary: true },
    ]) as [[string, string, string]];
    expect([id, names]).toEqual(['lmha', 'TCMH Unit and TCMH Annex']);
    expect(text).toBe(
      'accept at TCMH Unit and TCMH Annex every person an officer brings there, whether the person comes voluntarily or in custody, and turn no one away because of insurance or ability to pay; give the officers its written medical-clearance criteria and ask for medical clearance only under them; aim to accept the person from the officer, and let the officer return to service, within 20 minutes of arrival; and name a contact whom officers can reach at all hours about a refused or delayed transfer',
    );
    const voluntary = promise([
      { name: 'TCMH Unit', type: 'crisis-stabilization', no_refusal: true, accepts_involuntary: true },
      { name: 'TCMH Walk-in', type: 'crisis-stabilization', no_refusal: true, accepts_involuntary: false },
    ])[0]![2] as string;
    expect(voluntary).toMatch(
      /^accept at TCMH Unit and TCMH Walk-in every person an officer brings there, who comes voluntarily, and turn/,
    );
    const criteria = promise([{ name: 'TCMH Unit', type: 'crisis-stabilization' }], null)[0]![2] as string;
    expect(criteria).toMatch(
      /^accept at TCMH Unit each person an officer brings there whom its admission criteria allow it to accept, and say at once why it cannot accept anyone it turns away; /,
    );
    expect(criteria).toContain('within [[?TRANSFER TARGET]] minutes of arrival');
    expect(promise([{ name: 'Other Hospital', type: 'crisis-stabilization' }])).toEqual([]);
  });
});

describe('checkRouting: every document states the computed routing', () => {
  // Computed in each test, not when the file is collected: mutation testing (npm run mutate) then
  // sees which test reads which rule, instead of counting every rule as read by all.
  const computed = () =>
    routingFor((a) => {
      a.disposition = {
        transport_mode: 'law-enforcement',
        receiving_facilities: [
          { name: 'TCMH Unit', type: 'crisis-stabilization', accepts_involuntary: true },
        ],
      };
    });
  const table = (header: string[], rows: string[][]) =>
    [
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
  const tierRowsOf = (routing: Routing) =>
    routing.tiers.map((t) => [`**${t.name}**`, t.condition, t.responders]);
  const hourRowsOf = (routing: Routing) => routing.teams.map((t) => [t.title, t.hours]);
  const check = (markdown: string, r = computed()) =>
    checkRouting([{ id: 'doc', blocks: blocksFromMarkdown(markdown) }], r);

  it('should accept the computed tables and transport sentences, in clauses, lists and with acronyms spelled out', () => {
    const routing = computed();
    const [tierRows, hourRows] = [tierRowsOf(routing), hourRowsOf(routing)];
    const markdown = [
      `1. **Routing.** ${routing.transport.custody}`,
      '',
      `   ${table(['Tier', 'Condition', 'Response'], tierRows)}`.replaceAll('\n', '\n   '),
      '',
      `   - ${routing.transport.voluntary} ${routing.transport.never}`,
      '',
      `   ${table(['Facility', 'Kind'], [['TCMH Unit', 'crisis unit']])}`.replaceAll('\n', '\n   '),
      '',
      `   ${table(['Responder', 'Hours'], hourRows)}`.replaceAll('\n', '\n   '),
      '',
    ].join('\n');
    expect(check(markdown)).toEqual([]);
    const spelled = routing.transport.custody.replace(
      'law-enforcement vehicle',
      'law-enforcement vehicle, noted in computer-aided dispatch (CAD)',
    );
    expect(check(`1. ${spelled}`)).toHaveLength(1);
  });

  // A sentence, and whether it states a transport rule (and so must be the computed one).
  const claims: [string, boolean][] = [
    ['A person on a hold is usually taken to the hospital by ambulance.', true],
    ['People are transported by EMS.', true],
    ['The person is transferred to a facility by the officer.', true],
    ['A person shall be normally transported by an Agency vehicle.', true],
    ['A person is taken by a behavioral-health team vehicle.', true],
    ['The sergeant decides case by case.', true],
    ['A person is taken to the hospital.', false],
    ['The ambulance crew is called by the officer.', false],
  ];
  it.each(claims)('“%s” states a transport rule: %s', (sentence, objects) => {
    const routing = computed();
    // The rule's first sentence, as a reader sees it (the custody rule, officer transport here).
    const firstRule = routing.transport.custody.split('. ')[0]!.replaceAll('\\', '') + '.';
    const problems = check(`1. The Parties agree. ${sentence}`, routing);
    if (!objects) return expect(problems).toEqual([]);
    expect(problems).toEqual([
      {
        document: 'doc',
        message: `states a transport rule of its own: “${sentence}”; expected the program’s one rule: “${firstRule}”`,
      },
    ]);
  });

  it('should name the first row that differs, a missing row and an extra one', () => {
    const routing = computed();
    const [tierRows, hourRows] = [tierRowsOf(routing), hourRowsOf(routing)];
    const changed = tierRows.map((r, i) => (i === 1 ? [r[0]!, 'Anything.', r[2]!] : r));
    expect(check(table(['Tier', 'Condition', 'Response'], changed)).map((p) => p.message)).toEqual([
      `its routing table differs from the program’s at row 2: “Elevated risk | Anything. | ${routing.tiers[1]!.responders}”, expected “Elevated risk | ${routing.tiers[1]!.condition} | ${routing.tiers[1]!.responders}”`,
    ]);
    const short = check(table(['Responder', 'Hours'], hourRows.slice(0, -1))).map((p) => p.message);
    expect(short).toEqual([
      `its hours table differs from the program’s at row ${hourRows.length}: “(missing)”, expected “988 center | [HOURS THE 988 CENTER ANSWERS]”`,
    ]);
    const long = check(table(['Facility'], [['TCMH Unit'], ['Extra Hospital']])).map((p) => p.message);
    expect(long).toEqual([
      'its facility list differs from the program’s at row 2: “Extra Hospital”, expected “(none)”',
    ]);
  });

  it('should expect one blank row in a facility list when the answers list none, and ignore other tables', () => {
    const none = routingFor((a) => void (a.disposition = { receiving_facilities: [] }));
    expect(check(table(['Facility', 'Kind'], [['[[?RECEIVING FACILITY]]', '']]), none)).toEqual([]);
    expect(check(table(['Facility', 'Kind'], [['TCMH Unit', '']]), none)).toHaveLength(1);
    expect(check(table(['Tier', 'Condition'], [['x', 'y']]))).toEqual([]);
    expect(check(table(['Responder', 'Phone'], [['x', 'y']]))).toEqual([]);
    expect(check(table(['Name', 'Hours'], [['x', 'y']]))).toEqual([]);
  });
});
