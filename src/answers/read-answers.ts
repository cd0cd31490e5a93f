import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LineCounter, parseDocument, visit, type Document as YamlDocument } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { answersSchema, type Answers } from './schema.js';
import { describeIssue, hintForIssue } from './describe-issue.js';
import { suggestField } from './suggest-field.js';
import { describeYamlError, firstLine } from './describe-yaml-error.js';
import { checkedText, readParentFromDisk } from './bounded-text.js';
import { isPlainObject, layerOf, mergeLayers, type AnswersLayer } from './extends.js';
import { offsetOf, offsetOfKey } from './yaml-offset.js';
import { loadChain, type ReadParent } from './load-chain.js';
import {
  LIMITS,
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
  /** The files read (the answers file, then each file it extends), as named in messages. */
  files?: string[];
}

/** How `extends:` finds the files a text extends (tests and git revisions supply their own). */
export interface ParseOptions {
  /** The absolute path of the text's file; `extends` is relative to it. Defaults to `file`. */
  path?: string;
  /** Reads an extended file; defaults to the disk, with the same bounds as the answers file. */
  readParent?: ReadParent;
}

/** Reads and validates an answers file; never throws for bad content, only for I/O. */
export async function readAnswersFile(file: string, displayName = file): Promise<ReadAnswersResult> {
  const size = (await stat(file)).size;
  const checked = checkedText(
    await readFile(file).then((bytes) => (size > LIMITS.fileBytes ? size : bytes)),
    displayName,
  );
  if (typeof checked !== 'string') return failed('', checked);
  return parseAnswers(checked, displayName, { path: resolve(file) });
}

function failed(text: string, diagnostic: Diagnostic): ReadAnswersResult {
  return { answers: null, diagnostics: [diagnostic], text };
}

/**
 * Parses answers YAML and validates it, reporting every problem with file:line:col. A file that
 * `extends` another is merged over it first (src/answers/extends.ts); each problem then points
 * at the file that wrote the value.
 */
export function parseAnswers(source: string, file: string, options: ParseOptions = {}): ReadAnswersResult {
  const chain = parseChain(source, file, options);
  if ('diagnostics' in chain) return { answers: null, diagnostics: chain.diagnostics, text: source };
  const { layers, texts } = chain;
  // The manifest hashes this text: a change in a shared defaults file must show as a change.
  const text = layers.length === 1 ? source : texts.map((t, i) => `# ${layers[i]!.file}\n${t}`).join('\n');
  return { ...validateLayers(layers), text, files: layers.map((l) => l.file) };
}

/** The answers file and each file it extends, parsed (child first), or why they cannot be. */
export function parseChain(source: string, file: string, options: ParseOptions = {}) {
  const first = parseLayer(source, file, options.path ?? resolve(file));
  if ('diagnostics' in first) return first;
  return loadChain(first, source, options.readParent ?? readParentFromDisk, parseLayer);
}

function parseLayer(
  source: string,
  file: string,
  path: string,
): AnswersLayer | { diagnostics: Diagnostic[] } {
  // A lone CR is an old Mac line ending: read it as one (offsets and so positions stay the same).
  const text = source.replace(/\r(?!\n)/g, '\n');
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const early = textBounds(text, file);
  if (early.length > 0) return { diagnostics: early };
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
    return { diagnostics: [diagnostic] };
  }
  const bounds = documentBounds(doc, at);
  if (bounds.length > 0) return { diagnostics: bounds };
  const data = toData(doc, at);
  if ('diagnostic' in data) return { diagnostics: [data.diagnostic] };
  const value = data.value;
  return { file, path, doc, at, value, data: isPlainObject(value) ? value : {} };
}

function validateLayers(layers: readonly AnswersLayer[]): Omit<ReadAnswersResult, 'text'> {
  // One file is validated as written, so a top level that is not a map gets the schema's message.
  const only = layers[0]!.value;
  const data = layers.length > 1 ? mergeLayers(layers) : isPlainObject(only) ? withoutExtends(only) : only;
  const result = answersSchema.safeParse(data, { reportInput: true });
  if (result.success) return { answers: result.data, diagnostics: [] };
  const located = result.error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : [...issue.path];
    const layer = layerOf(layers, path);
    return { order: layers.indexOf(layer), diagnostic: toDiagnostic(issue, layer.doc, layer.at) };
  });
  // The answers file's own problems first, then each extended file's, each in reading order.
  located.sort(
    (a, b) =>
      a.order - b.order ||
      (a.diagnostic.line ?? 0) - (b.diagnostic.line ?? 0) ||
      (a.diagnostic.column ?? 0) - (b.diagnostic.column ?? 0),
  );
  return { answers: null, diagnostics: located.map((l) => l.diagnostic) };
}

function withoutExtends(data: Record<string, unknown>): Record<string, unknown> {
  const { extends: _parent, ...rest } = data;
  return rest;
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
