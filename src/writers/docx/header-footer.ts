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

const small = 18; // 9 pt in half-points

/**
 * The running header (title and DRAFT mark, then the template version and revision over a rule)
 * and the "Page X of Y" footer, whose numbers are PAGE and NUMPAGES fields Word fills in.
 */
export function createHeaderFooter(meta: DocumentMeta, textWidth: number, warnings: string[]) {
  const version =
    `Template v${meta.templateVersion}` + (meta.revision ? ` \u00B7 Revision ${meta.revision}` : '');
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        spacing: { after: 0 },
        children: [
          new TextRun({ text: cleanText(meta.title, warnings), size: small }),
          new TextRun({ children: [new Tab(), 'DRAFT'], size: small, bold: true, color: 'C00000' }),
        ],
      }),
      new Paragraph({
        spacing: { after: 0 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F', space: 2 } },
        children: [new TextRun({ text: cleanText(version, warnings), size: small, color: '595959' })],
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
