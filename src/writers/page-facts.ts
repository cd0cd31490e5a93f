import type { Block, Document, SignatureBlock, Table } from '../ast/types.js';
import { keepsTableWhole } from './keep-table.js';
import { nodeAtPath } from './layout-path.js';
import type { Layout } from './pdf/layout-types.js';
import { signaturePageFollowsPath } from './pdf/structure.js';

/**
 * What Word takes from the PDF's pages, since it cannot know its own page breaks. Plain data:
 * the PDF writer hands it over (from a thread to another) so the layout is not made twice.
 */
export interface PageFacts {
  /** Each "[Signature page to …]" caption, by the index of the signature block ending its page. */
  captions: [number, string][];
  /** The layout paths of the short tables the PDF breaks between rows. */
  splitTables: string[];
  /**
   * The layout paths of the blocks the PDF moves to the top of a page although the page before
   * had room for their first lines (paginate: a short last page filled, an authority list joined
   * whole above the signatures): Word starts each on a new page too.
   */
  movedPageStarts: string[];
}

/** A table the PDF keeps whole, unless that would leave a page nearly empty (paginate's soft keep). */
const isShortTable = (block: Block): boolean =>
  (block.type === 'table' && keepsTableWhole(block) && !block.chart) ||
  (block.type === 'clause' && block.children.some(isShortTable)) ||
  (block.type === 'notice' && block.content.some(isShortTable)) ||
  (block.type === 'list' && block.items.some((item) => item.some(isShortTable)));

/**
 * The page facts of a document from its PDF layout. `layout` is called only when the document
 * has a signature block or a short table: other documents need no layout for Word.
 */
export function pageFactsOf(doc: Document, layout: () => Layout): PageFacts {
  const signatures = doc.blocks.some((block) => block.type === 'signatureBlock');
  const shortTables = doc.blocks.some(isShortTable);
  if (!signatures && !shortTables) return { captions: [], splitTables: [], movedPageStarts: [] };
  const { pages, movedPageStarts } = layout();
  return {
    captions: signatures ? captionsOf(doc, pages) : [],
    splitTables: shortTables ? splitTablesOf(doc, pages) : [],
    // Not in a form, whose page counts Word matches on its own (and whose signatures are kept whole).
    movedPageStarts: doc.meta.kind === 'form' ? [] : movedPageStarts,
  };
}

function captionsOf(doc: Document, pages: Layout['pages']): [number, string][] {
  const captions: [number, string][] = [];
  for (const page of pages) {
    const caption = page.lines
      .filter((line) => line.path === signaturePageFollowsPath)
      .map((line) => line.runs.map((run) => run.text).join(''))
      .find((text) => text.startsWith('[Signature page to '));
    if (caption === undefined) continue;
    const last = page.lines
      .map((line) => /^blocks\[(\d+)\]\.parties\[/.exec(line.path)?.[1])
      .filter((index) => index !== undefined)
      .at(-1);
    if (last !== undefined && doc.blocks[Number(last)]?.type === 'signatureBlock')
      captions.push([Number(last), caption]);
  }
  return captions;
}

function splitTablesOf(doc: Document, pages: Layout['pages']): string[] {
  const onPages = new Map<string, Set<number>>();
  pages.forEach((page, index) => {
    for (const line of page.lines) {
      const table = line.artifact ? undefined : /^(.*)\.rows\[\d+\]\[\d+\]$/.exec(line.path)?.[1];
      if (table !== undefined) onPages.set(table, (onPages.get(table) ?? new Set()).add(index));
    }
  });
  return [...onPages]
    .filter(([path, on]) => {
      const block = nodeAtPath(doc, path) as Block | undefined;
      return on.size > 1 && block?.type === 'table' && keepsTableWhole(block);
    })
    .map(([path]) => path);
}

/** The signature blocks whose page the PDF captions, with the caption (for the Word writer). */
export function captionsByBlock(doc: Document, facts: PageFacts): Map<SignatureBlock, string> {
  return new Map(facts.captions.map(([index, caption]) => [doc.blocks[index] as SignatureBlock, caption]));
}

/** The tables the PDF breaks between rows, as nodes of the document (for the Word writer). */
export function splitTableNodes(doc: Document, facts: PageFacts): Set<Table> {
  return new Set(facts.splitTables.map((path) => nodeAtPath(doc, path) as Table));
}

/**
 * The blocks the PDF starts a page with early, as nodes of the document (for the Word writer):
 * only paragraphs, clauses and headings, whose first paragraph Word can break before.
 */
export function movedStartNodes(doc: Document, facts: PageFacts): Set<Block> {
  const nodes = facts.movedPageStarts.map((path) => nodeAtPath(doc, path) as Block | undefined);
  return new Set(
    nodes.filter((b): b is Block => b?.type === 'clause' || b?.type === 'heading' || b?.type === 'paragraph'),
  );
}
