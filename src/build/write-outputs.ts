import { access, lstat, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { ExitCode, UserError, userError } from '../diagnostics/errors.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { MANIFEST_NAME, readManifest, serializeManifest, sha256, type Manifest } from './manifest.js';
import { checkOutputFolder, outputFolderError } from './output-folder.js';
import { commitOutputs, recoverStage, stageOf, type Recovery } from './stage-outputs.js';
import { adoptedKey, type ClauseEntry } from '../adopt/overrides-file.js';
import { canAdopt } from '../adopt/read-edited.js';

/** One file a build wants to write. */
export interface PlannedOutput {
  file: string;
  template: string;
  templateVersion: string;
  format: string;
  bytes: Uint8Array;
  /** The negotiated clauses the draft holds, for the manifest. */
  negotiated?: ClauseEntry[];
}

export interface WriteResult {
  manifest: Manifest;
  /** Drafts of documents that no longer apply, removed because nobody had edited them. */
  removed: string[];
  /** What the write noticed: an interrupted build finished, a stale draft kept because it was edited. */
  notes: Diagnostic[];
}

/**
 * Writes a build's files, or none of them (see stage-outputs.ts). A file that exists and differs
 * from what the last build recorded was edited by hand: without `force` the build refuses and
 * names every such file. `noLongerApply` are the templates that do not apply to these answers:
 * their drafts from an earlier build of the same answers file are removed when unedited.
 */
export async function writeOutputs(
  outDir: string,
  planned: PlannedOutput[],
  answers: Manifest['answers'],
  force: boolean,
  noLongerApply: readonly string[] = [],
  cwd?: string,
  adopted: ReadonlySet<string> = new Set(),
): Promise<WriteResult> {
  const root = resolve(outDir);
  const show = shownFrom(cwd);
  checkNames(root, planned);
  await checkOutputFolder(root);
  const notes = recoveryNotes(root, show, await recoverStage(root).catch(outputFolderError(root)));
  const previous = await readManifest(root);
  const current = await currentDigests(root, planned, show);
  if (!force) {
    const conflicts = findHandEdits(root, planned, previous, current, answers.file, show, adopted);
    if (conflicts.length > 0) throw new UserError(conflicts, ExitCode.conflict);
  }
  const stale = await staleDrafts(root, planned, previous, answers.file, noLongerApply);
  notes.push(...stale.edited.map((o) => staleKeptNote(show(join(root, o.file)))));
  const outputs = planned.map((o) => ({
    file: o.file,
    template: o.template,
    templateVersion: o.templateVersion,
    format: o.format,
    sha256: sha256(o.bytes),
    answers: answers.file,
    ...(o.negotiated ? { negotiated: o.negotiated } : {}),
  }));
  // Keep what earlier builds recorded for files this build does not touch (e.g. another --only).
  const kept =
    previous?.outputs.filter(
      (o) => !planned.some((p) => p.file === o.file) && !stale.removed.some((r) => r.file === o.file),
    ) ?? [];
  const manifest: Manifest = { generator: 'pmhc-docs', answers, outputs: [...outputs, ...kept] };
  const staged = planned.map((o) => ({ file: o.file, bytes: o.bytes, before: current.get(o.file) ?? null }));
  const removed = await commitOutputs(root, staged, serializeManifest(manifest), stale.removed).catch(
    outputFolderError(root),
  );
  return { manifest, removed, notes };
}

/**
 * Before anything is rendered: refuses (without `force`) when a file this build will write was
 * changed by hand since pmhc generated it, so a build that cannot write spends no time rendering.
 * Only what the manifest proves is refused here; writeOutputs checks again with the new bytes
 * (files not in the manifest, another answers file's drafts). An interrupted build's stage is left
 * to writeOutputs, which finishes it before it compares.
 */
export async function refuseHandEditsEarly(
  outDir: string,
  files: readonly string[],
  force: boolean,
  cwd?: string,
  adopted: ReadonlySet<string> = new Set(),
): Promise<void> {
  if (force) return;
  const root = resolve(outDir);
  const show = shownFrom(cwd);
  if (
    await access(stageOf(root)).then(
      () => true,
      () => false,
    )
  )
    return;
  const previous = await readManifest(root);
  const problems: Diagnostic[] = [];
  for (const file of files) {
    const record = previous?.outputs.find((o) => o.file === file);
    if (!record) continue;
    const bytes = await readFile(join(root, file)).catch(() => null);
    if (bytes === null) continue;
    const digest = sha256(bytes);
    if (digest !== record.sha256 && !adopted.has(adoptedKey(file, digest)))
      problems.push(handEdited(show(join(root, file)), true));
  }
  if (problems.length > 0) throw new UserError(problems, ExitCode.conflict);
}

function handEdited(shown: string, recorded: boolean): Diagnostic {
  return {
    severity: 'error',
    file: shown,
    message: recorded
      ? 'cannot overwrite: this file was changed by hand since pmhc generated it'
      : 'cannot overwrite: this file was not generated by pmhc (it is not in the manifest)',
    hint: canAdopt(shown)
      ? 'keep the edits with `pmhc adopt FILE` (they go into overrides/ and into every later build), or rebuild with --force to overwrite'
      : 'move your edits into the answers file or a template, or rebuild with --force to overwrite',
  };
}

/** Names stay inside the folder, and no two outputs share one (they would overwrite each other). */
function checkNames(root: string, planned: PlannedOutput[]) {
  const seen = new Map<string, PlannedOutput>();
  for (const output of planned) {
    const target = resolve(root, output.file);
    if (!target.startsWith(root + sep) || output.file === MANIFEST_NAME)
      throw new Error(`output name \`${output.file}\` escapes the output folder, please report`);
    const key = output.file.toLowerCase();
    const other = seen.get(key);
    if (other) {
      throw userError(
        `two outputs would both be written as \`${output.file}\` (documents ${other.template} and ${output.template}), so one would overwrite the other`,
        { hint: 'give the templates ids that differ in letters or digits, not only in punctuation or case' },
      );
    }
    seen.set(key, output);
  }
}

/** The digest of each planned file already in the folder; a folder in its place is an error now. */
async function currentDigests(
  root: string,
  planned: PlannedOutput[],
  show: ShowPath,
): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for (const { file } of planned) {
    const path = join(root, file);
    const stat = await lstat(path).catch(() => null);
    if (stat === null) continue;
    if (stat.isDirectory()) {
      throw userError(`cannot write \`${file}\`: a folder of that name is in the output folder`, {
        file: show(path),
        hint: 'move or rename that folder, or build into another --out folder',
      });
    }
    const bytes = await readFile(path).catch(() => null);
    if (bytes !== null) digests.set(file, sha256(bytes));
  }
  return digests;
}

function findHandEdits(
  root: string,
  planned: PlannedOutput[],
  previous: Manifest | null,
  current: Map<string, string>,
  answersFile: string,
  show: ShowPath,
  adopted: ReadonlySet<string>,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const output of planned) {
    const digest = current.get(output.file);
    if (digest === undefined || digest === sha256(output.bytes)) continue;
    // Its edits are in overrides/ (pmhc adopt), so the new draft holds them.
    if (adopted.has(adoptedKey(output.file, digest))) continue;
    const record = previous?.outputs.find((o) => o.file === output.file);
    const path = show(join(root, output.file));
    if (record?.sha256 === digest && record.answers && record.answers !== answersFile) {
      problems.push({
        severity: 'error',
        file: path,
        message: `cannot overwrite: this draft was built from ${record.answers}, another answers file whose jurisdiction has a file name like this one's`,
        hint: 'build each jurisdiction into its own --out folder, or rebuild with --force to overwrite',
      });
      continue;
    }
    if (record?.sha256 === digest) continue;
    problems.push(handEdited(path, record !== undefined));
  }
  return problems;
}

/** Drafts an earlier build of these answers wrote for documents that no longer apply. */
async function staleDrafts(
  root: string,
  planned: PlannedOutput[],
  previous: Manifest | null,
  answersFile: string,
  noLongerApply: readonly string[],
) {
  const removed: { file: string; sha256: string }[] = [];
  const edited: { file: string }[] = [];
  for (const record of previous?.outputs ?? []) {
    const builtFrom = record.answers ?? previous?.answers.file;
    if (builtFrom !== answersFile || !noLongerApply.includes(record.template)) continue;
    if (planned.some((p) => p.file === record.file)) continue;
    const bytes = await readFile(join(root, record.file)).catch(() => null);
    if (bytes === null || sha256(bytes) === record.sha256) removed.push(record);
    else edited.push(record);
  }
  return { removed, edited };
}

function staleKeptNote(shown: string): Diagnostic {
  return {
    severity: 'warning',
    file: shown,
    message: 'kept: its document no longer applies to the answers, but the file was edited by hand',
    hint: 'delete it yourself once you have kept what you need from it',
  };
}

function recoveryNotes(root: string, show: ShowPath, recovery: Recovery): Diagnostic[] {
  if (recovery.kind === 'none') return [];
  if (recovery.kind === 'cleaned') {
    return [
      {
        severity: 'warning',
        file: show(root),
        message: 'an earlier build was interrupted before it wrote anything; its leftovers were removed',
      },
    ];
  }
  return [
    {
      severity: 'warning',
      file: show(root),
      message: `an earlier build was interrupted while moving its files into place; it was finished first${
        recovery.skipped.length > 0 ? ` (except ${recovery.skipped.join(', ')}, edited by hand since)` : ''
      }`,
    },
  ];
}

type ShowPath = (path: string) => string;

/**
 * A path as the user would type it: relative when inside the caller's working folder (the CLI
 * passes its own), else absolute. A library caller that passes no folder sees absolute paths.
 */
export function shownFrom(cwd: string | undefined): ShowPath {
  return (path) => {
    const rel = cwd === undefined ? '' : relative(cwd, path);
    return rel && !rel.startsWith('..') ? rel : path;
  };
}
