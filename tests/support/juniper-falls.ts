import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { renderPacket } from '../../src/build.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';

/**
 * The Juniper Falls County answers of the counsel cold read (docs/reviews/): the Sheriff's Office
 * runs 911, the County's Behavioral Health Department is a hybrid entity's health care component
 * and a Part 2 program, and a private 988 line signs only the ISA.
 */
export function juniperFalls(): AnswersInput {
  const url = new URL('../../docs/reviews/2026-12-02-juniper-falls-county.yaml', import.meta.url);
  return parseDocument(readFileSync(url, 'utf8')).toJS() as AnswersInput;
}

/** One document of a packet built from these answers, as Markdown. */
export async function markdownDraft(input: AnswersInput, id: string): Promise<string> {
  const packet = await renderPacket(answersSchema.parse(input), { only: [id], sourceDateEpoch: undefined });
  return markdownOf(packet.documents.find((d) => d.template.meta.id === id)!.document);
}
