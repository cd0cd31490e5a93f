import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffTexts, partsOf, riverbend, trackedTexts } from './helpers.js';

const hasPandoc = (() => {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const isa = 'city-of-riverbend-information-sharing-agreement';
const harbor = {
  id: 'harbor',
  name: 'Harbor Peer Support Collective',
  type: 'nonprofit-provider',
  hipaa_status: 'not-covered',
  part2_status: 'not-part2',
  signatory: { name: 'Dana Reyes', title: 'Director' },
} as const;

describe('pmhc diff redlines', () => {
  it('marks a changed retention period as exactly one deletion and one insertion, and nothing else', async () => {
    const result = await diffTexts(
      riverbend(),
      riverbend((a) => void (a.information_sharing!.retention_years = 5)),
      { only: ['information-sharing-agreement'] },
    );
    const parts = partsOf(join(result.outDir, `${isa}.redline.docx`));
    expect(trackedTexts(parts['word/document.xml']!)).toEqual({ ins: ['5'], del: ['7'] });
    for (const [name, xml] of Object.entries(parts)) {
      if (name !== 'word/document.xml') expect(xml, name).not.toMatch(/<w:(ins|del)\b/);
    }
    expect(result.summary).toContain('`information_sharing.retention_years: 7 -> 5`');
    expect(result.summary).toContain('changed in clause 11.3.');
  });

  it('attributes every change to pmhc-docs on the new version’s draft date', async () => {
    const result = await diffTexts(
      riverbend(),
      riverbend((a) => {
        a.information_sharing!.retention_years = 5;
        a.revisions!.push({ version: '2027.1', date: '2027-01-20', summary: 'Retention shortened' });
      }),
      { only: ['information-sharing-agreement'] },
    );
    const xml = partsOf(join(result.outDir, `${isa}.redline.docx`))['word/document.xml']!;
    const stamps = [...xml.matchAll(/<w:(?:ins|del) ([^>]*?)\/?>/g)].map((m) =>
      m[1]!.replace(/w:id="\d+" /, ''),
    );
    expect(stamps.length).toBeGreaterThan(0);
    expect(new Set(stamps)).toEqual(new Set(['w:author="pmhc-docs" w:date="2027-01-20T00:00:00Z"']));
  });

  it('shows a partner added as inserted rows, an inserted signature block and no deletion in the partners table', async () => {
    const result = await diffTexts(
      riverbend(),
      riverbend((a) => void a.partners!.push(harbor)),
      { only: ['co-responder-mou'] },
    );
    const xml = partsOf(join(result.outDir, 'city-of-riverbend-co-responder-mou.redline.docx'))[
      'word/document.xml'
    ]!;
    // No-break spaces (in "42 CFR", "Section 15.1") compare as spaces here.
    const spaced = (list: string[]) => list.map((t) => t.replace(/\u00a0/g, ' '));
    const raw = trackedTexts(xml);
    const tracked = { ins: spaced(raw.ins), del: spaced(raw.del) };
    // The notice's count of open facts: six before, twelve after (the new partner's blanks).
    expect(tracked.del).toEqual(['6', '.']);
    expect(tracked.ins).toEqual([
      '12',
      ';',
      'Harbor Peer Support Collective.',
      'Harbor Peer Support Collective',
      'not subject to HIPAA',
      'not subject to 42 CFR Part 2',
      'Harbor Peer Support Collective',
      '[LIAISON NAME]',
      '[LIAISON TITLE]',
      '[EMAIL]',
      '[TELEPHONE]',
      'Harbor Peer Support Collective',
      '[ADDRESS FOR NOTICES]',
      'Director',
      'Harbor Peer Support Collective: [SIGNING AUTHORITY].',
      'Harbor Peer Support Collective',
      'By:',
      'Name: Dana Reyes',
      'Title: Director',
      'Date:',
      '[LIAISON NAME] (Section 15.1; answers: agreement.liaisons[].name)',
      '[LIAISON TITLE] (Section 15.1; answers: agreement.liaisons[].title)',
      '[EMAIL] (Section 15.1; answers: agreement.liaisons[].email, information_sharing.privacy_officers[].email)',
      '[TELEPHONE] (Section 15.1; answers: agreement.liaisons[].phone, information_sharing.privacy_officers[].phone)',
      '[ADDRESS FOR NOTICES] (Section 17.1; answers: lead_agency.address, partners[].address)',
      '[SIGNING AUTHORITY] (Section 19.1; answers: partners[].signatory.authority, lead_agency.signatory.authority)',
    ]);
    // The new partner's row in the privacy table is a tracked row insertion.
    expect(xml).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:ins w:id="\d+" w:author="pmhc-docs"/);
    expect(result.summary).toContain('`partners[3]: added (“Harbor Peer Support Collective”)`');
  });

  it('deletes the whole document when a program model is removed, and reports why', async () => {
    const result = await diffTexts(
      riverbend(),
      riverbend((a) => void (a.program!.models = ['cit'])),
      { only: ['co-responder-mou', 'cit-mou'] },
    );
    const file = join(result.outDir, 'city-of-riverbend-co-responder-mou.redline.docx');
    const xml = partsOf(file)['word/document.xml']!;
    const untracked = xml.replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '');
    expect([...untracked.matchAll(/<w:t(?:\s[^>]*)?>([^<]+)<\/w:t>/g)].map((m) => m[1])).toEqual([]);
    expect(trackedTexts(xml).ins).toEqual([]);
    expect(trackedTexts(xml).del).toContain('Co-Responder Program Memorandum of\u00a0Understanding');
    expect(result.summary).toMatch(
      /`co-responder-mou`\): removed \([^)]*co-responder[^)]*\); the redline deletes the whole document/,
    );
    expect(result.summary).toContain('`program.models: [co-responder, cit] -> [cit]`');
  });

  it('writes no redline for a document that did not change, and says so', async () => {
    const result = await diffTexts(riverbend(), riverbend(), { only: ['co-responder-mou', 'training-plan'] });
    expect(readdirSync(result.outDir)).toEqual(['summary.md']);
    expect(result.summary).toContain('(`co-responder-mou`): unchanged.');
    expect(result.summary).toContain('(`training-plan`): unchanged.');
    expect(result.summary).toContain('No answer changed');
  });

  it('writes the unified diff of the canonical Markdown beside the redline', async () => {
    const result = await diffTexts(
      riverbend(),
      riverbend((a) => void (a.information_sharing!.retention_years = 5)),
      { only: ['information-sharing-agreement'] },
    );
    const patch = readFileSync(join(result.outDir, `${isa}.md.diff`), 'utf8');
    expect(patch.split('\n').slice(0, 2)).toEqual([
      `--- a/${isa}.md\tanswers.yaml@OLD`,
      `+++ b/${isa}.md\tanswers.yaml`,
    ]);
    expect(patch.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual([
      expect.stringMatching(/^-\*\*11\.3\*\* .*for 7 years after/),
      expect.stringMatching(/^\+\*\*11\.3\*\* .*for 5 years after/),
    ]);
  });

  it('writes byte-identical redlines on two runs', async () => {
    const before = riverbend();
    const after = riverbend((a) => void a.partners!.push(harbor));
    const one = await diffTexts(before, after, { only: ['information-sharing-agreement'] });
    const two = await diffTexts(before, after, { only: ['information-sharing-agreement'] });
    for (const name of [`${isa}.redline.docx`, `${isa}.md.diff`, 'summary.md']) {
      expect(readFileSync(join(two.outDir, name)).equals(readFileSync(join(one.outDir, name))), name).toBe(
        true,
      );
    }
  });

  it.skipIf(!hasPandoc)(
    'is read by pandoc --track-changes=all as the same insertion and deletion',
    async () => {
      const result = await diffTexts(
        riverbend(),
        riverbend((a) => void (a.information_sharing!.retention_years = 5)),
        { only: ['information-sharing-agreement'] },
      );
      const file = join(result.outDir, `${isa}.redline.docx`);
      expect(existsSync(file)).toBe(true);
      const markdown = execFileSync(
        'pandoc',
        [file, '-f', 'docx', '-t', 'markdown', '--track-changes=all', '--wrap=none'],
        {
          encoding: 'utf8',
        },
      );
      const spans = [...markdown.matchAll(/\[([^\]]*)\]\{\.(insertion|deletion)[^}]*\}/g)].map(
        (m) => `${m[2]}:${m[1]}`,
      );
      expect(spans).toEqual(['deletion:7', 'insertion:5']);
      expect(markdown).toMatch(/for \[7\]\{\.deletion[^}]*\}\[5\]\{\.insertion[^}]*\} years after/);
    },
  );
});
