import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../../src/answers/schema.js';
import { answersSchema } from '../../src/answers/schema.js';
import { renderPacket } from '../../src/build.js';
import { stateLawFileOf, STATE_LAW_FILES } from '../../src/legal/state-law-files.js';
import { CUSTODY_KEYS } from '../../src/legal/state-law-labels.js';
import { stateLawOf } from '../../src/legal/state-law.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { EXAMPLES, exampleInput, renderExample } from '../support/render.js';

const ORDERS = ['crisis-response-policy', 'custody-transport-policy', 'dispatch-protocol'];
const COMPLETE = Object.keys(STATE_LAW_FILES).sort();

/** A state's own words in the drafts: its statute, its term of art and every step citation. */
function ownWordsOf(state: string): string[] {
  const file = stateLawFileOf(state)!;
  const citations = Object.values(file.facts).map((f) => f.citation);
  return [file.terms.statute, file.terms.detention, ...citations];
}

const withState = (state: string) => (a: AnswersInput) => {
  a.jurisdiction!.state = state as never;
  a.disposition!.state_hold = null;
};

describe('orders drafted for each state with verified law', () => {
  for (const example of EXAMPLES) {
    for (const state of COMPLETE) {
      it(`should state ${state}'s standard and duties, and no other state's, in ${example}`, async () => {
        const { markdown } = await renderExample(example, withState(state), ORDERS);
        const others = COMPLETE.filter((s) => s !== state);
        // Words the example's own answers contain (a CAD code "5150") are the user's, not ours.
        const answersText = readFileSync(`examples/${example}.yaml`, 'utf8');
        const foreign = [
          ...stateLawFileOf(state)!.terms.not_used,
          ...others.flatMap((s) => ownWordsOf(s).filter((w) => !ownWordsOf(state).includes(w))),
        ].filter((w) => !answersText.includes(w));
        const custody = markdown.get('custody-transport-policy')!;
        for (const key of CUSTODY_KEYS) {
          const fact = stateLawFileOf(state)!.facts[key];
          if (fact) expect.soft(custody).toContain(fact.citation);
        }
        expect(custody).toContain(`checked December 1, 2026`);
        for (const id of ORDERS) {
          const text = markdown.get(id)!;
          expect(text).toContain(stateLawFileOf(state)!.terms.detention);
          for (const word of foreign) expect.soft(text, `${id} uses \`${word}\``).not.toContain(word);
        }
      });
    }
  }
});

describe('orders drafted for a state without verified law', () => {
  for (const state of ['PA', 'AL']) {
    it(`should show blanks for counsel for ${state}, and none of a complete state's text`, async () => {
      const { markdown, packet } = await renderExample('tri-county-cit-consortium', withState(state), ORDERS);
      const custody = markdown.get('custody-transport-policy')!;
      expect(custody).toContain('STATE DETENTION PROCEDURE');
      expect(markdown.get('crisis-response-policy')).toContain(
        'STATE DETENTION STANDARD AND OFFICER DUTIES ON SCENE',
      );
      expect(markdown.get('dispatch-protocol')).toContain('STATE DETENTION STANDARD FOR CALL-TAKERS');
      const labels = packet.documents.flatMap((d) => d.openItems.map((o) => o.label));
      expect(labels.some((l) => l.startsWith('STATE DETENTION PROCEDURE'))).toBe(true);
      for (const other of COMPLETE) {
        for (const word of ownWordsOf(other)) {
          for (const id of ORDERS)
            expect.soft(markdown.get(id), `${id} uses \`${word}\``).not.toContain(word);
        }
      }
    });
  }

  it('should show a blank for a fact a complete state leaves unverified', async () => {
    const { packet } = await renderExample('tri-county-cit-consortium', withState('TX'), [
      'custody-transport-policy',
    ]);
    const labels = packet.documents[0]!.openItems.map((o) => o.label);
    expect(labels).toContain('TIME AT THE FACILITY UNDER TEXAS LAW');
    // The standard a 2025 act rewrote is a blank until counsel reads the enacted text.
    expect(labels).toContain('THE STANDARD UNDER TEXAS LAW');
    expect(labels).not.toContain('WHO MAY INITIATE UNDER TEXAS LAW');
  });

  for (const state of COMPLETE) {
    it(`should show every custody step ${state} leaves unverified as a blank, and no text for it`, async () => {
      const { packet, markdown } = await renderExample('riverbend-city', withState(state), [
        'custody-transport-policy',
      ]);
      const labels = packet.documents[0]!.openItems.map((o) => o.label);
      const custody = markdown.get('custody-transport-policy')!;
      const steps = stateLawOf(state, '2026-12-02').custodySteps;
      for (const step of steps.filter((s) => !s.known)) expect.soft(labels, state).toContain(step.blank);
      for (const step of steps.filter((s) => s.known)) expect.soft(labels, state).not.toContain(step.blank);
      expect(custody).toContain(`${steps.find((s) => !s.known)?.blank ?? ''}`);
    });
  }
});

describe('the review date of a state file', () => {
  const render = async (epoch: string) => {
    const input = structuredClone(exampleInput('tri-county-cit-consortium'));
    const answers = answersSchema.parse(input);
    return renderPacket(answers, { only: ORDERS, sourceDateEpoch: epoch });
  };

  it('should warn and add an open item to each order when a draft is dated after it', async () => {
    const after = String(Date.UTC(2027, 6, 1) / 1000); // 2027-07-01, after TX review_by 2027-06-01
    const packet = await render(after);
    expect(packet.warnings.map((w) => w.message).join('\n')).toContain(
      'due for re-verification by 2027-06-01',
    );
    for (const d of packet.documents.filter((d) => d.template.meta.id !== 'dispatch-protocol')) {
      expect(d.openItems.map((o) => o.label)).toContain('STATE LAW TO BE RE-VERIFIED (REVIEW DATE PASSED)');
      expect(markdownOf(d.document)).toContain('was to be checked again by June 1, 2027');
    }
  });

  it('should neither warn nor add the item before it', async () => {
    const packet = await render(String(Date.UTC(2027, 0, 15) / 1000));
    expect(packet.warnings.map((w) => w.message).join('\n')).not.toContain('re-verification');
    for (const d of packet.documents) {
      expect(d.openItems.map((o) => o.label)).not.toContain(
        'STATE LAW TO BE RE-VERIFIED (REVIEW DATE PASSED)',
      );
    }
  });
});
