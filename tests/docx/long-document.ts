import type { Block, Document, Inline } from '../../src/ast/types.js';
import { sampleDocument } from '../fixtures/sample-document.js';

const t = (value: string): Inline => ({ type: 'text', value });
const sentence =
  'The Parties shall share only the minimum information necessary for the purpose of the response, ' +
  'consistent with 45 CFR 164.512 and applicable state law, and shall document each disclosure. ';

/** A document of about twelve Letter pages (thirteen sections of clauses, lists and tables). */
export function longDocument(): Document {
  const base = sampleDocument();
  const blocks: Block[] = [...base.blocks.slice(0, 4)];
  for (let s = 1; s <= 13; s++) {
    blocks.push({
      type: 'clause',
      level: 1,
      number: `${s}`,
      content: [t(`Section heading ${s}`)],
      children: [],
    });
    for (let c = 1; c <= 5; c++) {
      blocks.push({
        type: 'clause',
        level: 2,
        number: `${s}.${c}`,
        content: [t(sentence.repeat(2)), { type: 'blank', label: 'RETENTION PERIOD' }, t('.')],
        children: [],
      });
    }
    blocks.push({
      type: 'clause',
      level: 3,
      number: `${s}.5.1`,
      content: [t(sentence)],
      children: [
        {
          type: 'list',
          ordered: true,
          items: [
            [{ type: 'paragraph', content: [t(sentence)] }],
            [{ type: 'paragraph', content: [t(sentence)] }],
          ],
        },
      ],
    });
    if (s % 4 === 0)
      blocks.push(...base.blocks.filter((b) => b.type === 'table' || b.type === 'drafterNote'));
  }
  blocks.push(...base.blocks.filter((b) => b.type === 'signatureBlock'));
  return { meta: base.meta, blocks };
}
