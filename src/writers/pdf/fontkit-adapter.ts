import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * pdf-lib's `registerFontkit` expects the API of `@pdf-lib/fontkit` 1.1.1, whose subsetting
 * silently corrupts glyph outlines. Upstream fontkit 2 subsets correctly but returns the subset
 * from `encode()` instead of an event stream; this adapter bridges that one difference.
 *
 * Parsed fonts are cached per bytes object, so measuring and painting share one fontkit Font
 * (and its glyph and layout caches).
 */
const parsed = new WeakMap<Uint8Array, fontkit.Font>();

/** Parses TTF/OTF bytes once; rejects formats pdf-lib cannot embed. */
export function openFont(bytes: Uint8Array, source: string): fontkit.Font {
  const cached = parsed.get(bytes);
  if (cached) return cached;
  const font = parseFont(bytes, source);
  memoizeLayout(font);
  parsed.set(bytes, font);
  return font;
}

/**
 * OpenType shaping (GSUB/GPOS) is most of a PDF's writing time, and pdf-lib shapes every run
 * twice (to measure, then to encode). A draft repeats the same words and runs, so shape each
 * text once per font; pdf-lib only reads the glyph runs it gets back.
 */
function memoizeLayout(font: fontkit.Font): void {
  const layout = font.layout.bind(font);
  const runs = new Map<string, ReturnType<typeof layout>>();
  font.layout = ((text: string, ...rest: unknown[]) => {
    if (rest.some((arg) => arg !== undefined))
      return (layout as (...args: unknown[]) => ReturnType<typeof layout>)(text, ...rest);
    let run = runs.get(text);
    if (!run) {
      run = layout(text);
      runs.set(text, run);
    }
    return run;
  }) as typeof font.layout;
}

function parseFont(bytes: Uint8Array, source: string): fontkit.Font {
  const signature = String.fromCharCode(...bytes.subarray(0, 4));
  if (signature === 'wOF2' || signature === 'wOFF') {
    throw new Error(`cannot embed font \`${source}\` (WOFF/WOFF2), expected a TTF or OTF file`);
  }
  let font: fontkit.Font | fontkit.FontCollection;
  try {
    font = fontkit.create(bytes);
  } catch (error) {
    throw new Error(`cannot read font \`${source}\`, expected a TTF or OTF file (${String(error)})`, {
      cause: error,
    });
  }
  if ('fonts' in font)
    throw new Error(`cannot embed font collection \`${source}\`, expected one TTF or OTF font`);
  return font;
}

type EncodeStream = { on(event: string, listener: (value?: unknown) => void): EncodeStream };

function streamOf(bytes: Uint8Array): EncodeStream {
  const listeners = new Map<string, (value?: unknown) => void>();
  const stream: EncodeStream = {
    on(event, listener) {
      listeners.set(event, listener);
      return stream;
    },
  };
  // pdf-lib attaches its listeners right after the call returns.
  queueMicrotask(() => {
    try {
      listeners.get('data')?.(bytes);
      listeners.get('end')?.();
    } catch (error) {
      listeners.get('error')?.(error);
    }
  });
  return stream;
}

const patched = new WeakSet<fontkit.Font>();

/** Adds `encodeStream` to the font's subsets, in place, so the parsed font stays shared. */
function withEncodeStream(font: fontkit.Font): fontkit.Font {
  if (patched.has(font)) return font;
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    return Object.assign(subset, { encodeStream: () => streamOf(subset.encode()) });
  };
  patched.add(font);
  return font;
}

/** The object to pass to `PDFDocument.registerFontkit`. */
export const fontkitAdapter: Fontkit = {
  create(bytes: Uint8Array) {
    return withEncodeStream(openFont(bytes, 'embedded font')) as unknown as ReturnType<Fontkit['create']>;
  },
};
