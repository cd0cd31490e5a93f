import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { codeSpan, commentLiteral, escapeBlockStart, oneLine } from '../../src/ast/markdown-literal.js';
import { collapseDoublePeriods, escapeDeep, escapeMarkdown } from '../../src/templating/escape-markdown.js';

// Fast unit tests of the escaping functions against their documented behaviour, read back by an
// independent CommonMark reader (markdown-it); the rendered-document tests are in tests/security.
const commonmark = new MarkdownIt('commonmark');

/** The text CommonMark reads from one line of Markdown (tags dropped, entities decoded). */
function textOf(markdown: string): string {
  const html = commonmark.render(markdown).trim();
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('escapeMarkdown', () => {
  it('should read back as the literal answer, markup and block markers included', () => {
    for (const answer of [
      'Friends of [[?Riverbend]] [[Agency]]',
      '*bold* _em_ `code` <b>x</b> &copy; {{x}} # | ~ ! + = ^ $ " ( )',
      '- cut repeat calls',
      '1. Reduce arrests',
      '1) Reduce arrests',
      '2026. was the year',
      '---',
      '===',
      '+ one',
      '> quoted',
      '# heading',
    ]) {
      expect(textOf(escapeMarkdown(answer)), answer).toBe(answer);
    }
  });

  it('should fold every line ending into a space, so an answer never starts a block', () => {
    expect(escapeMarkdown('a\r\nb\rc\nd\u0085e\u2028f\u2029g')).toBe('a b c d e f g');
    expect(oneLine('x\r\n\r\ny')).toBe('x  y');
  });

  it('should leave - . : and letters inside the text alone (ids and enum values compare equal)', () => {
    expect(escapeMarkdown('covered-entity')).toBe('covered-entity');
    expect(escapeMarkdown('Harbor Services, Inc. 10:30')).toBe('Harbor Services, Inc. 10:30');
    expect(escapeMarkdown("Sheriff's Office")).toBe("Sheriff's Office");
  });
});

describe('escapeBlockStart', () => {
  it('should escape only the last character of the first marker', () => {
    expect(escapeBlockStart('- x')).toBe('\\- x');
    expect(escapeBlockStart('- - -')).toBe('\\- - -');
    expect(escapeBlockStart('2026. was')).toBe('2026\\. was');
    expect(escapeBlockStart('1) x')).toBe('1\\) x');
    expect(escapeBlockStart('12.')).toBe('12\\.');
    expect(escapeBlockStart('> x')).toBe('\\> x');
  });

  it('should leave text that starts no block as it is', () => {
    expect(escapeBlockStart('x - y')).toBe('x - y');
    expect(escapeBlockStart('2026 was')).toBe('2026 was');
    expect(escapeBlockStart('1.5 hours')).toBe('1.5 hours');
    expect(escapeBlockStart('1234567890. ten digits')).toBe('1234567890. ten digits');
  });
});

describe('escapeDeep', () => {
  it('should escape every string, deeply, and pass numbers, booleans and null through', () => {
    expect(escapeDeep({ a: '*x*', n: 5, b: true, z: null, list: ['[y]', 2], nested: { c: '#' } })).toEqual({
      a: '\\*x\\*',
      n: 5,
      b: true,
      z: null,
      list: ['\\[y\\]', 2],
      nested: { c: '\\#' },
    });
  });
});

describe('collapseDoublePeriods', () => {
  it('should give a sentence that ends on "Inc." one period, not two', () => {
    expect(collapseDoublePeriods('with Harbor Services, Inc.. The')).toBe('with Harbor Services, Inc. The');
    expect(collapseDoublePeriods('Ré.. x')).toBe('Ré. x');
  });

  it('should leave an ellipsis, and two periods not after a letter, alone', () => {
    expect(collapseDoublePeriods('Wait... then')).toBe('Wait... then');
    expect(collapseDoublePeriods('version 1..2')).toBe('version 1..2');
    expect(collapseDoublePeriods('see (x).. and')).toBe('see (x).. and');
  });
});

describe('codeSpan', () => {
  it('should fence with one backtick more than the longest run inside', () => {
    expect(codeSpan('abc')).toBe('`abc`');
    expect(codeSpan('a``b')).toBe('```a``b```');
    expect(codeSpan('a`b``c')).toBe('```a`b``c```');
    expect(textOf(codeSpan('a``b'))).toBe('a``b');
  });

  it('should pad a value that begins or ends with a backtick or a space, and fold lines', () => {
    expect(codeSpan('`x')).toBe('`` `x ``');
    expect(codeSpan('x ')).toBe('` x  `');
    expect(codeSpan('a\nb')).toBe('`a b`');
    expect(textOf(codeSpan('`x'))).toBe('`x');
  });
});

describe('commentLiteral', () => {
  it('should write < > and a - before - as \\u escapes, and nothing else', () => {
    expect(commentLiteral('a-b')).toBe('"a-b"');
    expect(commentLiteral('a--b')).toBe('"a\\u002d-b"');
    expect(commentLiteral('<x>')).toBe('"\\u003cx\\u003e"');
  });

  it('should never contain -- or >, and JSON.parse should give the value back', () => {
    for (const value of ['---', '-->', 'a --!> b', '<!-- x -->', '- -']) {
      const literal = commentLiteral(value);
      expect(literal).not.toMatch(/--|>/);
      expect(JSON.parse(literal)).toBe(value);
    }
  });
});
