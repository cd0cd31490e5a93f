import { describe, expect, it } from 'vitest';
import { F_SIGNED_DOCUMENTS } from '../../src/answers/enums.js';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { loadTemplates } from '../../src/templating/load-templates.js';
import { captionOf, partiesOf, partiesOfDocument, signs } from '../../src/legal/parties.js';
import { exampleInput, renderExample } from '../support/render.js';
import { collapseDoublePeriods } from '../../src/templating/escape-markdown.js';

type PartnerInput = AnswersInput['partners'][number];

/** A small program: a city police department and the partners a row gives. */
function answersWith(partners: Partial<PartnerInput>[], lead: Partial<AnswersInput['lead_agency']> = {}) {
  return answersSchema.parse({
    jurisdiction: { name: 'Town', state: 'OR' },
    lead_agency: { name: 'Town Police Department', type: 'municipal-police', ...lead },
    partners: partners.map((p, i) => ({
      id: `p${i}`,
      name: `Partner ${i}`,
      type: 'nonprofit-provider',
      hipaa_status: 'not-covered',
      part2_status: 'not-part2',
      ...p,
    })),
    program: { models: ['co-responder'] },
  });
}

describe('party model: captions', () => {
  it.each([
    [
      'Rio Verde County Behavioral Health Department',
      'County of Rio Verde',
      'Behavioral Health Department',
      'County of Rio Verde, acting by and through its Behavioral Health Department',
    ],
    [
      'Riverbend Police Department',
      'City of Riverbend',
      null,
      'City of Riverbend, acting by and through its Riverbend Police Department',
    ],
    ['High Desert Recovery, Inc.', null, null, 'High Desert Recovery, Inc.'],
    ['Tres Ríos 911 District', 'Tres Ríos 911 District', null, 'Tres Ríos 911 District'],
  ])('%s (entity %s, unit %s) is captioned "%s"', (name, entity, unit, caption) => {
    expect(captionOf(name, entity, unit)).toBe(caption);
  });

  it('gives the legal name and the unit separately', () => {
    const model = partiesOf(
      answersWith([
        {
          name: 'Rio Verde County Behavioral Health Department',
          legal_entity: 'County of Rio Verde',
          unit: 'Behavioral Health Department',
        },
      ]),
    );
    const county = model.partners[0]!;
    expect([county.legalName, county.actingThrough, county.publicEntity]).toEqual([
      'County of Rio Verde',
      'Behavioral Health Department',
      false, // the row's type is nonprofit-provider: the kind decides over the legal entity
    ]);
    expect(model.lead.actingThrough).toBeNull();
  });
});

describe('party model: roles', () => {
  it.each<[string, Partial<PartnerInput>, string[]]>([
    ['a 911 center', { type: '911-center' }, ['psap']],
    [
      'a crisis center that runs 988 and mobile crisis',
      { type: 'crisis-center', roles: ['988-center', 'mobile-crisis'] },
      ['behavioral-health-provider', '988-center', 'mobile-crisis'],
    ],
    [
      'a county department that runs mobile crisis',
      { type: 'county-behavioral-health', roles: ['mobile-crisis', 'behavioral-health-provider'] },
      ['behavioral-health-provider', 'mobile-crisis'],
    ],
    ['a school district', { type: 'school-district' }, ['school']],
    ['an organization of another kind', { type: 'other' }, []],
  ])('%s has the roles its type implies plus those it names', (_, partner, roles) => {
    expect(partiesOf(answersWith([partner])).partners[0]!.roles).toEqual(roles);
  });

  it.each<[string, Partial<PartnerInput>, Record<string, boolean>]>([
    [
      'covered entity and Part 2 program',
      { hipaa_status: 'covered-entity', part2_status: 'part2-program' },
      { isCoveredEntity: true, isPart2Program: true, isBusinessAssociate: false, privacyUnknown: false },
    ],
    ['hybrid entity', { hipaa_status: 'hybrid-entity' }, { isCoveredEntity: true, isPart2Program: false }],
    [
      'business associate, lawful holder',
      { hipaa_status: 'business-associate', part2_status: 'lawful-holder' },
      { isCoveredEntity: false, isBusinessAssociate: true, isPart2LawfulHolder: true },
    ],
    ['unknown status', { hipaa_status: 'unknown' }, { isCoveredEntity: false, privacyUnknown: true }],
  ])('privacy: %s', (_, partner, expected) => {
    const party = partiesOf(answersWith([partner])).partners[0]!;
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, party[k as keyof typeof party]]))).toEqual(
      expected,
    );
  });

  it('finds the PSAP whether the lead runs it or a partner does', () => {
    const leadRuns = partiesOf(answersWith([{}], { type: 'sheriff', roles: ['psap'] }));
    expect([leadRuns.psap?.id, leadRuns.leadRunsPsap, leadRuns.separatePsap]).toEqual(['lead', true, false]);
    const partnerRuns = partiesOf(answersWith([{ type: '911-center' }]));
    expect([partnerRuns.psap?.id, partnerRuns.leadRunsPsap, partnerRuns.separatePsap]).toEqual([
      'p0',
      false,
      true,
    ]);
    const none = partiesOf(answersWith([{}]));
    expect([none.psap, none.leadRunsPsap, none.separatePsap]).toEqual([null, false, false]);
  });

  it('lists the law-enforcement parties a shared 911 center dispatches for, the lead first', () => {
    const model = partiesOf(
      answersWith([{ type: 'law-enforcement' }, { type: '911-center' }, { type: 'law-enforcement' }]),
    );
    expect(model.lawEnforcement.map((p) => p.id)).toEqual(['lead', 'p0', 'p2']);
  });
});

describe('party model: who signs each document', () => {
  it('a partner signs every document by default, and per-document answers override it', () => {
    const model = partiesOf(
      answersWith([
        { signs_agreements: true, signs: { 'crisis-coordination-mou': false } },
        { signs_agreements: false, signs: { 'information-sharing-agreement': true } },
      ]),
    );
    const signers = (id: (typeof F_SIGNED_DOCUMENTS)[number]) =>
      model.documents[id].signingParties.map((p) => p.id);
    expect(signers('co-responder-mou')).toEqual(['lead', 'p0']);
    expect(signers('crisis-coordination-mou')).toEqual(['lead']);
    expect(signers('information-sharing-agreement')).toEqual(['lead', 'p0', 'p1']);
    expect(model.documents['crisis-coordination-mou'].nonSigners.map((p) => p.id)).toEqual(['p0', 'p1']);
    expect(signs(model.partners[1]!, 'cit-mou')).toBe(false);
  });

  it('only the 911 center and law-enforcement parties adopt the dispatch protocol', () => {
    const model = partiesOf(
      answersWith([
        { type: '911-center' },
        { type: 'county-behavioral-health' },
        { type: 'law-enforcement' },
      ]),
    );
    const view = model.documents['dispatch-protocol'];
    expect(view.signingParties.map((p) => p.id)).toEqual(['lead', 'p0', 'p2']);
    expect(view.psap?.id).toBe('p0');
  });

  it('names the 988 center of a document only when it signs that document', () => {
    const model = partiesOf(answersWith([{ type: '988-center', signs_agreements: false }]));
    expect(model.center988?.id).toBe('p0');
    expect(model.documents['crisis-coordination-mou'].center988).toBeNull();
    expect(model.documents['crisis-coordination-mou'].nonSigners.map((p) => p.id)).toEqual(['p0']);
  });

  it('lists "approved as to form" lines for signing parties with counsel, the lead’s own among them', () => {
    const model = partiesOf(
      answersWith([{ counsel: 'County Counsel' }, { counsel: 'Its Counsel', signs_agreements: false }], {
        counsel: 'City Attorney',
      }),
    );
    expect(model.documents['cit-mou'].approvedAsToForm.map((a) => [a.party.id, a.counsel])).toEqual([
      ['lead', 'City Attorney'],
      ['p0', 'County Counsel'],
    ]);
  });

  it('gives a public entity without named counsel an "approved as to form" line with its title blank', () => {
    const model = partiesOf(answersWith([{ public_entity: true }, { public_entity: false }]));
    expect(model.documents['cit-mou'].approvedAsToForm.map((a) => [a.party.id, a.counsel])).toEqual([
      ['lead', null],
      ['p0', null],
    ]);
  });

  it('has a clerk attest for a city, town or county, and for no other entity', () => {
    const model = partiesOf(
      answersWith(
        [
          { legal_entity: 'County of Rio Verde', unit: 'Behavioral Health Department' },
          { legal_entity: 'Rio Verde Hospital District' },
          { legal_entity: 'Harlan County' },
        ],
        { legal_entity: 'City of Riverbend' },
      ),
    );
    expect(model.documents['cit-mou'].attested.map((a) => [a.party.id, a.clerk])).toEqual([
      ['lead', 'City Clerk'],
      ['p0', null],
      ['p2', null],
    ]);
    expect(partiesOf(answersWith([{}], { legal_entity: 'Town of Pine Hollow' })).lead.attest).toEqual({
      title: 'Town Clerk',
    });
  });

  it('a policy or plan sees the default signers', () => {
    const model = partiesOf(answersWith([{ signs_agreements: false }]));
    expect(partiesOfDocument(model, 'crisis-response-policy').signingParties.map((p) => p.id)).toEqual([
      'lead',
    ]);
    expect(partiesOfDocument(model, 'cit-mou')).toBe(model.documents['cit-mou']);
  });

  it('names every signed document after a template that exists', async () => {
    const set = await loadTemplates(new URL('../../templates', import.meta.url).pathname);
    const ids = set.templates.map((t) => t.meta.id);
    const agreements = set.templates.filter((t) => t.meta.kind === 'agreement').map((t) => t.meta.id);
    for (const id of F_SIGNED_DOCUMENTS) expect(ids).toContain(id);
    for (const id of agreements) expect(F_SIGNED_DOCUMENTS).toContain(id);
  });
});

describe('party model: the examples', () => {
  it.each(['riverbend-city', 'harlan-county-rural', 'tri-county-cit-consortium'])(
    '%s validates and has a lead',
    (name) => {
      const model = partiesOf(answersSchema.parse(exampleInput(name)));
      expect(model.all[0]!.id).toBe('lead');
      expect(model.all.every((p) => p.displayName.length > 0)).toBe(true);
    },
  );
});

describe('names that end in a period', () => {
  it('a sentence ending on "Inc." gets one period', async () => {
    const { markdown } = await renderExample(
      'riverbend-city',
      (a) => {
        a.partners.find((p) => p.id === 'rrecc')!.name = 'Riverbend Dispatch Services, Inc.';
      },
      ['co-responder-mou'],
    );
    const text = markdown.get('co-responder-mou')!;
    expect(text).toContain('Riverbend Dispatch Services, Inc.');
    expect(text).not.toContain('Inc..');
  });

  it.each([
    ['Harbor, Inc.. Next', 'Harbor, Inc. Next'],
    ['wait... then', 'wait... then'],
    ['1.. 2', '1.. 2'],
  ])('collapseDoublePeriods(%j) is %j', (input, output) => {
    expect(collapseDoublePeriods(input)).toBe(output);
  });
});

describe('federally funded programs', () => {
  it('flow the non-discrimination requirements down when a federal grant pays for the work', async () => {
    const funded = (await renderExample('riverbend-city', () => {}, ['cit-mou'])).markdown.get('cit-mou')!;
    expect(funded).toContain('**Non-discrimination in federally assisted programs.**');
    expect(funded).toContain('28 CFR Part 42, subparts C and D');
    const unfunded = (
      await renderExample(
        'riverbend-city',
        (a) => {
          a.funding!.sources = a.funding!.sources!.filter((s) => s.type !== 'federal-grant');
        },
        ['cit-mou'],
      )
    ).markdown.get('cit-mou')!;
    expect(unfunded).not.toContain('Non-discrimination in federally assisted programs');
  });
});
