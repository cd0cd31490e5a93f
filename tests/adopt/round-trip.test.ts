import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
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
// Counsel's change to the response time, as a tracked change (Word's markup for it).
const TRACKED_15 =
  'within </w:t></w:r><w:del w:id="901" w:author="County Counsel"><w:r><w:delText>20</w:delText></w:r></w:del>' +
  '<w:ins w:id="902" w:author="County Counsel"><w:r><w:t>15</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> minutes';
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

  it('refuses a file that is neither Word nor Markdown, and writes nothing', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'notes\n');
    const result = await pmhc(['adopt', 'notes.txt'], { cwd: dir, env });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('pmhc adopts edits made in a Word (.docx) or Markdown (.md) draft');
    expect(existsSync(overrides())).toBe(false);
  });

  it('refuses a copy that is not in a drafts folder, and points to --draft', async () => {
    mkdirSync(join(dir, 'mail'));
    copyFileSync(draft(), join(dir, 'mail', 'mou-edits.docx'));
    const result = await pmhc(['adopt', 'mail/mou-edits.docx'], { cwd: dir, env });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('so pmhc cannot tell what it generated');
    expect(result.stderr).toContain('--draft');
    // A copy beside the drafts, which the manifest does not list.
    copyFileSync(draft(), join(dir, 'drafts', 'mou-edits.docx'));
    const unlisted = await pmhc(['adopt', 'drafts/mou-edits.docx'], { cwd: dir, env });
    expect(unlisted.code).not.toBe(0);
    expect(unlisted.stderr).toContain('so pmhc did not write it');
    expect(unlisted.stderr).toContain('--draft');
    rmSync(join(dir, 'drafts', 'mou-edits.docx'));
    expect(existsSync(overrides())).toBe(false);
  });

  it('keeps the parties edits through later builds and answer changes', async () => {
    const edited = editDocx(readFileSync(draft()), (ps) =>
      ps
        .filter((p) => !textOf(p).startsWith('Service area.'))
        .map((p) => p.replace('within 20 minutes', TRACKED_15))
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

    // Tracked changes rejected: the response time stays as generated.
    const rejected = await pmhc(['adopt', `drafts/${MOU}`, '--reject-changes'], { cwd: dir, env });
    expect(rejected.code).toBe(0);
    expect(rejected.stdout).toMatch(/Adopted 2 clauses/);
    expect(readFileSync(overrides(), 'utf8')).not.toMatch(/within 15 minutes/);

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
    copyFileSync(answers(), join(dir, 'answers-v1.yaml'));
    writeFileSync(
      answers(),
      readFileSync(answers(), 'utf8').replace('10 a.m. to 10 p.m.', '9 a.m. to 9 p.m.'),
    );
    expect((await pmhc(['build', 'answers.yaml', ...args], { cwd: dir, env })).code).toBe(0);
    text = await wordText(draft());
    expect(text).toMatch(/9 a\.m\. to 9 p\.m\./);
    expect(text).toMatch(/within 15 minutes/);
    expect(text).toContain(NEW_LINE);

    // The redline of the two versions marks the answer's change only: the negotiated text is in both.
    const diff = await pmhc(['diff', 'answers-v1.yaml', 'answers.yaml', '--only', 'co-responder-mou'], {
      cwd: dir,
      env,
    });
    expect(diff.code).toBe(0);
    const changed = readFileSync(join(dir, 'diff', 'city-of-riverbend-co-responder-mou.md.diff'), 'utf8')
      .split('\n')
      .filter((l) => /^[-+][^-+]/.test(l));
    expect(changed.some((l) => l.includes('9 a.m. to 9 p.m.'))).toBe(true);
    expect(changed.filter((l) => /15 minutes|20 minutes|Reserved|written list|negotiated/.test(l))).toEqual(
      [],
    );
  });

  it('adopts from a partner copy LibreOffice opened and saved, where Word numbering moved the references', async () => {
    const work = join(dir, 'partner');
    mkdirSync(work);
    // The partner deletes "Excluded calls." (4.5): their copy renumbers 4.9 to 4.8, and
    // LibreOffice updates the reference to it in 4.4 when it saves.
    writeFileSync(
      join(work, 'mou.docx'),
      editDocx(readFileSync(draft()), (ps) => {
        // The clause and the list under it, up to the next clause.
        const from = ps.findIndex((p) => textOf(p).startsWith('Excluded calls.'));
        const to = ps.findIndex((p) => textOf(p).startsWith('When the Team is not available.'));
        return [...ps.slice(0, from), ...ps.slice(to)];
      }),
    );
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--convert-to',
        'docx',
        '--outdir',
        join(work, 'saved'),
        join(work, 'mou.docx'),
      ],
      { stdio: 'ignore', timeout: 300_000 },
    );
    const saved = join(work, 'saved', 'mou.docx');
    expect(await wordText(saved)).toMatch(/routing table in Section\s4\.8 sends/);

    const result = await pmhc(['adopt', saved, '--draft', `drafts/${MOU}`], { cwd: dir, env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Adopted 1 clause of co-responder-mou: program-model-and-scope\/excluded-calls/,
    );
    expect((await pmhc(['build', 'answers.yaml', ...args], { cwd: dir, env })).code).toBe(0);
    const text = await wordText(draft());
    expect(text).toMatch(/Excluded calls\. \[Reserved\.\]/);
    expect(text).toMatch(/routing table in Section\s4\.9 sends/);
    expect(text).toMatch(/within 15 minutes/);
  });

  it('builds the same bytes from the same answers and overrides', async () => {
    const again = await pmhc(['build', 'answers.yaml', ...args, '--out', 'again'], { cwd: dir, env });
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'again', MOU)).equals(readFileSync(draft()))).toBe(true);
  });

  it('adopts one party copy of a clause and refuses a second party different text for it', async () => {
    const copy = (name: string, minutes: string) => {
      const path = join(dir, 'mail', name);
      writeFileSync(
        path,
        editDocx(readFileSync(draft()), (ps) =>
          ps.map((p) => p.replace('within 15 minutes', `within ${minutes} minutes`)),
        ),
      );
      return path;
    };
    const first = copy('county.docx', '12');
    const second = copy('hospital.docx', '10');
    const a = await pmhc(['adopt', first, '--draft', `drafts/${MOU}`], { cwd: dir, env });
    expect(a.code).toBe(0);
    const b = await pmhc(['adopt', second, '--draft', `drafts/${MOU}`], { cwd: dir, env });
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(
      /§ 4\.7 \(program-model-and-scope\/response-time\) not adopted: its negotiated text changed since this draft was built/,
    );
    expect(b.stderr).toMatch(/this copy: .*within 10 minutes/);
    const kept = readFileSync(overrides(), 'utf8');
    expect(kept).toMatch(/within 12 minutes/);
    expect(kept).not.toMatch(/within 10 minutes/);
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
    expect(text).toMatch(/within 12 minutes/);
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

describe('pmhc adopt of a blank the parties filled', () => {
  const ORDER = 'city-of-riverbend-crisis-response-policy.docx';
  const only = ['--only', 'crisis-response-policy', '--format', 'docx'];

  it('proposes the answers change, writes it with --yes, and the next build holds it', async () => {
    const dir = tempDir('pmhc-adopt-fill-');
    const answers = join(dir, 'answers.yaml');
    copyFileSync(join(process.cwd(), 'examples', 'riverbend-city.yaml'), answers);
    const original = readFileSync(answers, 'utf8');
    expect((await pmhc(['build', 'answers.yaml', ...only], { cwd: dir, env })).code).toBe(0);
    const draft = join(dir, 'drafts', ORDER);
    let filled = false;
    writeFileSync(
      draft,
      editDocx(readFileSync(draft), (ps) =>
        ps.map((p) => {
          if (filled || !p.includes('[GENERAL ORDER NUMBER]')) return p;
          filled = true;
          return p.replace('[GENERAL ORDER NUMBER]', '4.12');
        }),
      ),
    );

    const proposed = await pmhc(['adopt', `drafts/${ORDER}`], { cwd: dir, env });
    expect(proposed.code).toBe(0);
    expect(proposed.stdout).toMatch(
      /run again with --yes[\s\S]*general_orders\.crisis-response-policy\.number: "4\.12"/,
    );
    expect(readFileSync(answers, 'utf8')).toBe(original);

    const written = await pmhc(['adopt', `drafts/${ORDER}`, '--yes'], { cwd: dir, env });
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/Wrote 1 answer into answers\.yaml/);
    const updated = readFileSync(answers, 'utf8');
    expect(updated.startsWith(original)).toBe(true);
    expect(updated.slice(original.length)).toBe(
      'general_orders:\n  crisis-response-policy:\n    number: "4.12"\n',
    );

    const rebuilt = await pmhc(['build', 'answers.yaml', ...only], { cwd: dir, env });
    expect(rebuilt.code).toBe(0);
    const text = await wordText(draft);
    expect(text).toMatch(/RPD\sPolicy\s4\.12/);
    expect(text).not.toMatch(/GENERAL ORDER NUMBER/);
  });
});

describe('pmhc adopt of the Markdown draft', () => {
  it('keeps the edits made in the canonical Markdown, as in Word', async () => {
    const dir = tempDir('pmhc-adopt-md-');
    copyFileSync(join(process.cwd(), 'examples', 'riverbend-city.yaml'), join(dir, 'answers.yaml'));
    const md = ['--only', 'co-responder-mou', '--format', 'md'];
    expect((await pmhc(['build', 'answers.yaml', ...md], { cwd: dir, env })).code).toBe(0);
    const draft = join(dir, 'drafts', 'city-of-riverbend-co-responder-mou.md');
    const text = readFileSync(draft, 'utf8');
    const edited = text
      .replace('within 20 minutes', 'within 15 minutes')
      .replace(/\*\*4\.3\*\* \*\*Service area\.\*\*[^\n]*\n\n/, '')
      // A paragraph the editor wrapped over two lines, with markup typed in it.
      .replace(
        '**4.9**',
        `The Clinician shall offer each Person Served a **written** list of\nlocal services.\n\n**4.9**`,
      );
    expect(edited).not.toBe(text);
    writeFileSync(draft, edited);
    const adopted = await pmhc(['adopt', 'drafts/city-of-riverbend-co-responder-mou.md'], { cwd: dir, env });
    expect(adopted.stderr).toBe('');
    expect(adopted.stdout).toMatch(/Adopted 3 clauses/);
    expect((await pmhc(['build', 'answers.yaml', ...md], { cwd: dir, env })).code).toBe(0);
    const rebuilt = readFileSync(draft, 'utf8');
    expect(rebuilt).toMatch(/\*\*4\.3\*\* \*\*Service area\.\*\* \\\[Reserved\.\\\]/);
    expect(rebuilt).toMatch(/within 15 minutes/);
    expect(rebuilt).toContain(
      '\nThe Clinician shall offer each Person Served a written list of local services.\n',
    );
  });

  it('refuses an edited Markdown file named with a Word draft', async () => {
    const dir = tempDir('pmhc-adopt-md-');
    copyFileSync(join(process.cwd(), 'examples', 'riverbend-city.yaml'), join(dir, 'answers.yaml'));
    expect(
      (
        await pmhc(['build', 'answers.yaml', '--only', 'co-responder-mou', '--format', 'md,docx'], {
          cwd: dir,
          env,
        })
      ).code,
    ).toBe(0);
    const result = await pmhc(
      ['adopt', 'drafts/city-of-riverbend-co-responder-mou.md', '--draft', `drafts/${MOU}`],
      { cwd: dir, env },
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/not the same kind of file/);
    expect(existsSync(join(dir, 'overrides'))).toBe(false);
  });
});
