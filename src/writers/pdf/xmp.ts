import { PDFName, type PDFDocument } from 'pdf-lib';
import type { DocumentMeta } from '../../ast/types.js';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The XMP metadata packet PDF/UA-1 requires: dc:title (what a reader announces), the
 * pdfuaid:part claim, and the same dates and producer as the document information dictionary.
 */
export function xmpPacket(meta: DocumentMeta, date: Date, producer: string): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const li = (value: string) => `<rdf:li>${escape(value)}</rdf:li>`;
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escape(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq>${li(meta.author)}</rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escape(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag>${li(meta.language)}</rdf:Bag></dc:language>`,
    '<dc:format>application/pdf</dc:format>',
    `<pdf:Producer>${escape(producer)}</pdf:Producer>`,
    `<pdf:Keywords>${escape(meta.keywords.join(', '))}</pdf:Keywords>`,
    '<xmp:CreatorTool>pmhc-docs</xmp:CreatorTool>',
    `<xmp:CreateDate>${when}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${when}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** Attaches the packet as the catalog's uncompressed /Metadata stream. */
export function addXmp(pdf: PDFDocument, packet: string): void {
  const stream = pdf.context.stream(new TextEncoder().encode(packet), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}
