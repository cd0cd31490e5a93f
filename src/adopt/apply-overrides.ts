import type { Block, Clause, Inline, List, Table } from '../ast/types.js';
import { alignBlocks, textSimilarity } from '../diff/align-blocks.js';
import { clauseIds } from '../document/clause-ids.js';
import { childLines, lineText, linesOfClause } from './clause-slots.js';
import { withReferences } from './references.js';

/** The parties' text for one clause, as recorded in overrides/DOC.yaml. */
export interface ClauseOverride {
  id: string;
  /** The clause's lines as pmhc generated them when the parties' text was adopted. */
  generated: string[];
  /** The parties' lines; empty when they deleted the clause. */
  text: string[];
}

/** What applying a document's overrides did. */
export interface AppliedOverrides {
  /** Clauses now holding the parties' text: id and number. */
  applied: { id: string; number: string }[];
  /** Clauses whose generated text changed since adoption: the parties' text is kept, and counsel must reconcile. */
  conflicts: { id: string; number: string; generated: string[]; now: string[]; text: string[] }[];
  /** Overrides whose clause the draft no longer has (a template or answers change removed it). */
  missing: ClauseOverride[];
}

/** The label of the blank that marks a clause whose generated text changed under the parties' text. */
export function reconcileLabel(number: string): string {
  return `RECONCILE SECTION ${number}: THE GENERATED TEXT CHANGED AFTER THE PARTIES' TEXT WAS ADOPTED`;
}

/**
 * Puts the parties' text in place of generated clauses (the blocks are replaced in `blocks`).
 * Lines the parties left as generated keep their structure and markup (defined terms, blanks,
 * cross-references); a changed line becomes plain text in the same place (a list item stays a
 * list item, a table row a row); an added line is a paragraph, list item or row after the line
 * before it. A deleted clause keeps its number and heading and reads "[Reserved.]", so the
 * numbers of the clauses after it, and references to them, do not move.
 */
export function applyOverrides(blocks: Block[], overrides: readonly ClauseOverride[]): AppliedOverrides {
  const result: AppliedOverrides = { applied: [], conflicts: [], missing: [] };
  const byId = new Map(overrides.map((o) => [o.id, o]));
  for (const [clause, id] of clauseIds(blocks)) {
    const override = byId.get(id);
    if (!override) continue;
    byId.delete(id);
    const now = linesOfClause(clause);
    const changedUnder = !sameLines(now, override.generated);
    const replaced = override.text.length === 0 ? reserved(clause) : rewritten(clause, now, override.text);
    if (changedUnder) {
      replaced.content = [
        ...replaced.content,
        { type: 'text', value: ' ' },
        blank(reconcileLabel(clause.number)),
      ];
      result.conflicts.push({
        id,
        number: clause.number,
        generated: override.generated,
        now,
        text: override.text,
      });
    }
    replaced.key = id;
    blocks[blocks.indexOf(clause)] = replaced;
    result.applied.push({ id, number: clause.number });
  }
  result.missing = [...byId.values()];
  return result;
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

function blank(label: string): Inline {
  return { type: 'blank', label };
}

/** A deleted clause: its anchors and bold lead-in (or its heading), then "[Reserved.]". */
function reserved(clause: Clause): Clause {
  const kept = clause.content.filter((n, i) => n.type === 'anchor' || (i === 0 && n.type === 'strong'));
  const content: Inline[] =
    clause.level === 1
      ? [...clause.content, { type: 'text', value: ' [Reserved.]' }]
      : [
          ...kept,
          { type: 'text', value: kept.some((n) => n.type === 'strong') ? ' [Reserved.]' : '[Reserved.]' },
        ];
  return { ...clause, content, children: [] };
}

/** What to do with each of a clause's current lines, and the lines added after each. */
interface Plan {
  /** Per current line: undefined to keep it, a string to replace it, null to remove it. */
  set: (string | null | undefined)[];
  /** Per current line: the lines added after it. */
  added: string[][];
}

function planOf(now: readonly string[], text: readonly string[]): Plan {
  const plan: Plan = { set: now.map(() => undefined), added: now.map(() => []) };
  // The clause's own line is the first line of its text, however much the parties rewrote it:
  // in Word it is the paragraph that carries the clause's number.
  if (text[0] !== now[0]) plan.set[0] = text[0] ?? null;
  const indexed = now.slice(1).map((line, i) => ({ line, i: i + 1 }));
  const wanted = text.slice(1).map((line) => ({ line, i: -1 }));
  let last = 0;
  for (const { before, after } of alignBlocks(indexed, wanted, {
    keyOf: (x) => x.line,
    similarity: (a, b) => textSimilarity(a.line, b.line),
  })) {
    if (before) {
      last = before.i;
      if (!after) plan.set[before.i] = null;
      else if (after.line !== before.line) plan.set[before.i] = after.line;
    } else if (after) plan.added[last]!.push(after.line);
  }
  return plan;
}

/** The clause with the parties' lines in place of its generated ones. */
function rewritten(clause: Clause, now: readonly string[], text: readonly string[]): Clause {
  const plan = planOf(now, text);
  let at = 0;
  const take = () => ({ set: plan.set[at], added: plan.added[at++]! });
  const head = take();
  const content = head.set == null ? clause.content : headline(clause.content, head.set);
  const children: Block[] = head.added.map((line) => paragraph(line));
  for (const child of clause.children) {
    const count = childLines(child).length;
    if (count === 0) {
      children.push(child);
      continue;
    }
    if (child.type === 'list') children.push(...listWith(child, take));
    else if (child.type === 'table') children.push(...tableWith(child, take));
    else {
      const { set, added } = take();
      if (set === undefined) children.push(child);
      else if (set !== null && child.type === 'drafterNote')
        children.push({ type: 'drafterNote', content: withReferences(set, child.content) });
      else if (set !== null && child.type === 'paragraph') children.push(paragraph(set, child.content));
      else if (set !== null) children.push(paragraph(set));
      children.push(...added.map((line) => paragraph(line)));
    }
  }
  return { ...clause, content: head.set === null ? headline(clause.content, '') : content, children };
}

type Take = () => { set: string | null | undefined; added: string[] };

function listWith(list: List, take: Take): Block[] {
  const items: Block[][] = [];
  for (const item of list.items) {
    const { set, added } = take();
    if (set === undefined) items.push(item);
    else if (set !== null) items.push([paragraph(set, itemContent(item))]);
    items.push(...added.map((line) => [paragraph(line)]));
  }
  return items.length === 0 ? [] : [{ ...list, items }];
}

function tableWith(table: Table, take: Take): Block[] {
  const width = table.header.length;
  const header = take();
  const rows: Inline[][][] = header.added.map((line) => cells(line, width));
  for (const row of table.rows) {
    const { set, added } = take();
    if (set === undefined) rows.push(row);
    else if (set !== null) rows.push(cells(set, width));
    rows.push(...added.map((line) => cells(line, width)));
  }
  const { chart: _chart, ...plain } = table;
  // A changed header keeps the columns; the chart's numbers no longer match changed rows.
  return [
    {
      ...(sameRows(rows, table.rows) ? table : plain),
      header: header.set ? cells(header.set, width) : table.header,
      rows,
    },
  ];
}

function sameRows(a: Inline[][][], b: Inline[][][]): boolean {
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

/** A row from a line whose cells Word separated with tabs; extra cells join the last one. */
function cells(line: string, width: number): Inline[][] {
  const parts = line.split('\t');
  const row = parts.slice(0, width - 1);
  row.push(parts.slice(width - 1).join(' '));
  while (row.length < width) row.push('');
  return row.map(plain);
}

/**
 * A clause's own line replaced: its anchors stay (references to it still resolve), and so does
 * its bold lead-in when the new line still opens with it.
 */
function headline(content: readonly Inline[], line: string): Inline[] {
  const anchors = content.filter((n) => n.type === 'anchor');
  const first = content.find((n) => n.type !== 'anchor');
  if (first?.type === 'strong') {
    const lead = lineText(first.content);
    if (lead !== '' && line.startsWith(lead))
      return [
        ...anchors,
        first,
        ...withReferences(line.slice(lead.length), content.slice(content.indexOf(first) + 1)),
      ];
  }
  return [...anchors, ...withReferences(line, content)];
}

/** A paragraph of the parties' line; `draft`, the line it replaces, gives its cross-references. */
function paragraph(line: string, draft: readonly Inline[] = []): Block {
  return { type: 'paragraph', content: withReferences(line, draft) };
}

function itemContent(item: readonly Block[]): Inline[] {
  return item.flatMap((b) => (b.type === 'paragraph' ? b.content : []));
}

/** A line as plain text: never markup, whatever it holds. */
function plain(line: string): Inline[] {
  return line === '' ? [] : [{ type: 'text', value: line }];
}
