/**
 * docx numbers bookmarks and `_TocN` anchors from module-level counters, so a second document in
 * the same process gets different ids. Renumbering by first appearance makes them depend only on
 * the document. A part without bookmarks comes back unchanged.
 */
export function renumberIds(xml: string): string {
  if (!xml.includes('w:bookmarkStart') && !xml.includes('_Toc')) return xml;
  const bookmarkIds = new Map<string, string>();
  const tocNames = new Map<string, string>();
  return xml
    .replace(
      /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g,
      (_m, before: string, id: string, after: string) => {
        if (!bookmarkIds.has(id)) bookmarkIds.set(id, String(bookmarkIds.size));
        return `${before}${bookmarkIds.get(id)}${after}`;
      },
    )
    .replace(/_Toc(\d+)/g, (_m, n: string) => {
      if (!tocNames.has(n)) tocNames.set(n, String(tocNames.size + 1).padStart(9, '0'));
      return `_Toc${tocNames.get(n)}`;
    });
}
