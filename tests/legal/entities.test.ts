import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { F_SIGNED_DOCUMENTS } from '../../src/answers/enums.js';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { agreementEntitiesOf, entityKey, sameEntityGroups } from '../../src/legal/entities.js';
import { partiesOf } from '../../src/legal/parties.js';
import { EXAMPLES, exampleInput } from '../support/render.js';

// Counsel cold read, Juniper Falls County (docs/reviews/2026-12-02-juniper-falls-counsel.md,
// finding 0): the Sheriff's Office and the Behavioral Health Department are units of one County,
// and a county cannot contract with itself.
function juniperFalls(): AnswersInput {
  const url = new URL('../../docs/reviews/2026-12-02-juniper-falls-county.yaml', import.meta.url);
  return parseDocument(readFileSync(url, 'utf8')).toJS() as AnswersInput;
}

const modelOf = (input: AnswersInput) => partiesOf(answersSchema.parse(input));
const ids = (parties: { id: string }[]) => parties.map((p) => p.id);

describe('same legal entity: the key two spellings of a name meet under', () => {
  it.each([
    ['County of Rio Verde', 'Rio Verde County'],
    ['The City of Riverbend', 'city of  riverbend'],
    ['City of Riverbend', 'Riverbend City'],
    [' Juniper Falls County', 'JUNIPER FALLS COUNTY'],
  ])('should treat "%s" and "%s" as one entity', (a, b) => {
    expect(entityKey(a)).toBe(entityKey(b));
  });

  it.each([
    ['Rio Verde County', 'City of Rio Verde'],
    ['Caldera County', 'Pecan Ridge County'],
    ['Harlan County', 'Harlan County Emergency Communications'],
  ])('should keep "%s" and "%s" apart', (a, b) => {
    expect(entityKey(a)).not.toBe(entityKey(b));
  });
});

describe('same legal entity: Juniper Falls County', () => {
  const model = modelOf(juniperFalls());

  it('should find the Sheriff’s Office and the Behavioral Health Department to be units of one County', () => {
    const groups = model.sameEntityGroups;
    expect(groups.map((g) => [g.legalName, ids(g.units)])).toEqual([
      ['Juniper Falls County', ['lead', 'jfbh']],
    ]);
  });

  it.each(['crisis-coordination-mou', 'co-responder-mou', 'cit-mou'] as const)(
    'should make the %s, signed only by the two County units, an internal operating agreement',
    (id) => {
      const entities = model.documents[id].entities;
      expect(entities.form).toBe('internal');
      expect(entities.internal).toBe(true);
      expect(entities.entity?.legalName).toBe('Juniper Falls County');
      expect(ids(entities.entity!.units)).toEqual(['lead', 'jfbh']);
      expect(entities.contractingEntities).toHaveLength(1);
    },
  );

  it('should make the information-sharing agreement one between the County (through two units) and the crisis line', () => {
    const entities = model.documents['information-sharing-agreement'].entities;
    expect(entities.form).toBe('between-entities');
    expect(entities.internal).toBe(false);
    expect(entities.entity).toBeNull();
    expect(entities.contractingEntities.map((g) => [g.legalName, ids(g.units)])).toEqual([
      ['Juniper Falls County', ['lead', 'jfbh']],
      ['High Desert Crisis Line', ['hdcl']],
    ]);
    expect(entities.sharedEntities.map((g) => g.legalName)).toEqual(['Juniper Falls County']);
    expect(entities.contractingEntities.map((g) => g.displayName)).toEqual([
      "Juniper Falls County, acting by and through its Sheriff's Office and its Behavioral Health Department",
      'High Desert Crisis Line',
    ]);
    expect(entities.approval).toBeNull();
  });

  it('should carry the Board’s order that both units cite as the internal agreement’s approval', () => {
    expect(model.documents['co-responder-mou'].entities.approval).toBe(
      'Approved by the Juniper Falls County Board of Commissioners, Order 2026-41',
    );
  });

  it('should not call a document one unit adopts alone an agreement between units', () => {
    // The dispatch protocol is adopted by the 911 center and the agencies it dispatches for: here the Sheriff alone.
    const entities = model.documents['dispatch-protocol'].entities;
    expect(ids(model.documents['dispatch-protocol'].signingParties)).toEqual(['lead']);
    expect(entities.internal).toBe(false);
    expect(entities.sharedEntities).toEqual([]);
  });

  it('should stop being internal once an outside entity signs', () => {
    const input = juniperFalls();
    input.partners![1]!.signs = { 'crisis-coordination-mou': true, 'information-sharing-agreement': true };
    const entities = modelOf(input).documents['crisis-coordination-mou'].entities;
    expect(entities.internal).toBe(false);
    expect(entities.contractingEntities.map((g) => g.legalName)).toEqual([
      'Juniper Falls County',
      'High Desert Crisis Line',
    ]);
  });

  it('should stop being internal when the department belongs to another entity', () => {
    const input = juniperFalls();
    input.partners![0]!.legal_entity = 'Juniper Falls Health District';
    const model = modelOf(input);
    expect(model.sameEntityGroups).toEqual([]);
    expect(model.documents['co-responder-mou'].entities.internal).toBe(false);
  });
});

describe('same legal entity: a lead that is the entity itself', () => {
  it('should group a partner whose legal entity is the lead agency’s own name', () => {
    const model = modelOf({
      jurisdiction: { name: 'Harlan County', state: 'OR' },
      lead_agency: { name: 'Harlan County', type: 'sheriff' },
      partners: [
        {
          id: 'comms',
          name: 'Harlan County Emergency Communications',
          type: '911-center',
          legal_entity: 'County of Harlan',
          hipaa_status: 'not-covered',
          part2_status: 'not-part2',
          signs_agreements: true,
        },
      ],
      program: { models: ['co-responder'] },
    });
    expect(sameEntityGroups(model.all).map((g) => ids(g.units))).toEqual([['lead', 'comms']]);
    expect(agreementEntitiesOf(model.all).internal).toBe(true);
  });
});

describe.each(EXAMPLES)('same legal entity: the %s example', (example) => {
  const model = modelOf(exampleInput(example));

  it('should have no two parties in one legal entity', () => {
    expect(model.sameEntityGroups).toEqual([]);
  });

  it('should make every signed document an agreement between distinct entities', () => {
    for (const id of F_SIGNED_DOCUMENTS) {
      const entities = model.documents[id].entities;
      expect(entities.internal, id).toBe(false);
      expect(entities.contractingEntities.length, id).toBe(model.documents[id].signingParties.length);
    }
  });
});
