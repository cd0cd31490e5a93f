import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { renderPacket } from '../../src/build.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { cadOperatorOf, cadSystemConflict } from '../../src/legal/cad-operator.js';
import { partiesOf } from '../../src/legal/parties.js';
import { exampleInput } from '../support/render.js';

function brazosBend(): AnswersInput {
  const url = new URL('../../docs/reviews/2026-12-02-brazos-bend-city.yaml', import.meta.url);
  return parseDocument(readFileSync(url, 'utf8')).toJS() as AnswersInput;
}

const operatorOf = (input: AnswersInput) => {
  const answers = answersSchema.parse(input);
  const { name, source, party } = cadOperatorOf(partiesOf(answers), answers);
  return { name, source, party: party?.id ?? null };
};

/** No 911 center among the partners: the dispatch answers, or nothing, say who runs CAD. */
const withoutPsapPartner = (input: AnswersInput, centerName: string | null) => {
  input.partners = input.partners.filter((p) => p.id !== 'rrecc');
  input.agreement!.liaisons = (input.agreement!.liaisons ?? []).filter((l) => l.party !== 'rrecc');
  input.information_sharing!.privacy_officers = (input.information_sharing!.privacy_officers ?? []).filter(
    (l) => l.party !== 'rrecc',
  );
  input.dispatch!.center_name = centerName;
  return input;
};

describe('whose CAD it is', () => {
  it.each([
    ['riverbend-city', 'Riverbend Regional Emergency Communications Center', 'rrecc'],
    ['harlan-county-rural', 'Harlan County Emergency Communications', 'harlan-911'],
    ['tri-county-cit-consortium', 'Tres Ríos Regional 9-1-1 Emergency Communications District', 'tr-911'],
  ])('%s: the partner that runs the 911 center', (example, name, id) => {
    expect(operatorOf(exampleInput(example))).toEqual({ name, source: 'psap-party', party: id });
  });

  it('Brazos Bend: the 911 district, although the systems answer calls it the Police Department’s', () => {
    expect(operatorOf(brazosBend())).toEqual({
      name: 'Caddo Hills Emergency Communications District',
      source: 'psap-party',
      party: 'bbecd',
    });
  });

  it('the lead agency when it runs the 911 center, even beside a partner 911 center', () => {
    const input = exampleInput('riverbend-city');
    input.lead_agency.roles = ['psap'];
    expect(operatorOf(input)).toMatchObject({ source: 'lead-runs-psap', party: 'lead' });
  });

  it('the 911 center the dispatch answers name when no party runs it, else a visible blank', () => {
    expect(operatorOf(withoutPsapPartner(exampleInput('riverbend-city'), 'Valley 911'))).toEqual({
      name: 'Valley 911',
      source: 'dispatch-center-name',
      party: null,
    });
    expect(operatorOf(withoutPsapPartner(exampleInput('riverbend-city'), null))).toEqual({
      name: '[[?OPERATOR OF THE COMPUTER-AIDED DISPATCH (CAD) SYSTEM]]',
      source: 'unknown',
      party: null,
    });
  });

  it.each([
    ['riverbend-city', exampleInput('riverbend-city'), 'RPD computer-aided dispatch (CAD)', 'lead'],
    [
      'harlan-county-rural',
      exampleInput('harlan-county-rural'),
      'HCSO computer-aided dispatch (CAD)',
      'lead',
    ],
    ['tri-county-cit-consortium', exampleInput('tri-county-cit-consortium'), null, null],
    ['Brazos Bend', brazosBend(), 'the Police Department computer-aided dispatch (CAD) system', 'lead'],
  ])('%s: a systems answer that calls CAD another party’s is found', (_, input, entry, named) => {
    const answers = answersSchema.parse(input);
    const conflict = cadSystemConflict(partiesOf(answers), answers);
    expect(conflict && { entry: conflict.entry, named: conflict.named.id }).toEqual(
      entry === null ? null : { entry, named },
    );
  });

  it('Brazos Bend: the ISA, its CJIS clause and the dispatch protocol name the district as CAD’s operator', async () => {
    const ids = ['information-sharing-agreement', 'dispatch-protocol'];
    const packet = await renderPacket(answersSchema.parse(brazosBend()), {
      only: ids,
      sourceDateEpoch: undefined,
    });
    const text = new Map(packet.documents.map((d) => [d.template.meta.id, markdownOf(d.document)]));
    const isa = text.get('information-sharing-agreement')!;
    expect(isa).toContain(
      'calls are dispatched is operated by Caddo Hills Emergency Communications District.',
    );
    expect(isa).toContain(
      'a management control agreement with the agency that operates CAD (Caddo Hills Emergency Communications District)',
    );
    expect(isa).toContain(
      'The answers list “the Police Department computer-aided dispatch (CAD) system” among the systems, which names Brazos Bend Police Department as CAD’s holder',
    );
    expect(text.get('dispatch-protocol')).toContain(
      'the system Caddo Hills Emergency Communications District operates, with one of the following codes',
    );
  });

  it('the definition of Criminal Justice Information and the no-access clauses name CAD’s operator, not the Agency', async () => {
    const ids = ['information-sharing-agreement', 'co-responder-mou'];
    const render = async (input: AnswersInput) => {
      const packet = await renderPacket(answersSchema.parse(input), {
        only: ids,
        sourceDateEpoch: undefined,
      });
      return new Map(packet.documents.map((d) => [d.template.meta.id, markdownOf(d.document)]));
    };
    // Brazos Bend: clinicians have CAD access, so the ISA defines the term.
    const brazos = (await render(brazosBend())).get('information-sharing-agreement')!;
    expect(brazos).toContain(
      'including information in the computer-aided dispatch (CAD) system that Caddo Hills Emergency Communications District operates and in the Agency’s records management system (RMS), and',
    );
    expect(brazos).not.toMatch(/Agency’s computer-aided dispatch/);
    // Harlan: no CAD access, so both agreements forbid it, naming the 911 center's CAD.
    const harlan = await render(exampleInput('harlan-county-rural'));
    for (const id of ids) {
      expect(harlan.get(id), id).toMatch(
        /shall not have access to the computer-aided dispatch system that Harlan County Emergency Communications operates or to the Agency’s records management system\./,
      );
      expect(harlan.get(id), id).not.toMatch(/Agency’s computer-aided dispatch/);
    }
  });
});
