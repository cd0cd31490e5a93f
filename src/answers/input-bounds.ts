import { isAlias, isCollection, isScalar, visit, type Document as YamlDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * Limits on an answers file, checked before and after YAML parsing so that a hostile or broken
 * file gets a clear error with its position instead of a hang, a crash or silent damage. An
 * answers file of a large consortium is about 20 KB; the limits leave room for far more.
 */
export const LIMITS = {
  /** Bytes in the file. */
  fileBytes: 1_000_000,
  /** Characters in one answer. */
  fieldChars: 5_000,
  /** Levels of lists and groups inside one another (the schema needs 5). */
  depth: 24,
  /** Uses of aliases (`*name`) in one file. */
  aliases: 100,
  /** Characters of text once aliases are expanded. */
  expandedChars: 2_000_000,
} as const;

type At = (offset: number) => { file: string; line: number; column: number };

/**
 * The file's bytes as text, or the offset of the first byte that is not UTF-8 (Latin-1 and
 * Windows-1252 files are the usual cause; they must not turn into U+FFFD silently).
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByte: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { badByte: firstInvalidUtf8(bytes) };
  }
}

/** Linear scan of UTF-8 well-formedness (RFC 3629): the offset of the first bad byte. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * `U+001B (ESC)`: a forbidden character (FORBIDDEN below) named so that it can be found, never
 * printed raw. Its kind follows the three kinds FORBIDDEN holds.
 */
export function nameOfCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<number, string> = { 0: 'NUL', 7: 'BEL', 8: 'backspace', 0x1b: 'ESC', 0x7f: 'DEL' };
  if (names[code]) return `${hex} (${names[code]})`;
  if (/\p{Cc}/u.test(char)) return `${hex} (a control character)`;
  if (/\p{Noncharacter_Code_Point}/u.test(char)) return `${hex} (a noncharacter)`;
  return `${hex} (a bidirectional override)`;
}

/**
 * Characters an answers file must not contain: control characters other than tab and line
 * endings (terminal escape codes among them), bidirectional embeddings and overrides (which make
 * one text display differently in Word and in PDF), and Unicode noncharacters (invalid in XML).
 */
const FORBIDDEN = /(?![\t\n\r])\p{Cc}|\p{Noncharacter_Code_Point}|[\u202a-\u202e\u2066-\u2069]/gu;

const FORBIDDEN_ONE = new RegExp(FORBIDDEN.source, 'u');

/** Every forbidden character (the first five), at its line and column. */
export function forbiddenCharacters(text: string, at: At): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const match of text.matchAll(FORBIDDEN)) {
    found.push({
      severity: 'error',
      message: `the file contains the character ${nameOfCharacter(match[0])}, which an answer cannot hold`,
      ...at(match.index),
      hint: 'delete it (it is often pasted in invisibly from another program); a terminal escape code or a text-direction override is never part of an answer',
    });
    if (found.length === 5) break;
  }
  return found;
}

/**
 * Limits that need the parsed document: one answer's length, nesting depth, aliases. Returns
 * the first problem of each kind, at its position.
 */
export function documentBounds(doc: YamlDocument, at: At): Diagnostic[] {
  const found: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (kind: string, node: Node, message: string, hint: string) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    found.push({ severity: 'error', message, ...at(node.range?.[0] ?? 0), hint });
  };
  let aliases = 0;
  visit(doc, (_key, node, path) => {
    if (isScalar(node) && typeof node.value === 'string') {
      // A YAML escape ("\e", "\uFFFE") writes a forbidden character without typing it.
      const bad = FORBIDDEN_ONE.exec(node.value);
      if (bad)
        report(
          'character',
          node,
          `this text contains the character ${nameOfCharacter(bad[0])}, which an answer cannot hold`,
          'remove the escape sequence (e.g. \\e or \\u202e) that writes it',
        );
      if (node.value.length > LIMITS.fieldChars)
        report(
          'length',
          node,
          `this answer is ${node.value.length.toLocaleString('en-US')} characters long, more than the ${LIMITS.fieldChars.toLocaleString('en-US')} an answer may have`,
          'shorten it; long explanations belong in the drafts themselves, edited after the build, or in a note for counsel',
        );
    }
    if (isCollection(node) && path.filter((p) => isCollection(p)).length >= LIMITS.depth) {
      report(
        'depth',
        node,
        `lists and groups are nested more than ${LIMITS.depth} levels deep here`,
        'no field of the answers is nested this deeply: check the indentation and the brackets',
      );
      return visit.SKIP;
    }
    if (isAlias(node) && ++aliases > LIMITS.aliases) {
      report(
        'aliases',
        node,
        `the file uses aliases (*name) more than ${LIMITS.aliases} times`,
        'write the values out instead of repeating them with aliases',
      );
    }
    return undefined;
  });
  return found;
}

/** How many characters of text the answers hold once aliases are expanded (stops past the limit). */
export function expandedTextExceeds(data: unknown): boolean {
  let total = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') total += value.length;
    // A list's values are its items.
    else if (value !== null && typeof value === 'object') stack.push(...Object.values(value));
    if (total > LIMITS.expandedChars) return true;
  }
  return false;
}

/**
 * The offset where brackets first nest deeper than the limit: the YAML parser recurses once a
 * level, so a file of a million `[` must be stopped before it is parsed.
 */
export function deepFlowNesting(text: string): number | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > LIMITS.depth * 4) return i;
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return null;
}
