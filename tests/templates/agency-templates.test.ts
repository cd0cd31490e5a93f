import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { pmhc, tempDir } from '../support/cli.js';

// An agency's own templates/ folder beside its answers file, through the CLI, read back from the
// Markdown drafts. The package's term-and-termination partial is the one replaced here.
const env = { SOURCE_DATE_EPOCH: '1795046400' };
const only = ['--only', 'co-responder-mou', '--format', 'md'];
const PACKAGE_PARTIAL = readFileSync(
  join(process.cwd(), 'templates/partials/term-and-termination.md.hbs'),
  'utf8',
);
const GENERATED = 'may withdraw from this [[Agreement]] for any reason';
const draftOf = (dir: string) =>
  readFileSync(join(dir, 'drafts', 'city-of-riverbend-co-responder-mou.md'), 'utf8');

describe("an agency's templates folder", () => {
  let dir: string;
  const partial = () => join(dir, 'templates', 'partials', 'term-and-termination.md.hbs');
  const agencyPartial = (from: string, to: string) => {
    expect(PACKAGE_PARTIAL).toContain(from);
    writeFileSync(partial(), PACKAGE_PARTIAL.replace(from, to));
  };
  beforeEach(() => {
    dir = tempDir('pmhc-agency-');
    copyFileSync(join(process.cwd(), 'examples', 'riverbend-city.yaml'), join(dir, 'answers.yaml'));
    mkdirSync(join(dir, 'templates', 'partials'), { recursive: true });
  });

  it('replaces a package partial in the drafts, and pmhc templates check says so', async () => {
    agencyPartial(GENERATED, 'may withdraw from this [[Agreement]] for any lawful reason');
    const built = await pmhc(['build', 'answers.yaml', ...only, '--out', 'drafts'], { cwd: dir, env });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(draftOf(dir)).toContain('may withdraw from this Agreement for any lawful reason');

    const check = await pmhc(['templates', 'check'], { cwd: dir, env });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('replaces partials: term-and-termination');
    expect(check.stdout).toContain('adds documents: none');
  });

  it('adds a document of its own to the packet', async () => {
    mkdirSync(join(dir, 'templates', 'agency-memo'));
    const front = readFileSync(join(process.cwd(), 'templates/training-plan/template.md.hbs'), 'utf8')
      .split('\n---\n')[0]!
      .replace(/^id: .*$/m, 'id: agency-memo')
      .replace(/^title: .*$/m, 'title: Agency Memo');
    writeFileSync(
      join(dir, 'templates', 'agency-memo', 'template.md.hbs'),
      `${front}\n---\n# Agency Memo\n\nThe memo of {{jurisdiction.name}}.\n`,
    );
    const check = await pmhc(['templates', 'check'], { cwd: dir, env });
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('adds documents: agency-memo');
    const built = await pmhc(
      ['build', 'answers.yaml', '--only', 'agency-memo', '--format', 'md', '--out', 'drafts'],
      {
        cwd: dir,
        env,
      },
    );
    expect(built.code).toBe(0);
    expect(readFileSync(join(dir, 'drafts', 'city-of-riverbend-agency-memo.md'), 'utf8')).toContain(
      'The memo of City of Riverbend.',
    );
  });

  it('refuses a partial that names a field the answers do not have, with its file and line, and builds nothing', async () => {
    agencyPartial(GENERATED, 'may withdraw for {{agreement.withdrawal_reasons}}');
    const check = await pmhc(['templates', 'check'], { cwd: dir, env });
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/templates\/partials\/term-and-termination\.md\.hbs:\d+:\d+/);
    expect(check.stderr).toContain('field `agreement.withdrawal_reasons` is not in the answers model');
    const built = await pmhc(['build', 'answers.yaml', ...only, '--out', 'drafts'], { cwd: dir, env });
    expect(built.code).toBe(1);
    expect(existsSync(join(dir, 'drafts')) ? readdirSync(join(dir, 'drafts')) : []).toEqual([]);
  });

  it('refuses a missing folder and a wrong verb', async () => {
    expect((await pmhc(['templates', 'check', 'nowhere'], { cwd: dir, env })).stderr).toContain(
      'no folder `nowhere`',
    );
    expect((await pmhc(['templates', 'list'], { cwd: dir, env })).code).toBe(2);
  });

  it('reports a template upgrade under a negotiated clause: both texts and an open item', async () => {
    // The parties rewrite the Withdrawal clause in the Markdown draft and it is adopted.
    expect((await pmhc(['build', 'answers.yaml', ...only, '--out', 'drafts'], { cwd: dir, env })).code).toBe(
      0,
    );
    const draft = join(dir, 'drafts', 'city-of-riverbend-co-responder-mou.md');
    const negotiated = draftOf(dir).replace(
      'may withdraw from this Agreement for any reason by giving',
      'may withdraw from this Agreement by giving',
    );
    expect(negotiated).not.toBe(draftOf(dir));
    writeFileSync(draft, negotiated);
    const adopted = await pmhc(['adopt', 'drafts/city-of-riverbend-co-responder-mou.md'], { cwd: dir, env });
    expect(adopted.stderr).toBe('');
    expect(adopted.stdout).toMatch(/Adopted 1 clause/);

    // The agency then changes its template under that clause.
    agencyPartial(GENERATED, 'may withdraw from this [[Agreement]] for any lawful reason');
    const rebuilt = await pmhc(['build', 'answers.yaml', ...only, '--out', 'drafts'], { cwd: dir, env });
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr).toMatch(/pmhc now generates other text/);
    expect(rebuilt.stderr).toMatch(/generated now: .*for any lawful reason/);
    const text = draftOf(dir);
    expect(text).toContain('may withdraw from this Agreement by giving');
    expect(text.match(/RECONCILE SECTION \d+\.\d+/g)?.length).toBeGreaterThanOrEqual(2);
  });
});
