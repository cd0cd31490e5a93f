import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { pmhc, tempDir } from '../support/cli.js';

// The whole negotiation loop through the CLI: build, edit the Word file as a party would, adopt,
// rebuild, change an answer, rebuild. The Word files are edited and read back with fflate and
// mammoth, not with pmhc's own readers.
const env = { SOURCE_DATE_EPOCH: '1795046400' };
const MOU = 'city-of-riverbend-co-responder-mou.docx';
const args = ['--only', 'co-responder-mou', '--format', 'docx'];

/** Edits word/document.xml of a .docx as Word would store the parties' changes. */
function editDocx(bytes: Uint8Array, edit: (paragraphs: string[]) => string[]): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const body = xml.match(/<w:body>([\s\S]*)<\/w:body>/)![1]!;
  const paragraphs = body.match(
    /<w:p[ >][\s\S]*?<\/w:p>|<w:tbl>[\s\S]*?<\/w:tbl>|<w:sectPr[\s\S]*?<\/w:sectPr>/g,
  )!;
  files['word/document.xml'] = strToU8(xml.replace(body, edit(paragraphs).join('')));
  return zipSync(files);
}
const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const added = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const NEW_LINE = 'The Clinician shall offer each Person Served a written list of local services.';

async function wordText(path: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: readFileSync(path) })).value;
}

describe('pmhc adopt', () => {
  let dir: string;
  const draft = () => join(dir, 'drafts', MOU);
  const answers = () => join(dir, 'answers.yaml');
  const overrides = () => join(dir, 'overrides', 'co-responder-mou.yaml');

  beforeAll(async () => {
    dir = tempDir('pmhc-adopt-');
    copyFileSync(join(process.cwd(), 'examples', 'riverbend-city.yaml'), answers());
    expect((await pmhc(['build', 'answers.yaml', ...args], { cwd: dir, env })).code).toBe(0);
  });

  it('refuses a file that is not Word, and writes nothing', async () => {
    writeFileSync(join(dir, 'notes.md'), '# notes\n');
    const result = await pmhc(['adopt', 'notes.md'], { cwd: dir, env });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Word \(\.docx\)/);
    expect(existsSync(overrides())).toBe(false);
  });

  it('refuses a copy that is not in a drafts folder, and points to --draft', async () => {
    mkdirSync(join(dir, 'mail'));
    copyFileSync(draft(), join(dir, 'mail', 'mou-edits.docx'));
    const result = await pmhc(['adopt', 'mail/mou-edits.docx'], { cwd: dir, env });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/--draft/);
    expect(existsSync(overrides())).toBe(false);
  });

  it('keeps the parties edits through later builds and answer changes', async () => {
    const edited = editDocx(readFileSync(draft()), (ps) =>
      ps
        .filter((p) => !textOf(p).startsWith('Service area.'))
        .map((p) => p.replace('within 20 minutes', 'within 15 minutes'))
        .flatMap((p, i, all) =>
          textOf(p).startsWith('Voluntary services.') &&
          all.findIndex((q) => textOf(q).startsWith('Voluntary services.')) === i
            ? [p, added(NEW_LINE)]
            : [p],
        ),
    );
    writeFileSync(draft(), edited);

    // An edited draft is protected, and the refusal names the way to keep the edits.
    const refused = await pmhc(['build', 'answers.yaml', ...args], { cwd: dir, env });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/pmhc adopt/);

    const adopted = await pmhc(['adopt', `drafts/${MOU}`], { cwd: dir, env });
    expect(adopted.stderr).toBe('');
    expect(adopted.code).toBe(0);
    expect(adopted.stdout).toMatch(/Adopted 3 clauses of co-responder-mou/);
    expect(readFileSync(overrides(), 'utf8')).toMatch(/deleted: true/);

    const rebuilt = await pmhc(['build', 'answers.yaml', ...args], { cwd: dir, env });
    expect(rebuilt.stderr).toBe('');
    expect(rebuilt.code).toBe(0);
    let text = await wordText(draft());
    expect(text).toMatch(/within 15 minutes/);
    expect(text).not.toMatch(/within 20 minutes/);
    expect(text).toContain(NEW_LINE);
    expect(text).toMatch(/Service area\. \[Reserved\.\]/);
    expect(text).toMatch(/Sections\s4\.3, 4\.7 and 4\.8 hold text the parties negotiated/);

    // An answer the parties did not negotiate changes; their text stays.
    writeFileSync(
      answers(),
      readFileSync(answers(), 'utf8').replace('10 a.m. to 10 p.m.', '9 a.m. to 9 p.m.'),
    );
    expect((await pmhc(['build', 'answers.yaml', ...args], { cwd: dir, env })).code).toBe(0);
    text = await wordText(draft());
    expect(text).toMatch(/9 a\.m\. to 9 p\.m\./);
    expect(text).toMatch(/within 15 minutes/);
    expect(text).toContain(NEW_LINE);
  });

  it('builds the same bytes from the same answers and overrides', async () => {
    const again = await pmhc(['build', 'answers.yaml', ...args, '--out', 'again'], { cwd: dir, env });
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'again', MOU)).equals(readFileSync(draft()))).toBe(true);
  });

  it('objects when the generated text of an adopted clause changes: both texts, and an open item', async () => {
    writeFileSync(
      answers(),
      readFileSync(answers(), 'utf8').replace('response_target_minutes: 20', 'response_target_minutes: 25'),
    );
    const result = await pmhc(['build', 'answers.yaml', ...args], { cwd: dir, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/§ 4\.7 .*pmhc now generates other text/);
    expect(result.stderr).toMatch(/generated now: .*within 25 minutes/);
    const text = await wordText(draft());
    expect(text).toMatch(/within 15 minutes/);
    expect(text.match(/RECONCILE SECTION 4\.7/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses to adopt from a draft it can no longer rebuild, and leaves the overrides as they were', async () => {
    const before = readFileSync(overrides(), 'utf8');
    writeFileSync(
      answers(),
      readFileSync(answers(), 'utf8').replace(
        /^ {2}hours: .*$/m,
        '  hours: seven days a week, 8 a.m. to 8 p.m.',
      ),
    );
    const result = await pmhc(['adopt', `drafts/${MOU}`], { cwd: dir, env });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/cannot rebuild this draft as it was written/);
    expect(readFileSync(overrides(), 'utf8')).toBe(before);
  });
});
