import { describe, expect, it } from 'vitest';
import { normalizeAnswers } from '../../src/answers/normalize.js';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { exampleInput } from '../support/render.js';

// The facts derived once from the answers that every template reads: who the parties are, which
// privacy regimes bind them, the hold facts and whether counsel must confirm them, the program's
// team and models. Table tests, each from what the answers say, not from a rendered draft.
type Partner = NonNullable<AnswersInput['partners']>[number];
function derivedOf(mutate: (a: AnswersInput) => void = () => {}, example = 'riverbend-city') {
  const input = structuredClone(exampleInput(example));
  mutate(input);
  return normalizeAnswers(answersSchema.parse(input), '2026-12-02').derived;
}
/** Every partner with the given statuses (the others plain), to test one status at a time. */
const partnersWith = (changes: Partial<Partner>) => (a: AnswersInput) => {
  for (const p of a.partners!) Object.assign(p, { hipaa_status: 'not-covered', part2_status: 'not-part2' });
  Object.assign(a.partners![0]!, changes);
};

describe('the privacy regimes that bind the partners', () => {
  const cases: [Partial<Partner>, Record<string, boolean>][] = [
    [{}, { anyPart2Program: false, anyPart2: false, anyCoveredEntity: false, privacyUnknown: false }],
    [{ part2_status: 'part2-program' }, { anyPart2Program: true, anyPart2: true }],
    [{ part2_status: 'lawful-holder' }, { anyPart2Program: false, anyPart2: true }],
    [{ part2_status: 'unknown' }, { anyPart2: false, privacyUnknown: true }],
    [{ hipaa_status: 'covered-entity' }, { anyCoveredEntity: true, privacyUnknown: false }],
    [{ hipaa_status: 'hybrid-entity' }, { anyCoveredEntity: true }],
    [{ hipaa_status: 'unknown' }, { anyCoveredEntity: false, privacyUnknown: true }],
  ];
  it.each(cases)('a partner with %o', (changes, expected) => {
    expect(derivedOf(partnersWith(changes))).toMatchObject(expected);
  });

  it('should see a school district among the partners, and CAD access as CJIS', () => {
    expect(derivedOf().hasSchool).toBe(false);
    expect(derivedOf(partnersWith({ type: 'school-district' })).hasSchool).toBe(true);
    expect(derivedOf((a) => void (a.information_sharing!.clinician_cad_access = true)).cjis).toBe(true);
    expect(derivedOf((a) => void (a.information_sharing!.clinician_cad_access = false)).cjis).toBe(false);
  });
});

describe('the parties', () => {
  it('should name the lead and the partners, and who signs by default', () => {
    const d = derivedOf();
    expect(d.lead.name).toBe(d.partyModel.lead.name);
    expect(d.lead.short).toBe(d.partyModel.lead.short);
    expect(d.parties.map((p) => p.id)).toEqual(['lead', 'county-bh', 'rrecc', 'nami-rv']);
    expect(d.partners.map((p) => p.id)).toEqual(['county-bh', 'rrecc', 'nami-rv']);
    // NAMI takes part but does not sign (signs_agreements: false).
    expect(d.signingParties.map((p) => p.id)).toEqual(['lead', 'county-bh', 'rrecc']);
  });

  it('should find the clinicians’ employer among the parties, or none', () => {
    expect(derivedOf().clinicianEmployer?.id).toBe('county-bh');
    expect(derivedOf((a) => void (a.staffing!.clinician_employer = 'lead')).clinicianEmployer?.id).toBe(
      'lead',
    );
  });
});

describe('the emergency-hold facts', () => {
  it('should take a state’s verified facts as they are, with nothing for counsel to confirm', () => {
    const { hold } = derivedOf();
    expect(hold).toMatchObject({
      status: 'verified',
      state: 'CA',
      stateName: 'California',
      needsCounsel: false,
    });
    expect(Object.values(hold.toVerify).every((v) => v === false)).toBe(true);
    expect(hold.citation).toBeTruthy();
  });

  it('should leave a state with no verified facts unknown, with counsel to confirm', () => {
    const { hold } = derivedOf((a) => void (a.jurisdiction!.state = 'WY'));
    expect(hold).toMatchObject({ state: 'WY', stateName: 'Wyoming', status: 'unknown', needsCounsel: true });
  });

  it('should let the answers correct each fact, marking each one given as unconfirmed until counsel has verified it', () => {
    const override = {
      common_name: 'the override name',
      citation: 'Override Code 1',
      officer_may_initiate: null,
      initial_hold: '48 hours',
      forms: 'Form X',
      verified_by_counsel: false,
    };
    const base = derivedOf().hold;
    const { hold } = derivedOf((a) => void (a.disposition!.state_hold = override));
    expect(hold).toMatchObject({
      common_name: 'the override name',
      citation: 'Override Code 1',
      officer_may_initiate: base.officer_may_initiate,
      initial_hold: '48 hours',
      forms: 'Form X',
      needsCounsel: true,
    });
    expect(hold.toVerify).toEqual({
      citation: true,
      common_name: true,
      officer_may_initiate: false,
      initial_hold: true,
      forms: true,
    });
    const confirmed = derivedOf(
      (a) => void (a.disposition!.state_hold = { ...override, verified_by_counsel: true }),
    );
    expect(confirmed.hold.needsCounsel).toBe(false);
    expect(Object.values(confirmed.hold.toVerify).some(Boolean)).toBe(false);
  });

  it('should keep each state fact the answers leave out', () => {
    const base = derivedOf().hold;
    const empty = {
      common_name: null,
      citation: null,
      officer_may_initiate: 'only on probable cause',
      initial_hold: null,
      forms: null,
      verified_by_counsel: true,
    };
    const { hold } = derivedOf((a) => void (a.disposition!.state_hold = empty));
    expect(hold).toMatchObject({
      common_name: base.common_name,
      citation: base.citation,
      officer_may_initiate: 'only on probable cause',
      initial_hold: base.initial_hold,
      forms: base.forms,
    });
  });
});

describe('the program’s team, models and dates', () => {
  const cases: [string[], boolean, string | null, string[]][] = [
    // models, a partner runs a mobile crisis team, the team, the response models
    [['co-responder', 'cit'], false, 'co-responder', ['co-responder', 'cit']],
    [['cit'], true, 'mobile-crisis', ['cit', 'mobile-crisis']],
    [['cit'], false, null, ['cit']],
    [
      ['community-responder', 'co-responder'],
      false,
      'community-responder',
      ['community-responder', 'co-responder'],
    ],
    [['co-responder', 'mobile-crisis'], true, 'mobile-crisis', ['co-responder', 'mobile-crisis']],
  ];
  it.each(cases)(
    'models %j, a partner’s mobile crisis team %s: team %s',
    (models, partnerTeam, team, response) => {
      const d = derivedOf((a) => {
        a.program!.models = models as never;
        const bh = a.partners![0] as { roles?: string[] };
        bh.roles = partnerTeam ? ['mobile-crisis'] : [];
      });
      expect(d.programTeam).toBe(team);
      expect(d.responseModels).toEqual(response);
    },
  );

  // The 988 center's "send its own mobile crisis team" rule (src/legal/routing) relies on this:
  // whichever partner holds the mobile-crisis role, the program's response models include it.
  it('should add mobile-crisis to the response models for any partner that runs a mobile crisis team', () => {
    const count = exampleInput('riverbend-city').partners!.length;
    for (let index = 0; index < count; index++) {
      const d = derivedOf((a) => {
        a.program!.models = ['co-responder'];
        a.partners!.forEach((p, i) => void (p.roles = i === index ? ['mobile-crisis'] : []));
      });
      expect(d.responseModels, `partner ${index}`).toEqual(['co-responder', 'mobile-crisis']);
    }
    const line: Partner = {
      id: 'line',
      name: 'Valley 988',
      type: '988-center',
      roles: ['988-center', 'mobile-crisis'],
      hipaa_status: 'not-covered',
      part2_status: 'not-part2',
    };
    const added = derivedOf((a) => {
      a.program!.models = ['co-responder'];
      for (const p of a.partners!) p.roles = [];
      a.partners!.push(line);
    });
    expect(added.responseModels).toEqual(['co-responder', 'mobile-crisis']);
    const none = derivedOf((a) => {
      a.program!.models = ['co-responder'];
      for (const p of a.partners!) p.roles = [];
    });
    expect(none.responseModels).toEqual(['co-responder']);
  });

  it('should label the models, see a federal grant, and carry the dates and the newest revision', () => {
    const d = derivedOf();
    expect(d.modelLabels).toHaveLength(2);
    expect(d.modelLabels.every((l) => typeof l === 'string' && l.length > 0)).toBe(true);
    expect(d.federallyFunded).toBe(true);
    expect(
      derivedOf(
        (a) => void (a.funding!.sources = a.funding!.sources!.filter((s) => s.type !== 'federal-grant')),
      ).federallyFunded,
    ).toBe(false);
    expect(d.generatedOn).toBe('2026-12-02');
    expect(d.revision?.version).toBe('2026.2');
    expect(d.effectiveDate).toBe(derivedOf().effectiveDate);
    expect(derivedOf((a) => void (a.agreement!.effective_date = '2027-01-01')).effectiveDate).toBe(
      '2027-01-01',
    );
    expect(d.stateLaw.state).toBe('CA');
  });
});
