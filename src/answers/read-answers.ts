import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isNode, isMap, type Document as YamlDocument } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { answersSchema, type Answers } from './schema.js';
import { describeIssue, hintForIssue } from './describe-issue.js';
import { suggestField } from './suggest-field.js';

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

const indentation = 'indent with spaces only, and give the fields of one group the same number of spaces';
const quoteText =
  'put a text that contains ": " or starts with a symbol in quotes, e.g. radio_channel: "RPD: Tac 3"';

/** A YAML syntax error in plain words, with what to do about it. */
function describeYamlError(code: string, message: string): { message: string; hint: string } {
  switch (code) {
    case 'TAB_AS_INDENT':
      return {
        message: 'a tab is used to indent this line',
        hint: `replace the tab with spaces; ${indentation}`,
      };
    case 'BAD_INDENT':
      return { message: 'this line is not indented like the lines around it', hint: indentation };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message: 'this value is read as the start of a group of fields',
        hint: `${quoteText}; also check that the next line is not indented further than this one`,
      };
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'a field name runs over more than one line',
        hint: 'write "name: value" with a space after the colon, and check that the line is not indented further than the one above',
      };
    case 'DUPLICATE_KEY':
      return { message: 'this field appears twice in the same group', hint: 'keep one of the two lines' };
    case 'MISSING_CHAR':
      // The yaml library reports a list item's field indented one space off as a missing "-".
      if (/without - indicator/.test(message))
        return {
          message: 'this line is not indented like the other fields of the list item above it',
          hint:
            'the fields of a list item line up with the first field after its "- " ' +
            '(`  - id: clinic` then `    name: …`): check the spaces at the start of this line and of the "- " line above it',
        };
      return {
        message: firstLine(message),
        hint: 'a quotation mark or bracket opened above this point is never closed: close it on the line where it opens',
      };
    default:
      return {
        message: firstLine(message),
        hint: `check the indentation (${indentation}); ${quoteText}`,
      };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
