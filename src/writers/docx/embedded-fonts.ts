import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { strFromU8, strToU8 } from 'fflate';
import type { Parts } from './compile-parts.js';
import { extraCharacters, subsetForWord } from './subset-embedded-font.js';

/** The face the PDF is set in: Word and LibreOffice use it from the file, installed or not. */
export const bodyFont = 'Source Serif 4';

const files = {
  data: '400Regular/SourceSerif4_400Regular.ttf',
  bold: '700Bold/SourceSerif4_700Bold.ttf',
  italic: '400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/SourceSerif4_700Bold_Italic.ttf',
} as const;

const require = createRequire(import.meta.url);
let cached: Record<keyof typeof files, Buffer> | null = null;

/** The four faces' TrueType bytes, read once (the package's own files, OFL-licensed). */
export function bodyFontFaces(): { name: string } & Record<keyof typeof files, Buffer> {
  cached ??= Object.fromEntries(
    Object.entries(files).map(([face, file]) => [
      face,
      readFileSync(require.resolve(`@expo-google-fonts/source-serif-4/${file}`)),
    ]),
  ) as Record<keyof typeof files, Buffer>;
  return { name: bodyFont, ...cached };
}

/** XORs the first 32 bytes with the key's bytes in reverse (ECMA-376 Part 1, 17.8.1): its own inverse. */
export function obfuscate(data: Uint8Array, key: string): Uint8Array {
  const bytes = key
    .replace(/[{}-]/g, '')
    .match(/../g)!
    .map((hex) => parseInt(hex, 16))
    .reverse();
  const out = data.slice();
  for (let i = 0; i < 32 && i < out.length; i++) out[i] = (out[i] as number) ^ (bytes[i % 16] as number);
  return out;
}

/** The face of ours whose bytes these are (docx hands back a copy), or undefined. */
function faceOfBytes(font: Uint8Array): { face: Buffer; name: string } | undefined {
  const faces = bodyFontFaces();
  for (const name of Object.keys(files) as (keyof typeof files)[])
    if (Buffer.compare(faces[name], font) === 0) return { face: faces[name], name };
  return undefined;
}

/**
 * Each embedded face is subset to what the document and its editors need (see subsetForWord).
 * docx obfuscates each face with a random GUID, so two builds differ: each is re-keyed with a
 * GUID made from the font's own bytes, so the same file gives the same bytes.
 */
export function finishEmbeddedFonts(parts: Parts): void {
  const table = parts['word/fontTable.xml'];
  const rels = parts['word/_rels/fontTable.xml.rels'];
  if (!table || !rels) return;
  const extra = extraCharacters(parts);
  const targets = new Map(
    [
      ...strFromU8(rels).matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="(rId\d+)"/g),
    ].map((m) => [m[1] ?? m[4], `word/${m[2] ?? m[3]}`]),
  );
  const xml = strFromU8(table).replace(/<w:embed\w+ [^>]*\/>/g, (element) => {
    const id = /r:id="(rId\d+)"/.exec(element)?.[1];
    const key = /w:fontKey="(\{[0-9A-Fa-f-]+\})"/.exec(element)?.[1];
    const path = id ? targets.get(id) : undefined;
    const obfuscated = path ? parts[path] : undefined;
    if (!key || !path || !obfuscated) return element;
    const whole = obfuscate(obfuscated, key);
    const ours = faceOfBytes(whole);
    const font = ours ? subsetForWord(ours.face, ours.name, extra) : whole;
    const keyed = keyedFont(font);
    parts[path] = keyed.bytes;
    return element.replace(key, keyed.key);
  });
  parts['word/fontTable.xml'] = strToU8(xml);
}

// subsetForWord hands back the same subset for every draft of a packet: keying it once gives the
// zip the same array each time, which it compresses once (zip-entries.ts).
const keyedOnce = new WeakMap<Uint8Array, { key: string; bytes: Uint8Array }>();

/** A face obfuscated with a GUID made from its own bytes, so the same face gives the same bytes. */
function keyedFont(font: Uint8Array): { key: string; bytes: Uint8Array } {
  let keyed = keyedOnce.get(font);
  if (!keyed) {
    const hex = createHash('sha256').update(font).digest('hex').slice(0, 32).toUpperCase();
    const key = `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
    keyed = { key, bytes: obfuscate(font, key) };
    keyedOnce.set(font, keyed);
  }
  return keyed;
}
