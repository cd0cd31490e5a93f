import { strFromU8, strToU8 } from 'fflate';
import type { Parts } from './compile-parts.js';

const hyperlinkType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * docx names each hyperlink's relationship with a random id, so two builds differ. This renames
 * them `rIdLink1`, `rIdLink2`… in the order the part uses them, in the part and its .rels.
 */
export function renameHyperlinkIds(parts: Parts): void {
  for (const relsPath of Object.keys(parts)) {
    const match = /^(.*)_rels\/([^/]+)\.rels$/.exec(relsPath);
    if (!match) continue;
    const partPath = `${match[1]}${match[2]}`;
    const part = parts[partPath];
    const rels = strFromU8(parts[relsPath] as Uint8Array);
    if (!part || !rels.includes(hyperlinkType)) continue;
    const ids = new Set(
      [...rels.matchAll(/<Relationship\b[^>]*>/g)]
        .filter(([element]) => element.includes(`Type="${hyperlinkType}"`))
        .map(([element]) => /\bId="([^"]+)"/.exec(element)?.[1])
        .filter((id): id is string => id !== undefined),
    );
    const xml = strFromU8(part);
    const names = new Map<string, string>();
    for (const [, id] of xml.matchAll(/\br:id="([^"]+)"/g))
      if (ids.has(id as string) && !names.has(id as string))
        names.set(id as string, `rIdLink${names.size + 1}`);
    const rename = (text: string, pattern: RegExp) =>
      text.replace(pattern, (whole, before: string, id: string) =>
        names.has(id) ? `${before}${names.get(id)}"` : whole,
      );
    parts[partPath] = strToU8(rename(xml, /(\br:id=")([^"]+)"/g));
    parts[relsPath] = strToU8(rename(rels, /(\bId=")([^"]+)"/g));
  }
}
