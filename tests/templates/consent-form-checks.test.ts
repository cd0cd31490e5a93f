import { fleschKincaid } from 'flesch-kincaid';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, PDFName } from 'pdf-lib';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/ast/plain-text.js';
import type { Block, Document, Inline } from '../../src/ast/types.js';
import {
  HIPAA_AUTHORIZATION_ELEMENTS,
  PART2_CE_REDISCLOSURE,
  PART2_CONSENT_ELEMENTS,
  PART2_NOTICE_FULL,
  PART2_TPO_RECIPIENTS,
} from '../../src/legal/consent-rules.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { renderExample } from '../support/render.js';
import { part } from '../docx/read-docx.js';

async function formOf(example: string, id = 'consent-to-release'): Promise<Document> {
  return (await formWithNames(example, id)).document;
}

/** The form, and the names of the organizations it may list (proper names, not the form's words). */
async function formWithNames(example: string, id = 'consent-to-release') {
  const { packet } = await renderExample(example, () => {}, [id]);
  const found = packet.documents.find((d) => d.template.meta.id === id);
  if (!found) throw new Error(`${id} did not render for ${example}`);
  const a = packet.answers;
  const names = [
    a.lead_agency.name,
    ...a.partners.map((p) => p.name),
    ...a.disposition.receiving_facilities.map((f) => f.name),
    a.resources.continuum_of_care ?? '',
    a.program.name ?? '',
  ].filter(Boolean);
  return { document: found.document, names };
}

/** Each paragraph, list item and heading of the AST as one text, in reading order. */
function units(blocks: readonly Block[], skipBoxes = false): string[] {
  const out: string[] = [];
  const text = (content: readonly Inline[]) => out.push(plainText(content));
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') text(b.content);
    else if (b.type === 'clause') {
      text(b.content);
      out.push(...units(b.children, skipBoxes));
    } else if (b.type === 'list') b.items.forEach((item) => out.push(...units(item, skipBoxes)));
    else if (b.type === 'notice' && !skipBoxes) out.push(...units(b.content, skipBoxes));
    else if (b.type === 'drafterNote' && !skipBoxes) text(b.content);
  }
  return out;
}

const whole = (doc: Document) => units(doc.blocks).join('\n');

/**
 * Where the AST shows each element of 45 CFR 164.508(c) and 42 CFR 2.31(a): a pattern the form's
 * text must match. The checklist test fails if an element's words are missing.
 */
const SHOWN_BY: Record<string, RegExp> = {
  '164.508(c)(1)(i) a description of the information to be used or disclosed':
    /I check each kind of fact they may share/,
  '164.508(c)(1)(ii) who is authorized to make the disclosure':
    /I allow these groups to share facts about me/,
  '164.508(c)(1)(iii) to whom the disclosure may be made': /They may share them with the groups I check here/,
  '164.508(c)(1)(iv) a description of each purpose': /They may share it for the reasons I check/,
  '164.508(c)(1)(v) an expiration date or event':
    /This consent ends on this date or event:\u00a0_+\. If you leave it blank/,
  "164.508(c)(1)(vi) signature and date; a representative's authority":
    /Your signature:\u00a0_+ Date:\u00a0_+[\s\S]*Their authority \(attach the paper that shows it\): ☐ parent/,
  '164.508(c)(2)(i) the right to revoke in writing, and how':
    /You can cancel at any time\. Write to an office below\.[\s\S]*To cancel, write to:\n.+\d{5}/,
  '164.508(c)(2)(ii) whether treatment or payment may be conditioned on signing':
    /Your care, payment, health plan and benefits do not depend on it/,
  '164.508(c)(2)(iii) the potential for redisclosure':
    /may share them again\. Then the federal health privacy law .* may not protect them/,
  '164.508(c)(4) a copy for the person': /You can have a copy of this form/,
  '2.31(a)(1) the name of the patient': /Your name:\u00a0_+/,
  '2.31(a)(2) who may make the disclosure': /I check each kind of fact .+ may share:/,
  '2.31(a)(3) a specific description of the SUD information':
    /that I am or was a patient, and the dates I came\nmy diagnosis/,
  '2.31(a)(4)(i) the recipients': /Who may get it, to plan and coordinate my care\. I check each one:\n.+/,
  '2.31(a)(4)(iii) the HIPAA redisclosure statement for covered-entity recipients': new RegExp(
    PART2_CE_REDISCLOSURE.text.replace(/[()]/g, '\\$&'),
  ),
  '2.31(a) the purpose': /to plan and coordinate my care/,
  '2.31(a) the right to revoke in writing, and how':
    /Canceling stops sharing from then on\. It does not undo what was shared before, or what a group already did because of this form\./,
  '2.31(a) an expiration date or event':
    /This consent ends on this date or event:|This choice has no end date\. It lasts until I cancel it in writing\./,
  '2.31(a) signature, and an authorized person for a minor or someone who lacks capacity':
    /If you are under 18:[\s\S]*If someone signs for you/,
  '2.31(a) the date signed': /Your signature:\u00a0_+ Date:\u00a0_+/,
  // Only a form that offers the single TPO consent needs it.
  '2.31(a) for a single TPO consent, that the records may be redisclosed and lose Part 2 protection':
    /and for the one consent below:[\s\S]*may share my records again as HIPAA allows\. Then 42 CFR Part 2 may no longer protect them\.|^(?![\s\S]*One consent for my care)/,
};

const elements = [...HIPAA_AUTHORIZATION_ELEMENTS, ...PART2_CONSENT_ELEMENTS].map(
  (e) => `${e.cite} ${e.element}`,
);

describe('the consent form’s element checklist (45 CFR 164.508(c), 42 CFR 2.31(a))', () => {
  it('has a way to find every element of both rules, and no other', () => {
    expect(Object.keys(SHOWN_BY).sort()).toEqual([...elements].sort());
  });

  it.each(['harlan-county-rural', 'tri-county-cit-consortium'])(
    'finds every element in the AST of the %s form, which a Part 2 program or lawful holder uses',
    async (example) => {
      const text = whole(await formOf(example));
      const missing = elements.filter((e) => !SHOWN_BY[e]!.test(text));
      expect(missing).toEqual([]);
      // The 2.32 notice goes with each disclosure, on its own sheet.
      expect(whole(await formOf(example, 'part2-disclosure-notice'))).toContain(PART2_NOTICE_FULL.text);
    },
  );

  it('objects to a form that lost an element', async () => {
    const doc = await formOf('harlan-county-rural');
    const text = whole(doc).replace('You can have a copy of this form', 'You may ask');
    expect(elements.filter((e) => !SHOWN_BY[e]!.test(text))).toEqual(['164.508(c)(4) a copy for the person']);
  });

  it('objects to a single TPO consent without its redisclosure statement', async () => {
    const text = whole(await formOf('harlan-county-rural')).replace(
      'Then 42 CFR Part 2 may no longer protect them.',
      '',
    );
    expect(elements.filter((e) => !SHOWN_BY[e]!.test(text))).toEqual([
      '2.31(a) for a single TPO consent, that the records may be redisclosed and lose Part 2 protection',
    ]);
  });
});

/** Flesch–Kincaid grade of the text a person reads: no drafter's notes, notices, staff lines or quoted rules. */
function patientGrade(doc: Document, names: readonly string[] = []): number {
  const quoted = [PART2_CE_REDISCLOSURE.text, PART2_TPO_RECIPIENTS.text];
  // The form ends where the sheet for counsel begins, on a page of its own.
  const open = doc.blocks.findIndex((b) => b.type === 'pageBreak');
  const body = doc.blocks
    .slice(0, open < 0 ? undefined : open)
    .filter((b) => b.type !== 'heading' || b.level > 1);
  const texts = units(body, true)
    .filter((t) => !/^(For staff|Attach a copy)/.test(t) && !t.startsWith('42 CFR 2.32'))
    .map((t) => [...quoted, ...names].reduce((s, q) => s.split(q).join(names.includes(q) ? 'it' : ''), t));
  // A checkbox line or heading is a sentence of its own, as the person reads it.
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?:])\s+/)).filter((s) => /[a-z]/i.test(s));
  const words = sentences.flatMap((s) => s.match(/[A-Za-z][A-Za-z’'-]*/g) ?? []);
  const syllables = words.reduce((n, w) => n + syllable(w), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

describe('the consent form’s plain language', () => {
  it.each(['riverbend-city', 'harlan-county-rural', 'tri-county-cit-consortium'])(
    'reads at grade 6 or below for the person who signs it, without the quoted rules or the names (%s)',
    async (example) => {
      const { document, names } = await formWithNames(example);
      const grade = patientGrade(document, names);
      const withNames = patientGrade(document);
      console.info(
        `consent form reading grade (${example}): ${grade.toFixed(1)}; with names ${withNames.toFixed(1)}`,
      );
      expect(grade).toBeLessThanOrEqual(6);
    },
  );

  it('measures a harder text as a higher grade', () => {
    const plain = fleschKincaid({ sentence: 2, word: 12, syllable: 14 });
    const hard = fleschKincaid({ sentence: 1, word: 30, syllable: 60 });
    expect(hard).toBeGreaterThan(12);
    expect(plain).toBeLessThan(6);
  });
});

describe('the Spanish consent form', () => {
  it('says what the English form says, section by section and choice by choice', async () => {
    const count = (doc: Document) => {
      const clauses = doc.blocks.filter((b) => b.type === 'clause');
      return clauses.map((c) =>
        c.type === 'clause'
          ? c.children.filter((b) => b.type === 'list').map((l) => (l.type === 'list' ? l.items.length : 0))
          : [],
      );
    };
    for (const example of ['harlan-county-rural', 'tri-county-cit-consortium', 'riverbend-city']) {
      const english = await formOf(example);
      const spanish = await formOf(example, 'consent-to-release-es');
      expect(count(spanish), example).toEqual(count(english));
      expect(spanish.meta.language).toBe('es');
    }
  });

  it('writes the articles and words the privacy read asked for', async () => {
    const harlan = whole(await formOf('harlan-county-rural', 'consent-to-release-es'));
    expect(harlan).toContain('a la atención de Grace Whitehorse');
    expect(harlan).toContain('en esta fecha o cuando pase esto:');
    expect(harlan).toContain('(proveedor de salud conductual sin fines de lucro)');
    const riverbend = whole(await formOf('riverbend-city', 'consent-to-release-es'));
    expect(riverbend).toContain('a la atención de Nguyễn Thị Lan');
    expect(riverbend).toContain('(departamento de salud conductual)');
    for (const text of [harlan, riverbend]) {
      expect(text).not.toContain('atención del ');
      expect(text).not.toContain('con este hecho');
    }
  });

  it('is built only when the answers ask for it', async () => {
    const { packet } = await renderExample('harlan-county-rural', (a) => (a.consent = { languages: [] }));
    expect(packet.documents.map((d) => d.template.meta.id)).not.toContain('consent-to-release-es');
    expect(packet.skipped.map((s) => s.id)).toContain('consent-to-release-es');
  });

  it('keeps its accents and its language in the PDF (pdf.js) and in Word (mammoth)', async () => {
    const doc = await formOf('harlan-county-rural', 'consent-to-release-es');
    const pdfBytes = (await writePdf(doc, defaultWriteOptions)).bytes;
    const pdf = await getDocument({ data: pdfBytes.slice(), verbosity: 0 }).promise;
    let pdfText = '';
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      pdfText += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
    }
    const words = ['información', 'Pregúntenos', 'quién', 'Se dio una copia', 'Sí', 'atención', 'recibí'];
    for (const word of words) expect(pdfText).toContain(word);
    const catalog = (await PDFDocument.load(pdfBytes, { updateMetadata: false })).catalog;
    expect(String(catalog.lookup(PDFName.of('Lang')))).toContain('es');

    const docxBytes = (await writeDocx(doc, defaultWriteOptions)).bytes;
    // A label's words and a checkbox's choice are tied with no-break spaces ("Se dio una copia").
    const docxText = (await mammoth.extractRawText({ buffer: Buffer.from(docxBytes) })).value.replace(
      /\u00a0/g,
      ' ',
    );
    for (const word of words) expect(docxText).toContain(word);
    expect(part(docxBytes, 'word/styles.xml')).toContain('w:lang w:val="es"');
    expect(part(docxBytes, 'docProps/core.xml')).toContain('<dc:language>es</dc:language>');
  });
});
