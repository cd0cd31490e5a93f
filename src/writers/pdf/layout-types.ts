/** The output of layout: pages of positioned runs, in points, y measured down from the page top. */

export type Rgb = readonly [number, number, number];

/** Text set in one font; `wordSpace` is the extra width justification adds after each space. */
export interface TextRun {
  kind: 'text';
  x: number;
  text: string;
  font: string;
  size: number;
  width: number;
  wordSpace: number;
  color?: Rgb;
  /** A clause number or bullet (tagged Lbl), or a hyphen added at a line break (an artifact). */
  role?: 'label' | 'hyphen' | 'draft';
  /** The run is (part of) a link: its target (`#label`, `mailto:…`, `https://…`) and which link of the line's text it is. */
  link?: RunLink;
}

/** One link of a paragraph; a link broken over two lines is one link in two runs. */
export interface RunLink {
  target: string;
  /** The link's segment in its paragraph, which tells two links to the same target apart. */
  id: number;
}

/** A character no font can draw, painted as a visible box. */
export interface MissingRun {
  kind: 'missing';
  x: number;
  text: string;
  size: number;
  width: number;
}

export type Run = TextRun | MissingRun;

/** One line of text and the AST node path it came from (`blocks[3].content`, `header`...). */
export interface Line {
  path: string;
  /** Baseline. */
  y: number;
  runs: Run[];
  /** Counted by the margin line numbers. */
  numbered: boolean;
  /** A repeat of content tagged elsewhere (a table's header row on a later page). */
  artifact?: boolean;
}

/** A filled and/or stroked rectangle; `y` is its top edge. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: Rgb;
  stroke?: Rgb;
  lineWidth?: number;
}

/** A place bookmarks point to. */
export interface Anchor {
  path: string;
  title: string;
  /** Outline depth, 1 = top. */
  level: number;
  page: number;
  y: number;
}

export interface Page {
  lines: Line[];
  rects: Rect[];
}

export interface Layout {
  width: number;
  height: number;
  pages: Page[];
  anchors: Anchor[];
  warnings: string[];
  /**
   * Layout paths of the blocks (`blocks[24]`) whose first line opens a page that pagination
   * chose to start early: Word starts the same block on a new page.
   */
  movedPageStarts: string[];
}

/** A shaded frame around consecutive flow items (notices, drafter's notes). */
export interface BoxSpec {
  x: number;
  width: number;
  fill: Rgb;
  stroke?: Rgb;
  /** A thicker bar down the left edge. */
  bar?: Rgb;
}

/**
 * An unbreakable slice of the flow (a line, a table row, a signature row, a gap), with
 * coordinates relative to its own top-left at the body's left margin.
 */
export interface FlowItem {
  height: number;
  lines: Line[];
  rects: Rect[];
  /** No page break may fall right after this item. */
  keepWithNext: boolean;
  /**
   * The keep with the next is soft (a row of a short table kept whole): a page may still end
   * here when honouring it would leave the page nearly empty.
   */
  softKeep?: boolean;
  /** Vertical space, dropped at the top of a page. */
  discardable?: boolean;
  /** No page break may fall right before this item either (a table stays with its lead-in line). */
  keepWithPrevious?: boolean;
  pageBreak?: boolean;
  /** Repeated at the top of a page that this item starts (a table's header row). */
  repeatHeader?: FlowItem;
  /** This item is such a repeat. */
  repeated?: boolean;
  box?: BoxSpec;
  /** A row of signature blocks. */
  signatures?: boolean;
  /**
   * Paginate moved this item, which opens a page, off the page before although it fitted there
   * (a short last page filled, an authority list joined whole): Word follows with a page break.
   */
  movedToPageTop?: boolean;
  anchor?: { path: string; title: string; level: number };
}
