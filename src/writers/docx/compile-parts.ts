import { Packer, type Document as DocxDocument } from 'docx';
import { strToU8, unzipSync } from 'fflate';

/** The package's parts by path, before zipping. */
export type Parts = Record<string, Uint8Array>;

interface Compiler {
  compile(file: DocxDocument): Map<string, string | ArrayBufferView | ArrayBuffer>;
}

/**
 * The parts docx makes for a document. Packer zips what its (untyped) compiler returns, and we
 * re-zip anyway to make the bytes deterministic, so taking the parts from the compiler saves a
 * deflate and an inflate: about 6 ms of 25 for a twelve-page document. If a docx upgrade moves
 * the compiler, the public Packer path gives the same parts (a test holds both to the same bytes).
 */
export async function compileParts(file: DocxDocument, viaPacker = false): Promise<Parts> {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (!viaPacker && typeof compiler?.compile === 'function') {
    const parts: Parts = {};
    for (const [path, data] of compiler.compile(file)) parts[path] = bytesOf(data);
    return parts;
  }
  const zipped = await Packer.toBuffer(file);
  return unzipSync(new Uint8Array(zipped.buffer, zipped.byteOffset, zipped.byteLength));
}

function bytesOf(data: string | ArrayBufferView | ArrayBuffer): Uint8Array {
  if (typeof data === 'string') return strToU8(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}
