import { escapeXml } from './escape-xml.js';

/**
 * Sets docProps/core.xml's dates to the document's timestamp (docx stamps the clock there) and
 * records the document language, which docx has no option for.
 */
export function patchCoreProperties(xml: string, meta: { timestamp: Date; language: string }): string {
  const when = meta.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const dated = xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_match, open: string, _name: string, close: string) => `${open}${when}${close}`,
  );
  if (dated.includes('<dc:language>')) return dated;
  return dated.replace(
    '</cp:coreProperties>',
    `<dc:language>${escapeXml(meta.language)}</dc:language></cp:coreProperties>`,
  );
}
