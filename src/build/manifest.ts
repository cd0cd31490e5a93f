import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { clauseEntrySchema } from '../adopt/overrides-file.js';

export const MANIFEST_NAME = 'pmhc-manifest.json';

const manifestSchema = z.object({
  generator: z.string(),
  answers: z.object({ file: z.string(), sha256: z.string() }),
  outputs: z.array(
    z.object({
      file: z.string(),
      template: z.string(),
      templateVersion: z.string(),
      format: z.string(),
      sha256: z.string(),
      /** The answers file it was built from: one folder may hold the drafts of several. */
      answers: z.string().optional(),
      /** The negotiated clauses (overrides/, src/adopt) it was built with: `pmhc adopt` rebuilds it from them. */
      negotiated: z.array(clauseEntrySchema).optional(),
    }),
  ),
});

/** What a build wrote: enough to tell a generated file from one edited by hand since. */
export type Manifest = z.output<typeof manifestSchema>;

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A name pmhc gives a draft: one file directly in the output folder, never a path out of it. */
export function isDraftFileName(name: string): boolean {
  return /^[\w][\w.-]*$/.test(name) && !name.includes('..');
}

/**
 * The manifest of an output folder, or null when there is none (or it is unreadable). An entry
 * naming anything but a file of the folder itself (`../../etc/passwd`, a hand-made manifest) is
 * dropped: a build removes stale drafts by their entries, so an entry must never lead outside.
 */
export async function readManifest(outDir: string): Promise<Manifest | null> {
  const text = await readFile(join(outDir, MANIFEST_NAME), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    return { ...parsed.data, outputs: parsed.data.outputs.filter((o) => isDraftFileName(o.file)) };
  } catch {
    return null;
  }
}

/** Stable JSON: outputs sorted by file name, two-space indent, final newline. */
export function serializeManifest(manifest: Manifest): string {
  const outputs = [...manifest.outputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return `${JSON.stringify({ ...manifest, outputs }, null, 2)}\n`;
}
