import { strFromU8, strToU8 } from 'fflate';
import type { Parts } from './compile-parts.js';
import { dosDateTime, zipEntries } from './zip-entries.js';

/** A rewrite of one XML part, keyed by its path in the package. */
export type PartPatch = (xml: string) => string;

export interface NormalizeZipOptions {
  /** Stamped on every entry, so that the bytes do not depend on when the file was written. */
  timestamp: Date;
  /** Rewrites of parts by path; `*.xml` applies to every XML part not named. */
  patches: Record<string, PartPatch>;
}

/** Fixed so that the deflate stream, and so the bytes, never vary; 6 is zlib's default. */
const level = 6 as const;

/**
 * Zips a .docx's parts deterministically: parts patched, entries in a fixed order
 * (`[Content_Types].xml` first, as Word writes it, then by path) with a fixed mtime and level.
 */
export function normalizeZip(entries: Parts, options: NormalizeZipOptions): Uint8Array {
  const mtime = dosDateTime(dosTime(options.timestamp));
  const names = Object.keys(entries).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return zipEntries(
    names.map((name) => {
      const data = entries[name]!;
      const patch = options.patches[name] ?? (name.endsWith('.xml') ? options.patches['*.xml'] : undefined);
      return { name, data: patch ? applyPatch(patch, data) : data, level };
    }),
    mtime,
  );
}

// Most parts come back unchanged from a patch; keeping their bytes skips re-encoding them.
function applyPatch(patch: PartPatch, data: Uint8Array): Uint8Array {
  const text = strFromU8(data);
  const patched = patch(text);
  return patched === text ? data : strToU8(patched);
}

const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : 1);

/**
 * fflate turns an mtime into DOS date fields through the Date's local-time getters, so a Date
 * built from the timestamp's UTC fields as local fields yields the same bytes in every time zone.
 * DOS dates start in 1980.
 */
function dosTime(timestamp: Date): Date {
  const t = timestamp.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : timestamp;
  return new Date(
    t.getUTCFullYear(),
    t.getUTCMonth(),
    t.getUTCDate(),
    t.getUTCHours(),
    t.getUTCMinutes(),
    t.getUTCSeconds(),
  );
}
