import { access, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Document } from '../ast/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { userError } from '../diagnostics/errors.js';
import { readManifest, sha256, MANIFEST_NAME, type Manifest } from '../build/manifest.js';
import { renderPacketFromFile } from '../build/render-packet.js';
import { shownFrom } from '../build/write-outputs.js';
import { isFormat, loadWriter } from '../writers/index.js';
import { defaultWriteOptions, type WriteOptions } from '../writers/types.js';
import { writeAtomic } from '../util/write-atomic.js';
import { clauseTexts } from './clause-slots.js';
import { findClauseEdits, type FoundEdits } from './find-edits.js';
import { canAdopt, linesOfDraft } from './read-edited.js';
import { answersWithFills, splitFills } from './blank-fills.js';
import {
  overridesPath,
  readOverridesFolder,
  serializeOverrides,
  type ClauseEntry,
  type LoadedOverrides,
  type OverridesFile,
} from './overrides-file.js';

export interface AdoptOptions {
  /** The Word file the parties edited (a draft pmhc wrote, or a copy of one). */
  editedFile: string;
  /** The draft it was edited from, in a folder with pmhc's manifest; default: the edited file. */
  draftFile?: string;
  /** Default: the answers file the manifest names, beside the drafts folder or in `cwd`. */
  answersFile?: string;
  cwd?: string;
  sourceDateEpoch?: string;
  today?: string;
  templatesDir?: string;
  writeOptions?: Partial<WriteOptions>;
  /** Read the edited file with its tracked changes rejected instead of accepted. */
  rejectChanges?: boolean;
  /** Write the blanks the parties filled into the answers file (`--yes`), instead of proposing it. */
  writeAnswers?: boolean;
}

export interface AdoptResult {
  documentId: string;
  /** The overrides file written, as messages show it. */
  overridesFile: string;
  /** The clauses whose text is now the parties', after this adoption. */
  clauses: { id: string; section: string; deleted: boolean }[];
  /** The clauses this adoption changed (new, changed or dropped entries). */
  changed: string[];
  /** Blanks the parties filled that an answers field holds: written with `writeAnswers`, else proposed. */
  fills: { label: string; field: string; value: string }[];
  /** The answers file, as shown, when the fills were written into it. */
  answersWritten: string | null;
  warnings: Diagnostic[];
}

/**
 * `pmhc adopt`: reads what the parties changed in a Word draft and keeps it, clause by clause, in
 * overrides/DOC.yaml beside the answers file, so every later build puts their text in place of
 * the generated text. Nothing is written unless the draft pmhc regenerates now is byte for byte
 * the one the manifest recorded: only then are the differences the parties' edits.
 */
export async function adopt(options: AdoptOptions): Promise<AdoptResult> {
  const show = shownFrom(options.cwd);
  const editedFile = resolve(options.editedFile);
  const draftFile = resolve(options.draftFile ?? editedFile);
  if (!canAdopt(editedFile))
    throw userError(
      'cannot adopt this file: pmhc adopts edits made in a Word (.docx) or Markdown (.md) draft',
      {
        file: show(editedFile),
        hint: 'edit the .docx that `pmhc build` wrote, or put the change in the answers file',
      },
    );
  if (extname(editedFile).toLowerCase() !== extname(draftFile).toLowerCase())
    throw userError('the edited file and the draft it came from are not the same kind of file', {
      file: show(editedFile),
      hint: 'name with --draft the draft of the same format (.docx or .md)',
    });
  const edited = await readFile(editedFile).catch(() => {
    throw userError('cannot read the edited file', { file: show(editedFile) });
  });
  const { manifest, entry } = await draftRecord(draftFile, show);
  const answersFile = await answersOf(options, manifest, entry.answers, draftFile, show);
  const loaded = await readOverridesFolder(answersFile, show);
  const format = entry.format;
  if (!isFormat(format))
    throw userError(`the manifest records an unknown format \`${format}\``, { file: show(draftFile) });
  const render = async (overrides: ReadonlyMap<string, LoadedOverrides>): Promise<Document> => {
    const packet = await renderPacketFromFile(answersFile, {
      only: [entry.template],
      overrides,
      sourceDateEpoch: options.sourceDateEpoch,
      today: options.today,
      templatesDir: options.templatesDir,
      show,
    });
    const found = packet.documents.find((d) => d.template.meta.id === entry.template);
    if (!found)
      throw userError(`the answers no longer call for the ${entry.template} document`, {
        file: show(answersFile),
      });
    return found.document;
  };
  // The draft as built: with the negotiated clauses the manifest says it held, whatever
  // overrides/ holds now (another party's copy may have been adopted since).
  const asBuilt = new Map(loaded);
  if (entry.negotiated)
    asBuilt.set(entry.template, {
      file: { document: entry.template, adopted: [], clauses: entry.negotiated },
      shown: overridesPath(answersFile, entry.template),
    });
  else asBuilt.delete(entry.template);
  const draft = await render(asBuilt);
  const write = await loadWriter(format);
  const regenerated = (await write(draft, { ...defaultWriteOptions, ...options.writeOptions })).bytes;
  if (sha256(regenerated) !== entry.sha256) throw notReproduced(draftFile, show);
  const withoutOurs = new Map(loaded);
  withoutOurs.delete(entry.template);
  const generated = new Map(clauseTexts((await render(withoutOurs)).blocks).map((c) => [c.id, c]));
  const take = options.writeAnswers === true;
  const split = splitFills(
    findClauseEdits(
      draft.blocks,
      linesOfDraft(entry.file, regenerated),
      editedLines(editedFile, edited, options.rejectChanges === true, show(editedFile)),
    ),
    new Map(clauseTexts(draft.blocks).map((c) => [c.id, c.lines])),
    entry.template,
    take,
  );
  const found = split.edits;
  const answersText =
    take && split.fills.length > 0 ? await filledAnswers(answersFile, split.fills, show) : null;
  const previous = loaded.get(entry.template)?.file;
  const merged = mergeEdits(previous, entry.negotiated ?? [], found, generated, {
    documentId: entry.template,
    file: entry.file,
    digest: sha256(edited),
  });
  if (take)
    for (const id of split.answered) merged.file.clauses = merged.file.clauses.filter((c) => c.id !== id);
  const target = overridesPath(answersFile, entry.template);
  if (answersText !== null) await writeAtomic(answersFile, answersText);
  // A copy with no negotiated clause gets no file (an empty one would only hide that nothing was
  // kept), unless its filled blanks went into the answers: the file then records that the build
  // may replace the edited draft.
  if (previous || merged.file.clauses.length > 0 || answersText !== null)
    await writeAtomic(target, serializeOverrides(merged.file, draft.meta.title));
  return {
    documentId: entry.template,
    overridesFile: show(target),
    clauses: merged.file.clauses.map((c) => ({
      id: c.id,
      section: c.section ?? '',
      deleted: c.deleted === true,
    })),
    changed: merged.changed,
    fills: split.fills.map(({ label, field, value }) => ({ label, field, value })),
    answersWritten: answersText === null ? null : show(answersFile),
    warnings: [...merged.warnings, ...outsideWarnings(found.outside, show(editedFile))],
  };
}

/** The answers file's text with the fills in, or an error naming each value the schema refuses. */
async function filledAnswers(
  answersFile: string,
  fills: Parameters<typeof answersWithFills>[2],
  show: (p: string) => string,
): Promise<string> {
  const updated = answersWithFills(await readFile(answersFile, 'utf8'), answersFile, fills);
  if ('text' in updated) return updated.text;
  throw userError(
    `the values filled into the draft's blanks do not fit the answers file, so nothing was written: ${updated.problems.join('; ')}`,
    {
      file: show(answersFile),
      hint: 'adopt without --yes to keep them as negotiated text, or correct them in the answers file',
    },
  );
}

function editedLines(file: string, bytes: Uint8Array, reject: boolean, shown: string): string[] {
  try {
    return linesOfDraft(file, bytes, reject ? 'reject' : 'accept');
  } catch (error) {
    throw userError(`cannot read the edited file as a Word document: ${(error as Error).message}`, {
      file: shown,
    });
  }
}

/** The manifest of the draft's folder and its entry for the draft. */
async function draftRecord(draftFile: string, show: (p: string) => string) {
  const folder = dirname(draftFile);
  const manifest = await readManifest(folder);
  if (!manifest)
    throw userError(`no ${MANIFEST_NAME} beside the draft, so pmhc cannot tell what it generated`, {
      file: show(draftFile),
      hint: 'name the draft as `pmhc build` wrote it with --draft DRAFTS/FILE.docx',
    });
  const entry = manifest.outputs.find((o) => o.file === basename(draftFile));
  if (!entry)
    throw userError(`the manifest of ${show(folder)} does not list this file, so pmhc did not write it`, {
      file: show(draftFile),
      hint: 'name the draft it was edited from with --draft DRAFTS/FILE.docx',
    });
  return { manifest, entry };
}

/** The answers file the draft was built from: as given, or as the manifest names it. */
async function answersOf(
  options: AdoptOptions,
  manifest: Manifest,
  recorded: string | undefined,
  draftFile: string,
  show: (p: string) => string,
): Promise<string> {
  if (options.answersFile) return resolve(options.answersFile);
  const name = recorded ?? manifest.answers.file;
  const places = [options.cwd, dirname(dirname(draftFile)), dirname(draftFile)].filter(
    (p) => p !== undefined,
  );
  for (const place of places) {
    const path = join(place, name);
    if (
      await access(path).then(
        () => true,
        () => false,
      )
    )
      return path;
  }
  throw userError(`cannot find ${name}, the answers file the draft was built from`, {
    file: show(draftFile),
    hint: 'name it with --answers FILE',
  });
}

function notReproduced(draftFile: string, show: (p: string) => string) {
  return userError(
    "pmhc cannot rebuild this draft as it was written, so it cannot tell the parties' edits from its own changes; nothing was adopted",
    {
      file: show(draftFile),
      hint: 'adopt with the inputs of that build: the same answers file, templates, overrides and SOURCE_DATE_EPOCH, and the same --paper, --line-numbers and --font (e.g. check out the commit the draft was built from)',
    },
  );
}

/**
 * The document's overrides after this adoption: an edited clause's entry holds its new lines (or
 * `deleted`), an entry whose text is back to the generated text goes, and the others stay. A
 * clause whose entry changed since the draft was built (another party's copy adopted) and that
 * this copy changes otherwise keeps that entry: the build cannot choose between two parties.
 */
function mergeEdits(
  previous: OverridesFile | undefined,
  asBuilt: readonly ClauseEntry[],
  found: FoundEdits,
  generated: ReadonlyMap<string, { number: string; lines: string[] }>,
  source: { documentId: string; file: string; digest: string },
): { file: OverridesFile; changed: string[]; warnings: Diagnostic[] } {
  const clauses = new Map((previous?.clauses ?? []).map((c) => [c.id, c]));
  const built = new Map(asBuilt.map((c) => [c.id, c]));
  const changed: string[] = [];
  const warnings: Diagnostic[] = [];
  for (const edit of found.edits) {
    const base = generated.get(edit.id);
    if (!base) continue;
    const now = clauses.get(edit.id);
    const wanted = edit.lines.length === 0 ? [] : edit.lines;
    if (!sameEntry(now, built.get(edit.id)) && !(now && sameLines(textOf(now), wanted))) {
      warnings.push({
        severity: 'warning',
        file: source.file,
        message: `§ ${base.number} (${edit.id}) not adopted: its negotiated text changed since this draft was built, and this copy changes it otherwise:\n    this copy: ${wanted.join(' / ') || '(deleted)'}`,
        hint: 'reconcile the two texts, build, and adopt the reconciled draft',
      });
      continue;
    }
    changed.push(edit.id);
    if (sameLines(edit.lines, base.lines)) clauses.delete(edit.id);
    else
      clauses.set(edit.id, {
        id: edit.id,
        section: base.number,
        generated: base.lines,
        ...(edit.lines.length === 0 ? { deleted: true as const } : { text: edit.lines }),
      });
  }
  const order = [...generated.keys()];
  const sorted = [...clauses.values()].sort((a, b) => rank(order, a.id) - rank(order, b.id));
  const adopted = (previous?.adopted ?? []).filter(
    (a) => !(a.file === source.file && a.sha256 === source.digest),
  );
  return {
    file: {
      document: source.documentId,
      adopted: [...adopted, { file: source.file, sha256: source.digest }],
      clauses: sorted,
    },
    changed,
    warnings,
  };
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/** The lines an entry puts in the draft; none for a deleted clause. */
function textOf(entry: ClauseEntry): string[] {
  return entry.deleted ? [] : (entry.text ?? []);
}

function sameEntry(a: ClauseEntry | undefined, b: ClauseEntry | undefined): boolean {
  if (!a || !b) return a === b;
  return a.deleted === b.deleted && sameLines(textOf(a), textOf(b));
}

/** Position in the draft; entries whose clause is gone keep their place at the end. */
function rank(order: readonly string[], id: string): number {
  const at = order.indexOf(id);
  return at < 0 ? order.length : at;
}

function outsideWarnings(outside: FoundEdits['outside'], shown: string): Diagnostic[] {
  return outside.map((o) => ({
    severity: 'warning',
    file: shown,
    message: `not adopted, outside any numbered clause: ${o.before === null ? `added "${o.after}"` : o.after === null ? `deleted "${o.before}"` : `"${o.before}" changed to "${o.after}"`}`,
    hint: 'titles, party names, signature blocks and Open Items come from the answers file: change it there',
  }));
}
