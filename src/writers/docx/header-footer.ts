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
import { bodyMeasurer } from './body-measurer.js';
import { runningHeader } from '../running-header.js';

const small = 17; // 8.5 pt in half-points, as the PDF's running header

/**
 * The running header as in the PDF, on one line over a rule (italic title, template version and
 * revision, red DRAFT mark), and the "Page X of Y" footer, whose numbers are PAGE and NUMPAGES
 * fields Word fills in.
 */
export function createHeaderFooter(meta: DocumentMeta, textWidth: number, warnings: string[]) {
  const separator = '  \u00B7  ';
  // Measured as the PDF measures it, in the same face, so both headers cut the same words.
  const points = (text: string, italic = false) =>
    bodyMeasurer().width(text, italic ? 'italic' : 'regular', small / 2);
  const room = textWidth / 20 - bodyMeasurer().width('DRAFT', 'bold', small / 2) - points(separator);
  const fitted = runningHeader(meta, points, room);
  const version = `${fitted.version}${separator}`;
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        spacing: { after: 0 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } },
        children: [
          new TextRun({
            text: cleanText(fitted.title, warnings),
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
