import type { Block, Inline } from '../ast/types.js';

/** A packet term written capitalized in a document that does not define it. */
export interface UndefinedTermUse {
  term: string;
  /** The clause it sits in ("" before the first clause). */
  clause: string;
  /** The words around it, for the message. */
  excerpt: string;
}

/** The terms any template of the packet defines (`[[=Term]]`), read from the templates' text. */
export function termsDefinedIn(sources: readonly string[]): Set<string> {
  const terms = new Set<string>();
  for (const source of sources) for (const m of source.matchAll(/\[\[=([^\]]+)\]\]/g)) terms.add(m[1]!);
  return terms;
}

/** One run of reading text: what a reader sees, with the spans that are marked defined terms. */
interface Run {
  clause: string;
  text: string;
  marked: [number, number][];
}

/**
 * The running text of a document's body, block by block: clauses, paragraphs, list items and table
 * cells (not the header row). Headings (section headings too), run-in headings (bold), drafter's
 * notes, the draft notice and signature blocks are left out: titles and names are capitalized for
 * reasons of their own.
 */
function runs(blocks: readonly Block[]): Run[] {
  const out: Run[] = [];
  const run = (content: readonly Inline[], clause: string) => {
    const r: Run = { clause, text: '', marked: [] };
    const add = (nodes: readonly Inline[]) => {
      for (const node of nodes) {
        if (node.type === 'text') r.text += node.value;
        else if (node.type === 'emphasis') add(node.content);
        else if (node.type === 'strong') r.text += ' \u2063 ';
        else if (node.type === 'definedTerm') {
          const start = r.text.length;
          r.text += node.term;
          r.marked.push([start, r.text.length]);
        } else if (node.type === 'blank') r.text += `[${node.label}]`;
        else if (node.type === 'crossReference') r.text += node.number || '0';
        else if (node.type === 'lineBreak') r.text += '\n';
      }
    };
    add(content);
    out.push(r);
  };
  const visit = (block: Block, clause: string) => {
    switch (block.type) {
      case 'clause':
        // A level-1 clause is a section heading ("8. Referral and Custodial Transfer").
        if (block.level > 1) run(block.content, block.number);
        block.children.forEach((child) => visit(child, block.number));
        break;
      case 'paragraph':
        run(block.content, clause);
        break;
      case 'list':
        block.items.forEach((item) => item.forEach((child) => visit(child, clause)));
        break;
      case 'table':
        block.rows.forEach((row) => row.forEach((cell) => run(cell, clause)));
        break;
      default:
        break;
    }
  };
  blocks.forEach((block) => visit(block, ''));
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Capitalized words that begin a sentence rather than a name ("Two Officers respond"). */
const SENTENCE_WORDS = new Set(
  'The A An Each Every Any No All Both Some One Two Three Four Five Several Such This That These Those Its Their If When Where Only Other Another'.split(
    ' ',
  ),
);

/**
 * Whether the match at `start..end` of `text` reads as a use of the defined term rather than as
 * part of a name or a title: not next to another capitalized word ("Riverbend Police Department",
 * "Information-Sharing Agreement" where only "Agreement" is the term), not inside quotation marks
 * (a title), and, for a one-word term, not the first word of a sentence ("Officer safety comes
 * first" is English, not a defined term).
 */
function readsAsTerm(text: string, start: number, end: number, term: string): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const previous = /([\p{Lu}\p{N}][\p{L}\p{N}.’'-]*)[ \u00a0]$/u.exec(before)?.[1];
  if (previous && !SENTENCE_WORDS.has(previous)) return false;
  if (/^[ \u00a0]\p{Lu}/u.test(after)) return false;
  const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  if (opened > 0 || (before.match(/"/g) ?? []).length % 2 === 1) return false;
  if (!term.includes(' ') && /(?:^|[.!?:;]\s+|[(\u2063]\s*)$/u.test(before)) return false;
  return true;
}

/**
 * The capitalized uses, in a document's running text, of terms the packet defines elsewhere but
 * this document does not: each is a term used as a defined term without its definition. Only the
 * packet's own terms are looked for, so names, headings and statute titles that happen to be
 * capitalized raise nothing.
 */
export function undefinedTermUses(
  blocks: readonly Block[],
  packetTerms: ReadonlySet<string>,
): UndefinedTermUse[] {
  const defined = new Set<string>();
  const walk = (content: readonly Inline[]) => {
    for (const node of content) {
      if (node.type === 'definedTerm' && node.defining) defined.add(node.term);
      if (node.type === 'strong' || node.type === 'emphasis') walk(node.content);
    }
  };
  const collect = (block: Block) => {
    if (block.type === 'clause') {
      walk(block.content);
      block.children.forEach(collect);
    } else if (block.type === 'paragraph') walk(block.content);
    else if (block.type === 'list') block.items.forEach((item) => item.forEach(collect));
  };
  blocks.forEach(collect);
  // An all-capitals term is an acronym: the acronym check (data/glossary.json) covers it.
  const wanted = [...packetTerms].filter(
    (t) => !defined.has(t) && !defined.has(`${t}s`) && t !== t.toUpperCase(),
  );
  // Compiled once per term, not once per run of text: a packet has thousands of runs.
  const patterns = wanted.map(
    (term) => [term, new RegExp(`(?<![\\p{L}\\p{N}’'-])${escape(term)}s?(?![\\p{L}\\p{N}-])`, 'gu')] as const,
  );
  const all = runs(blocks);
  // Every run in one string, so that each term is looked for by one native search, not once a run.
  const joined = all.map((r) => r.text).join('\u0000');
  const starts: number[] = [];
  let offset = 0;
  for (const r of all) {
    starts.push(offset);
    offset += r.text.length + 1;
  }
  const runAt = (index: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  // Each term's first use, in the order of the text and, within one run, of the terms.
  const firsts: { run: number; order: number; use: UndefinedTermUse }[] = [];
  patterns.forEach(([term, re], order) => {
    // The pattern matches the term's own letters, so only runs that hold them can match.
    let from = joined.indexOf(term);
    while (from !== -1) {
      const index = runAt(from);
      const use = firstUseIn(all[index] as Run, term, re);
      if (use) {
        firsts.push({ run: index, order, use });
        return;
      }
      from = index + 1 < all.length ? joined.indexOf(term, starts[index + 1]) : -1;
    }
  });
  return firsts.sort((a, b) => a.run - b.run || a.order - b.order).map((f) => f.use);
}

/** The first match of `re` in a run that is a use of `term` (not marked, reads as the term). */
function firstUseIn(r: Run, term: string, re: RegExp): UndefinedTermUse | null {
  for (const m of r.text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (r.marked.some(([a, b]) => start < b && end > a)) continue;
    if (!readsAsTerm(r.text, start, end, term)) continue;
    return { term, clause: r.clause, excerpt: r.text.slice(Math.max(0, start - 40), end + 40).trim() };
  }
  return null;
}
