import { PageBreak as DocxPageBreak, Paragraph } from 'docx';

/** A forced page break: a `w:br w:type="page"` run, as Word's Ctrl+Enter makes. */
export function renderPageBreak(): Paragraph[] {
  return [new Paragraph({ children: [new DocxPageBreak()] })];
}
