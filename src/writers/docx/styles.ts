import { AlignmentType, BorderStyle, ShadingType, type IStylesOptions } from 'docx';

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

export const bodyFont = 'Times New Roman';

/** Point sizes of table text: normal, and compact for tables of many columns. */
export const tableTextSize = { normal: 11, compact: 10 } as const;

/** Half-points, as Word's `w:sz` counts them. */
const pt = (points: number) => points * 2;

// The outline level is what Word's navigation pane and a table of contents read.
const heading = (outlineLevel: number, before: number, italics = false) => ({
  run: { font: bodyFont, size: pt(12), bold: true, color: '000000', ...(italics ? { italics } : {}) },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
});

/**
 * Styles of a professional legal draft: a serif body at 12 pt, black headings that keep with the
 * text they introduce, and named styles so a reader can restyle the whole document in Word.
 */
export function createStyles(language: string): IStylesOptions {
  const box = { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 4 };
  return {
    default: {
      document: {
        run: { font: bodyFont, size: pt(12), language: { value: language } },
        paragraph: { spacing: { after: 160, line: 252 } },
      },
      title: {
        run: { font: bodyFont, size: pt(16), bold: true, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240 }, keepNext: true },
      },
      heading1: heading(0, 280),
      heading2: heading(1, 240),
      heading3: heading(2, 200, true),
      listParagraph: { run: { font: bodyFont } },
    },
    paragraphStyles: [
      { id: styleIds.body, name: 'Body Text', basedOn: 'Normal', quickFormat: true },
      { id: styleIds.clause, name: 'Numbered Clause', basedOn: 'Normal', quickFormat: true },
      {
        id: styleIds.notice,
        name: 'Draft Notice',
        basedOn: 'Normal',
        run: { size: pt(11) },
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
        run: { italics: true, color: '595959', size: pt(10) },
      },
      {
        id: styleIds.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: pt(tableTextSize.normal) },
        paragraph: { spacing: { before: 40, after: 40, line: 240 } },
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
        // No keepNext: inside a table Word and LibreOffice read it as "keep this row with the
        // next", which glues the whole block to one page; cantSplit rows keep each party whole.
        paragraph: { spacing: { before: 0, after: 60 }, keepLines: true },
      },
    ],
  };
}
