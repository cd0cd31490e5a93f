import type { Block } from '../ast/types.js';
import { alignBlocks, textSimilarity } from '../diff/align-blocks.js';
import { normalizeLine, slotsOf } from './clause-slots.js';
import { sameButReferences } from './references.js';

/** A clause someone changed in Word: its id and all its lines as they now read. */
export interface ClauseEdit {
  id: string;
  /** Its lines after the edit, in order; empty when the whole clause was deleted. */
  lines: string[];
}

/** What changed between the draft pmhc wrote and the edited copy. */
export interface FoundEdits {
  edits: ClauseEdit[];
  /** Changed lines outside any numbered clause (title, notice, signature blocks, Open Items). */
  outside: { before: string | null; after: string | null }[];
}

interface Line {
  text: string;
  /** The clause the line belongs to, once known. */
  clause: string | null;
  /** What Word shows before the clause's own text on this line ("Drafter's note: "). */
  prefix: string;
  /** For each number in the line: whether it is a cross-reference. */
  references: boolean[];
}

/**
 * Compares the lines of the draft as pmhc wrote it (`draftLines`, read from its Word file) with
 * the edited copy's lines, and says which clauses of `blocks` (the draft's Document) changed.
 * The draft's lines are first matched to the Document's lines, which know their clause; then the
 * edited lines are matched to the draft's. A line added between two lines belongs to the clause
 * of the line before it, so a paragraph added at the end of a clause is part of that clause; and
 * where lines were deleted just before it, to their clause: a clause rewritten beyond
 * recognition reads as its old lines deleted and new ones added, and stays that clause.
 */
export function findClauseEdits(
  blocks: readonly Block[],
  draftLines: readonly string[],
  editedLines: readonly string[],
): FoundEdits {
  const draft = ownedLines(blocks, draftLines);
  const edited = editedLines.map(wordLine);
  const pairs = alignBlocks(draft, edited, {
    keyOf: (line) => line.text,
    similarity: (a, b) => textSimilarity(a.text, b.text),
  });
  const lines = new Map<string, string[]>();
  const changed = new Set<string>();
  const outside: FoundEdits['outside'] = [];
  let owner: string | null = null;
  for (const { before, after } of pairs) {
    if (before) owner = before.clause;
    // A reference renumbered by Word or LibreOffice after a deletion is not the parties' edit.
    const isChange =
      !before ||
      !after ||
      (before.text !== after.text && !sameButReferences(before.text, after.text, before.references));
    if (owner === null) {
      if (isChange) outside.push({ before: before?.text ?? null, after: after?.text ?? null });
      continue;
    }
    if (isChange) changed.add(owner);
    const own = lines.get(owner) ?? [];
    if (after) own.push(withoutPrefix(after.text, before?.prefix ?? ''));
    lines.set(owner, own);
  }
  const edits = [...changed].map((id) => ({ id, lines: lines.get(id) ?? [] }));
  return { edits, outside };
}

/**
 * The draft's Word lines, each with its clause: matched in order against the Document's own
 * lines (Word adds a label before a drafter's note, and lays signature blocks out as tables). A
 * Word line that matches none of the Document's lines belongs to no clause.
 */
function ownedLines(blocks: readonly Block[], draftLines: readonly string[]): Line[] {
  const slots: Line[] = slotsOf(blocks).map((s) => ({ ...s, prefix: '' }));
  const draft = draftLines.map(wordLine);
  const pairs = alignBlocks(slots, draft, {
    keyOf: (line) => line.text,
    // Overlap: a Word line that only adds a label to the Document's line is the same line.
    similarity: (a, b) => textSimilarity(a.text, b.text, 'overlap'),
    threshold: 0.8,
  });
  for (const { before, after } of pairs) {
    if (!before || !after) continue;
    after.clause = before.clause;
    // The Word line's numbers are the Document line's, after any label Word adds before them.
    after.references = before.references;
    if (after.text !== before.text && after.text.endsWith(before.text))
      after.prefix = after.text.slice(0, after.text.length - before.text.length);
  }
  return draft;
}

/** A line read from a Word or Markdown file, whose clause is not known yet. */
function wordLine(text: string): Line {
  return { text: normalizeLine(text), clause: null, prefix: '', references: [] };
}

function withoutPrefix(text: string, prefix: string): string {
  return prefix !== '' && text.startsWith(prefix) ? text.slice(prefix.length) : text;
}
