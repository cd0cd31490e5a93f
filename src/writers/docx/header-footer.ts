import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import type { DocumentMeta } from '../../ast/types.js';
import { cleanText } from './clean-text.js';

const small = 17; // 8.5 pt in half-points, as the PDF's running header

/** About this many characters of 8.5 pt text fit beside the version and the DRAFT mark. */
const titleRoom = 64;

/** A title cut at a word with an ellipsis, so that the header stays on one line. */
export function headerTitle(title: string): string {
  if (title.length <= titleRoom) return title;
  const cut = title.slice(0, titleRoom - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), titleRoom / 2)).replace(/[\s,:;(–-]+$/, '')}\u2026`;
}

/**
 * The running header as in the PDF, on one line over a rule (italic title, template version and
 * revision, red DRAFT mark), and the "Page X of Y" footer, whose numbers are PAGE and NUMPAGES
 * fields Word fills in.
 */
export function createHeaderFooter(meta: DocumentMeta, textWidth: number, warnings: string[]) {
  const version =
    `Template ${meta.templateVersion}` +
    (meta.revision ? ` \u00B7 Rev. ${meta.revision}` : '') +
    '  \u00B7  ';
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        spacing: { after: 0 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } },
        children: [
          new TextRun({
            text: cleanText(headerTitle(meta.title), warnings),
            size: small,
            italics: true,
            color: '666666',
          }),
          new TextRun({ children: [new Tab(), cleanText(version, warnings)], size: small, color: '666666' }),
          new TextRun({ text: 'DRAFT', size: small, bold: true, color: 'B81C1C' }),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 0 },
        children: [
          new TextRun({
            size: small,
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
  return { headers: { default: header }, footers: { default: footer } };
}
