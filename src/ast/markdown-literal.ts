/**
 * Markdown that reads back as the literal text it was made from, by position, the way
 * mdast-util-to-markdown's "unsafe" patterns do it: some characters are markup anywhere (`*`, `_`,
 * `[`, `` ` ``, `\`), others only where a block can begin (`-`, `+`, `=`, `>`, `2026.`, `1)`), and
 * a line ending inside one-line text would start a new block, so it is folded into a space.
 * Backslash escapes are valid before every ASCII punctuation mark in CommonMark, so escaping
 * more than needed never changes the text; escaping less loses it.
 */

/** CR LF, a lone CR (which Markdown reads as a line ending too), LF, and the Unicode separators. */
const LINE_ENDINGS = /\r\n?|[\n\u0085\u2028\u2029]/g;

/** What starts a block at the beginning of a line: a list marker, a break, a setext underline. */
const BLOCK_START = /^(?:[-+*=>#~`_]|\d{1,9}[.)](?=[ \t]|$))/;

/** The text with every line ending folded into a space. */
export function oneLine(value: string): string {
  return value.replace(LINE_ENDINGS, ' ');
}

/**
 * Escapes the start of a line (already escaped elsewhere): `- x`, `2026. x`, `1) x`, `---`,
 * `===`, `+ x` and `> x` come out as text. Only the first marker needs it: `\- - -` is no break.
 */
export function escapeBlockStart(escaped: string): string {
  const match = BLOCK_START.exec(escaped);
  if (!match) return escaped;
  // The marker's last character: the `-` of `- x`, the `.` of `2026. x` (`2026\. x`).
  const at = match[0].length - 1;
  return `${escaped.slice(0, at)}\\${escaped.slice(at)}`;
}

/**
 * A code span holding `value` literally: a fence one backtick longer than the longest run
 * inside, padded with spaces when the value begins or ends with a backtick or a space.
 */
export function codeSpan(value: string): string {
  const text = oneLine(value);
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Text inside an HTML comment (`<!-- ... -->`): JSON-quoted, with `<`, `>` and a `-` before `-` written as
 * `\u` escapes, so it can neither close the comment nor open a tag, and `JSON.parse` gives it back.
 */
export function commentLiteral(value: string): string {
  return JSON.stringify(value).replace(
    /-(?=-)|[<>]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
