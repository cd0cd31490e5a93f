import MarkdownIt from 'markdown-it';
import type { Block, Inline, Signatory, Table } from './types.js';
import { plainText } from './plain-text.js';
import { bracketsPlugin } from './markdown-it-brackets.js';
import { inlinesOf } from './inlines-of.js';
import { buildTree, type TokenNode } from './token-tree.js';

const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
// Smart quotes yes; "(c)" -> "©" no: legal text cites "45 CFR 164.506(c)".
md.disable('replacements');
bracketsPlugin(md);

/** Where a Markdown problem is, in the rendered Markdown (1-based line). */
export class MarkdownShapeError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * Parses template Markdown into Document blocks: `##` sections become numbered clauses, ordered
 * lists inside them become subclauses (1.1, 1.1.1), and the dialect's directives become legal nodes.
 */
export function blocksFromMarkdown(markdown: string): Block[] {
  const tree = buildTree(md.parse(markdown, {}));
  const out: Block[] = [];
  const counter = { section: 0, inSection: false };
  for (let i = 0; i < tree.length; i++) {
    const node = tree[i]!;
    const next = tree[i + 1];
    if (isDirective(node, 'signatures')) {
      if (!next || next.token.type !== 'table_open') {
        throw new MarkdownShapeError(
          '`[[:signatures]]` must be followed by a table `Organization | Name | Title`',
          lineOf(node),
        );
      }
      out.push({ type: 'signatureBlock', parties: signatoriesOf(next) });
      i++;
      continue;
    }
    const chart = isDirective(node, 'chart')
      ? 'chart'
      : isDirective(node, 'chart-compare')
        ? 'compare'
        : null;
    if (chart) {
      if (!next || next.token.type !== 'table_open') {
        throw new MarkdownShapeError(
          `\`[[:${directiveName(node)}]]\` must be followed by a table`,
          lineOf(node),
        );
      }
      out.push(chartTableOf(next, chart === 'compare'));
      i++;
      continue;
    }
    out.push(...convertTop(node, counter));
  }
  return out;
}

function convertTop(node: TokenNode, counter: { section: number; inSection: boolean }): Block[] {
  if (node.token.type === 'heading_open') {
    const level = Number(node.token.tag.slice(1));
    const content = inlinesOf(node.children[0]!.token);
    const unnumbered = stripUnnumberedMark(content);
    if (level === 2 && !unnumbered) {
      counter.section++;
      counter.inSection = true;
      return [{ type: 'clause', level: 1, number: String(counter.section), content, children: [] }];
    }
    if (level === 2) counter.inSection = false;
    return [{ type: 'heading', level: level === 1 ? 1 : level === 2 ? 2 : 3, content }];
  }
  if (node.token.type === 'ordered_list_open' && counter.inSection) {
    return clausesOf(node, String(counter.section), 2, startOf(node));
  }
  return convertBlock(node);
}

/** The numbered subclauses of an ordered list at `level`, numbered under `prefix`. */
function clausesOf(list: TokenNode, prefix: string, level: 2 | 3, start: number): Block[] {
  const out: Block[] = [];
  list.children.forEach((item, index) => {
    const number = `${prefix}.${start + index}`;
    const [first, ...rest] = item.children;
    const content = first && first.token.type === 'paragraph_open' ? inlinesOf(first.children[0]!.token) : [];
    const body = first && first.token.type === 'paragraph_open' ? rest : item.children;
    const children: Block[] = [];
    const nested: Block[] = [];
    for (const child of body) {
      if (child.token.type === 'ordered_list_open' && level === 2)
        nested.push(...clausesOf(child, number, 3, startOf(child)));
      else children.push(...convertBlock(child));
    }
    out.push({ type: 'clause', level, number, content, children }, ...nested);
  });
  return out;
}

function convertBlock(node: TokenNode): Block[] {
  switch (node.token.type) {
    case 'paragraph_open':
      if (isDirective(node, 'pagebreak')) return [{ type: 'pageBreak' }];
      if (directiveName(node))
        throw new MarkdownShapeError(
          `unknown or misplaced directive \`[[:${directiveName(node)}]]\``,
          lineOf(node),
        );
      return [{ type: 'paragraph', content: inlinesOf(node.children[0]!.token) }];
    case 'heading_open':
      return [{ type: 'heading', level: 3, content: inlinesOf(node.children[0]!.token) }];
    case 'bullet_list_open':
    case 'ordered_list_open': {
      const items = node.children.map((item) => item.children.flatMap(convertBlock));
      const ordered = node.token.type === 'ordered_list_open';
      if (!ordered && items.every(startsWithBox)) {
        return [{ type: 'list', ordered, checkbox: true, items: items.map(withoutBox) }];
      }
      return [{ type: 'list', ordered, items }];
    }
    case 'table_open':
      return [tableOf(node)];
    case 'blockquote_open':
      return [calloutOf(node)];
    case 'hr':
      return [];
    case 'fence':
    case 'code_block':
      return [{ type: 'paragraph', content: [{ type: 'text', value: node.token.content.trimEnd() }] }];
    default:
      throw new MarkdownShapeError(
        `cannot convert Markdown \`${node.token.type}\` to a document block`,
        lineOf(node),
      );
  }
}

function tableOf(node: TokenNode): Table {
  const rows = node.children.flatMap((section) => section.children);
  const cells = rows.map((row) =>
    row.children.map((cell) => (cell.children[0] ? inlinesOf(cell.children[0].token) : [])),
  );
  const [header = [], ...body] = cells;
  return { type: 'table', header, rows: body };
}

/** A table whose last column (and, comparing, the one before it) holds percentages to draw as bars. */
function chartTableOf(node: TokenNode, compare: boolean): Table {
  const table = tableOf(node);
  const percentIn = (cells: Inline[][], column: number): number | null => {
    const cell = cells[column];
    const text = cell ? plainText(cell) : '';
    const match = /^(\d{1,3})\s*%$/.exec(text.trim());
    return match ? Math.min(100, Number(match[1])) : null;
  };
  const last = table.header.length - 1;
  const values = table.rows.map((row) => percentIn(row, last));
  if (last < 1 || values.some((v) => v === null)) {
    throw new MarkdownShapeError(
      'a chart table needs a percentage such as `40%` in the last cell of every row',
      lineOf(node),
    );
  }
  const previous = compare ? table.rows.map((row) => percentIn(row, last - 1)) : null;
  return { ...table, chart: { values: values as number[], previous } };
}

function signatoriesOf(table: TokenNode): Signatory[] {
  const rows = table.children.flatMap((section) => section.children).slice(1);
  return rows.map((row) => {
    const [organization = [], name = [], title = []] = row.children.map((cell) =>
      cell.children[0] ? inlinesOf(cell.children[0].token) : [],
    );
    return { organization, name, title };
  });
}

/** `> [!NOTE] text` is a drafter's note; `> [!NOTICE] text` a boxed notice. */
function calloutOf(node: TokenNode): Block {
  const blocks = node.children.flatMap(convertBlock);
  const first = blocks[0];
  const lead = first?.type === 'paragraph' ? first.content[0] : undefined;
  const marker = lead?.type === 'text' ? /^\[!(NOTE|NOTICE)\]\s*/.exec(lead.value) : null;
  if (!marker || !first || first.type !== 'paragraph' || lead?.type !== 'text')
    return { type: 'notice', content: blocks };
  const rest: Inline[] = [
    { type: 'text', value: lead.value.slice(marker[0].length) },
    ...first.content.slice(1),
  ];
  if (marker[1] === 'NOTICE')
    return { type: 'notice', content: [{ type: 'paragraph', content: rest }, ...blocks.slice(1)] };
  const more = blocks
    .slice(1)
    .flatMap((b) => (b.type === 'paragraph' ? [{ type: 'text' as const, value: ' ' }, ...b.content] : []));
  return {
    type: 'drafterNote',
    content: [...rest, ...more].filter((i) => i.type !== 'text' || i.value !== ''),
  };
}

/** Removes a trailing ` {-}` (pandoc's unnumbered mark) from heading content; true if found. */
function stripUnnumberedMark(content: Inline[]): boolean {
  const last = content.at(-1);
  if (last?.type !== 'text' || !/\s*\{-\}$/.test(last.value)) return false;
  last.value = last.value.replace(/\s*\{-\}$/, '');
  return true;
}

function directiveName(node: TokenNode): string | null {
  const inline = node.children[0]?.token;
  const only = inline?.children?.length === 1 ? inline.children[0] : undefined;
  return only?.type === 'pmhc_brackets' && only.content.startsWith(':') ? only.content.slice(1) : null;
}

function isDirective(node: TokenNode, name: string): boolean {
  return node.token.type === 'paragraph_open' && directiveName(node) === name;
}

function startOf(node: TokenNode): number {
  return Number(node.token.attrGet('start') ?? 1);
}

function lineOf(node: TokenNode): number {
  return (node.token.map?.[0] ?? 0) + 1;
}

/** The ballot box that opens each item of a list of choices ("- ☐ item"). */
export const CHECKBOX = '\u2610';

function startsWithBox(item: Block[]): boolean {
  const first = item[0];
  const lead = first?.type === 'paragraph' ? first.content[0] : undefined;
  return lead?.type === 'text' && lead.value.startsWith(`${CHECKBOX} `);
}

/** The item without its box and the space after it: the list's marker draws the box. */
function withoutBox(item: Block[]): Block[] {
  const [first, ...rest] = item;
  if (first?.type !== 'paragraph') return item;
  const [lead, ...inlines] = first.content;
  if (lead?.type !== 'text') return item;
  const value = lead.value.slice(CHECKBOX.length + 1);
  const content = value ? [{ ...lead, value }, ...inlines] : inlines;
  return [{ ...first, content }, ...rest];
}
