import type { Block, Document, DocumentMeta } from '../ast/types.js';
import { longDate } from '../templating/helpers/words.js';
import { openItemsBlocks, type OpenItem } from './open-items.js';

/**
 * Wraps a template's blocks into a draft: the draft notice under the title (DOMAIN drafting
 * conventions: every document opens with one) and the Open Items list at the end.
 */
export function assembleDocument(
  meta: DocumentMeta,
  body: Block[],
  openItems: readonly OpenItem[],
): Document {
  const titleIndex = body.findIndex((b) => b.type === 'heading' && b.level === 1);
  const before = body.slice(0, titleIndex + 1);
  const after = body.slice(titleIndex + 1);
  return {
    meta,
    blocks: [...before, draftNotice(meta, openItems.length), ...after, ...openItemsBlocks(openItems)],
  };
}

/** Who reviews a draft before it takes effect depends on what kind of document it is. */
const REVIEW: Record<string, string> = {
  agreement:
    'It is a starting point for discussion among the parties, not legal advice, and each party’s counsel should review it before signature.',
  policy:
    'It is a starting point for the agency, not legal advice; the agency’s counsel and command staff should review it before the order is issued.',
  plan: 'It is a starting point for the program’s partners, not legal advice, and should be reviewed by the steering committee before it is adopted.',
  form: 'It is a starting point, not legal advice; each party’s counsel should review the form before anyone is asked to sign it.',
  overview: 'It summarizes the drafts of this packet; it is not legal advice.',
  portfolio:
    'It summarizes the packets of several sites for whoever supports them (a technical-assistance provider, a state agency); it is not legal advice, and each site’s own drafts say what its counsel must review.',
  report:
    'It is a planning aid for the program’s steering committee, built from the program’s own ratings; it is not legal advice and not an evaluation of the program’s results.',
};

function draftNotice(meta: DocumentMeta, openCount: number): Block {
  // The date is the draft's (a revision's, or the effective date), not the day it was built.
  const dated = meta.generatedOn
    ? `This draft is dated ${longDate(meta.generatedOn)}${meta.dateOrigin ? ` (${meta.dateOrigin})` : ''}.`
    : 'This draft is not dated yet (the answers file gives no revision or effective date).';
  const open =
    openCount > 0
      ? ` It leaves ${openCount} ${openCount === 1 ? 'fact' : 'facts'} open, shown as bracketed blanks and listed under Open Items at the end.`
      : '';
  return {
    type: 'notice',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'strong', content: [{ type: 'text', value: 'DRAFT FOR REVIEW.' }] },
          {
            type: 'text',
            value: ` ${dated} pmhc-docs drafted it from ${meta.kind === 'portfolio' ? 'the answers files of the sites it lists' : 'the program’s answers file'}, using template ${meta.id} version ${meta.templateVersion}. ${REVIEW[meta.kind] ?? REVIEW.agreement}${open}`,
          },
        ],
      },
    ],
  };
}
