import { describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { renderPacket } from '../../src/build.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { exampleInput } from '../support/render.js';

async function notice(mutate: (input: AnswersInput) => void, sourceDateEpoch?: string) {
  const input = structuredClone(exampleInput('riverbend-city'));
  mutate(input);
  const packet = await renderPacket(answersSchema.parse(input), {
    only: ['consent-to-release'],
    sourceDateEpoch,
  });
  // A form's notice is on its counsel sheet, a file of its own; the form a person signs has none.
  const { document, counselSheet } = packet.documents[0]!;
  expect(markdownOf(document)).not.toContain('DRAFT FOR REVIEW');
  const md = markdownOf(counselSheet!);
  return md.split('\n').find((line) => line.includes('DRAFT FOR REVIEW')) ?? '';
}

describe('the draft notice says what its date is', () => {
  it('names the revision that dates the draft, and never says "generated on"', async () => {
    const line = await notice((a) => {
      a.revisions = [{ version: '2026.2', date: '2026-12-15', summary: 'Second draft' }];
    });
    expect(line).toContain(
      'This draft is dated December 15, 2026 (the date of revision 2026.2 in the answers file).',
    );
    expect(line).not.toMatch(/generated/);
  });

  it('names the effective date when there is no revision', async () => {
    const line = await notice((a) => {
      a.revisions = [];
      a.agreement = { ...a.agreement, effective_date: '2027-01-01' };
    });
    expect(line).toContain('This draft is dated January 1, 2027 (the effective date in the answers file).');
  });

  it('says the draft is not dated yet when nothing dates it', async () => {
    const line = await notice((a) => {
      a.revisions = [];
      a.agreement = { ...a.agreement, effective_date: null };
    });
    expect(line).toContain(
      'This draft is not dated yet (the answers file gives no revision or effective date).',
    );
  });

  it('names SOURCE_DATE_EPOCH when it sets the date', async () => {
    const line = await notice((a) => {
      a.revisions = [];
    }, '1780000000');
    expect(line).toMatch(
      /This draft is dated [A-Z][a-z]+ \d+, 2026 \(the date SOURCE\\_DATE\\_EPOCH sets for this build\)\./,
    );
  });
});
