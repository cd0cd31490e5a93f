import { describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { renderPacket } from '../../src/build.js';
import { normalizeAnswers } from '../../src/answers/normalize.js';
import { escapeDeep } from '../../src/templating/escape-markdown.js';
import { routingOf } from '../../src/legal/routing.js';
import { checkRouting } from '../../src/legal/routing/check-routing.js';
import { blocksFromMarkdown } from '../../src/ast/from-markdown.js';
import { exampleInput } from '../support/render.js';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

const ROUTING_DOCUMENTS = [
  'crisis-response-policy',
  'dispatch-protocol',
  'custody-transport-policy',
  'crisis-coordination-mou',
  'co-responder-mou',
  'cit-mou',
];

function reviewed(file: string): AnswersInput {
  const text = readFileSync(new URL(`../../docs/reviews/${file}`, import.meta.url), 'utf8');
  return parseDocument(text).toJS() as AnswersInput;
}
const mesaVerde = () => reviewed('2026-12-01-mesa-verde-county.yaml');
const brazosBend = () => reviewed('2026-12-02-brazos-bend-city.yaml');

/** The examples and the variants the issue names. */
const VARIANTS: [string, () => AnswersInput][] = [
  ['riverbend-city', () => exampleInput('riverbend-city')],
  ['harlan-county-rural', () => exampleInput('harlan-county-rural')],
  ['tri-county (Texas, no EMS agreement)', () => exampleInput('tri-county-cit-consortium')],
  [
    'tri-county (Texas, with an EMS agreement)',
    () => {
      const a = exampleInput('tri-county-cit-consortium');
      a.disposition!.ems_transport_agreement = 'the 2026 transport memorandum with Caldera EMS';
      return a;
    },
  ],
  ['Mesa Verde (sheriff runs 911; crisis center runs mobile crisis; non-signing 988 center)', mesaVerde],
  ['Brazos Bend (a separate 911 district adopts only the protocol; a non-signing hospital)', brazosBend],
  [
    'a crisis center that runs 988 and mobile crisis',
    () => {
      const a = exampleInput('riverbend-city');
      a.partners.push({
        id: 'crisis-ctr',
        name: 'Valley Crisis Center',
        type: 'crisis-center',
        roles: ['988-center', 'mobile-crisis'],
        hipaa_status: 'covered-entity',
        part2_status: 'not-part2',
      });
      return a;
    },
  ],
];

function routingOfInput(input: AnswersInput) {
  const model = escapeDeep(normalizeAnswers(answersSchema.parse(input), '2026-12-01'));
  return routingOf(model, model.derived.partyModel.byDefault);
}

async function packetOf(input: AnswersInput) {
  const packet = await renderPacket(answersSchema.parse(input), { only: [] });
  return { packet, routing: routingOfInput(input) };
}

describe('every document states the computed routing', () => {
  it.each(VARIANTS)(
    '%s: the orders, the protocol and the MOUs agree with the routing model',
    async (_, input) => {
      const { packet, routing } = await packetOf(input());
      const documents = packet.documents
        .filter((d) => ROUTING_DOCUMENTS.includes(d.template.meta.id))
        .map((d) => ({ id: d.template.meta.id, blocks: d.document.blocks }));
      expect(documents.length).toBeGreaterThanOrEqual(4);
      expect(checkRouting(documents, routing)).toEqual([]);
      // The same transport rule, tiers and hours in each document that states them.
      for (const d of packet.documents.filter((x) => ROUTING_DOCUMENTS.includes(x.template.meta.id))) {
        const text = JSON.stringify(d.document.blocks);
        if (d.template.meta.id !== 'dispatch-protocol')
          expect(text, d.template.meta.id).toContain(
            'No person in custody is transported in a personal vehicle',
          );
      }
    },
  );

  it('objects to a template that states a transport rule of its own', async () => {
    // The check alone: no packet is rendered.
    const routing = routingOfInput(exampleInput('tri-county-cit-consortium'));
    const blocks = blocksFromMarkdown(
      '## Transport\n\n1. **Transport.** A person on a hold shall usually be taken to a facility by ambulance.\n',
    );
    const problems = checkRouting([{ id: 'custody-transport-policy', blocks }], routing);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(
      /states a transport rule of its own: “A person on a hold shall usually be taken/,
    );
  });

  it('objects to a routing table, facility list or hours table that differs from the computed one', async () => {
    // The check alone: no packet is rendered.
    const routing = routingOfInput(exampleInput('tri-county-cit-consortium'));
    const blocks = blocksFromMarkdown(
      [
        '## Routing',
        '',
        '1. **Table.** Calls go as follows:',
        '',
        '   | Tier | Condition | Response |',
        '   |---|---|---|',
        '   | **Emergency** | Anything. | A CIT officer. |',
        '',
        '1. **Facilities.** These:',
        '',
        '   | Facility | Kind |',
        '   |---|---|',
        '   | Some Other Hospital | hospital |',
        '',
        '1. **Hours.** These:',
        '',
        '   | Responder | Hours |',
        '   |---|---|',
        '   | Mobile crisis team | at all hours |',
        '',
      ].join('\n'),
    );
    const problems = checkRouting([{ id: 'x', blocks }], routing).map((p) => p.message);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^its routing table differs from the program’s at row 1/);
    expect(problems[1]).toMatch(
      /^its facility list differs from the program’s at row 1: “Some Other Hospital”/,
    );
    expect(problems[2]).toMatch(/^its hours table differs from the program’s at row 1/);
  });

  it('objects to a draft that calls a joint operating procedure a general order, or the reverse', () => {
    // Brazos Bend: the 911 center is a separate district, so the protocol is a joint procedure.
    const joint = routingOfInput(brazosBend());
    expect(joint.protocol.kind).toBe('joint-procedure');
    const asOrder = blocksFromMarkdown(
      '## A\n\n1. **Codes.** Officers use the codes the general order on call-taking and dispatch defines.\n',
    );
    expect(checkRouting([{ id: 'x', blocks: asOrder }], joint).map((p) => p.message)).toEqual([
      'calls the dispatch protocol “general order on call-taking”; it is the joint operating procedure on call-taking and dispatch',
    ]);
    const title = blocksFromMarkdown(
      '| Document | Open items |\n|---|---|\n| General Order: Call-Taking and Dispatch | 3 |\n',
    );
    expect(checkRouting([{ id: 'x', blocks: title }], joint)).toHaveLength(1);
    // Mesa Verde: the sheriff runs the 911 center, so the protocol is the sheriff's general order.
    const order = routingOfInput(mesaVerde());
    expect(order.protocol.kind).toBe('general-order');
    const asJoint = blocksFromMarkdown('## A\n\n1. **Codes.** As the joint operating procedure says.\n');
    expect(checkRouting([{ id: 'x', blocks: asJoint }], order)).toHaveLength(1);
  });

  it('objects to a CIT dispatch rule, a lead rule or a transfer-back rule of a document’s own', () => {
    const routing = routingOfInput(brazosBend());
    const blocks = blocksFromMarkdown(
      [
        '## A',
        '',
        '1. **Dispatch.** The dispatcher shall send a CIT Officer whenever one is on duty.',
        '',
        '1. **Lead.** A CIT Officer who arrives shall take the lead in engaging the person.',
        '',
        '1. **Back.** The 988 Center shall not send a transferred call back to 911 unless the caller is at imminent risk.',
        '',
      ].join('\n'),
    );
    const problems = checkRouting([{ id: 'x', blocks }], routing).map((p) => p.message);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^states a CIT dispatch rule of its own/);
    expect(problems[1]).toMatch(/^states a rule on who leads on scene of its own/);
    expect(problems[2]).toMatch(/^states a transfer-back rule of its own/);
  });
});

describe('the officer rules', () => {
  const rulesOf = (mutate: (a: AnswersInput) => void) => {
    const input = brazosBend();
    mutate(input);
    return routingOfInput(input).officers;
  };

  it('gives the lead to a clinician on scene, else to a CIT officer, and command to the senior officer', () => {
    const { sceneLead, citDispatch } = rulesOf(() => {});
    expect(sceneLead).toMatch(/^Safety and command of the scene rest with the senior officer present/);
    expect(sceneLead).toContain('a clinician of the co-responder team or the mobile crisis team');
    expect(sceneLead).toContain('when no such clinician is engaged, a CIT officer on scene leads it');
    expect(citDispatch).toContain(
      'even if another officer is closer, unless the delay would put someone at risk',
    );
  });

  it('without clinicians on scene, gives the lead to a CIT officer; without CIT, states no CIT rule', () => {
    const citOnly = rulesOf((a) => {
      a.program.models = ['cit'];
      a.partners.find((p) => p.id === 'trbh')!.roles = ['988-center'];
    });
    expect(citOnly.sceneLead).toContain('A CIT officer on scene leads the engagement');
    expect(citOnly.sceneLead).not.toContain('clinician');
    const noCit = rulesOf((a) => {
      a.program.models = ['co-responder'];
    });
    expect(noCit.citDispatch).toBe('');
    expect(noCit.sceneLead).not.toContain('CIT officer');
  });

  it('keeps an accepted 988 call at the 988 center, which sends its own mobile crisis team or leaves a blank', () => {
    const own = routingOfInput(brazosBend()).warmTransfer.afterAcceptance;
    expect(own).toContain('send its [[Mobile Crisis Team]] when the caller needs help in person');
    const other = brazosBend();
    other.partners.find((p) => p.id === 'trbh')!.roles = ['988-center'];
    other.program.models = ['cit', 'co-responder'];
    expect(routingOfInput(other).warmTransfer.afterAcceptance).toContain(
      'HOW THE 988 CENTER GETS IN-PERSON HELP TO A CALLER NOT AT IMMINENT RISK',
    );
  });
});
