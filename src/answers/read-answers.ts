import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isNode, isMap, type Document as YamlDocument } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { answersSchema, type Answers } from './schema.js';
import { describeIssue } from './describe-issue.js';

/** The result of reading an answers file: the answers when valid, and every problem found. */
export interface ReadAnswersResult {
  answers: Answers | null;
  diagnostics: Diagnostic[];
  /** The raw text, so that callers can hash it (the manifest records the answers' hash). */
  text: string;
}

/** Reads and validates an answers file; never throws for bad content, only for I/O. */
export async function readAnswersFile(file: string, displayName = file): Promise<ReadAnswersResult> {
  const text = await readFile(file, 'utf8');
  return parseAnswers(text, displayName);
}

/** Parses answers YAML and validates it, reporting every problem with file:line:col. */
export function parseAnswers(text: string, file: string): ReadAnswersResult {
  const lineCounter = new LineCounter();
  // Dates stay strings (no `timestamp` tag): a date must not shift with the reader's time zone.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length > 0) {
    const diagnostics = yamlProblems.map((e): Diagnostic => ({
      severity: doc.errors.includes(e as never) ? 'error' : 'warning',
      message: `cannot read YAML: ${firstLine(e.message)}`,
      ...at(e.pos[0]),
      hint: 'check the indentation and that every "key: value" has a space after the colon',
    }));
    if (doc.errors.length > 0) return { answers: null, diagnostics, text };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const result = answersSchema.safeParse(data, { reportInput: true });
  if (result.success) return { answers: result.data, diagnostics: [], text };
  const diagnostics = result.error.issues.map((issue) => toDiagnostic(issue, doc, at));
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { answers: null, diagnostics, text };
}

function toDiagnostic(
  issue: z.core.$ZodIssue,
  doc: YamlDocument,
  at: (offset: number) => { file: string; line: number; column: number },
): Diagnostic {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    // Point at the unknown key itself, not at the object that holds it.
    const key = issue.keys[0] ?? '';
    return {
      severity: 'error',
      message: `unknown field \`${key}\`${issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).join(', ')})` : ''}`,
      path: formatPath([...path, key]),
      ...at(offsetOfKey(doc, path, key) ?? offsetOf(doc, path)),
      hint: 'check the spelling; `pmhc schema` lists every field',
    };
  }
  return {
    severity: 'error',
    message: describeIssue(issue),
    path: formatPath(path),
    ...at(offsetOf(doc, path)),
  };
}

/** The offset of the deepest node of `path` that exists in the document. */
function offsetOf(doc: YamlDocument, path: PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function offsetOfKey(doc: YamlDocument, path: PropertyKey[], key: string): number | undefined {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  if (!isMap(parent)) return undefined;
  for (const pair of parent.items) {
    const k = pair.key;
    if (isNode(k) && k.toJSON() === key && k.range) return k.range[0];
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
