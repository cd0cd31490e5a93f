import { readFile, stat } from 'node:fs/promises';
import { LineCounter, parseDocument, isNode, isMap, visit, type Document as YamlDocument } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { answersSchema, type Answers } from './schema.js';
import { describeIssue, hintForIssue } from './describe-issue.js';
import { suggestField } from './suggest-field.js';
import { describeYamlError, firstLine } from './describe-yaml-error.js';
import {
  LIMITS,
  decodeUtf8,
  deepFlowNesting,
  documentBounds,
  expandedTextExceeds,
  forbiddenCharacters,
} from './input-bounds.js';

/** The result of reading an answers file: the answers when valid, and every problem found. */
export interface ReadAnswersResult {
  answers: Answers | null;
  diagnostics: Diagnostic[];
  /** The raw text, so that callers can hash it (the manifest records the answers' hash). */
  text: string;
}

/** Reads and validates an answers file; never throws for bad content, only for I/O. */
export async function readAnswersFile(file: string, displayName = file): Promise<ReadAnswersResult> {
  const size = (await stat(file)).size;
  if (size > LIMITS.fileBytes) {
    return failed('', {
      severity: 'error',
      file: displayName,
      message: `the file is ${size.toLocaleString('en-US')} bytes, more than the ${LIMITS.fileBytes.toLocaleString('en-US')} an answers file may have`,
      hint: 'an answers file holds short answers; check that this is the right file',
    });
  }
  const bytes = await readFile(file);
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded) {
    const before = new TextDecoder().decode(bytes.subarray(0, decoded.badByte));
    const lines = before.split('\n');
    return failed('', {
      severity: 'error',
      file: displayName,
      line: lines.length,
      column: lines.at(-1)!.length + 1,
      message: `the file is not UTF-8 text: byte 0x${bytes[decoded.badByte]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${decoded.badByte} cannot be read`,
      hint: 'save the file as UTF-8 (it was probably saved as Latin-1 or Windows-1252), e.g. `iconv -f latin1 -t utf-8`',
    });
  }
  return parseAnswers(decoded.text, displayName);
}

function failed(text: string, diagnostic: Diagnostic): ReadAnswersResult {
  return { answers: null, diagnostics: [diagnostic], text };
}

/** Parses answers YAML and validates it, reporting every problem with file:line:col. */
export function parseAnswers(source: string, file: string): ReadAnswersResult {
  // A lone CR is an old Mac line ending: read it as one (offsets and so positions stay the same).
  return { ...parseText(source.replace(/\r(?!\n)/g, '\n'), file), text: source };
}

function parseText(text: string, file: string): ReadAnswersResult {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const early = textBounds(text, file);
  if (early.length > 0) return { answers: null, diagnostics: early, text };
  // Dates stay strings (no `timestamp` tag): a date must not shift with the reader's time zone.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  if (doc.errors.length > 0) {
    // The first syntax error usually causes the ones after it: report it in plain words, and
    // only count the others, so that the user fixes the cause first.
    const [first, ...rest] = doc.errors;
    const { message, hint } = describeYamlError(first!.code, first!.message);
    const more =
      rest.length > 0
        ? ` (${rest.length} more YAML problem${rest.length === 1 ? '' : 's'} after it, often caused by this one: fix it and check again)`
        : '';
    const diagnostic: Diagnostic = {
      severity: 'error',
      message: `cannot read YAML: ${message}`,
      ...at(first!.pos[0]),
      hint: `${hint}${more}`,
    };
    return { answers: null, diagnostics: [diagnostic], text };
  }
  const bounds = documentBounds(doc, at);
  if (bounds.length > 0) return { answers: null, diagnostics: bounds, text };
  const data = toData(doc, at);
  if ('diagnostic' in data) return failed(text, data.diagnostic);
  const result = answersSchema.safeParse(data.value, { reportInput: true });
  if (result.success) return { answers: result.data, diagnostics: [], text };
  const diagnostics = result.error.issues.map((issue) => toDiagnostic(issue, doc, at));
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { answers: null, diagnostics, text };
}

/** Checks on the raw text, before the YAML parser (which recurses once per level) sees it. */
function textBounds(text: string, file: string): Diagnostic[] {
  const positions = new LineCounter();
  let offset = 0;
  for (const line of text.split('\n')) {
    positions.addNewLine(offset);
    offset += line.length + 1;
  }
  const at = (o: number) => {
    const { line, col } = positions.linePos(o);
    return { file, line, column: col };
  };
  const forbidden = forbiddenCharacters(text, at);
  if (forbidden.length > 0) return forbidden;
  const deep = deepFlowNesting(text);
  if (deep === null) return [];
  return [
    {
      severity: 'error',
      message: 'brackets are nested far too deeply here',
      ...at(deep),
      hint: 'no field of the answers is nested this deeply: check the brackets',
    },
  ];
}

/** The document as plain data; an alias problem becomes a diagnostic at the alias. */
function toData(
  doc: YamlDocument,
  at: (offset: number) => { file: string; line: number; column: number },
): { value: unknown } | { diagnostic: Diagnostic } {
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.aliases }) ?? {};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        const unresolved = /Unresolved alias/.test(message) && node.resolve(doc) === undefined;
        if (unresolved || !/Unresolved alias/.test(message)) {
          offset = node.range?.[0] ?? 0;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    const unresolved = /Unresolved alias/.test(message);
    return {
      diagnostic: {
        severity: 'error',
        ...at(offset),
        message: unresolved
          ? 'this alias (*name) refers to an anchor (&name) that is not defined before it'
          : `aliases (*name) expand this file too much (${firstLine(message)})`,
        hint: unresolved
          ? 'define the anchor with &name on an earlier value, or write the value out'
          : 'write the values out instead of repeating them with aliases',
      },
    };
  }
  if (expandedTextExceeds(value)) {
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return {
      diagnostic: {
        severity: 'error',
        ...at(offset),
        message: `with its aliases (*name) expanded, the file holds more than ${LIMITS.expandedChars.toLocaleString('en-US')} characters of text`,
        hint: 'write the values out instead of repeating long ones with aliases',
      },
    };
  }
  return { value };
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
    const meant = suggestField(path, key);
    return {
      severity: 'error',
      message: `unknown field \`${key}\`${issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).join(', ')})` : ''}`,
      path: formatPath([...path, key]),
      ...at(offsetOfKey(doc, path, key) ?? offsetOf(doc, path)),
      hint:
        meant === undefined
          ? 'check the spelling; `pmhc schema` lists every field'
          : `did you mean \`${meant}\`? (\`pmhc schema\` lists every field)`,
    };
  }
  const hint = hintForIssue(issue);
  return {
    severity: 'error',
    message: describeIssue(issue),
    path: formatPath(path),
    ...at(offsetOf(doc, path)),
    ...(hint === undefined ? {} : { hint }),
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
