import { AlignmentType, BorderStyle, LineRuleType, ShadingType, type IStylesOptions } from 'docx';
import { layoutStyle } from '../pdf/layout-style.js';
import { bodyFont } from './embedded-fonts.js';

/** Style ids this writer's paragraphs name; Title and Heading1..3 are Word's built-in ones. */
export const styleIds = {
  body: 'BodyText',
  clause: 'Clause',
  notice: 'Notice',
  drafterNote: 'DrafterNote',
  tableText: 'TableText',
  tableTextCompact: 'TableTextCompact',
  signature: 'Signature',
} as const;

/** Point sizes of table text: normal, and compact for tables of many columns (as the PDF). */
export const tableTextSize = { normal: 10, compact: 9.5 } as const;

/** Half-points, as Word's `w:sz` counts them. */
const pt = (points: number) => points * 2;

// The outline level is what Word's navigation pane and a table of contents read.
const heading = (outlineLevel: number, before: number, italics = false, size = 12) => ({
  run: { font: bodyFont, size: pt(size), bold: true, color: '000000', ...(italics ? { italics } : {}) },
  paragraph: {
    spacing: {
      before,
      after: size === 12 ? 100 : 40,
      line: Math.round(size * 26.7),
      lineRule: LineRuleType.AT_LEAST,
    },
    keepNext: true,
    keepLines: true,
    outlineLevel,
  },
});

/** Twips of `points`, as Word's spacing counts them. */
const tw = (points: number) => Math.round(points * 20);

/**
 * Styles of a professional legal draft, the PDF's: Source Serif 4 at 11 on 15 pt, black 12 pt
 * headings that keep with the text they introduce, and named styles so
 * a reader can restyle the whole document in Word. A form the public fills in (`formSize`, its
 * body size) is set tighter, as the PDF sets it: 1.2 leading, small gaps, headings one point up.
 */
export function createStyles(language: string, formSize: number | null = null): IStylesOptions {
  const box = { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 4 };
  const body = formSize ?? 11;
  // A form's lines are exactly the PDF's 1.2 leading: "at least" would give Source Serif its own
  // taller line (about 1.37), and the form a page more than the PDF.
  const spacing = formSize
    ? { after: tw(formSize * 0.4), line: tw(formSize * 1.2), lineRule: LineRuleType.EXACT }
    : { after: 140, line: 300, lineRule: LineRuleType.AT_LEAST };
  return {
    default: {
      document: {
        run: { font: bodyFont, size: pt(body), language: { value: language } },
        paragraph: { spacing },
      },
      title: {
        run: { font: bodyFont, size: pt(formSize ? formSize + 5 : 17), bold: true, color: '000000' },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: formSize
            ? { before: 0, after: 120, line: tw((formSize + 5) * 1.2), lineRule: LineRuleType.AT_LEAST }
            : { before: 0, after: 240, line: 440, lineRule: LineRuleType.AT_LEAST },
          keepNext: true,
        },
      },
      heading1: formSize ? heading(0, 120, false, formSize + 1) : heading(0, 240),
      heading2: formSize ? heading(1, 120, false, formSize + 1) : heading(1, 240),
      heading3: formSize ? heading(2, 100, true, formSize + 0.5) : heading(2, 200, true),
      listParagraph: { run: { font: bodyFont } },
    },
    paragraphStyles: [
      { id: styleIds.body, name: 'Body Text', basedOn: 'Normal', quickFormat: true },
      { id: styleIds.clause, name: 'Numbered Clause', basedOn: 'Normal', quickFormat: true },
      {
        id: styleIds.notice,
        name: 'Draft Notice',
        basedOn: 'Normal',
        run: { size: pt(body) },
        paragraph: {
          spacing: { after: 80 },
          border: { top: box, bottom: box, left: box, right: box },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' },
        },
      },
      {
        id: styleIds.drafterNote,
        name: 'Drafter Note',
        basedOn: 'Normal',
        run: { italics: true, color: '404040', size: pt(formSize ? Math.max(8.5, formSize - 1.5) : 9.5) },
        // Shaded with a bar down the left, as in the PDF, so that it shows and prints.
        paragraph: {
          spacing: formSize
            ? {
                before: 40,
                after: 100,
                line: tw(Math.max(8.5, formSize - 1.5) * 1.2),
                lineRule: LineRuleType.AT_LEAST,
              }
            : { before: 60, after: 200, line: 250, lineRule: LineRuleType.AT_LEAST },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF8E0' },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'D9A321', space: 6 } },
          indent: { left: 160, right: 160 },
        },
      },
      {
        id: styleIds.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: pt(tableTextSize.normal) },
        paragraph: { spacing: { before: 40, after: 40, line: 260, lineRule: LineRuleType.AT_LEAST } },
      },
      {
        id: styleIds.tableTextCompact,
        name: 'Table Text Compact',
        basedOn: styleIds.tableText,
        run: { size: pt(tableTextSize.compact) },
      },
      {
        id: styleIds.signature,
        name: 'Signature Line',
        basedOn: 'Normal',
        // The PDF's 16-point signature leading. No keepNext here: inside a table Word and
        // LibreOffice read it as "keep this row with the next", which the block sets row by row.
        paragraph: {
          spacing: {
            before: 0,
            after: 0,
            line: 20 * layoutStyle.signature.leading,
            lineRule: LineRuleType.AT_LEAST,
          },
          keepLines: true,
        },
      },
    ],
  };
}
