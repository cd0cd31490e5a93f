import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/ast/types.js';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { renderPacket } from '../../src/build.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { bindersOfDocument, psapFrameOf } from '../../src/legal/binders.js';
import { actorsOf } from '../../src/legal/duty-actors.js';
import { dutiesOnOutsiders, outsidersAmong, presentSubject } from '../../src/legal/duties.js';
import { partiesOf } from '../../src/legal/parties.js';
import { exampleInput } from '../support/render.js';

/** Brazos Bend: a separate 911 district (CHECD) that adopts only the dispatch protocol. */
function brazosBend(): AnswersInput {
  const text = readFileSync(
    new URL('../../docs/reviews/2026-12-02-brazos-bend-city.yaml', import.meta.url),
    'utf8',
  );
  return parseDocument(text).toJS() as AnswersInput;
}

const clause = (number: string, value: string): Block => ({
  type: 'clause',
  level: 2,
  number,
  content: [{ type: 'text', value }],
  children: [],
});

/** The outsiders of one Brazos Bend document, from the party model as the build computes them. */
function outsidersOf(id: string, kind: string) {
  const answers = answersSchema.parse(brazosBend());
  const parties = partiesOf(answers);
  const bound = bindersOfDocument(parties, id, kind)!;
  return outsidersAmong(actorsOf(parties, answers), bound.binders, bound.adoptedRoles);
}

const CHECD = 'Caddo Hills Emergency Communications District';

/** The sentences counsel quoted (Brazos Bend r2, 1.1, 1.2, 1.4), as the earlier drafts wrote them. */
const R2_SENTENCES = [
  'Any responder, call-taker or supervisor may move a call to a more intensive tier at any time, and the 911 center then sends that response at once.',
  'A call-taker who is unsure which tier fits chooses the more intensive one and tells the shift supervisor.',
  'The following calls shall not be sent to a civilian or clinician-led responder as the first response, and shall be sent to the emergency tier of the routing table:',
  'The Team shall not be sent as the first response to the following calls, which go to the emergency tier of the routing table.',
  'The call-taker tells the caller what 988 is, connects the caller to the 988 center, stays on the line until a counselor answers and accepts the call.',
  'If no counselor accepts the call within a minute, or the counselor says before accepting it that the caller needs help in person, the call-taker takes the call back and dispatches it under the routing table.',
  'These are 911 records, not protected health information, and the 911 center passes them as state law on 911 records permits.',
  'After screening, the call-taker sends the response of the first tier whose condition fits the call.',
];

describe('present-tense duties and unattributed dispatch passives on a 911 center outside the document', () => {
  it.each([
    ['co-responder-mou', 'agreement'],
    ['crisis-coordination-mou', 'agreement'],
    ['crisis-response-policy', 'policy'],
  ])('refuses each sentence counsel quoted in the %s, naming the 911 district', (id, kind) => {
    const outsiders = outsidersOf(id, kind);
    const blocks = R2_SENTENCES.map((s, i) => clause(`4.${i + 1}`, s));
    const found = dutiesOnOutsiders(blocks, outsiders);
    expect(found.map((f) => [f.clause, f.outsider, f.sentence])).toEqual(
      R2_SENTENCES.map((s, i) => [`4.${i + 1}`, CHECD, s]),
    );
  });

  it('is silent on the same sentences in the dispatch protocol, which the district adopts', () => {
    const outsiders = outsidersOf('dispatch-protocol', 'policy');
    const blocks = R2_SENTENCES.map((s, i) => clause(`5.${i + 1}`, s));
    expect(dutiesOnOutsiders(blocks, outsiders)).toEqual([]);
  });

  it('reads an unattributed "shall be sent" as the 911 center’s only when the center is an outsider', () => {
    const sentence = 'The following calls shall not be sent to a civilian responder first.';
    const only988 = [{ label: '988', terms: ['988 Center'], role: '988-center' as const }];
    expect(dutiesOnOutsiders([clause('5.1', sentence)], only988)).toEqual([]);
    const psap = [{ label: 'CHECD', terms: ['911 Center'], role: 'psap' as const }];
    expect(dutiesOnOutsiders([clause('5.1', sentence)], psap)).toHaveLength(1);
    // Sent by a named party, or a person transferred in custody: not the 911 center's act.
    expect(
      dutiesOnOutsiders(
        [
          clause('5.2', 'The calls shall be sent by the Agency to the Team.'),
          clause('5.3', 'The person shall be transferred to the Receiving Facility.'),
        ],
        psap,
      ),
    ).toEqual([]);
  });

  it('does not read nouns, definitions, noun clauses or invitations as present-tense duties', () => {
    const psap = [
      { label: 'CHECD', terms: ['911 Center', 'call-taker', 'counselor'], role: 'psap' as const },
    ];
    const blocks = [
      'The 911 Center’s records are kept for a year.',
      'Calls and transfers shall be counted.',
      'Warm Transfer means the process by which a call-taker connects a caller with a counselor.',
      'The 911 Center takes part in planning.',
      'What the counselor passes on.',
      'Calls are answered under the standards of the Agency and, for medical calls, of the provider the 911 Center dispatches.',
      'The Parties shall ask the 911 Center to have the call-taker tell the caller what 988 is.',
      'The Steering Committee shall review 911 Center codes shall it see fit.',
      'Officers (the call-takers of the 911 Center apply the same codes) shall mark the call.',
    ].map((s, i) => clause(`2.${i + 1}`, s));
    expect(dutiesOnOutsiders(blocks, psap)).toEqual([]);
  });

  // Comma-less forms (issue 10): a reduced relative clause names the 911 center to describe a
  // noun, and binds it to nothing; the same words as a main clause do bind it.
  it('reads "the provider the 911 Center dispatches" as a description, and "the 911 Center dispatches the provider" as a duty', () => {
    const psap = [{ label: 'CHECD', terms: ['911 Center', 'call-taker'], role: 'psap' as const }];
    const describing = [
      'A clinician meets the provider the 911 Center dispatches.',
      'The Team works beside the unit the 911 Center sends to the scene.',
      'Responders the 911 Center dispatches shall report their status to the Agency.',
      'Each call the call-taker transfers shall be counted by the Agency.',
    ];
    expect(
      dutiesOnOutsiders(
        describing.map((s, i) => clause(`3.${i + 1}`, s)),
        psap,
      ),
    ).toEqual([]);
    const binding = [
      'The 911 Center dispatches the provider.',
      'The call-taker stays on the line until the counselor answers.',
      'The clinician leaves, and the 911 Center sends the unit.',
      'The 911 Center the Agency names shall send the team.',
    ];
    const found = dutiesOnOutsiders(
      binding.map((s, i) => clause(`4.${i + 1}`, s)),
      psap,
    );
    expect(found.map((f) => f.sentence)).toEqual(binding);
  });

  it.each([
    ['and the 911 center then ', 'and the 911 center '],
    ['A call-taker who is unsure which tier fits ', 'A call-taker '],
    ['If no counselor accepts, or the counselor says it, the call-taker ', ' the call-taker '],
    ['of the provider the 911 Center ', ''],
    ['What the counselor ', ''],
  ])('the subject of a present-tense verb after "%s" is "%s"', (before, subject) => {
    expect(presentSubject(before)).toBe(subject);
  });
});

describe('whether a document binds the 911 center, and how it asks the center otherwise', () => {
  const frame = (input: AnswersInput, id: string, kind: string) => {
    const answers = answersSchema.parse(input);
    return psapFrameOf(partiesOf(answers), id, kind, answers.dispatch.center_name);
  };

  it('a separate district that adopts only the protocol is asked by the Parties or the Agency', () => {
    expect(frame(brazosBend(), 'co-responder-mou', 'agreement')).toEqual({
      bound: false,
      center: CHECD,
      ask: `the [[Parties]] shall ask ${CHECD} to`,
    });
    expect(frame(brazosBend(), 'crisis-response-policy', 'policy').ask).toBe(
      `the [[Agency]] shall ask ${CHECD} to`,
    );
    expect(frame(brazosBend(), 'dispatch-protocol', 'policy').bound).toBe(true);
  });

  it('a 911 center that signs the agreements is bound by them, not by the agency’s orders', () => {
    const riverbend = exampleInput('riverbend-city');
    expect(frame(riverbend, 'co-responder-mou', 'agreement').bound).toBe(true);
    expect(frame(riverbend, 'crisis-response-policy', 'policy').bound).toBe(false);
  });

  it('an agency that runs the 911 center binds it by its own orders', () => {
    const sheriff = exampleInput('harlan-county-rural');
    sheriff.lead_agency.roles = ['psap'];
    sheriff.partners = sheriff.partners.filter((p) => p.id !== 'harlan-911');
    sheriff.agreement!.liaisons = (sheriff.agreement!.liaisons ?? []).filter((l) => l.party !== 'harlan-911');
    sheriff.information_sharing!.privacy_officers = (
      sheriff.information_sharing!.privacy_officers ?? []
    ).filter((l) => l.party !== 'harlan-911');
    expect(frame(sheriff, 'crisis-response-policy', 'policy').bound).toBe(true);
  });

  it('Brazos Bend: the MOUs and the order ask the district; the protocol it adopts states the steps', async () => {
    const ids = [
      'co-responder-mou',
      'crisis-coordination-mou',
      'crisis-response-policy',
      'dispatch-protocol',
    ];
    const packet = await renderPacket(answersSchema.parse(brazosBend()), {
      only: ids,
      sourceDateEpoch: undefined,
    });
    const text = new Map(packet.documents.map((d) => [d.template.meta.id, markdownOf(d.document)]));
    for (const id of ['co-responder-mou', 'crisis-coordination-mou']) {
      const mou = text.get(id)!;
      expect(mou).toContain(`and the Parties shall ask ${CHECD} to send that response at once`);
      expect(mou).toContain(
        `The Parties shall ask ${CHECD} to have a call-taker who is unsure which tier fits choose`,
      );
      expect(mou).toContain(
        `The Parties shall ask ${CHECD} to have the call-taker tell the caller what 988 is`,
      );
      expect(mou).not.toMatch(
        /the 911 center then sends|call-taker tells the caller|chooses the more intensive/,
      );
    }
    expect(text.get('crisis-coordination-mou')).toContain(
      `No Party shall send a civilian or clinician-led responder as the first response to the following calls, and the Parties shall ask ${CHECD} to dispatch them`,
    );
    expect(text.get('co-responder-mou')).toContain(
      `No Party shall send the Team as the first response to the following calls, and the Parties shall ask ${CHECD} to dispatch them`,
    );
    expect(text.get('co-responder-mou')).toContain(
      `The Parties shall use, and shall ask ${CHECD} to use, the following computer-aided dispatch (CAD) codes`,
    );
    expect(text.get('crisis-response-policy')).toContain(
      `The Agency shall ask ${CHECD} to have its call-takers send, after screening, the response of the first tier`,
    );
    const protocol = text.get('dispatch-protocol')!;
    expect(protocol).toContain('After screening, the call-taker sends the response of the first tier');
    expect(protocol).toContain('and the 911 center then sends that response at once');
    expect(protocol).not.toContain(`shall ask ${CHECD} to have`);
  });
});
