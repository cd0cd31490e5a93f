import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { renderPacket } from '../../src/build.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { exampleInput } from '../support/render.js';

// Counsel cold read, Juniper Falls County (docs/reviews/2026-12-02-juniper-falls-counsel.md, ISA-3):
// a tort claims act clause cannot govern a private nonprofit's liability, so where a signer is not
// known to be a public body the clause names the public Parties only and indemnity runs both ways.
async function isaOf(input: AnswersInput): Promise<string> {
  const id = 'information-sharing-agreement';
  const packet = await renderPacket(answersSchema.parse(input), { only: [id], sourceDateEpoch: undefined });
  return markdownOf(packet.documents.find((d) => d.template.meta.id === id)!.document);
}

function juniperFalls(): AnswersInput {
  const url = new URL('../../docs/reviews/2026-12-02-juniper-falls-county.yaml', import.meta.url);
  return parseDocument(readFileSync(url, 'utf8')).toJS() as AnswersInput;
}

describe('liability under a tort claims act when a signer may not be a public body', () => {
  it('limits the act to the County and makes indemnity run both ways with the nonprofit crisis line', async () => {
    const text = await isaOf(juniperFalls());
    expect(text).toContain(
      '**Tort claims act.** The liability of Juniper Falls County for the acts and omissions of its officers',
    );
    expect(text).toContain('**Indemnification both ways.**');
    expect(text).toContain('High Desert Crisis Line may not be a public body');
    expect(text).not.toContain('no Party shall be required to defend or indemnify another');
  });

  it('keeps the plain tort claims act clause when every signer is a public body', async () => {
    const input = exampleInput('riverbend-city');
    input.agreement!.liability = 'tort-claims-act';
    const text = await isaOf(input);
    expect(text).toContain('**Tort claims act.** The liability of each Party');
    expect(text).toContain('no Party shall be required to defend or indemnify another');
    expect(text).not.toContain('**Indemnification both ways.**');
  });

  it('leaves the clause out, never naming no one, when no signer is known to be a public body', async () => {
    const input = juniperFalls();
    // A tribal police department (its public status is the tribe's to say) and a County unit
    // marked not public: no signer of the ISA is known to be a public body.
    input.lead_agency!.type = 'tribal';
    input.partners![0]!.public_entity = false;
    const parsed = answersSchema.parse(input);
    const text = await isaOf(input);
    expect(parsed.agreement.liability).toBe('tort-claims-act');
    expect(text).not.toMatch(/The liability of\s+for/);
    expect(text).not.toContain('**Tort claims act.**');
    expect(text).toContain('**Indemnification both ways.**');
    expect(text).toContain(
      'This draft therefore has no tort claims act clause, although the answers choose one, because no Party is known to be a public body',
    );
  });
});
