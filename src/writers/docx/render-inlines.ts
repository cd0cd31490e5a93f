import {
  Bookmark,
  ExternalHyperlink,
  NumberedItemReference,
  NumberedItemReferenceFormat,
  Tab,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { Inline } from '../../ast/types.js';
import { splitLinks } from '../link-text.js';
import { tieBeforeReference, tieSpaces } from '../tie-spaces.js';
import { cleanText } from './clean-text.js';

/** Run formatting inherited from enclosing strong/emphasis nodes. */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
}

/**
 * Turns inline nodes into runs. Text goes in as a string; docx escapes it, so `<b>`, `*` and
 * `{{x}}` in an answer come out literally. With `fillIns`, each run of typed underscores (a form's
 * line to write on) becomes a tab, which the paragraph's tab stops draw as a rule
 * (see fill-in-lines.ts).
 */
export function renderInlines(
  inlines: Inline[],
  warnings: string[],
  format: RunFormat = {},
  fillIns = false,
): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  const text = (value: string, extra: RunFormat & { highlight?: 'yellow' } = {}) =>
    splitLines(cleanText(value, warnings)).forEach((line, i) =>
      // An e-mail or web address is a live hyperlink, set like the text around it (as in the PDF).
      splitLinks(line).forEach((part, j) => {
        const run = new TextRun({
          ...format,
          ...extra,
          text: part.text,
          ...(i > 0 && j === 0 ? { break: 1 } : {}),
        });
        runs.push(part.href ? new ExternalHyperlink({ link: part.href, children: [run] }) : run);
      }),
    );
  inlines.forEach((node, index) => {
    switch (node.type) {
      case 'text': {
        const value = tieSpaces(node.value);
        const tied = inlines[index + 1]?.type === 'crossReference' ? tieBeforeReference(value) : value;
        if (!fillIns) text(tied);
        else
          for (const part of tied.split(/(_{3,})/))
            if (/^_{3,}$/.test(part)) runs.push(new TextRun({ ...format, children: [new Tab()] }));
            else if (part) text(part);
        break;
      }
      case 'strong':
        runs.push(...renderInlines(node.content, warnings, { ...format, bold: true }, fillIns));
        break;
      case 'emphasis':
        runs.push(...renderInlines(node.content, warnings, { ...format, italics: true }, fillIns));
        break;
      case 'definedTerm':
        // Where a term is defined it is bold in curly quotes; a use is plain text.
        if (node.defining) {
          text('\u201C');
          text(node.term, { bold: true });
          text('\u201D');
        } else text(node.term);
        break;
      case 'blank':
        text(`[${node.label}]`, { bold: true, highlight: 'yellow' });
        break;
      case 'lineBreak':
        runs.push(new TextRun({ ...format, break: 1 }));
        break;
      case 'anchor':
        // A bookmark in the clause's own paragraph: REF \w then gives its list number.
        runs.push(new Bookmark({ id: bookmarkName(node.label), children: [] }));
        break;
      case 'crossReference':
        // A REF field with the number as its cached result: Word keeps it right when counsel
        // inserts a clause and updates fields; other readers show the cached number.
        runs.push(
          new NumberedItemReference(bookmarkName(node.label), node.number, {
            hyperlink: true,
            referenceFormat: NumberedItemReferenceFormat.FULL_CONTEXT,
          }),
        );
        break;
      default:
        throw new Error(`Cannot handle unknown inline \`${(node as { type: string }).type}\``);
    }
  });
  return runs;
}

// A newline inside w:t renders as a space in Word, so an answer's line breaks become w:br.
const splitLines = (value: string) => value.split(/\r\n|\r|\n/);

/** A hidden Word bookmark name (leading underscore, letters, digits and underscores, at most 40). */
export function bookmarkName(label: string): string {
  return `_Ref_${label.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
}
