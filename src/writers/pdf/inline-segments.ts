import type { Inline } from '../../ast/types.js';
import { splitLinks } from '../link-text.js';
import { tieBeforeReference, tieSpaces } from '../tie-spaces.js';

/** A stretch of inline text in one style; `\n` in `text` is a hard line break. */
export interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
  highlight: boolean;
  /** A live link: `#7.2` for a cross-reference to clause 7.2, else an e-mail or web address. */
  link?: string;
}

export interface SegmentStyle {
  bold: boolean;
  italic: boolean;
}

// Control and format characters draw nothing and would otherwise be reported as missing glyphs.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisible = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2060\ufeff]/gu;

/** The text as the PDF draws it: spaces tied, NFC, breaks as spaces, invisible characters gone. */
export function textAsDrawn(text: string): string {
  return tieSpaces(text)
    .normalize('NFC')
    .replace(/[\t\r\n]/g, ' ')
    .replace(invisible, '');
}

/** Flattens inline nodes into styled segments (defined terms, blanks and breaks rendered). */
export function flattenInlines(content: readonly Inline[], style: SegmentStyle): Segment[] {
  const out: Segment[] = [];
  const push = (text: string, s: SegmentStyle, highlight = false, link?: string) =>
    out.push({ text, bold: s.bold, italic: s.italic, highlight, ...(link ? { link } : {}) });
  const walk = (nodes: readonly Inline[], s: SegmentStyle) => {
    nodes.forEach((node, index) => {
      switch (node.type) {
        case 'text': {
          const before = nodes[index + 1]?.type === 'crossReference';
          const value = textAsDrawn(before ? tieBeforeReference(node.value) : node.value);
          for (const part of splitLinks(value)) push(part.text, s, false, part.href);
          break;
        }
        case 'strong':
          walk(node.content, { ...s, bold: true });
          break;
        case 'emphasis':
          walk(node.content, { ...s, italic: !s.italic });
          break;
        case 'definedTerm':
          push(node.defining ? `\u201c${textAsDrawn(node.term)}\u201d` : textAsDrawn(node.term), {
            ...s,
            bold: s.bold || node.defining,
          });
          break;
        case 'blank':
          push(`[${textAsDrawn(node.label)}]`, { ...s, bold: true }, true);
          break;
        case 'lineBreak':
          push('\n', s);
          break;
        case 'anchor':
          break;
        case 'crossReference': {
          // "Section 5" is the link, not the "5" alone: a click target a reader can hit.
          const previous = out.at(-1);
          const word = previous && !previous.link ? /\p{L}+\u00a0$/u.exec(previous.text) : null;
          if (previous && word) previous.text = previous.text.slice(0, word.index);
          push(`${word?.[0] ?? ''}${node.number}`, s, false, `#${node.number}`);
          break;
        }
        default:
          throw new Error(`Cannot handle unknown inline node \`${(node as { type: string }).type}\``);
      }
    });
  };
  walk(content, style);
  return out.filter((segment) => segment.text.length > 0);
}

/** The plain text of inline nodes, as the PDF shows it (for bookmarks and warnings). */
export function plainText(content: readonly Inline[]): string {
  return flattenInlines(content, { bold: false, italic: false })
    .map((segment) => segment.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
