import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkedText, readParentFromDisk } from '../../src/answers/bounded-text.js';
import {
  decodeUtf8,
  deepFlowNesting,
  documentBounds,
  expandedTextExceeds,
  forbiddenCharacters,
  LIMITS,
  nameOfCharacter,
} from '../../src/answers/input-bounds.js';
import { firstRightToLeft, refuseRightToLeftInPdf } from '../../src/answers/right-to-left.js';
import { UserError } from '../../src/diagnostics/errors.js';
import { tempDir } from '../support/cli.js';

// The limits on an answers file, each at its boundary: the last input allowed and the first one
// refused, with the message and position a user reads. Pure functions, no build (the file-level
// behaviour is tests/security/input-bounds.test.ts).
const at = (offset: number) => ({ file: 'a.yaml', line: 1, column: offset + 1 });
const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeUtf8 (RFC 3629)', () => {
  // [bytes, offset of the first bad byte, or null when the bytes are UTF-8]
  const cases: [string, number[], number | null][] = [
    ['ASCII', [0x61, 0x7f], null],
    ['the lowest two-byte lead, C2', [0x61, 0xc2, 0x80], null],
    ['an overlong two-byte lead, C1', [0x61, 0xc1, 0x81], 1],
    ['a lone continuation byte', [0x80], 0],
    ['continuation bytes that could pass for a sequence', [0x80, 0x80, 0x80, 0x80], 0],
    ['an overlong lead, then continuation bytes', [0xc1, 0x81, 0x81, 0x81], 0],
    ['the highest two-byte lead, DF', [0xdf, 0xbf], null],
    ['the lowest three-byte sequence, E0 A0', [0xe0, 0xa0, 0x80], null],
    ['an overlong three-byte sequence, E0 9F', [0xe0, 0x9f, 0x80], 0],
    ['the last code point before the surrogates, ED 9F', [0xed, 0x9f, 0xbf], null],
    ['a surrogate, ED A0', [0x61, 0xed, 0xa0, 0x80], 1],
    ['the highest three-byte lead, EF', [0xef, 0xbf, 0xbd], null],
    ['the lowest four-byte sequence, F0 90', [0xf0, 0x90, 0x80, 0x80], null],
    ['an overlong four-byte sequence, F0 8F', [0xf0, 0x8f, 0x80, 0x80], 0],
    ['the highest code point, F4 8F', [0xf4, 0x8f, 0xbf, 0xbf], null],
    ['past U+10FFFF, F4 90', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lead past F4', [0x61, 0x62, 0xf5, 0x80, 0x80, 0x80], 2],
    ['a sequence cut short by the end', [0x61, 0xe2, 0x82], 1],
    ['a sequence cut short by an ASCII byte', [0xe2, 0x41, 0x82], 0],
    ['Latin-1 é after good text', [0x52, 0xc3, 0xa9, 0xe9, 0x6e], 3],
  ];
  it.each(cases)('%s', (_name, input, bad) => {
    const decoded = decodeUtf8(bytes(...input));
    if (bad === null) expect(decoded).toEqual({ text: new TextDecoder().decode(bytes(...input)) });
    else expect(decoded).toEqual({ badByte: bad });
  });
  // The scan runs only once the decoder has refused the bytes: each well-formed sequence above,
  // at its boundary, must be stepped over whole so that the bad byte after it is the one named.
  it.each(cases.filter(([, , bad]) => bad === null))('%s, then a bad byte', (_name, input) => {
    expect(decodeUtf8(bytes(...input, 0xff))).toEqual({ badByte: input.length });
    expect(decodeUtf8(bytes(...input, 0xe2, 0x82))).toEqual({ badByte: input.length });
  });
});

describe('nameOfCharacter', () => {
  const cases: [string, string][] = [
    ['\0', 'U+0000 (NUL)'],
    ['\u0007', 'U+0007 (BEL)'],
    ['\b', 'U+0008 (backspace)'],
    ['\u001b', 'U+001B (ESC)'],
    ['\u007f', 'U+007F (DEL)'],
    ['\u0001', 'U+0001 (a control character)'],
    ['\u001f', 'U+001F (a control character)'],
    ['\u0080', 'U+0080 (a control character)'],
    ['\u009f', 'U+009F (a control character)'],
    ['\u202a', 'U+202A (a bidirectional override)'],
    ['\u202e', 'U+202E (a bidirectional override)'],
    ['\u2066', 'U+2066 (a bidirectional override)'],
    ['\u2069', 'U+2069 (a bidirectional override)'],
    ['\ufffe', 'U+FFFE (a noncharacter)'],
    ['\u{10ffff}', 'U+10FFFF (a noncharacter)'],
  ];
  it.each(cases)('%j is %s', (char, name) => expect(nameOfCharacter(char)).toBe(name));
});

describe('forbiddenCharacters', () => {
  it('should allow tabs, line endings, and the characters just outside the forbidden ranges', () => {
    expect(forbiddenCharacters('a\tb\r\nc \u00a0 \u2029 \u202f \u2065 \u206a \ufffd', at)).toEqual([]);
  });

  it('should name each forbidden character at its offset, and stop at five', () => {
    const found = forbiddenCharacters('x\u0001\u001b\u202e\u2066\ufdd0\u0007', at);
    expect(found.map((d) => [d.column, d.message])).toEqual([
      [2, 'the file contains the character U+0001 (a control character), which an answer cannot hold'],
      [3, 'the file contains the character U+001B (ESC), which an answer cannot hold'],
      [4, 'the file contains the character U+202E (a bidirectional override), which an answer cannot hold'],
      [5, 'the file contains the character U+2066 (a bidirectional override), which an answer cannot hold'],
      [6, 'the file contains the character U+FDD0 (a noncharacter), which an answer cannot hold'],
    ]);
    expect(found[0]).toMatchObject({ severity: 'error', file: 'a.yaml', line: 1 });
    expect(found[0]!.hint).toMatch(/^delete it/);
  });
});

describe('documentBounds', () => {
  const bounds = (text: string) => documentBounds(parseDocument(text), at);

  it('should allow an answer of exactly the limit and refuse one character more, at the answer', () => {
    expect(bounds(`a: ${'x'.repeat(LIMITS.fieldChars)}\n`)).toEqual([]);
    const [found, ...rest] = bounds(`a: ok\nb: ${'x'.repeat(LIMITS.fieldChars + 1)}\n`);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      severity: 'error',
      message: 'this answer is 5,001 characters long, more than the 5,000 an answer may have',
      column: 10,
    });
    expect(found!.hint).toMatch(/^shorten it/);
  });

  it('should refuse an escape that writes a forbidden character, naming it, and report each kind once', () => {
    const found = bounds('a: "x\\e"\nb: "\\u202e"\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      message: 'this text contains the character U+001B (ESC), which an answer cannot hold',
      column: 4,
    });
    expect(found[0]!.hint).toMatch(/^remove the escape sequence/);
    expect(bounds('a: "plain"\nb: 3\n')).toEqual([]);
  });

  it('should allow nesting to the limit and refuse one level deeper', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
    // The document's top collection is level one.
    expect(bounds(`a: ${nested(LIMITS.depth - 1)}\n`)).toEqual([]);
    const found = bounds(`a: ${nested(LIMITS.depth)}\n`);
    expect(found.map((d) => d.message)).toEqual([
      'lists and groups are nested more than 24 levels deep here',
    ]);
    expect(found[0]!.hint).toMatch(/indentation/);
  });

  it('should allow the limit of aliases and refuse one more, at that alias', () => {
    const aliases = (n: number) => `a: &v x\nb: [${Array.from({ length: n }, () => '*v').join(', ')}]\n`;
    expect(bounds(aliases(LIMITS.aliases))).toEqual([]);
    const found = bounds(aliases(LIMITS.aliases + 1));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      message: 'the file uses aliases (*name) more than 100 times',
      column: 13 + 4 * LIMITS.aliases,
    });
    expect(found[0]!.hint).toMatch(/^write the values out/);
  });
});

describe('expandedTextExceeds', () => {
  it('should count the text in strings, lists and maps, allowing exactly the limit', () => {
    const half = 'x'.repeat(LIMITS.expandedChars / 2);
    expect(expandedTextExceeds({ a: half, b: [half] })).toBe(false);
    expect(expandedTextExceeds({ a: half, b: [half, { c: 'y' }] })).toBe(true);
    expect(expandedTextExceeds(['x'.repeat(LIMITS.expandedChars + 1)])).toBe(true);
    expect(expandedTextExceeds({ a: null, b: 3, c: [true] })).toBe(false);
  });

  it('should see a billion-laughs expansion without expanding it', () => {
    const ten = Array.from({ length: 10 }, () => 'x'.repeat(1000));
    let value: unknown = ten;
    for (let i = 0; i < 6; i++) value = Array.from({ length: 10 }, () => value);
    expect(expandedTextExceeds(value)).toBe(true);
  });
});

describe('deepFlowNesting', () => {
  const limit = LIMITS.depth * 4;
  it('should allow brackets to the limit and give the offset of the first one past it', () => {
    expect(deepFlowNesting(`${'['.repeat(limit)}${']'.repeat(limit)}`)).toBeNull();
    expect(deepFlowNesting(`a: ${'{'.repeat(limit + 1)}`)).toBe(3 + limit);
    expect(deepFlowNesting(`${'[]'.repeat(500)}`)).toBeNull();
  });

  it('should count only brackets, closing either kind, whatever stands between them', () => {
    const open = (n: number) => Array.from({ length: n }, (_, i) => `${i % 2 ? '{a: ' : '[b, '}`).join('');
    expect(deepFlowNesting(open(limit))).toBeNull();
    expect(deepFlowNesting(open(limit + 1))).toBe(4 * limit);
    expect(deepFlowNesting(`${'{}'.repeat(limit + 1)}${'['.repeat(limit)}`)).toBeNull();
    expect(deepFlowNesting(`${'[a: "x"] '.repeat(limit + 1)}`)).toBeNull();
  });

  it('should not let closing brackets bank depth for later', () => {
    expect(deepFlowNesting(`${']'.repeat(10)}${'['.repeat(limit)}`)).toBeNull();
    expect(deepFlowNesting(`${'}'.repeat(10)}${'['.repeat(limit + 1)}`)).toBe(10 + limit);
  });
});

describe('checkedText', () => {
  it('should refuse a file over the size limit, with both sizes', () => {
    expect(checkedText(1_000_001, 'big.yaml')).toEqual({
      severity: 'error',
      file: 'big.yaml',
      message: 'the file is 1,000,001 bytes, more than the 1,000,000 an answers file may have',
      hint: 'an answers file holds short answers; check that this is the right file',
    });
  });

  it('should give back UTF-8 text, and place a bad byte at its line, column and offset', () => {
    expect(checkedText(new TextEncoder().encode('a: é\n'), 'a.yaml')).toBe('a: é\n');
    const bad = checkedText(bytes(0x61, 0x0a, 0x62, 0x3a, 0x20, 0xe9, 0x0a), 'a.yaml');
    expect(bad).toMatchObject({
      severity: 'error',
      file: 'a.yaml',
      line: 2,
      column: 4,
      message: 'the file is not UTF-8 text: byte 0xE9 at offset 5 cannot be read',
    });
    expect((bad as { hint: string }).hint).toMatch(/save the file as UTF-8/);
    expect(checkedText(bytes(0x05, 0x80), 'a.yaml')).toMatchObject({
      line: 1,
      column: 2,
      message: 'the file is not UTF-8 text: byte 0x80 at offset 1 cannot be read',
    });
  });
});

describe('readParentFromDisk', () => {
  it('should read a file, and say why one cannot be read', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.yaml'), 'a: 1\n');
    expect(readParentFromDisk(join(dir, 'ok.yaml'), 'ok.yaml')).toBe('a: 1\n');
    expect(readParentFromDisk(join(dir, 'none.yaml'), 'none.yaml')).toEqual({
      severity: 'error',
      file: 'none.yaml',
      message: 'cannot read this file: no such file',
    });
    mkdirSync(join(dir, 'folder.yaml'));
    expect(readParentFromDisk(join(dir, 'folder.yaml'), 'folder.yaml')).toMatchObject({
      message: 'cannot read this file: it is a folder',
    });
    expect(readParentFromDisk(join(dir, 'ok.yaml', 'x'), 'x')).toMatchObject({
      message: 'cannot read this file: ENOTDIR',
    });
  });

  it('should refuse a file over the limit without reading it, and accept one at the limit', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.yaml'), Buffer.alloc(LIMITS.fileBytes + 1, 0x61));
    expect(readParentFromDisk(join(dir, 'big.yaml'), 'big.yaml')).toMatchObject({
      message: 'the file is 1,000,001 bytes, more than the 1,000,000 an answers file may have',
    });
    writeFileSync(join(dir, 'full.yaml'), Buffer.alloc(LIMITS.fileBytes, 0x61));
    expect(readParentFromDisk(join(dir, 'full.yaml'), 'full.yaml')).toHaveLength(LIMITS.fileBytes);
  });
});

describe('right-to-left letters in a PDF', () => {
  it('should find the first answer holding Hebrew, Arabic and the other right-to-left scripts', () => {
    expect(firstRightToLeft({ a: 'Latin', b: ['ok', 'שלום'] })).toEqual({
      path: 'b[1]',
      keys: ['b', 1],
      char: 'ש',
    });
    for (const letter of ['ب', 'ܐ', 'ހ', 'ߊ', 'ࠀ', 'ࡀ', '𞤀'])
      expect(firstRightToLeft({ x: letter })?.char).toBe(letter);
    expect(firstRightToLeft({ a: 'Ελληνικά, кириллица, 中文' })).toBeNull();
  });

  it('should refuse a PDF of such answers, naming the field, the letter and where it was written', () => {
    expect(() => refuseRightToLeftInPdf({ a: 'fine' }, 'a.yaml')).not.toThrow();
    let error: unknown;
    try {
      refuseRightToLeftInPdf({ lead_agency: { name: 'عيادة' } }, 'a.yaml', (keys) =>
        keys.join('.') === 'lead_agency.name' ? { file: 'base.yaml', line: 4, column: 9 } : undefined,
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    const diagnostic = (error as UserError).diagnostics[0]!;
    expect(diagnostic).toMatchObject({ file: 'base.yaml', line: 4, column: 9, path: 'lead_agency.name' });
    expect(diagnostic.message).toMatch(
      /^cannot write this answer into a PDF: it has right-to-left letters \(U\+0639[^`]*`ع`\), which the PDF writer would print in the wrong order$/,
    );
    expect(diagnostic.hint).toMatch(/--format md,docx/);
    expect(() => refuseRightToLeftInPdf({ a: 'שלום' }, 'b.yaml')).toThrow(UserError);
  });
});
