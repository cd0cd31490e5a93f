import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { pdfText } from '../support/pdf-text.js';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_ITEMS } from '../../src/assess/items.js';
import { scoreAssessment, type DraftForAssessment } from '../../src/assess/score.js';
import { renderReport } from '../../src/assess/run-assess.js';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { parseAnswers } from '../../src/answers/read-answers.js';
import { blocksFromMarkdown } from '../../src/ast/from-markdown.js';
import type { Document } from '../../src/ast/types.js';
import { ESSENTIAL_ELEMENTS } from '../../src/answers/enums.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { loadWriter } from '../../src/writers/index.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { EXAMPLES, exampleInput, renderExample } from '../support/render.js';
import { pmhc, tempDir } from '../support/cli.js';
import { rasterize } from '../pdf/helpers.js';
import { part } from '../docx/read-docx.js';

async function draftsOf(example: string, mutate: (input: AnswersInput) => void = () => {}) {
  const { packet } = await renderExample(example, mutate);
  const drafts: DraftForAssessment[] = packet.documents.map(({ template, document, openItems }) => ({
    id: template.meta.id,
    title: template.meta.title,
    elements: template.meta.elements,
    blocks: document.blocks,
    openItems,
  }));
  return { answers: packet.answers, drafts };
}

describe('the self-assessment items', () => {
  it('should rate every one of the ten essential elements with unique ids named after it', () => {
    const ids = ASSESSMENT_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of Object.keys(ESSENTIAL_ELEMENTS).map(Number)) {
      const mine = ASSESSMENT_ITEMS.filter((i) => i.element === n);
      expect(mine.length, `element ${n}`).toBeGreaterThanOrEqual(2);
      for (const item of mine) expect(item.id.startsWith(`e${n}_`), item.id).toBe(true);
    }
  });

  it('should name only sections that exist in some example draft', async () => {
    const places = new Set<string>();
    for (const example of EXAMPLES) {
      const { answers, drafts } = await draftsOf(example);
      const report = scoreAssessment(answers, drafts);
      for (const e of report.elements)
        for (const item of e.items) for (const p of item.addressedBy) places.add(p);
    }
    for (const item of ASSESSMENT_ITEMS) {
      for (const cover of item.covers) {
        const found = [...places].some((p) => p.toLowerCase().includes(cover.section.toLowerCase()));
        expect(found, `${item.id}: ${cover.document} › ${cover.section}`).toBe(true);
      }
    }
  });
});

describe('the answers file’s assessment section', () => {
  const base = readFileSync('examples/harlan-county-rural.yaml', 'utf8');

  it('should point at an unknown item with a did-you-mean hint or the field', () => {
    const read = parseAnswers(`${base}  e1_steering_comittee: { status: planning }\n`, 'x.yaml');
    expect(read.answers).toBeNull();
    const message = read.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n');
    expect(message).toMatch(/e1_steering_comittee/);
  });

  it('should refuse a rating that is not on the scale, naming the four steps', () => {
    const text = base.replace(
      'e1_steering_committee: { status: planning',
      'e1_steering_committee: { status: done',
    );
    const read = parseAnswers(text, 'x.yaml');
    expect(read.answers).toBeNull();
    expect(read.diagnostics[0]?.message).toMatch(/not-started.*planning.*in-place.*reviewed/);
    expect(read.diagnostics[0]?.line).toBeGreaterThan(190);
  });
});

describe('scoring', () => {
  it('should score points earned over points possible and close a gap when an item is in place', async () => {
    const { answers, drafts } = await draftsOf('harlan-county-rural');
    const before = scoreAssessment(answers, drafts);
    const element1 = before.elements[0]!;
    // Harlan: planning (1), in place (2), not started (0) of 9 points.
    expect(element1.score).toBe(33);
    expect(element1.gaps.map((g) => g.id)).toEqual(['e1_steering_committee', 'e1_community_input']);
    const input = exampleInput('harlan-county-rural');
    (input.assessment as Record<string, unknown>).e1_steering_committee = { status: 'reviewed' };
    const after = scoreAssessment(answersSchema.parse(input), drafts);
    expect(after.elements[0]!.score).toBe(56); // 3 + 2 + 0 of 9
    expect(after.elements[0]!.gaps.map((g) => g.id)).toEqual(['e1_community_input']);
    expect(after.overall).toBeGreaterThan(before.overall);
  });

  it('should say nothing in the packet covers a gap once the only draft that did no longer applies', async () => {
    const withMou = await draftsOf('harlan-county-rural');
    const resources = (r: ReturnType<typeof scoreAssessment>) =>
      r.elements[8]!.items.find((i) => i.id === 'e9_resources')!;
    expect(resources(scoreAssessment(withMou.answers, withMou.drafts)).addressedBy[0]).toMatch(
      /^Co-Responder Program Memorandum of Understanding, Section \d+ \(Funding, Equipment and Space\)$/,
    );
    const without = await draftsOf('harlan-county-rural', (input) => {
      input.program!.models = ['follow-up'];
    });
    expect(resources(scoreAssessment(without.answers, without.drafts)).addressedBy).toEqual([]);
    // The element's drafts come from the templates' front matter: without the MOU, element 9 loses it.
    const organization = (d: typeof withMou) => scoreAssessment(d.answers, d.drafts).elements[8]!.documents;
    expect(organization(withMou)).toContain('Co-Responder Program Memorandum of Understanding');
    expect(organization(without)).not.toContain('Co-Responder Program Memorandum of Understanding');
    const doc = await renderReport(without.answers, scoreAssessment(without.answers, without.drafts));
    expect(markdownOf(doc)).toContain('Nothing in the packet covers this yet');
  });

  it('should list the blanks of the addressing sections as what holds a gap back', async () => {
    const { answers, drafts } = await draftsOf('harlan-county-rural');
    const report = scoreAssessment(answers, drafts);
    const baseline = report.elements[1]!.items.find((i) => i.id === 'e2_problem_defined')!;
    expect(baseline.gap).toBe(true);
    expect(
      baseline.blockedBy.some((b) => b.startsWith('BASELINE PERIOD (Performance-Measurement Plan')),
    ).toBe(true);
  });
});

describe('the summary', () => {
  it('should list unrated statements, start with the lowest-rated gaps and question contradicted ratings', async () => {
    const { answers, drafts } = await draftsOf('harlan-county-rural');
    const report = scoreAssessment(answers, drafts);
    expect(report.unrated).toHaveLength(2);
    expect(report.priorities).toHaveLength(5);
    expect(report.priorities.every((p) => p.status === 'Not started')).toBe(true);
    expect(report.assessedOn).toBe('2026-11-20');
    // Harlan rates emergency holds in place: doubtful wherever the state's hold facts are not verified.
    const unverified = exampleInput('harlan-county-rural');
    unverified.jurisdiction!.state = 'WY';
    const wyoming = scoreAssessment(answersSchema.parse(unverified), drafts);
    expect(wyoming.doubts.map((d) => d.reason).join('\n')).toMatch(/emergency-hold facts/);
    const input = structuredClone(unverified);
    (input.assessment as Record<string, unknown>).e5_emergency_holds = { status: 'planning' };
    (input.assessment as Record<string, unknown>).e8_follow_up = { status: 'not-started' };
    const after = scoreAssessment(answersSchema.parse(input), drafts);
    const reasons = after.doubts.map((d) => d.reason).join('\n');
    expect(reasons).not.toMatch(/emergency-hold facts/);
    expect(reasons).toMatch(/follow-up within 7 days/);
  });
});

describe('the readiness report', () => {
  it('should read back in Markdown, Word and PDF with the scores as text and bars drawn', async () => {
    const { answers, drafts } = await draftsOf('riverbend-city');
    const report = scoreAssessment(answers, drafts);
    const doc = await renderReport(answers, report);
    const md = markdownOf(doc);
    expect(md).toContain('[[:chart]]');
    expect(md).toContain(`| 1. Collaborative planning and implementation | ${report.elements[0]!.score}% |`);
    const chart = doc.blocks.find((b) => b.type === 'clause' && b.number === '2');
    expect(chart).toBeDefined();
    const table = doc.blocks.find((b) => b.type === 'table' && b.chart);
    expect(table?.type === 'table' && table.chart?.values).toEqual(report.elements.map((e) => e.score));

    const docx = (await (await loadWriter('docx'))(doc, defaultWriteOptions)).bytes;
    // Headings tie their last two words with a no-break space in Word (typesetting).
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value.replace(/\u00a0/g, ' ');
    expect(text).toContain('Scores by Element');
    expect(text).toContain('Action Plan');
    expect(text).toContain(`${report.elements[9]!.score}%`);
    const xml = part(docx, 'word/document.xml');
    // One shaded bar cell per element with a score above zero.
    const bars = xml.match(/w:fill="2A548C"/g) ?? [];
    expect(bars.length).toBe(report.elements.filter((e) => e.score > 0).length);

    const pdf = (await (await loadWriter('pdf'))(doc, defaultWriteOptions)).bytes;
    const extracted = await pdfText(pdf);
    expect(extracted).toContain('Program Readiness Report');
    expect(extracted).toContain('Transportation and custodial transfer');
  });

  it('should draw longer bars for higher scores on the PDF page', async () => {
    const chartDoc = (low: number): Document => ({
      meta: {
        id: 'chart',
        title: 'Chart',
        kind: 'report',
        templateVersion: '1.0.0',
        subject: 'x',
        author: 'x',
        keywords: [],
        generatedOn: null,
        timestamp: '2026-01-01T00:00:00Z',
        language: 'en-US',
        revision: null,
      },
      blocks: blocksFromMarkdown(
        `[[:chart]]\n\n| Element | Score |\n|---|---|\n${[1, 2, 3, 4, 5].map((n) => `| E${n} | ${low}% |`).join('\n')}\n`,
      ),
    });
    const ink = async (value: number) => {
      const bytes = (await (await loadWriter('pdf'))(chartDoc(value), defaultWriteOptions)).bytes;
      const gray = rasterize(bytes, 1, 50);
      return gray.pixels.filter((p) => p < 128).length;
    };
    const low = await ink(10);
    const high = await ink(90);
    expect(high).toBeGreaterThan(low * 1.5);
  });

  it('should refuse a chart directive without a table of percentages', () => {
    expect(() => blocksFromMarkdown('[[:chart]]\n\nJust text.\n')).toThrow(/must be followed by a table/);
    expect(() => blocksFromMarkdown('[[:chart]]\n\n| A | B |\n|---|---|\n| x | high |\n')).toThrow(
      /percentage/,
    );
  });
});

describe('pmhc assess', () => {
  it('should write the report and compare with an earlier git revision', async () => {
    const dir = tempDir();
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, readFileSync('examples/harlan-county-rural.yaml', 'utf8'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'e1_steering_committee: { status: planning',
        'e1_steering_committee: { status: in-place',
      ),
    );
    const result = await pmhc(['assess', 'answers.yaml', '--since', 'HEAD', '--format', 'md'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Collaborative planning and implementation: 44% \(was 33%\)/);
    const md = readFileSync(join(dir, 'assessment', 'harlan-county-readiness-report.md'), 'utf8');
    expect(md).toContain('[[:chart-compare]]');
    expect(md).toMatch(/## \d+\. What Moved Since HEAD/);
    expect(md).toMatch(/\| A steering group [^|]+ \| Planning \| In place \|/);
  });

  it('should refuse an unknown revision with a usage-level error and write nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'answers.yaml'), readFileSync('examples/harlan-county-rural.yaml', 'utf8'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const result = await pmhc(['assess', 'answers.yaml', '--since', 'no-such-rev'], { cwd: dir });
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBe(70);
    expect(result.stderr).toMatch(/no-such-rev/);
  });
});
