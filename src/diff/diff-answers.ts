import { formatPath } from '../diagnostics/diagnostic.js';

/** One answer that differs between two versions, e.g. `information_sharing.retention_years: 5 -> 7`. */
export interface AnswerChange {
  path: string;
  kind: 'changed' | 'added' | 'removed';
  before?: unknown;
  after?: unknown;
}

/**
 * The answers that differ between two versions, in the file's field order. Lists of records with
 * an `id` (partners) are matched by id, so adding a partner is `partners[2]: added`, not a change
 * to every partner after it; other lists are matched by position, and lists of plain values are
 * compared whole.
 */
export function diffAnswers(before: unknown, after: unknown): AnswerChange[] {
  const changes: AnswerChange[] = [];
  walk(before, after, [], changes);
  return changes;
}

type Key = string | number;

function walk(a: unknown, b: unknown, path: Key[], out: AnswerChange[]): void {
  if (same(a, b) || (isBlank(a) && isBlank(b))) return;
  const at = formatPath(path);
  // A group of answers filled in or cleared (the hold facts) shows field by field, not as `{…}`.
  if (isBlank(a) && isRecord(b) && labelOf(b) === undefined) return walk({}, b, path, out);
  if (isRecord(a) && isBlank(b) && labelOf(a) === undefined) return walk(a, {}, path, out);
  if (isRecord(a) && isRecord(b)) {
    const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
    for (const key of keys) walk(a[key], b[key], [...path, key], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && (a.some(isRecord) || b.some(isRecord))) {
    walkList(a, b, path, out);
    return;
  }
  if (a === undefined || a === null) {
    out.push({ path: at, kind: 'added', after: b });
  } else if (b === undefined || b === null) {
    out.push({ path: at, kind: 'removed', before: a });
  } else out.push({ path: at, kind: 'changed', before: a, after: b });
}

function walkList(a: unknown[], b: unknown[], path: Key[], out: AnswerChange[]): void {
  const idOf = (item: unknown) => (isRecord(item) && typeof item.id === 'string' ? item.id : null);
  const byId = a.every((x) => idOf(x) !== null) && b.every((x) => idOf(x) !== null);
  if (!byId) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length) out.push({ path: formatPath([...path, i]), kind: 'added', after: b[i] });
      else if (i >= b.length) out.push({ path: formatPath([...path, i]), kind: 'removed', before: a[i] });
      else walk(a[i], b[i], [...path, i], out);
    }
    return;
  }
  const oldIds = a.map(idOf);
  b.forEach((item, i) => {
    const j = oldIds.indexOf(idOf(item));
    if (j === -1) out.push({ path: formatPath([...path, i]), kind: 'added', after: item });
    else walk(a[j], item, [...path, i], out);
  });
  const newIds = new Set(b.map(idOf));
  a.forEach((item, j) => {
    if (!newIds.has(idOf(item))) out.push({ path: formatPath([...path, j]), kind: 'removed', before: item });
  });
}

const isBlank = (value: unknown) => value === undefined || value === null;

/** The name that identifies a record in a line (a partner's name, a revision's version). */
function labelOf(value: Record<string, unknown>): string | undefined {
  return ['name', 'id', 'version', 'code'].map((k) => value[k]).find((v) => typeof v === 'string') as
    string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** An answer as one short line: `7`, `"Harbor Clinic"`, `[cit, co-responder]`, `{…}`. */
export function showValue(value: unknown, max = 60): string {
  let text: string;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    text = `[${value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}]`;
  } else if (isRecord(value)) {
    const label = labelOf(value);
    text = label ? `“${label}”` : '{…}';
  } else text = JSON.stringify(value) ?? 'null';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `partners[2]: added (“Harbor Clinic”)` or `information_sharing.retention_years: 5 -> 7`. */
export function formatAnswerChange(change: AnswerChange): string {
  if (change.kind === 'added') return `${change.path}: added (${showValue(change.after)})`;
  if (change.kind === 'removed') return `${change.path}: removed (was ${showValue(change.before)})`;
  return `${change.path}: ${showValue(change.before)} -> ${showValue(change.after)}`;
}
