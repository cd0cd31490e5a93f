import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../../src/answers/schema.js';
import { routingFor } from '../support/routing.js';

const mode =
  (m: NonNullable<AnswersInput['disposition']>['transport_mode'], agreement: string | null = null) =>
  (a: AnswersInput) => {
    a.disposition = { transport_mode: m, ems_transport_agreement: agreement };
  };

describe('routing: the transport rule', () => {
  // Texas: § 573.001(d)(2) lets an officer hand a person in custody to EMS only under a § 573.005
  // memorandum (data/state-law/TX.json, ems_transfer). Without one the officer transports,
  // whatever the answers prefer; with one, an EMS preference stands.
  it.each([
    ['law-enforcement', null, 'officer'],
    ['ems', null, 'officer'],
    ['ems', 'the 2026 memorandum with County EMS', 'ems-under-agreement'],
    ['mixed', null, 'officer'],
    ['mixed', 'the 2026 memorandum with County EMS', 'officer-decides'],
    ['contracted', null, 'officer'],
    ['behavioral-health', null, 'officer'],
    [null, null, null],
  ] as const)('Texas, mode %s, agreement %s: a person in custody goes by %s', (m, agreement, expected) => {
    expect(routingFor(mode(m, agreement)).transport.custodyDefault).toBe(expected);
  });

  it('never makes the ambulance the default in Texas without the agreement the statute requires', () => {
    for (const m of ['law-enforcement', 'ems', 'behavioral-health', 'contracted', 'mixed'] as const) {
      const rule = routingFor(mode(m)).transport;
      expect(rule.custodyDefault, m).not.toMatch(/^ems/);
      expect(rule.custody, m).toContain(
        'by the officer who took the person into custody, in a law-enforcement vehicle',
      );
    }
  });

  it('quotes the verified Texas condition and marks the missing agreement for the parties', () => {
    const rule = routingFor(mode('ems')).transport;
    expect(rule.emsNeedsAgreement).toBe(true);
    expect(rule.custody).toContain('§§ 573.001\\(d\\)\\(2\\), 573.002\\(a\\)'); // escaped Markdown
    expect(rule.custody).toContain('[[?AGREEMENT WITH AN EMS PROVIDER FOR TRANSPORT OF PEOPLE IN CUSTODY]]');
    expect(rule.counselNote).toContain('the officer transports');
    // An agency that chose officer transport gets no blank and no note.
    const own = routingFor(mode('law-enforcement')).transport;
    expect(own.custody).not.toContain('[[?');
    expect(own.counselNote).toBe('');
  });

  it('keeps the answers’ mode where the state data sets no condition, with a blank for counsel', () => {
    const ca = (m: Parameters<typeof mode>[0]) =>
      routingFor((a) => {
        a.jurisdiction.state = 'CA';
        mode(m)(a);
      }).transport;
    expect(ca('ems').custodyDefault).toBe('ems');
    expect(ca('ems').custody).toContain(
      '[[?COUNSEL TO CONFIRM CALIFORNIA LAW ON TRANSFER OF A PERSON IN CUSTODY TO EMS]]',
    );
    expect(ca('contracted').custodyDefault).toBe('contracted');
    expect(ca('mixed').custodyDefault).toBe('officer-decides');
    expect(ca('law-enforcement').custody).not.toContain('[[?');
  });

  it('names who decides, and never lets a clinician or a personal vehicle carry a person in custody', () => {
    const rule = routingFor(mode('mixed', 'the memorandum')).transport;
    expect(rule.decider).toBe('the officer who took the person into custody');
    expect(rule.custody).toMatch(/^The officer who took the person into custody decides case by case/);
    expect(rule.never).toBe(
      'No person in custody is transported in a personal vehicle, and no clinician transports a person in custody.',
    );
  });
});

describe('routing: tiers', () => {
  const names = (change: (a: AnswersInput) => void) => routingFor(change).tiers.map((t) => t.id);

  it.each([
    [['co-responder'], 'warm-transfer', ['emergency', 'elevated', 'in-person', 'telephone', 'other']],
    [['co-responder'], 'none-yet', ['emergency', 'elevated', 'in-person', 'other']],
    [['cit'], 'none-yet', ['emergency', 'elevated', 'in-person', 'other']],
    [['embedded-911-clinician'], 'none-yet', ['emergency', 'in-person', 'telephone', 'other']],
    [['homeless-outreach'], 'none-yet', ['emergency', 'outreach', 'in-person', 'other']],
  ] as const)('models %j with 988 link %s give the tiers %j', (models, link, expected) => {
    // The partner runs a mobile crisis team, so every program has the in-person tier.
    expect(
      names((a) => {
        a.program = { models: [...models] };
        a.dispatch = { link_988: link };
      }),
    ).toEqual(expected);
  });

  it('has no in-person tier when no one runs a mobile crisis team or civilian responders', () => {
    expect(
      names((a) => {
        a.partners[0]!.roles = [];
        a.dispatch = { link_988: 'none-yet' };
      }),
    ).toEqual(['emergency', 'elevated', 'other']);
  });

  it('sends an on-call clinician with an officer rather than a team', () => {
    const elevated = routingFor((a) => {
      a.program = { models: ['co-responder'], co_responder_mode: 'on-call' };
    }).tiers.find((t) => t.id === 'elevated')!;
    expect(elevated.responders).toBe(
      'An officer, who calls the on-call co-responder clinician; otherwise patrol officers.',
    );
  });

  it('lets no one but the responder on scene or the call-taker move a call down a tier', () => {
    const decisions = routingFor().decisions;
    expect(decisions.moveDown).toMatch(
      /^Only the responder on scene, after seeing the person, or the call-taker/,
    );
    expect(decisions.moveDown).not.toMatch(/988/);
  });
});

describe('routing: hours, facilities, follow-up and dispatch', () => {
  it('gives the program’s hours to its own team only, and a blank to every other team', () => {
    const teams = routingFor((a) => {
      a.program = { models: ['co-responder'], hours: '8 a.m. to 8 p.m.' };
    }).teams;
    const hours = Object.fromEntries(teams.map((t) => [t.id, t.hours]));
    expect(hours).toEqual({
      patrol: 'at all hours',
      'co-responder': '8 a.m. to 8 p.m.',
      'mobile-crisis': '[[?HOURS OF THE MOBILE CRISIS TEAM]]',
      '988-center': '[[?HOURS THE 988 CENTER ANSWERS]]',
    });
  });

  it('takes each team’s own hours from team_hours', () => {
    const r = routingFor((a) => {
      a.program = {
        models: ['co-responder'],
        hours: '8 a.m. to 8 p.m.',
        team_hours: { 'mobile-crisis': 'around the clock' },
      };
    });
    expect(r.hours.mobileCrisis).toBe('around the clock');
    expect(r.hours.coResponder).toBe('8 a.m. to 8 p.m.');
  });

  it('lists facilities that accept people in custody first, otherwise in the answers’ order', () => {
    const r = routingFor((a) => {
      a.disposition = {
        receiving_facilities: [
          { name: 'Sobering Center', type: 'sobering-center', accepts_involuntary: false },
          { name: 'County Hospital ED', type: 'hospital-ed', accepts_involuntary: true },
          {
            name: 'TCMH Crisis Unit',
            type: 'crisis-stabilization',
            accepts_involuntary: true,
            no_refusal: true,
          },
          { name: 'Clinic', type: 'crisis-stabilization' },
        ],
      };
    });
    expect(r.destinations.facilities.map((f) => f.name)).toEqual([
      'County Hospital ED',
      'TCMH Crisis Unit',
      'Clinic',
      'Sobering Center',
    ]);
    expect(r.destinations.custodyNames).toEqual(['County Hospital ED', 'TCMH Crisis Unit']);
    // The statute's order, verbatim from the verified data: no preference of the template's own.
    expect(r.destinations.custodyRule?.statement).toContain(
      'nearest appropriate inpatient mental health facility',
    );
    expect(r.destinations.facilities[1]!.operator?.id).toBe('lmha');
    expect(r.facilityPromises.map((p) => p.party.id)).toEqual(['lmha']);
    expect(r.facilityPromises[0]!.promise).toMatch(
      /^accept at TCMH Crisis Unit every person an officer brings there/,
    );
  });

  it('makes the signing operator of a facility promise, and no one who does not sign', () => {
    const r = routingFor((a) => {
      a.partners[0]!.signs = { 'crisis-coordination-mou': false };
      a.disposition = {
        receiving_facilities: [{ name: 'TCMH Crisis Unit', type: 'crisis-stabilization', no_refusal: true }],
      };
    });
    expect(r.facilityPromises).toEqual([]);
    expect(r.followUp.ownerSigns).toBe(false);
    expect(r.followUp.duty).toMatch(
      /^the \[\[Parties\]\] shall invite Test Center for Mental Health to make a follow-up contact/,
    );
  });

  it('puts follow-up on the clinicians’ employer, within the answers’ days', () => {
    const r = routingFor((a) => {
      a.disposition = { follow_up_days: 2 };
    });
    expect(r.followUp.duty).toBe(
      'Test Center for Mental Health shall make a follow-up contact within 2 days after the encounter, to see whether the person connected with care and to help remove barriers to it',
    );
  });

  it('has a sheriff that runs 911 act through its own division, and asks an outside center', () => {
    expect(routingFor().agencyDispatchDuty).toBe(
      'The [[Agency]], through its Communications Division, shall',
    );
    const outside = routingFor((a) => {
      a.lead_agency.roles = [];
      a.dispatch = { center_name: 'Regional 911 District' };
    });
    expect(outside.agencyDispatchDuty).toBe('The [[Agency]] shall ask Regional 911 District to');
  });

  it('states one warm transfer, with a blank for the acceptance time', () => {
    const cad = routingFor((a) => {
      a.dispatch = { link_988: 'cad-integrated' };
    }).warmTransfer;
    expect(cad.available).toBe(true);
    expect(cad.steps).toContain('while passing the call through the shared CAD link');
    expect(cad.fallback).toContain('[[?TIME WITHIN WHICH A 988 COUNSELOR ACCEPTS A TRANSFER]]');
    expect(routingFor((a) => (a.dispatch = { link_988: 'none-yet' })).warmTransfer.available).toBe(false);
  });
});
