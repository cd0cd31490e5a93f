import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Document } from '../../src/ast/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { defaultWriteOptions, type WriteOptions } from '../../src/writers/types.js';

/** Writes a document with the default options (or some overrides). */
export async function write(doc: Document, options: Partial<WriteOptions> = {}) {
  return writeDocx(doc, { ...defaultWriteOptions, ...options });
}

/** The package's parts as text, by path. */
export function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** One part as text; fails the test if the part is missing. */
export function part(bytes: Uint8Array, name: string): string {
  const text = parts(bytes)[name];
  if (text === undefined) throw new Error(`the package has no part \`${name}\``);
  return text;
}

/** The text mammoth (an independent reader) finds in the document body. */
export async function rawText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

/** The w:p elements of a part, in order. */
export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? [];
}

/** The visible text of an XML fragment (w:t contents joined), with entities decoded. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
