import { strFromU8, unzipSync } from 'fflate';

const entities: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
};

/**
 * The text of a .docx as git's textconv wants it: one line per paragraph, table cells separated
 * by tabs, tracked deletions left out (the text as if every change were accepted).
 */
export function textOfDocx(bytes: Uint8Array): string {
  const parts = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
  const xml = parts['word/document.xml'];
  if (!xml) throw new Error('not a Word document: it has no word/document.xml');
  const body = strFromU8(xml).replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '');
  const lines: string[] = [];
  // Tables are not nested in our drafts: a row is one line, its cells separated by tabs.
  for (const [index, chunk] of body.split(/<w:tbl>|<\/w:tbl>/).entries()) {
    if (index % 2 === 0) lines.push(...paragraphsOf(chunk));
    else {
      for (const row of chunk.split(/<\/w:tr>/)) {
        const cells = row.split(/<\/w:tc>/).slice(0, -1);
        lines.push(cells.map((cell) => paragraphsOf(cell).join(' / ')).join('\t'));
      }
    }
  }
  return `${lines.filter((line) => line.trim() !== '').join('\n')}\n`;
}

function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0]));
}

function paragraphText(paragraph: string): string {
  return paragraph
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, ' ')
    .replace(/<(?!w:t[ >])(?!\/w:t>)[^>]*>/g, '')
    .replace(/<w:t[^>]*>|<\/w:t>/g, '')
    .replace(/&(lt|gt|quot|apos|amp);/g, (m) => entities[m] ?? m);
}
