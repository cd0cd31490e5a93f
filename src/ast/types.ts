/**
 * The Document AST: the hub between templates and writers (pandoc-types style).
 * It imports nothing from the rest of `src/`; every writer handles every node type.
 */

/** A whole document: its metadata and its blocks, in reading order. */
export interface Document {
  meta: DocumentMeta;
  blocks: Block[];
}

/** Facts about a document that writers put in headers, footers and file properties. */
export interface DocumentMeta {
  /** Template id, e.g. `co-responder-mou`. */
  id: string;
  /** Title shown on the first page, and in the running header when there is no short title. */
  title: string;
  /** The template's short title for the running header and signature-page captions. */
  shortTitle?: string;
  /** agreement | policy | plan | form | overview. */
  kind: string;
  /** Template version, e.g. `1.0.0`, shown in the header. */
  templateVersion: string;
  /** Subject line for file properties, e.g. the jurisdiction and program. */
  subject: string;
  /** Author for file properties: the lead agency. */
  author: string;
  /** Keywords for file properties. */
  keywords: string[];
  /** ISO date (YYYY-MM-DD) the draft is dated; from SOURCE_DATE_EPOCH or the answers; null if undated. */
  generatedOn: string | null;
  /** ISO date stamped into file metadata (creation and modification). */
  timestamp: string;
  /** BCP 47 language tag of the text. */
  language: string;
  /** Where the draft's date comes from, in words ("the date of revision 2026.1 in the answers file"). */
  dateOrigin?: string;
  /** Document revision label (e.g. `2026.1`) from the answers' revision list, or null. */
  revision: string | null;
  /** Body type size (pt) where the law sets a minimum, e.g. 14 for a California authorization; else the writer's own. */
  bodySize?: number;
}

/** Block-level content. */
export type Block =
  Heading | Clause | Paragraph | List | Table | SignatureBlock | DrafterNote | Notice | PageBreak;

/** An unnumbered heading (the title is level 1; appendices and schedules use 2 and 3). */
export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3;
  content: Inline[];
}

/**
 * A numbered clause. Level 1 is a section heading ("7. Confidentiality"); levels 2 and 3 are
 * numbered paragraphs ("7.2", "7.2.1"). `number` is the computed label, without a trailing dot.
 */
export interface Clause {
  type: 'clause';
  level: 1 | 2 | 3;
  number: string;
  content: Inline[];
  /** Blocks that belong to this clause: continuation paragraphs, lists, tables, notes. */
  children: Block[];
  /**
   * The id negotiated text was adopted under (src/adopt/clause-slots.ts), set on a clause that
   * holds it: the parties' text may drop the lead-in the id was built from.
   */
  key?: string;
}

/** A paragraph of running text. */
export interface Paragraph {
  type: 'paragraph';
  content: Inline[];
}

/** A bulleted or numbered list; each item is a list of blocks. */
export interface List {
  type: 'list';
  ordered: boolean;
  /** Set on a list of choices to tick (a form's "☐ item" lines): the box is the marker, and a long item hangs under its text. */
  checkbox?: true;
  items: Block[][];
}

/** A table with one header row; each cell is inline content. */
export interface Table {
  type: 'table';
  header: Inline[][];
  rows: Inline[][][];
  /** Set when the table is also a bar chart: writers that can draw bars add them to its cells. */
  chart?: TableChart;
}

/**
 * A bar chart carried by a table, so that the numbers stay as text for every reader: the last
 * column holds each row's value as a percentage (0-100), drawn as a bar; with `compare`, the
 * column before it holds an earlier value, drawn as a thinner bar above it.
 */
export interface TableChart {
  values: number[];
  /** Earlier values, one per row (null where there was none), when the chart compares two dates. */
  previous: (number | null)[] | null;
}

/** One signing party: the organization and the person who signs for it. */
export interface Signatory {
  organization: Inline[];
  name: Inline[];
  title: Inline[];
}

/** A block of signature lines, one per party, kept together on a page. */
export interface SignatureBlock {
  type: 'signatureBlock';
  parties: Signatory[];
}

/** A note from the drafting tool to the parties (a shaded paragraph in both writers). */
export interface DrafterNote {
  type: 'drafterNote';
  content: Inline[];
}

/** A boxed notice, such as the draft notice at the top of every document. */
export interface Notice {
  type: 'notice';
  content: Block[];
}

/** A forced page break. */
export interface PageBreak {
  type: 'pageBreak';
}

/** Inline content. */
export type Inline = Text | Strong | Emphasis | DefinedTerm | Blank | LineBreak | Anchor | CrossReference;

/** Plain text, exactly as it should appear. */
export interface Text {
  type: 'text';
  value: string;
}

/** Bold text. */
export interface Strong {
  type: 'strong';
  content: Inline[];
}

/** Italic text. */
export interface Emphasis {
  type: 'emphasis';
  content: Inline[];
}

/** A defined term: `defining` is true where the term is defined, false where it is used. */
export interface DefinedTerm {
  type: 'definedTerm';
  term: string;
  defining: boolean;
}

/** A visible blank for a fact the answers leave open, e.g. `[RETENTION PERIOD]`. */
export interface Blank {
  type: 'blank';
  label: string;
}

/** The target of cross-references: it labels the clause it sits in (a bookmark in Word). */
export interface Anchor {
  type: 'anchor';
  label: string;
}

/** A reference to a labelled clause; `number` is that clause's number, resolved at build time. */
export interface CrossReference {
  type: 'crossReference';
  label: string;
  number: string;
}

/** A hard line break inside a paragraph. */
export interface LineBreak {
  type: 'lineBreak';
}

export type BlockType = Block['type'];
export type InlineType = Inline['type'];
