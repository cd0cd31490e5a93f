import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { hasCommand } from '../pdf/helpers.js';
import { libreOfficePages } from '../support/libreoffice-pages.js';
import { renderExample } from '../support/render.js';
import { paragraphs, part, textOf } from './read-docx.js';

const dir = mkdtempSync(join(tmpdir(), 'pmhc-docx-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function trainingPlan() {
  const { packet } = await renderExample('riverbend-city', () => {}, ['training-plan']);
  return packet.documents[0]!.document;
}

describe('a short table the PDF breaks rather than leave a page nearly empty', () => {
  it('lets Word break it between rows too: its rows do not keep with the next', async () => {
    const body = part(
      (await writeDocx(await trainingPlan(), defaultWriteOptions)).bytes,
      'word/document.xml',
    );
    const tables = body.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const matrix = tables.find((t) => textOf(t).includes('Recruits'))!;
    const rows = (matrix.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).slice(1, -1);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows)
      for (const p of paragraphs(row)) expect(p, textOf(p)).not.toContain('<w:keepNext/>');
    // A short table the PDF sets whole on one page still keeps its rows together.
    const kept = tables.filter((t) => t !== matrix && (t.match(/<w:tr>/g) ?? []).length <= 9);
    expect(kept.length).toBeGreaterThan(0);
    expect(paragraphs(kept[0]!.match(/<w:tr>[\s\S]*?<\/w:tr>/g)![1]!)[0]).toContain('<w:keepNext/>');
  });

  it.skipIf(!hasCommand('soffice') || !hasCommand('pdfinfo'))(
    'sets the Riverbend training plan on 8 pages in the PDF and in Word (LibreOffice)',
    async () => {
      const doc = await trainingPlan();
      writeFileSync(join(dir, 'plan.pdf.pdf'), (await writePdf(doc, defaultWriteOptions)).bytes);
      writeFileSync(join(dir, 'plan.docx'), (await writeDocx(doc, defaultWriteOptions)).bytes);
      const word = libreOfficePages(dir, ['plan']).get('plan');
      const info = execFileSync('pdfinfo', [join(dir, 'plan.pdf.pdf')], { encoding: 'utf8' });
      expect([Number(/Pages:\s+(\d+)/.exec(info)?.[1]), word]).toEqual([8, 8]);
    },
  );
});
