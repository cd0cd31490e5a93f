import type { AgencyTemplates } from '../templating/agency-templates.js';
import { join } from 'node:path';
import { parseAnswers } from '../answers/read-answers.js';
import type { Answers } from '../answers/schema.js';
import type { Document } from '../ast/types.js';
import { draftDate, timestampOf } from '../build/dates.js';
import { outputFileName } from '../build/file-names.js';
import { renderPacket, type RenderedPacket } from '../build/render-packet.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/errors.js';
import type { LoadedOverrides } from '../adopt/overrides-file.js';
import { writeAtomic } from '../util/write-atomic.js';
import { loadMarkdownText, markdownExtension, redline as redlineFormat } from '../writers/index.js';
import { defaultWriteOptions, type WriteOptions } from '../writers/types.js';
import { diffAnswers, type AnswerChange } from './diff-answers.js';
import { diffPackets } from './diff-packets.js';
import { markdownDiff } from './markdown-diff.js';
import type { AnswersVersion } from './resolve-version.js';
import { summarize, type DocumentReport } from './summarize.js';
import { writeRedline } from './write-redline.js';

/** Who every tracked change is attributed to. */
export const REDLINE_AUTHOR = 'pmhc-docs';
export const SUMMARY_FILE = 'summary.md';

export interface DiffOptions {
  before: AnswersVersion;
  after: AnswersVersion;
  outDir: string;
  only?: string[];
  sourceDateEpoch?: string;
  /** Templates each version is rendered with (a template upgrade diffs the same answers). */
  beforeTemplatesDir?: string;
  afterTemplatesDir?: string;
  /** An agency's own templates (templates/ beside the newer answers file), over both versions'. */
  agencyTemplates?: AgencyTemplates | null;
  writeOptions?: Partial<WriteOptions>;
  /**
   * The parties' negotiated text (overrides/ beside the newer answers file), put into both
   * versions, so the redline shows it as the agreed text and marks only what the answers changed.
   */
  overrides?: ReadonlyMap<string, LoadedOverrides>;
  /** Told as each document is compared (the CLI shows it on a terminal). */
  onProgress?: (progress: { done: number; total: number; file: string }) => void;
}

export interface DiffResult {
  summary: string;
  /** Files written into the output folder, by name. */
  written: string[];
  documents: DocumentReport[];
  /** The answers that differ between the two versions. */
  answers: AnswerChange[];
  warnings: Diagnostic[];
}

/** A version that is not valid answers; `role` says which of the two it is. */
export class VersionError extends UserError {
  constructor(
    readonly role: 'OLD' | 'NEW',
    readonly displayName: string,
    diagnostics: Diagnostic[],
  ) {
    super(diagnostics);
  }
}

/** Reads one version's answers, reporting problems with the version's name as the file. */
export function parseVersion(version: AnswersVersion, role: 'OLD' | 'NEW'): Answers {
  const read = parseAnswers(version.text, version.displayName, { path: version.path });
  if (read.answers && !read.diagnostics.some((d) => d.severity === 'error')) return read.answers;
  throw new VersionError(role, version.displayName, read.diagnostics);
}

/**
 * `pmhc diff` as a library call: renders both versions in memory, then writes for each document
 * that changed a redline (.redline.docx) and a Markdown diff (.md.diff), and one summary.md.
 * Nothing is written if either version is invalid.
 */
export async function runDiff(options: DiffOptions): Promise<DiffResult> {
  const beforeAnswers = parseVersion(options.before, 'OLD');
  const afterAnswers = parseVersion(options.after, 'NEW');
  const only = options.only ?? [];
  const render = (answers: Answers, templatesDir: string | undefined) =>
    renderPacket(answers, {
      only,
      sourceDateEpoch: options.sourceDateEpoch,
      templatesDir,
      agencyTemplates: options.agencyTemplates,
      overrides: options.overrides,
    });
  const beforePacket = await render(beforeAnswers, options.beforeTemplatesDir);
  const afterPacket = await render(afterAnswers, options.afterTemplatesDir);
  const day = draftDate(afterAnswers, options.sourceDateEpoch);
  const date = timestampOf(day);
  const writeOptions = { ...defaultWriteOptions, ...options.writeOptions };
  const files: { name: string; bytes: Uint8Array | string }[] = [];
  const documents: DocumentReport[] = [];
  const warnings = [...afterPacket.warnings];
  const pairs = diffPackets(beforePacket, afterPacket);
  const markdownOf = await loadMarkdownText();
  for (const [index, pair] of pairs.entries()) {
    options.onProgress?.({ done: index + 1, total: pairs.length, file: pair.id });
    if (pair.status === 'unchanged') {
      documents.push({ pair, places: [], files: [] });
      continue;
    }
    const name = (extension: string) =>
      outputFileName(jurisdictionOf(pair.after ? afterPacket : beforePacket), pair.id, extension);
    const redline = await writeRedline(pair.before, pair.after, {
      author: REDLINE_AUTHOR,
      date,
      writeOptions,
    });
    const patch = markdownDiff(
      name(markdownExtension),
      markdownVersion(options.before, pair.before, markdownOf),
      markdownVersion(options.after, pair.after, markdownOf),
    );
    files.push(
      { name: name(redlineFormat.extension), bytes: redline.bytes },
      { name: name(`${markdownExtension}.diff`), bytes: patch },
    );
    documents.push({
      pair,
      places: redline.places,
      files: [name(redlineFormat.extension), name(`${markdownExtension}.diff`)],
    });
    warnings.push(
      ...redline.warnings.map((message): Diagnostic => ({
        severity: 'warning',
        message,
        file: name(redlineFormat.extension),
      })),
    );
  }
  const answers = diffAnswers(beforeAnswers, afterAnswers);
  const summary = summarize({
    beforeLabel: options.before.displayName,
    afterLabel: options.after.displayName,
    answers,
    documents,
    date: day,
    author: REDLINE_AUTHOR,
  });
  files.push({ name: SUMMARY_FILE, bytes: summary });
  for (const file of files) await writeAtomic(join(options.outDir, file.name), file.bytes);
  return { summary, written: files.map((f) => f.name), documents, answers, warnings };
}

function jurisdictionOf(packet: RenderedPacket): string {
  return packet.answers.jurisdiction.name;
}

function markdownVersion(
  version: AnswersVersion,
  doc: Document | null,
  markdownOf: (doc: Document) => string,
) {
  return { label: version.displayName, markdown: doc ? markdownOf(doc) : '' };
}
