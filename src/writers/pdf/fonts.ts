import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { checkFontFile, readFontInfo, type FontInfo } from './font-file.js';
import { openShaper, type Shaper } from './shaper.js';

/** The four faces of the body family. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A font the layout can measure and the painter can embed; `key` names it in the layout. */
export interface LoadedFont {
  key: string;
  source: string;
  bytes: Uint8Array;
  info: FontInfo;
  shaper: Shaper;
}

/** The body family plus the user's fallback fonts, tried in order for missing characters. */
export interface FontSet {
  faces: Record<Face, LoadedFont>;
  fallbacks: LoadedFont[];
}

// Source Serif 4: a book serif drawn for long reading, with Latin Extended and Vietnamese.
const family = '@expo-google-fonts/source-serif-4';
const faceFiles: Record<Face, string> = {
  regular: '400Regular/SourceSerif4_400Regular.ttf',
  bold: '700Bold/SourceSerif4_700Bold.ttf',
  italic: '400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/SourceSerif4_700Bold_Italic.ttf',
};

const require = createRequire(import.meta.url);
const cache = new Map<string, LoadedFont>();

function loadFont(key: string, path: string, source: string): LoadedFont {
  const cached = cache.get(path);
  if (cached) return { ...cached, key };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new Error(
      `cannot read font \`${source}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    );
  }
  checkFontFile(bytes, source);
  const loaded = { key, source, bytes, info: readFontInfo(bytes), shaper: openShaper(bytes) };
  cache.set(path, loaded);
  return loaded;
}

/** Loads the body family (from its npm package) and the fallback fonts at `fallbackPaths`. */
export function loadFonts(fallbackPaths: readonly string[]): FontSet {
  const face = (name: Face) => {
    const file = `${family}/${faceFiles[name]}`;
    return loadFont(name, require.resolve(file), file);
  };
  return {
    faces: {
      regular: face('regular'),
      bold: face('bold'),
      italic: face('italic'),
      boldItalic: face('boldItalic'),
    },
    fallbacks: fallbackPaths.map((path, index) => loadFont(`fallback${index}`, path, path)),
  };
}
