import type { FileChild } from 'docx';
import type { Block, Clause, DocumentMeta, SignatureBlock, Table } from '../../ast/types.js';

/** What a block handler knows about where it is, and where it leaves what it collects. */
export interface RenderContext {
  meta: DocumentMeta;
  /** Left indent (twips) of body text here: a clause's children line up with its text. */
  indent: number;
  /** Paragraph style for plain paragraphs here (the notice box restyles its paragraphs). */
  paragraphStyle: string;
  /**
   * The last paragraph this block renders introduces a table, so it keeps with it (keepNext)
   * rather than stay alone at the foot of a page. renderBlocks sets it for every block.
   */
  keepWithNext: boolean;
  /** Top-level blocks kept on one page (a form's signature section): each keeps with the next. */
  keptTogether: ReadonlySet<Block>;
  /** This block is in such a run: its paragraphs keep their lines, and each with the next. */
  keepTogether: boolean;
  /** How deep in nested lists this is; 0 outside any list. */
  listDepth: number;
  /** Width (twips) between the margins, for tables and tab stops. */
  textWidth: number;
  /** The PDF's "[Signature page to …]" captions, by the signature block Word prints each under. */
  signatureCaptions: Map<SignatureBlock, string>;
  /** Short tables the PDF breaks between rows rather than leave a page nearly empty: Word lets them break too. */
  splitTables: ReadonlySet<Table>;
  /** Each numbered clause's bookmark, named from its stable id (clause-bookmarks.ts). */
  clauseBookmarks: ReadonlyMap<Clause, string>;
  /** Blocks that open a page the PDF started early (a list joined whole above the signatures). */
  breakBefore: ReadonlySet<Block>;
  /** This block is one of them: its first paragraph starts a new page (pageBreakBefore). */
  pageBreakBefore: boolean;
  /** Word's clause counters at levels 1..3 so far, to check each clause's AST number against. */
  clauseCounters: number[];
  /** Counter for ordered-list numbering instances, so that each list restarts at (a). */
  orderedLists: { count: number };
  /** Messages for the person who reads the draft, e.g. a character XML cannot hold. */
  warnings: string[];
  /** Renders child blocks; passed in so handlers need not import the dispatcher. */
  render: (blocks: Block[], ctx: RenderContext) => FileChild[];
}
