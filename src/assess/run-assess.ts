import { basename, dirname } from 'node:path';
import { normalizeAnswers } from '../answers/normalize.js';
import { parseAnswers } from '../answers/read-answers.js';
import type { Answers } from '../answers/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/errors.js';
import { assembleDocument } from '../document/assemble-document.js';
import { collectOpenItems } from '../document/open-items.js';
import { readVersion } from '../diff/resolve-version.js';
import { draftDate } from '../build/dates.js';
import { outputFileName } from '../build/file-names.js';
import { refuseAnswersFormatsCannotShow } from '../build/refuse-answers.js';
import { sha256 } from '../build/manifest.js';
import { documentMeta, parseBody, renderPacketFromFile } from '../build/render-packet.js';
import { writeOutputs, type PlannedOutput } from '../build/write-outputs.js';
import { escapeDeep } from '../templating/escape-markdown.js';
import { prepareTemplates } from '../templating/prepare-templates.js';
import { packageTemplatesDir } from '../util/package-root.js';
import { extensionOf, loadWriter, type Format } from '../writers/index.js';
import { defaultWriteOptions, type WriteOptions } from '../writers/types.js';
import type { Document } from '../ast/types.js';
import { scoreAssessment, type AssessmentReport } from './score.js';

export const REPORT_TEMPLATE = 'readiness-report';

export interface AssessOptions {
  answersFile: string;
  outDir: string;
  formats: Format[];
  /** The folder the caller's paths are relative to (the CLI's); messages show paths from it. */
  cwd?: string;
  /** A git revision of the answers file to compare with. */
  since?: string;
  force?: boolean;
  sourceDateEpoch?: string;
  writeOptions?: Partial<WriteOptions>;
}

export interface AssessResult {
  report: AssessmentReport;
  written: string[];
  warnings: Diagnostic[];
}

/** `pmhc assess`: renders the packet in memory, scores the self-assessment against it, writes the report. */
export async function runAssess(options: AssessOptions): Promise<AssessResult> {
  const packet = await renderPacketFromFile(options.answersFile, {
    only: [],
    sourceDateEpoch: options.sourceDateEpoch,
    beforeRendering: (_templates, answers) =>
      refuseAnswersFormatsCannotShow(
        answers,
        options.answersFile,
        options.formats,
        options.writeOptions?.fallbackFonts ?? [],
      ),
  });
  const earlier = options.since ? await answersAt(options.since, options) : null;
  const drafts = packet.documents.map(({ template, document, openItems }) => ({
    id: template.meta.id,
    title: template.meta.title,
    elements: template.meta.elements,
    blocks: document.blocks,
    openItems,
  }));
  const report = scoreAssessment(packet.answers, drafts, earlier);
  const document = await renderReport(packet.answers, report, options.sourceDateEpoch);
  const writeOptions = { ...defaultWriteOptions, ...options.writeOptions };
  const warnings: Diagnostic[] = [];
  const planned: PlannedOutput[] = [];
  for (const format of options.formats) {
    const result = await (await loadWriter(format))(document, writeOptions);
    const file = outputFileName(packet.answers.jurisdiction.name, REPORT_TEMPLATE, extensionOf(format));
    warnings.push(...result.warnings.map((message): Diagnostic => ({ severity: 'warning', message, file })));
    planned.push({
      file,
      template: REPORT_TEMPLATE,
      templateVersion: document.meta.templateVersion,
      format,
      bytes: result.bytes,
    });
  }
  const answers = { file: basename(options.answersFile), sha256: sha256(packet.answersText) };
  await writeOutputs(options.outDir, planned, answers, options.force ?? false, [], options.cwd);
  return { report, written: planned.map((p) => p.file), warnings };
}

/** The readiness report as a Document, from the report template and the scores. */
export async function renderReport(
  answers: Answers,
  report: AssessmentReport,
  sourceDateEpoch?: string,
): Promise<Document> {
  const { set, render } = await prepareTemplates(packageTemplatesDir());
  const template = set.templates.find((t) => t.meta.id === REPORT_TEMPLATE);
  if (!template)
    throw new Error(`the ${REPORT_TEMPLATE} template is missing from the package, please report`);
  const generatedOn = draftDate(answers, sourceDateEpoch);
  const model = escapeDeep({ ...normalizeAnswers(answers, generatedOn ?? ''), report });
  const body = parseBody(render(template)(model as never), template);
  return assembleDocument(documentMeta(template, answers, generatedOn), body, collectOpenItems(body));
}

/** The answers file as it was at a git revision, validated. */
async function answersAt(
  revision: string,
  options: AssessOptions,
): Promise<{ answers: Answers; label: string }> {
  const cwd = dirname(options.answersFile);
  const version = await readVersion({ kind: 'git', revision, path: basename(options.answersFile) }, cwd);
  const read = parseAnswers(version.text, version.displayName, { path: version.path });
  if (!read.answers) {
    throw new UserError(
      read.diagnostics.length > 0
        ? read.diagnostics
        : [{ severity: 'error', message: `cannot read the answers at ${revision}` }],
    );
  }
  return { answers: read.answers, label: revision };
}
