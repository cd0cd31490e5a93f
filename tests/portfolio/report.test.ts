import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { SiteOutcome } from '../../src/portfolio/build-site.js';
import { portfolioCsv, portfolioMarkdown } from '../../src/portfolio/report.js';
import type { SiteFacts } from '../../src/portfolio/site-facts.js';
import { termEnd } from '../../src/portfolio/site-facts.js';
import { writePortfolioReport } from '../../src/portfolio/write-report.js';
import { tempDir } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';

function facts(over: Partial<SiteFacts>): SiteFacts {
  return {
    jurisdiction: 'Oakford County',
    state: 'OR',
    draftDate: '2027-01-15',
    documents: [{ id: 'training-plan', title: 'Training Plan', openItems: 2 }],
    skipped: [{ id: 'cit-mou', reason: 'no CIT model' }],
    openItems: 2,
    openFacts: 1,
    elementsCovered: [1, 2, 3],
    assessment: 40,
    stateLaw: { verified: true, verifiedOn: '2026-12-01', reviewBy: '2027-06-01', overdue: false },
    effectiveDate: '2027-03-01',
    termEnds: '2030-02-28',
    ...over,
  };
}

const hostile = 'Pine | *Bold* County =HYPERLINK("x")';
const outcomes: SiteOutcome[] = [
  {
    site: 'sites/oakford.yaml',
    outDir: '/x/oakford',
    ok: true,
    written: 3,
    removed: 0,
    warnings: [],
    facts: facts({}),
  },
  {
    site: 'sites/pine.yaml',
    outDir: '/x/pine',
    ok: true,
    written: 3,
    removed: 0,
    warnings: [],
    facts: facts({
      jurisdiction: hostile,
      state: 'OH',
      assessment: null,
      stateLaw: { verified: false, verifiedOn: null, reviewBy: null, overdue: false },
      effectiveDate: '2026-10-01',
    }),
  },
  {
    site: 'sites/bad.yaml',
    outDir: '/x/bad',
    ok: false,
    exitCode: 1,
    refused: [],
    diagnostics: [
      {
        severity: 'error',
        message: 'expected one of AL, AK',
        file: 'sites/bad.yaml',
        line: 3,
        column: 10,
        path: 'jurisdiction.state',
      },
    ],
  },
];

describe('the portfolio report', () => {
  it('should show every site, what failed and why, and the dates in order, with answers as literal text', () => {
    const markdown = portfolioMarkdown(outcomes, '2027-01-15');
    const html = new MarkdownIt().render(markdown);
    expect(html).toContain('Pine | *Bold* County =HYPERLINK(&quot;x&quot;) (sites/pine.yaml)');
    expect(html).toContain(
      '<td>sites/bad.yaml</td>\n<td>sites/bad.yaml:3: jurisdiction.state: expected one of AL, AK</td>',
    );
    expect(html).toContain('not verified: blanks for counsel');
    const dates = [...markdown.matchAll(/^\| (\d{4}-\d\d-\d\d) \|/gm)].map((m) => m[1]);
    expect(dates).toEqual([...dates].sort());
    expect(markdown).toContain(
      '| 2026-10-01 | sites/pine.yaml | agreements took effect (before this report’s date) |',
    );
  });

  it('should make a cell that a spreadsheet would run as a formula inert in the CSV', () => {
    const csv = portfolioCsv([
      { ...outcomes[0]!, facts: facts({ jurisdiction: '=cmd|calc' }) } as SiteOutcome,
    ]);
    expect(csv).toContain(`sites/oakford.yaml,'=cmd|calc,OR,training-plan,generated,2,`);
    expect(csv.split('\r\n')[0]).toBe('site,jurisdiction,state,document,status,open_items,reason');
  });

  it('should open in Word and as PDF with the sites in it', async () => {
    const dir = tempDir();
    const written = await writePortfolioReport(dir, outcomes, ['md', 'docx', 'pdf'], { force: false });
    expect(written.sort()).toEqual([
      'portfolio-report.csv',
      'portfolio-report.docx',
      'portfolio-report.json',
      'portfolio-report.md',
      'portfolio-report.pdf',
    ]);
    const word = (await mammoth.extractRawText({ buffer: readFileSync(join(dir, 'portfolio-report.docx')) }))
      .value;
    expect(word).toContain('Oakford County (sites/oakford.yaml)');
    expect(word).toContain(hostile);
    const pdf = await pdfText(new Uint8Array(readFileSync(join(dir, 'portfolio-report.pdf'))));
    expect(pdf).toContain('Portfolio Report');
    expect(pdf).toContain('Sites that were not built');
    // Deterministic: the same outcomes give the same bytes.
    const again = tempDir();
    await writePortfolioReport(again, outcomes, ['pdf', 'docx'], { force: false });
    for (const file of ['portfolio-report.pdf', 'portfolio-report.docx']) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(dir, file))), file).toBe(true);
    }
  });

  it('should end a term the day before its anniversary', () => {
    expect(termEnd('2027-03-01', 3)).toBe('2030-02-28');
    expect(termEnd('2028-02-29', 1)).toBe('2029-02-28');
    expect(termEnd(null, 3)).toBeNull();
    expect(termEnd('2027-03-01', null)).toBeNull();
  });
});
