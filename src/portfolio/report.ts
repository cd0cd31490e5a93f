import { basename } from 'node:path';
import { count } from '../util/plural.js';
import { escapeMarkdown as md } from '../templating/escape-markdown.js';
import type { SiteOutcome } from './build-site.js';
import { ELEMENT_COUNT, type SiteFacts } from './site-facts.js';

/** A site that built, with its facts; the report's tables are made of these. */
type BuiltSite = Extract<SiteOutcome, { ok: true }>;
type FailedSite = Extract<SiteOutcome, { ok: false }>;

/** One row per site and document, the shape a spreadsheet wants. */
export interface PortfolioRow {
  site: string;
  jurisdiction: string;
  state: string;
  document: string;
  status: 'generated' | 'skipped' | 'edited by hand' | 'not built';
  openItems: number | null;
  reason: string;
}

/**
 * The portfolio as Markdown for the writers: sites at a glance, documents per site, what comes
 * due, open items, and the sites that failed and why. Every value from a site is escaped.
 * `dated` is the newest draft date of the sites (or SOURCE_DATE_EPOCH's): never the clock.
 */
export function portfolioMarkdown(outcomes: readonly SiteOutcome[], dated: string | null): string {
  const built = outcomes.filter((o): o is BuiltSite => o.ok);
  const failed = outcomes.filter((o): o is FailedSite => !o.ok);
  const lines: string[] = [
    '# Portfolio Report',
    '',
    `This report covers ${count(outcomes.length, 'site')} built together${dated ? `, as of ${dated}` : ''}: ` +
      `${count(built.length, 'packet')} built${failed.length > 0 ? ` and ${count(failed.length, 'site')} that could not be built (listed last)` : ''}. ` +
      'Each site’s drafts are in its own folder beside this report, with their own manifest.',
    '',
    '## Sites at a glance',
    '',
    `The elements column counts the essential elements of a specialized law-enforcement-based response (Council of State Governments Justice Center, 2008) that some draft of the packet addresses, out of ${ELEMENT_COUNT}. The self-assessment is the program’s own rating (\`pmhc assess\`), where the answers give one.`,
    '',
    '| Site | State | Drafts | Open items | Elements | Self-assessment | State law |',
    '|---|---|---|---|---|---|---|',
    ...built.map(({ site, facts }) =>
      row([
        `${md(facts.jurisdiction)} (${md(site)})`,
        facts.state,
        String(facts.documents.length),
        `${facts.openItems} (${count(facts.openFacts, 'fact')})`,
        `${facts.elementsCovered.length} of ${ELEMENT_COUNT}`,
        facts.assessment === null ? 'not rated' : `${facts.assessment}%`,
        stateLawCell(facts),
      ]),
    ),
    ...failed.map(({ site }) => row([md(site), '', 'not built', '', '', '', ''])),
    '',
    '## Documents by site',
    '',
    '| Site | Generated | Not in the packet | Edited by hand |',
    '|---|---|---|---|',
    ...built.map(({ site, facts }) =>
      row([md(site), list(facts.documents.map((d) => d.id)), list(facts.skipped.map((s) => s.id)), 'none']),
    ),
    ...failed.map(({ site, refused }) =>
      row([md(site), 'none (not built)', '', refused.length > 0 ? list(refused) : 'none']),
    ),
    '',
    '## Dates coming due',
    '',
    'The nearest date first: the agreements’ effective date, the end of their term, and the date by which the state-law facts the orders rely on are due for re-verification.',
    '',
    '| Date | Site | What |',
    '|---|---|---|',
    ...datesDue(built, dated).map((d) => row([d.date, md(d.site), d.what])),
  ];
  if (failed.length > 0) {
    lines.push('', '## Sites that were not built', '', '| Site | Why |', '|---|---|');
    for (const { site, diagnostics } of failed) {
      const why = diagnostics
        .slice(0, 3)
        .map(
          (d) =>
            `${d.file ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : ''}${d.path ? `${d.path}: ` : ''}${d.message}`,
        );
      const more = diagnostics.length > 3 ? `; and ${diagnostics.length - 3} more` : '';
      lines.push(row([md(site), md(why.join('; ')) + more]));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Sites × documents, one row each, for CSV and JSON. */
export function portfolioRows(outcomes: readonly SiteOutcome[]): PortfolioRow[] {
  return outcomes.flatMap((o): PortfolioRow[] => {
    if (!o.ok) {
      return [
        {
          site: o.site,
          jurisdiction: '',
          state: '',
          document: '',
          status: o.refused.length > 0 ? 'edited by hand' : 'not built',
          openItems: null,
          reason: o.diagnostics[0]?.message ?? '',
        },
      ];
    }
    const { facts } = o;
    const base = { site: o.site, jurisdiction: facts.jurisdiction, state: facts.state };
    return [
      ...facts.documents.map((d) => ({
        ...base,
        document: d.id,
        status: 'generated' as const,
        openItems: d.openItems,
        reason: '',
      })),
      ...facts.skipped.map((s) => ({
        ...base,
        document: s.id,
        status: 'skipped' as const,
        openItems: null,
        reason: s.reason,
      })),
    ];
  });
}

/** RFC 4180 CSV, with a cell that a spreadsheet would run as a formula made inert. */
export function portfolioCsv(outcomes: readonly SiteOutcome[]): string {
  const header = ['site', 'jurisdiction', 'state', 'document', 'status', 'open_items', 'reason'];
  const rows = portfolioRows(outcomes).map((r) => [
    r.site,
    r.jurisdiction,
    r.state,
    r.document,
    r.status,
    r.openItems === null ? '' : String(r.openItems),
    r.reason,
  ]);
  return `${[header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Everything the report shows, for scripts. */
export function portfolioJson(outcomes: readonly SiteOutcome[]): string {
  const sites = outcomes.map((o) =>
    o.ok
      ? {
          site: o.site,
          folder: basename(o.outDir),
          ok: true,
          written: o.written,
          removed: o.removed,
          warnings: o.warnings,
          facts: o.facts,
        }
      : {
          site: o.site,
          folder: basename(o.outDir),
          ok: false,
          exitCode: o.exitCode,
          refused: o.refused,
          diagnostics: o.diagnostics,
        },
  );
  return `${JSON.stringify({ sites, rows: portfolioRows(outcomes) }, null, 2)}\n`;
}

function csvCell(value: string): string {
  // =, +, - and @ start a formula in a spreadsheet: an answer must not run as one.
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

function stateLawCell(facts: SiteFacts): string {
  const { stateLaw } = facts;
  if (!stateLaw.verified) return 'not verified: blanks for counsel';
  return `verified ${stateLaw.verifiedOn ?? ''}${stateLaw.overdue ? `; re-verification overdue since ${stateLaw.reviewBy}` : `; review by ${stateLaw.reviewBy}`}`;
}

function datesDue(
  built: readonly BuiltSite[],
  dated: string | null,
): { date: string; site: string; what: string }[] {
  const past = (date: string) => dated !== null && date < dated;
  const dates = built.flatMap(({ site, facts }) => [
    ...(facts.effectiveDate
      ? [
          {
            date: facts.effectiveDate,
            site,
            what: past(facts.effectiveDate)
              ? 'agreements took effect (before this report’s date)'
              : 'agreements take effect',
          },
        ]
      : []),
    ...(facts.termEnds ? [{ date: facts.termEnds, site, what: 'agreements’ term ends' }] : []),
    ...(facts.stateLaw.reviewBy
      ? [
          {
            date: facts.stateLaw.reviewBy,
            site,
            what: `${facts.state} state-law facts due for re-verification`,
          },
        ]
      : []),
  ]);
  return dates.sort((a, b) => a.date.localeCompare(b.date) || a.site.localeCompare(b.site));
}

function row(cells: string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.map(md).join(', ');
}
