import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The hb-subset exports this module calls (HarfBuzz's subsetter, built to WebAssembly). */
interface SubsetExports {
  memory: WebAssembly.Memory;
  _initialize?: () => void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
// Keep glyph ids: the content streams use the font's own ids (CIDToGIDMap /Identity).
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;

// A PDF viewer draws with the outlines and the /W widths; shaping tables are dead weight.
const droppedTables = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'DSIG', 'kern', 'morx', 'STAT'];

let instance: SubsetExports | null = null;
let compiled: WebAssembly.Module | null = null;
const require = createRequire(import.meta.url);
const wasmBytes = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
// Compiling the subsetter takes V8 tens of milliseconds: start it off the main thread as soon as
// the PDF writer loads, so it overlaps layout and painting (see subsetterReady).
const compiling = WebAssembly.compile(wasmBytes).then((module) => {
  compiled = module;
});

/** Resolves once the subsetter is compiled; subsetFont works before too, compiling on the spot. */
export function subsetterReady(): Promise<void> {
  return compiling;
}

function subsetter(): SubsetExports {
  if (instance) return instance;
  const module = compiled ?? new WebAssembly.Module(wasmBytes);
  const exports = new WebAssembly.Instance(module, {}).exports as unknown as SubsetExports;
  exports._initialize?.();
  instance = exports;
  return exports;
}

function tag(name: string): number {
  return (
    ((name.charCodeAt(0) << 24) |
      (name.charCodeAt(1) << 16) |
      (name.charCodeAt(2) << 8) |
      name.charCodeAt(3)) >>>
    0
  );
}

/**
 * The font reduced to `glyphs` (plus .notdef and what their composites need), glyph ids kept.
 * Deterministic: the same font and glyph set give the same bytes.
 */
export function subsetFont(bytes: Uint8Array, glyphs: Iterable<number>, source: string): Uint8Array {
  return runSubset(bytes, source, HB_SUBSET_FLAGS_RETAIN_GIDS, droppedTables, (hb, input) => {
    const set = hb.hb_subset_input_glyph_set(input);
    for (const glyph of glyphs) hb.hb_set_add(set, glyph);
  });
}

/**
 * The font reduced to the glyphs that draw `codePoints`, with the shaping tables (kerning,
 * ligatures) subset to match, for a program that sets text itself (a word processor).
 * Deterministic: the same font and characters give the same bytes.
 */
export function subsetFontToCharacters(
  bytes: Uint8Array,
  codePoints: Iterable<number>,
  source: string,
): Uint8Array {
  return runSubset(bytes, source, 0, [], (hb, input) => {
    const set = hb.hb_subset_input_unicode_set(input);
    for (const codePoint of codePoints) hb.hb_set_add(set, codePoint);
  });
}

function runSubset(
  bytes: Uint8Array,
  source: string,
  flags: number,
  dropTables: readonly string[],
  choose: (hb: SubsetExports, input: number) => void,
): Uint8Array {
  const hb = subsetter();
  const face = faceOf(hb, bytes);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error(`cannot subset font \`${source}\`: out of memory (please report)`);
  try {
    choose(hb, input);
    const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const table of dropTables) hb.hb_set_add(drop, tag(table));
    hb.hb_subset_input_set_flags(input, flags);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error(`cannot subset font \`${source}\` (please report)`);
    const result = hb.hb_face_reference_blob(subset);
    const lengthPointer = hb.malloc(4);
    const start = hb.hb_blob_get_data(result, lengthPointer);
    const length = new Uint32Array(hb.memory.buffer, lengthPointer, 1)[0] as number;
    const out = new Uint8Array(hb.memory.buffer, start, length).slice();
    hb.free(lengthPointer);
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    if (out.length === 0) throw new Error(`cannot subset font \`${source}\` (please report)`);
    return out;
  } finally {
    hb.hb_subset_input_destroy(input);
  }
}

// One copy of each font in the subsetter's memory, parsed once, for the life of the process: a
// copy per call grew the WebAssembly heap by about a megabyte a document.
const faces = new WeakMap<Uint8Array, number>();

function faceOf(hb: SubsetExports, bytes: Uint8Array): number {
  let face = faces.get(bytes);
  if (face === undefined) {
    const data = hb.malloc(bytes.length);
    new Uint8Array(hb.memory.buffer, data, bytes.length).set(bytes);
    face = hb.hb_face_create(hb.hb_blob_create(data, bytes.length, HB_MEMORY_MODE_READONLY, 0, 0), 0);
    faces.set(bytes, face);
  }
  return face;
}
