import { isMap, isScalar } from 'yaml';
import { parseAnswers } from '../answers/read-answers.js';
import { parseYaml } from '../interview/update-yaml.js';
import { fillerOfBlank } from '../document/blank-fields.js';
import type { FoundEdits } from './find-edits.js';

/** A blank of the draft that the parties filled in Word, and the answer that would fill it. */
export interface BlankFill {
  label: string;
  value: string;
  /** The answers field (`lead_agency.head.name`), or null when no single field holds it. */
  field: string | null;
}

const BLANK = /\[([A-Z0-9][A-Z0-9 ,.;:'’?()/&-]*)\]/g;

/**
 * What an edited line puts in place of the draft line's blanks, when filling them is all it
 * changes; null when the line changed otherwise (then it is negotiated text, not answers).
 */
export function fillsOf(draftLine: string, editedLine: string): Map<string, string> | null {
  const labels = [...draftLine.matchAll(BLANK)].map((m) => m[1]!);
  if (labels.length === 0) return null;
  const literal = draftLine.split(BLANK).filter((_, i) => i % 2 === 0);
  const pattern = new RegExp(`^${literal.map(escape).join('(.+?)')}$`, 'su');
  const match = pattern.exec(editedLine);
  if (!match) return null;
  const fills = new Map<string, string>();
  for (const [i, label] of labels.entries()) {
    const value = match[i + 1]!.trim();
    if (value === `[${label}]` || value === '') continue;
    if (fills.has(label) && fills.get(label) !== value) return null;
    fills.set(label, value);
  }
  return fills.size === 0 ? null : fills;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The one answers field that fills a blank, or null: a blank some list item, several fields or
 * a determination for counsel fills is the parties' text, not an answer pmhc can write.
 */
export function answersFieldOf(label: string, documentId: string): string | null {
  const filler = fillerOfBlank(label, documentId);
  if (!filler?.startsWith('answers: ')) return null;
  const field = filler.slice('answers: '.length);
  return /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(field) ? field : null;
}

/**
 * The answers file with the fills written in, or the problems that stop it: a value the schema
 * refuses is never written. The text is edited in place, line by line (a value replaced where it
 * stands, a missing field added under its parent), so every comment and line stays as it was.
 */
export function answersWithFills(
  text: string,
  answersFile: string,
  fills: readonly BlankFill[],
): { text: string } | { problems: string[] } {
  let updated = text;
  for (const fill of fills) {
    if (fill.field === null) continue;
    const path = fill.field.split('.');
    // A number field (minutes, years) takes the number the parties wrote.
    const numeric = /^\d+(\.\d+)?$/.test(fill.value) ? fill.value : null;
    const asText = withField(updated, path, JSON.stringify(fill.value));
    if (typeof asText !== 'string') return asText;
    const asNumber = numeric === null ? null : withField(updated, path, numeric);
    updated = typeof asNumber === 'string' && !validates(asText, answersFile) ? asNumber : asText;
  }
  const read = parseAnswers(updated, answersFile, { path: answersFile });
  const problems = read.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.path ?? ''}: ${d.message}`);
  return problems.length > 0 ? { problems } : { text: updated };
}

/** `text` with the field at `path` set to `value` (YAML text), or why it cannot be set. */
function withField(text: string, path: readonly string[], value: string): string | { problems: string[] } {
  const doc = parseYaml(text);
  const refuse = (why: string) => ({ problems: [`${path.join('.')}: ${why}`] });
  const node = doc.getIn(path, true);
  if (isScalar(node) && node.range) {
    if (node.value !== null && node.value !== '')
      return refuse('the answers file already holds a value there');
    return text.slice(0, node.range[0]) + value + text.slice(node.range[1]);
  }
  if (node !== undefined) return refuse('the answers file holds a list or map there');
  // The deepest part of the path the file has: it must be a block map (or the file itself).
  let depth = path.length - 1;
  while (depth > 0 && doc.getIn(path.slice(0, depth), true) === undefined) depth--;
  const parent = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
  if (!isMap(parent) || parent.flow || !parent.range)
    return refuse('its parent in the answers file is not a block map');
  const first = parent.items[0]?.key;
  const indent = depth === 0 ? 0 : isScalar(first) && first.range ? columnOf(text, first.range[0]) : 0;
  const rest = path.slice(depth);
  const lines = rest.map(
    (key, i) => `${' '.repeat(indent + 2 * i)}${key}:${i === rest.length - 1 ? ` ${value}` : ''}`,
  );
  const at = depth === 0 ? text.length : lineEndAfter(text, parent.range[1]);
  const before = text.slice(0, at);
  const gap = before.endsWith('\n') || before === '' ? '' : '\n';
  return `${before}${gap}${lines.join('\n')}\n${text.slice(at)}`;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The offset just after the line that holds `offset - 1` (where a map's last value ends). */
function lineEndAfter(text: string, offset: number): number {
  const back = text.lastIndexOf('\n', offset - 1);
  // A map's range ends after the newline of its last line: insert there.
  return back === offset - 1 ? offset : text.indexOf('\n', offset) + 1 || text.length;
}

function validates(text: string, answersFile: string): boolean {
  return !parseAnswers(text, answersFile, { path: answersFile }).diagnostics.some(
    (d) => d.severity === 'error',
  );
}

/** The edits that fill blanks an answer can hold, taken out of what becomes negotiated text. */
export interface SplitFills {
  /** The edits left to adopt as negotiated text. */
  edits: FoundEdits;
  /** Every blank the parties filled that one answers field can hold. */
  fills: (BlankFill & { field: string })[];
  /** Clauses whose every change is such a fill (with `take`, their answers hold them instead). */
  answered: string[];
}

/**
 * Splits the edits into blanks filled (which an answers field holds better: the next answers
 * change keeps them, and every document that shows the fact gets it) and negotiated text. With
 * `take`, a clause whose only changes are such fills leaves the negotiated text; without it, it
 * stays there too, so nothing the parties wrote is lost until the answers hold it.
 */
export function splitFills(
  found: FoundEdits,
  draftLines: ReadonlyMap<string, readonly string[]>,
  documentId: string,
  take: boolean,
): SplitFills {
  const fills: SplitFills['fills'] = [];
  const answered: string[] = [];
  const add = (found: Map<string, string>) => {
    const all = [...found].map(([label, value]) => ({
      label,
      value,
      field: answersFieldOf(label, documentId),
    }));
    if (all.some((f) => f.field === null)) return false;
    fills.push(...(all as SplitFills['fills']));
    return true;
  };
  const edits = found.edits.filter((edit) => {
    const before = draftLines.get(edit.id) ?? [];
    if (before.length !== edit.lines.length) return true;
    const found = new Map<string, string>();
    for (const [i, line] of before.entries()) {
      if (line === edit.lines[i]) continue;
      const filled = fillsOf(line, edit.lines[i]!);
      if (!filled) return true;
      for (const [label, value] of filled) found.set(label, value);
    }
    if (found.size === 0 || !add(found)) return true;
    answered.push(edit.id);
    return !take;
  });
  // Outside clauses (signature blocks, a general order's number) a fill is never negotiated text.
  const outside = found.outside.filter((o) => {
    const filled = o.before !== null && o.after !== null ? fillsOf(o.before, o.after) : null;
    return !filled || !add(filled);
  });
  const unique = [...new Map(fills.map((f) => [`${f.field}\0${f.value}`, f])).values()];
  return { edits: { edits, outside }, fills: unique, answered };
}
