import { strFromU8, unzipSync } from 'fflate';

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

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
  for (const row of body.split(/<\/w:tr>/)) {
    const cells = row.split(/<\/w:tc>/);
    const texts = cells.map((cell) =>
      [...cell.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0])).join(' / '),
    );
    lines.push(...(cells.length > 1 ? [texts.filter((t) => t !== '').join('\t')] : texts));
  }
  return `${lines.filter((line) => line.trim() !== '').join('\n')}\n`;
}

function paragraphText(paragraph: string): string {
  return paragraph
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, ' ')
    .replace(/<(?!w:t[ >])(?!\/w:t>)[^>]*>/g, '')
    .replace(/<w:t[^>]*>|<\/w:t>/g, '')
    .replace(/&(lt|gt|quot|apos|amp);/g, (m) => entities[m] ?? m);
}
