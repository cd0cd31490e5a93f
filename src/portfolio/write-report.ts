import type { Document } from '../ast/types.js';
import { blocksFromMarkdown } from '../ast/from-markdown.js';
import { dateFromEpoch, timestampOf } from '../build/dates.js';
import { sha256 } from '../build/manifest.js';
import { writeOutputs, type PlannedOutput } from '../build/write-outputs.js';
import { assembleDocument } from '../document/assemble-document.js';
import { extensionOf, loadWriter, type Format } from '../writers/index.js';
import { defaultWriteOptions, type WriteOptions } from '../writers/types.js';
import type { SiteOutcome } from './build-site.js';
import { portfolioCsv, portfolioJson, portfolioMarkdown } from './report.js';

export const REPORT_ID = 'portfolio-report';
const REPORT_VERSION = '1.0.0';

/**
 * Writes the portfolio report into the portfolio's folder: the document in each format asked
 * for, plus CSV and JSON for spreadsheets and scripts, under the folder's own manifest (so a
 * report edited by hand is protected like a draft). Returns the files written.
 */
export async function writePortfolioReport(
  outDir: string,
  outcomes: readonly SiteOutcome[],
  formats: readonly Format[],
  options: { force: boolean; sourceDateEpoch?: string; writeOptions?: Partial<WriteOptions>; cwd?: string },
): Promise<string[]> {
  const dated = reportDate(outcomes, options.sourceDateEpoch);
  const document = reportDocument(portfolioMarkdown(outcomes, dated), dated);
  const writeOptions = { ...defaultWriteOptions, ...options.writeOptions };
  const planned: PlannedOutput[] = [];
  const plan = (format: string, extension: string, bytes: Uint8Array) =>
    planned.push({
      file: `${REPORT_ID}.${extension}`,
      template: REPORT_ID,
      templateVersion: REPORT_VERSION,
      format,
      bytes,
    });
  for (const format of formats)
    plan(format, extensionOf(format), (await (await loadWriter(format))(document, writeOptions)).bytes);
  const encoder = new TextEncoder();
  plan('csv', 'csv', encoder.encode(portfolioCsv(outcomes)));
  plan('json', 'json', encoder.encode(portfolioJson(outcomes)));
  const sites = { file: 'portfolio', sha256: sha256(portfolioJson(outcomes)) };
  await writeOutputs(outDir, planned, sites, options.force, [], options.cwd);
  return planned.map((p) => p.file);
}

/** SOURCE_DATE_EPOCH's date when set, else the newest draft date of the sites, else undated. */
function reportDate(outcomes: readonly SiteOutcome[], sourceDateEpoch?: string): string | null {
  const fixed = dateFromEpoch(sourceDateEpoch);
  if (fixed !== null) return fixed;
  const dates = outcomes.flatMap((o) => (o.ok && o.facts.draftDate ? [o.facts.draftDate] : []));
  return dates.length === 0 ? null : dates.sort().at(-1)!;
}

function reportDocument(markdown: string, dated: string | null): Document {
  const meta = {
    id: REPORT_ID,
    title: 'Portfolio Report',
    kind: 'portfolio',
    templateVersion: REPORT_VERSION,
    subject: 'Police–mental health collaboration packets of several jurisdictions',
    author: 'pmhc-docs',
    keywords: ['PMHC', 'portfolio'],
    generatedOn: dated,
    timestamp: timestampOf(dated),
    language: 'en-US',
    revision: null,
  };
  return assembleDocument(meta, blocksFromMarkdown(markdown), []);
}
