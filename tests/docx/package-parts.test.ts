import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../fixtures/sample-document.js';
import { paragraphs, part, parts, textOf, write } from './read-docx.js';

const bytes = async () => (await write(sampleDocument())).bytes;

describe('docx package parts', () => {
  it('should number clauses with one multi-level Word list, not typed digits', async () => {
    const b = await bytes();
    const body = part(b, 'word/document.xml');
    const clauses = paragraphs(body).filter((p) =>
      /Definitions|“|The Program operates|Signatures/.test(textOf(p)),
    );
    const numIds = clauses.map((p) => p.match(/<w:numId w:val="(\d+)"\/>/)?.[1]);
    const levels = clauses.map((p) => p.match(/<w:ilvl w:val="(\d)"\/>/)?.[1]);
    expect(levels).toEqual(['0', '1', '2', '0']);
    expect(new Set(numIds).size).toBe(1);
    expect(numIds[0]).toBeDefined();
    for (const p of clauses) expect(textOf(p)).not.toMatch(/^\d/);

    const numbering = part(b, 'word/numbering.xml');
    const num = numbering.match(
      new RegExp(`<w:num w:numId="${numIds[0]}"><w:abstractNumId w:val="(\\d+)"/>`),
    );
    const abstract = numbering.match(
      new RegExp(`<w:abstractNum w:abstractNumId="${num?.[1]}"[\\s\\S]*?</w:abstractNum>`),
    )?.[0];
    expect(abstract).toBeDefined();
    expect(abstract).toContain('<w:multiLevelType w:val="multilevel"/>');
    const texts = [...(abstract ?? '').matchAll(/<w:lvlText w:val="([^"]*)"\/>/g)].map((m) => m[1]);
    expect(texts).toEqual(['%1.', '%1.%2', '%1.%2.%3']);
    expect(numbering.match(/w:val="%1\.%2"/g)).toHaveLength(1);
  });

  it('should put level-1 clauses in Heading1 and leave headings unnumbered', async () => {
    const body = part(await bytes(), 'word/document.xml');
    const byText = (text: string) => paragraphs(body).find((p) => textOf(p) === text) ?? '';
    expect(byText('Definitions')).toContain('<w:pStyle w:val="Heading1"/>');
    expect(byText('Sample Memorandum of\u00a0Understanding')).toContain('<w:pStyle w:val="Title"/>');
    expect(byText('Recitals')).toContain('<w:pStyle w:val="Heading1"/>');
    expect(byText('Recitals')).not.toContain('<w:numPr>');
    const styles = part(await bytes(), 'word/styles.xml');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3'])
      expect(styles).toContain(`w:styleId="${id}"`);
  });

  it('should indent a clause’s children to the clause’s text', async () => {
    const body = part(await bytes(), 'word/document.xml');
    const continuation = paragraphs(body).find(
      (p) => textOf(p) === 'A continuation paragraph of clause 1.1.1.',
    );
    expect(continuation).toContain('<w:ind w:left="1440"/>');
    const bullet = paragraphs(body).find((p) => textOf(p) === 'first bullet');
    expect(bullet).toMatch(/<w:ind w:left="1800" w:hanging="360"\/>/);
  });

  it('should write a header with title, template version, revision and DRAFT, and a Page X of Y footer', async () => {
    const all = parts(await bytes());
    const header = Object.entries(all).find(([name]) => /^word\/header\d+\.xml$/.test(name))?.[1] ?? '';
    // One line, worded as the PDF's running header.
    expect(textOf(header)).toBe('Sample Memorandum of UnderstandingTemplate 1.2.0 · Rev. 2026.1  ·  DRAFT');
    const footer = Object.entries(all).find(([name]) => /^word\/footer\d+\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(textOf(footer)).toBe('Page  of ');
    expect(all['word/document.xml']).toMatch(/<w:headerReference w:type="default"/);
    expect(all['word/document.xml']).toMatch(/<w:footerReference w:type="default"/);
  });

  it('should print the drafter’s note once, as a shaded body paragraph and not also as a comment', async () => {
    const all = parts(await bytes());
    // Word prints comments as balloons by default: a comment would print the note a second time.
    expect(all['word/comments.xml']).toBeUndefined();
    expect(all['word/document.xml']).not.toMatch(/<w:comment(Reference|RangeStart)\b/);
    const note = paragraphs(all['word/document.xml'] ?? '').filter((p) =>
      textOf(p).startsWith('Drafter’s note: '),
    );
    expect(note).toHaveLength(1);
    expect(textOf(note[0]!)).toBe('Drafter’s note: Confirm the hours with the clinic before signature.');
    expect(note[0]).toContain('<w:pStyle w:val="DrafterNote"/>');
    expect(all['word/styles.xml']).toMatch(/w:styleId="DrafterNote"[\s\S]*?<w:shd [^>]*w:fill="FFF8E0"/);
  });

  it('should write tables with a repeating header row and borders', async () => {
    const body = part(await bytes(), 'word/document.xml');
    const table = body.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)?.[0] ?? '';
    expect(textOf(table)).toContain('Legal basis');
    expect(table).toMatch(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    expect(table).toMatch(/<w:tblBorders><w:top w:val="single"/);
  });

  it('should write the signature block as a borderless table, two parties a row, rows kept on one page', async () => {
    const body = part(await bytes(), 'word/document.xml');
    const tables = body.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const signatures = tables.find((t) => textOf(t).includes('Riverbend Police Department')) ?? '';
    const rows = signatures.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.match(/<w:tc>/g)).toHaveLength(2);
    expect(rows[0]).toContain('<w:cantSplit/>');
    expect(signatures).toMatch(/<w:tblBorders><w:top w:val="none"/);
    const org = paragraphs(signatures).find((p) => textOf(p) === 'Riverbend Police Department') ?? '';
    expect(org).toContain('<w:b/>');
    expect(textOf(signatures)).toMatch(/By:.*Name: Dana Whitfield.*Title: Chief of Police.*Date:/);
    expect(signatures).toContain('w:leader="underscore"');
  });

  it('should mark a defined term bold in curly quotes and a blank bold, bracketed and highlighted', async () => {
    const body = part(await bytes(), 'word/document.xml');
    expect(body).toMatch(
      /<w:t[^>]*>“<\/w:t><\/w:r><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>Program<\/w:t><\/w:r><w:r><w:t[^>]*>”/,
    );
    expect(body).toMatch(
      /<w:rPr><w:b\/><w:bCs\/><w:highlight w:val="yellow"\/><\/w:rPr><w:t[^>]*>\[HOURS OF OPERATION\]/,
    );
    expect(body).toMatch(/<w:t[^>]*>The <\/w:t><\/w:r><w:r><w:t[^>]*>Program<\/w:t>/);
  });

  it('should write the notice in a boxed, shaded style and the page break as a real break', async () => {
    const b = await bytes();
    const body = part(b, 'word/document.xml');
    const notice = paragraphs(body).find((p) => textOf(p).startsWith('DRAFT.')) ?? '';
    expect(notice).toContain('<w:pStyle w:val="Notice"/>');
    const style =
      part(b, 'word/styles.xml').match(/<w:style [^>]*w:styleId="Notice"[\s\S]*?<\/w:style>/)?.[0] ?? '';
    expect(style).toMatch(/<w:pBdr><w:top w:val="single"/);
    expect(style).toMatch(/<w:shd [^>]*w:fill="F2F2F2"/);
    expect(body).toContain('<w:br w:type="page"/>');
  });

  it('should write core properties from the metadata, dated by meta.timestamp', async () => {
    const core = part(await bytes(), 'docProps/core.xml');
    expect(core).toContain('<dc:title>Sample Memorandum of Understanding</dc:title>');
    expect(core).toContain('<dc:subject>City of Riverbend co-responder program</dc:subject>');
    expect(core).toContain('<dc:creator>Riverbend Police Department</dc:creator>');
    expect(core).toContain('<cp:keywords>PMHC, co-responder, MOU</cp:keywords>');
    expect(core).toMatch(/<dc:description>Draft by pmhc-docs from template sample-mou v1\.2\.0/);
    expect(core).toContain('<dc:language>en-US</dc:language>');
    expect(core).toMatch(/<dcterms:created [^>]*>2026-03-01T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2026-03-01T00:00:00Z<\/dcterms:modified>/);
  });

  it('should set the PDF’s face and size (Source Serif 4, 11 pt, embedded), the language, and US Letter with 1-inch margins', async () => {
    const b = await bytes();
    const styles = part(b, 'word/styles.xml');
    expect(styles).toMatch(
      /<w:docDefaults>[\s\S]*w:ascii="Source Serif 4"[\s\S]*<w:sz w:val="22"\/>[\s\S]*<w:lang w:val="en-US"\/>/,
    );
    const fonts = part(b, 'word/fontTable.xml');
    for (const face of ['embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic'])
      expect(fonts).toMatch(new RegExp(`<w:font w:name="Source Serif 4">[\\s\\S]*<w:${face} `));
    expect(Object.keys(unzipSync(b)).filter((name) => name.endsWith('.odttf'))).toHaveLength(4);
    const body = part(b, 'word/document.xml');
    expect(body).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(body).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
  });

  it('should use A4 when asked', async () => {
    const body = part((await write(sampleDocument(), { paper: 'a4' })).bytes, 'word/document.xml');
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});
