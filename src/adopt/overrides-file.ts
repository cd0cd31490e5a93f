import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/errors.js';
import { describeIssue } from '../answers/describe-issue.js';
import { offsetOf, offsetOfKey } from '../answers/yaml-offset.js';
import type { ClauseOverride } from './apply-overrides.js';

/** The folder, beside the answers file, that holds the parties' negotiated text. */
export const OVERRIDES_FOLDER = 'overrides';

const line = z.string().max(20_000);

/** One negotiated clause; the manifest records the entries each draft was built with. */
export const clauseEntrySchema = z.strictObject({
  id: z.string().min(1),
  /** The clause's number when it was adopted; for readers only (the id finds the clause). */
  section: z.string().optional(),
  generated: z.array(line).max(2000),
  text: z.array(line).max(2000).optional(),
  deleted: z.literal(true).optional(),
});

export type ClauseEntry = z.output<typeof clauseEntrySchema>;

const overridesSchema = z.strictObject({
  document: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The edited files adopted, by digest: the build may replace them, their text being here. */
  adopted: z
    .array(z.strictObject({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
    .max(1000),
  clauses: z.array(clauseEntrySchema).max(2000),
});

/** overrides/DOC.yaml: the parties' text for a document's clauses, and the Word files it came from. */
export type OverridesFile = z.output<typeof overridesSchema>;

export function overridesPath(answersFile: string, documentId: string): string {
  return join(dirname(answersFile), OVERRIDES_FOLDER, `${documentId}.yaml`);
}

/** The file's clause entries as apply-overrides.ts takes them. */
export function clauseOverrides(file: OverridesFile): ClauseOverride[] {
  return file.clauses.map((c) => ({
    id: c.id,
    generated: c.generated,
    text: c.deleted ? [] : (c.text ?? []),
  }));
}

/**
 * Reads a document's overrides, or null when it has none. A file that is not valid is an error
 * with file:line:col and the field, never ignored: it holds text the parties agreed.
 */
export async function readOverrides(path: string, shown = path): Promise<OverridesFile | null> {
  const source = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  return source === null ? null : parseOverrides(source, shown);
}

export function parseOverrides(source: string, shown: string): OverridesFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: shown, line, column: col };
  };
  if (doc.errors.length > 0)
    throw new UserError(
      doc.errors.map((e): Diagnostic => ({
        severity: 'error',
        message: e.message.split('\n')[0]!,
        ...at(e.pos[0]),
      })),
    );
  const parsed = overridesSchema.safeParse(doc.toJS());
  if (!parsed.success)
    throw new UserError(
      parsed.error.issues.map((issue): Diagnostic => ({
        severity: 'error',
        message: describeIssue(issue),
        path: formatPath(issue.path),
        // A misspelt field is shown where it is, not at the entry that holds it.
        ...at(
          (issue.code === 'unrecognized_keys'
            ? offsetOfKey(doc, issue.path, issue.keys[0] ?? '')
            : undefined) ?? offsetOf(doc, [...issue.path]),
        ),
        hint: 'overrides files are written by `pmhc adopt`; edit only the `text` lines, or delete the file to go back to the generated text',
      })),
    );
  const deletedWithText = parsed.data.clauses.findIndex((c) => c.deleted && (c.text?.length ?? 0) > 0);
  if (deletedWithText >= 0)
    throw new UserError([
      {
        severity: 'error',
        message: 'a clause is both `deleted: true` and has `text`; keep one',
        path: `clauses[${deletedWithText}]`,
        ...at(offsetOf(doc, ['clauses', deletedWithText])),
      },
    ]);
  return parsed.data;
}

/** The file as `pmhc adopt` writes it: a comment saying what it is, then the entries. */
export function serializeOverrides(file: OverridesFile, title: string): string {
  const header = [
    `# The text the parties negotiated for the ${title}, adopted by \`pmhc adopt\`.`,
    "# `pmhc build` puts each clause's `text` in place of the text it generates. Edit `text` to",
    '# change a clause; remove an entry to go back to the generated clause. `generated` is what',
    '# pmhc generated when the text was adopted: when it generates something else, the build says',
    '# so and lists the clause under Open Items for counsel to reconcile.',
  ];
  return `${header.join('\n')}\n${stringify(file, { lineWidth: 0 })}`;
}

/** A document's overrides as read: the entries, and the file's path as the user would type it. */
export interface LoadedOverrides {
  file: OverridesFile;
  shown: string;
}

/**
 * Every document's overrides beside an answers file, by document id (none when there is no
 * overrides folder). `show` turns a path into what messages print.
 */
export async function readOverridesFolder(
  answersFile: string,
  show: (path: string) => string = (p) => p,
): Promise<Map<string, LoadedOverrides>> {
  const folder = join(dirname(answersFile), OVERRIDES_FOLDER);
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [] as string[];
    throw error;
  });
  const out = new Map<string, LoadedOverrides>();
  for (const name of names.filter((n) => n.endsWith('.yaml')).sort()) {
    const path = join(folder, name);
    const shown = show(path);
    const file = await readOverrides(path, shown);
    if (file === null) continue;
    const id = name.slice(0, -'.yaml'.length);
    if (file.document !== id)
      throw new UserError([
        {
          severity: 'error',
          file: shown,
          path: 'document',
          message: `expected \`${id}\`, the document this file is named for, got \`${file.document}\``,
          hint: 'rename the file after its document, or correct `document:`',
        },
      ]);
    out.set(id, { file, shown });
  }
  return out;
}

/** `file\0sha256` for every edited Word file the overrides were adopted from: the build may replace them. */
export function adoptedDigests(loaded: ReadonlyMap<string, LoadedOverrides>): Set<string> {
  const out = new Set<string>();
  for (const { file } of loaded.values()) for (const a of file.adopted) out.add(adoptedKey(a.file, a.sha256));
  return out;
}

export function adoptedKey(file: string, sha256: string): string {
  return `${file}\0${sha256}`;
}
