import type { Block, Document, DocumentMeta } from '../ast/types.js';
import { longDate } from '../templating/helpers/words.js';
import { openItemsBlocks, type OpenItem } from './open-items.js';

/** The id of a form's sheet for counsel: `consent-to-release-counsel-sheet`. */
export function counselSheetId(formId: string): string {
  return `${formId}-counsel-sheet`;
}

/** A template's drafts: the document, and for a form the separate sheet for counsel. */
export interface AssembledDrafts {
  document: Document;
  /** A form's draft notice, drafter's notes and open items, in a file of their own; null for other kinds. */
  counselSheet: Document | null;
}

/**
 * Wraps a template's blocks into a draft: the draft notice under the title (DOMAIN drafting
 * conventions: every document opens with one) and the Open Items list at the end. A form is
 * handed to the person who signs it: its notice, drafter's notes and open items go into a second
 * document, the sheet for counsel, so the form's file (and its page numbers) is the form alone.
 */
export function assembleDrafts(
  meta: DocumentMeta,
  body: Block[],
  openItems: readonly OpenItem[],
): AssembledDrafts {
  const titleIndex = body.findIndex((b) => b.type === 'heading' && b.level === 1);
  const before = body.slice(0, titleIndex + 1);
  const after = body.slice(titleIndex + 1);
  const notice = draftNotice(meta, openItems.length);
  if (meta.kind === 'form') {
    const notes: Block[] = [];
    const form = withoutNotes(after, notes);
    return {
      document: { meta, blocks: [...before, ...form] },
      counselSheet: counselSheet(meta, [notice, ...notes], openItems),
    };
  }
  return {
    document: { meta, blocks: [...before, notice, ...after, ...openItemsBlocks(openItems)] },
    counselSheet: null,
  };
}

/** A draft of a kind that is one file (a report, a portfolio summary): see assembleDrafts. */
export function assembleDocument(
  meta: DocumentMeta,
  body: Block[],
  openItems: readonly OpenItem[],
): Document {
  if (meta.kind === 'form')
    throw new Error('a form is two files (the form and its counsel sheet): use assembleDrafts');
  return assembleDrafts(meta, body, openItems).document;
}

/** The sheet's title and the line under it, in the form's language. */
const COUNSEL_SHEET: Record<string, { title: string; apart: (form: string) => string }> = {
  en: {
    title: 'For Counsel and Staff',
    apart: (form) =>
      `Not part of “${form}”. It is for counsel and staff only: it is never handed out, signed or sent with the form.`,
  },
  es: {
    title: 'para el abogado y el personal',
    apart: (form) =>
      `No es parte de “${form}”. Es solo para el abogado y el personal: nunca se entrega, se firma ni se envía con el formulario.`,
  },
};

function counselSheet(meta: DocumentMeta, notes: Block[], openItems: readonly OpenItem[]): Document {
  const words = COUNSEL_SHEET[meta.language] ?? COUNSEL_SHEET.en!;
  const title = `${meta.title}: ${words.title}`;
  const sheetMeta: DocumentMeta = {
    ...meta,
    id: counselSheetId(meta.id),
    title,
    shortTitle: `${meta.shortTitle ?? meta.title}: ${words.title}`,
  };
  return {
    meta: sheetMeta,
    blocks: [
      { type: 'heading', level: 1, content: [{ type: 'text', value: title }] },
      {
        type: 'paragraph',
        content: [{ type: 'emphasis', content: [{ type: 'text', value: words.apart(meta.title) }] }],
      },
      ...notes,
      ...openItemsBlocks(openItems),
    ],
  };
}

/** `blocks` without their drafter's notes, at any depth; the notes are pushed onto `notes`. */
function withoutNotes(blocks: readonly Block[], notes: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type === 'drafterNote') notes.push(b);
    else if (b.type === 'clause') out.push({ ...b, children: withoutNotes(b.children, notes) });
    else if (b.type === 'list') out.push({ ...b, items: b.items.map((item) => withoutNotes(item, notes)) });
    else out.push(b);
  }
  return out;
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
