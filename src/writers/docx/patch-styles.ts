import { styleIds } from './styles.js';

/**
 * Styles Word must not hyphenate, as the PDF does not: titles and headings, table cells (a word
 * that fits its column stays whole), signature lines and the boxed notes. docx has no option for
 * `w:suppressAutoHyphens`, so it goes into each style's paragraph properties here.
 */
const unhyphenated = [
  'Title',
  'Heading1',
  'Heading2',
  'Heading3',
  styleIds.tableText,
  styleIds.tableTextCompact,
  styleIds.signature,
  styleIds.drafterNote,
  styleIds.notice,
];

/** Style fixes docx has no option for: widow and orphan control declared, and no hyphens where the PDF has none. */
export function patchStyles(xml: string): string {
  return suppressHyphens(declareWidowControl(xml));
}

/** Declared in the defaults, not left to the application's own (the visual review). */
function declareWidowControl(xml: string): string {
  return xml.replace(/<w:pPrDefault><w:pPr>(?!<w:widowControl)/, (start) => `${start}<w:widowControl/>`);
}

function suppressHyphens(xml: string): string {
  return xml.replace(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (style, id: string) => {
    if (!unhyphenated.includes(id)) return style;
    // pPr children have a fixed order; suppressAutoHyphens comes after the borders and
    // shading, before spacing, indentation and outline level.
    if (/<w:pPr>/.test(style)) {
      const before = /<w:(?:spacing|ind|contextualSpacing|jc|outlineLvl)\b/.exec(
        style.slice(style.indexOf('<w:pPr>')),
      );
      if (before) {
        const at = style.indexOf('<w:pPr>') + before.index;
        return `${style.slice(0, at)}<w:suppressAutoHyphens/>${style.slice(at)}`;
      }
      return style.replace('</w:pPr>', '<w:suppressAutoHyphens/></w:pPr>');
    }
    const at = style.search(/<w:rPr>|<\/w:style>/);
    return `${style.slice(0, at)}<w:pPr><w:suppressAutoHyphens/></w:pPr>${style.slice(at)}`;
  });
}
