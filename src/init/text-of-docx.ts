import { strFromU8, unzipSync } from 'fflate';

/**
 * Limits on a .docx that git hands to textconv (it runs on every `git diff`): a zip bomb or a
 * crafted part must fail fast with a message, not take gigabytes or minutes. Our largest draft's
 * document.xml is under 1 MB.
 */
export const DOCX_LIMITS = { entries: 2000, documentBytes: 32_000_000 } as const;

/**
 * The text of a .docx as git's textconv wants it: one line per paragraph, table cells separated
 * by tabs, tracked deletions left out (the text as if every change were accepted); with
 * `changes: 'reject'`, tracked insertions left out and deletions kept (as if all were rejected).
 */
export function textOfDocx(bytes: Uint8Array, changes: 'accept' | 'reject' = 'accept'): string {
  const xml = strFromU8(documentPart(bytes));
  return `${linesOf(xml, changes === 'reject')
    .filter((line) => line.trim() !== '')
    .join('\n')}\n`;
}

/**
 * word/document.xml, refused before it is inflated when the zip's own sizes say it is a bomb.
 * fflate inflates into a buffer of the declared size, so a header that lies low gets less, not more.
 */
function documentPart(bytes: Uint8Array): Uint8Array {
  let entries = 0;
  let problem: string | null = null;
  const parts = unzipSync(bytes, {
    filter: (file) => {
      if (++entries > DOCX_LIMITS.entries) problem ??= `it holds more than ${DOCX_LIMITS.entries} parts`;
      if (file.name !== 'word/document.xml') return false;
      if (file.originalSize > DOCX_LIMITS.documentBytes)
        problem ??= `its text part would be ${file.originalSize.toLocaleString('en-US')} bytes unpacked, more than ${DOCX_LIMITS.documentBytes.toLocaleString('en-US')}`;
      return problem === null;
    },
  });
  if (problem !== null) throw new Error(problem);
  const xml = parts['word/document.xml'];
  if (!xml) throw new Error('not a Word document: it has no word/document.xml');
  if (xml.length > DOCX_LIMITS.documentBytes)
    throw new Error('its text part is larger than its zip entry says');
  return xml;
}

const ENTITY = /&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]{1,6}|#[0-9]{1,7});/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function decode(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (!name.startsWith('#')) return NAMED[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * One pass over the XML, tag by tag (indexOf only, so time is linear in the size of the part
 * whatever it holds): paragraphs, table rows and cells, text runs, tabs and breaks; text inside
 * `w:del` is skipped (with `reject`, text inside `w:ins` is, and the `w:delText` of `w:del` is
 * read), and a `w:tab` inside `w:tabs` is a tab stop, not a tab. Nested paragraphs (text boxes)
 * and tables read as part of the outer one.
 */
function linesOf(xml: string, reject: boolean): string[] {
  const lines: string[] = [];
  let paragraph: string[] | null = null;
  let paragraphDepth = 0;
  // Depth inside the tracked changes whose text is left out: deletions, or with `reject` insertions.
  let deleted = 0;
  let inText = false;
  let tabStops = false;
  let tables = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let at = 0;
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    const end = open < 0 ? xml.length : open;
    if (inText && deleted === 0 && paragraph) paragraph.push(decode(xml.slice(at, end)));
    if (open < 0) break;
    const close = xml.indexOf('>', open);
    if (close < 0) break;
    at = close + 1;
    const closing = xml.charCodeAt(open + 1) === 0x2f;
    const selfClosing = xml.charCodeAt(close - 1) === 0x2f;
    const name = tagName(xml, open + (closing ? 2 : 1), close);
    if (name === (reject ? 'w:ins' : 'w:del')) {
      if (!selfClosing) deleted += closing ? -1 : 1;
      deleted = Math.max(0, deleted);
    } else if (name === 'w:t' || (reject && name === 'w:delText')) inText = !closing && !selfClosing;
    else if (name === 'w:tabs') tabStops = !closing && !selfClosing;
    else if (name === 'w:tab' && !tabStops && paragraph && deleted === 0) paragraph.push('\t');
    else if (name === 'w:br' && paragraph && deleted === 0) paragraph.push(' ');
    else if (name === 'w:p' && !selfClosing) {
      if (!closing && paragraphDepth++ === 0) paragraph = [];
      if (closing && paragraphDepth > 0 && --paragraphDepth === 0 && paragraph) {
        const text = paragraph.join('');
        if (cell) cell.push(text);
        else lines.push(text);
        paragraph = null;
      }
    } else if (name === 'w:tbl' && !selfClosing) tables = Math.max(0, tables + (closing ? -1 : 1));
    else if (name === 'w:tr' && tables === 1 && !selfClosing) {
      if (!closing) row = [];
      else if (row) {
        lines.push(row.join('\t'));
        row = null;
      }
    } else if (name === 'w:tc' && tables === 1 && !selfClosing) {
      if (!closing) cell = [];
      else if (cell) {
        row?.push(cell.join(' / '));
        cell = null;
      }
    }
  }
  return lines;
}

/** The tag's name: from `from` up to a space, `/` or `>`. */
function tagName(xml: string, from: number, close: number): string {
  let to = from;
  while (to < close) {
    const c = xml.charCodeAt(to);
    if (c === 0x20 || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d) break;
    to++;
  }
  return xml.slice(from, to);
}
