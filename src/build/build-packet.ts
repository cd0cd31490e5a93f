import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import {
  extensionOf,
  formatForSecondThread,
  loadWriter,
  pageFactsFlow,
  type Format,
} from '../writers/index.js';
import type { PageFacts } from '../writers/page-facts.js';
import { defaultWriteOptions, type WriteOptions, type WriteResult } from '../writers/types.js';
import { canWriteInThread, writeInThread } from '../writers/write-in-thread.js';
import { draftIdsOf, outputFileName } from './file-names.js';
import { refuseAnswersFormatsCannotShow } from './refuse-answers.js';
import { sha256, type Manifest } from './manifest.js';
import { renderPacketFromFile } from './render-packet.js';
import { draftDate } from './dates.js';
import { siteFacts, type SiteFacts } from '../portfolio/site-facts.js';
import { refuseHandEditsEarly, shownFrom, writeOutputs, type PlannedOutput } from './write-outputs.js';
import { adoptedDigests, readOverridesFolder } from '../adopt/overrides-file.js';

export interface BuildOptions {
  answersFile: string;
  outDir: string;
  formats: Format[];
  /** The folder the caller's paths are relative to (the CLI's); messages show paths from it. */
  cwd?: string;
  only?: string[];
  force?: boolean;
  sourceDateEpoch?: string;
  /** Today's date from the CLI's clock, for the past-effective-date warning only. */
  today?: string;
  templatesDir?: string;
  writeOptions?: Partial<WriteOptions>;
  /** Write every format on this thread (a portfolio build already runs a site per core). */
  singleThread?: boolean;
  /** Also return what a portfolio report says of the packet (`facts`); a single build skips it. */
  withFacts?: boolean;
  /** Told as each draft file is made (the CLI shows it on a terminal); never changes the output. */
  onProgress?: (progress: BuildProgress) => void;
}

/** How far a build is: `done` of `total` files made, the last one named. */
export interface BuildProgress {
  done: number;
  total: number;
  file: string;
}

export interface BuildResult {
  manifest: Manifest;
  /** The files this build wrote, in the output folder. */
  written: string[];
  /** Drafts of an earlier build that no longer apply, removed (they were not edited). */
  removed: string[];
  skipped: { id: string; reason: string }[];
  warnings: Diagnostic[];
  /** What a portfolio report says of this packet (src/portfolio/site-facts.ts), with `withFacts`. */
  facts?: SiteFacts;
}

/**
 * The pipeline: answers -> model -> templates -> Markdown -> Document -> writers -> files.
 * Everything is rendered in memory first, so a failure anywhere writes nothing.
 */
export async function buildPacket(options: BuildOptions): Promise<BuildResult> {
  const overrides = await readOverridesFolder(options.answersFile, shownFrom(options.cwd));
  // An edited Word file whose text `pmhc adopt` took into overrides/ may be replaced.
  const adopted = adoptedDigests(overrides);
  const packet = await renderPacketFromFile(options.answersFile, {
    overrides,
    only: options.only ?? [],
    sourceDateEpoch: options.sourceDateEpoch,
    today: options.today,
    templatesDir: options.templatesDir,
    show: shownFrom(options.cwd),
    beforeRendering: async (templates, answers) => {
      await refuseAnswersFormatsCannotShow(
        answers,
        options.answersFile,
        options.formats,
        options.writeOptions?.fallbackFonts ?? [],
      );
      return refuseHandEditsEarly(
        options.outDir,
        templates.flatMap((t) =>
          draftIdsOf(t.meta).flatMap((id) =>
            options.formats.map((f) => outputFileName(answers.jurisdiction.name, id, extensionOf(f))),
          ),
        ),
        options.force ?? false,
        options.cwd,
        adopted,
      );
    },
  });
  const writeOptions = { ...defaultWriteOptions, ...options.writeOptions };
  const warnings = [...packet.warnings];
  // Each file a template writes: its document, and a form's counsel sheet after it.
  const drafts = packet.documents.flatMap(({ template, document, counselSheet }) =>
    (counselSheet ? [document, counselSheet] : [document]).map((doc) => ({ template, document: doc })),
  );
  const documents = drafts.map((d) => d.document);
  // On a second core, Word is written by a worker thread while this one writes the PDF. The
  // thread loads and warms up its writer again (~0.5 s CPU): for `--only` of a form and its
  // counsel sheet that cost more than it saved (2 files: 2.11 -> 1.65 s CPU, 3.1 -> 2.3 s wall
  // on one thread, load 13), so a build of few files writes them all here.
  const secondThread =
    options.singleThread !== true && documents.length >= minFilesForSecondThread && canWriteInThread()
      ? formatForSecondThread(options.formats)
      : undefined;
  const total = documents.length * options.formats.length;
  let done = 0;
  const made = (format: Format, index: number, count = 1) => {
    done += count;
    const id = documents[index]?.meta.id ?? '';
    options.onProgress?.({
      done,
      total,
      file: outputFileName(packet.answers.jurisdiction.name, id, extensionOf(format)),
    });
  };
  // The PDF writer's layout of each document gives the Word writer its page facts, so neither
  // thread lays a document out twice; each Word file waits for its PDF's layout.
  const flow = pageFactsFlow(options.formats);
  const pageFactsOf = documents.map(() => settleable<PageFacts | undefined>());
  const factsOf = (index: number) => (pageFactsOf[index] as Settleable<PageFacts | undefined>).promise;
  const writeHere = async (format: Format) => {
    const write = await loadWriter(format);
    const results: WriteResult[] = [];
    try {
      for (const [index, document] of documents.entries()) {
        const pageFacts = format === flow?.to ? await factsOf(index) : undefined;
        const result = await write(document, pageFacts ? { ...writeOptions, pageFacts } : writeOptions);
        if (format === flow?.from) pageFactsOf[index]?.settle(result.pageFacts);
        results.push(result);
        made(format, index);
      }
    } finally {
      // A failed PDF must not leave the Word writer waiting: it lays the rest out itself.
      if (format === flow?.from) for (const f of pageFactsOf) f.settle(undefined);
    }
    return results;
  };
  const inThread = async (format: Format) => {
    const results = await writeInThread(
      format,
      documents,
      writeOptions,
      format === flow?.to ? factsOf : undefined,
    );
    made(format, documents.length - 1, documents.length);
    return results;
  };
  const written = await Promise.all(
    options.formats.map((format) => (format === secondThread ? inThread(format) : writeHere(format))),
  );
  const planned: PlannedOutput[] = [];
  options.formats.forEach((format, f) => {
    drafts.forEach(({ template, document }, d) => {
      const result = written[f]?.[d] as WriteResult;
      // Both files of a form are recorded under its template, so both go when it no longer applies.
      const file = outputFileName(packet.answers.jurisdiction.name, document.meta.id, extensionOf(format));
      // Negotiated clauses are the template's own document's, never a counsel sheet's.
      const negotiated =
        document.meta.id === template.meta.id ? overrides.get(template.meta.id)?.file.clauses : undefined;
      warnings.push(
        ...result.warnings.map((message): Diagnostic => ({ severity: 'warning', message, file })),
      );
      planned.push({
        file,
        template: template.meta.id,
        templateVersion: template.meta.version,
        format,
        bytes: result.bytes,
        ...(negotiated ? { negotiated } : {}),
      });
    });
  });
  // Only the base name: the manifest must not differ between machines or checkouts.
  const answers = { file: basename(options.answersFile), sha256: sha256(packet.answersText) };
  const { manifest, removed, notes } = await writeOutputs(
    options.outDir,
    planned,
    answers,
    options.force ?? false,
    packet.skipped.map((s) => s.id),
    options.cwd,
    adopted,
  );
  warnings.push(...notes);
  const facts = options.withFacts
    ? siteFacts(packet, draftDate(packet.answers, options.sourceDateEpoch) ?? '')
    : undefined;
  return {
    manifest,
    written: planned.map((p) => p.file),
    removed,
    skipped: packet.skipped,
    warnings,
    ...(facts ? { facts } : {}),
  };
}

/** The fewest drafts worth a second thread (see secondThread in buildPacket). */
const minFilesForSecondThread = 4;

interface Settleable<T> {
  promise: Promise<T>;
  /** Resolves the promise; later calls do nothing. */
  settle: (value: T) => void;
}

function settleable<T>(): Settleable<T> {
  let settle: (value: T) => void = () => {};
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}
