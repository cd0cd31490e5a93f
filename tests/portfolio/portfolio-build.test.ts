import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';

// The bundle runs the sites on worker threads; built from the sources (tests) they run on one
// thread. Both must give each site the same packet as building it alone.
const EXAMPLES = ['examples/riverbend-city.yaml', 'examples/harlan-county-rural.yaml'];

function pmhcBin(args: string[], cwd = process.cwd()) {
  const result = spawnSync('node', [join(process.cwd(), 'bin/pmhc.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder of sites: the two examples, and one that cannot be built. */
function sites(): string {
  const dir = tempDir('pmhc-portfolio-');
  mkdirSync(join(dir, 'sites'));
  for (const example of EXAMPLES) copyFileSync(example, join(dir, 'sites', example.split('/')[1]!));
  writeFileSync(join(dir, 'sites', 'broken.yaml'), 'jurisdiction:\n  name: Broken Town\n  state: CA\n');
  return dir;
}

const files = ['sites/broken.yaml', 'sites/harlan-county-rural.yaml', 'sites/riverbend-city.yaml'];

describe('pmhc build with several answers files (a portfolio)', () => {
  it('should build each site into its own folder as a single build would, go on past a failed site, and exit 1', () => {
    expect(existsSync('dist/portfolio/site-worker.js'), 'run npm run build first').toBe(true);
    const dir = sites();
    const run = pmhcBin(['build', ...files, '--out', 'packets', '--format', 'md'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('sites/broken.yaml:1:1  lead_agency: missing required field');
    expect(run.stdout).toContain('Built 2 of 3 sites into packets/');
    expect(run.stdout).toContain('1 site failed: sites/broken.yaml');
    // Each site's drafts are byte for byte those of building the site alone.
    for (const site of ['riverbend-city', 'harlan-county-rural']) {
      const alone = join(dir, `alone-${site}`);
      execFileSync(
        'node',
        [join(process.cwd(), 'bin/pmhc.js'), 'build', `sites/${site}.yaml`, '--out', alone, '--format', 'md'],
        { cwd: dir, stdio: 'ignore' },
      );
      const names = readdirSync(alone).sort();
      expect(readdirSync(join(dir, 'packets', site)).sort()).toEqual(names);
      for (const name of names) {
        expect(readFileSync(join(dir, 'packets', site, name), 'utf8'), name).toBe(
          readFileSync(join(alone, name), 'utf8'),
        );
      }
    }
    expect(existsSync(join(dir, 'packets', 'broken'))).toBe(false);
    const report = readFileSync(join(dir, 'packets', 'portfolio-report.md'), 'utf8');
    expect(report).toContain('| City of Riverbend (sites/riverbend-city.yaml) | CA | 13 |');
    expect(report).toMatch(
      /\| sites\/broken\.yaml \| sites\/broken\.yaml:1: lead\\_agency: missing required field/,
    );
    const csv = readFileSync(join(dir, 'packets', 'portfolio-report.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('site,jurisdiction,state,document,status,open_items,reason');
    expect(csv).toContain(
      'sites/riverbend-city.yaml,City of Riverbend,CA,homeless-outreach-policy,skipped,,it needs one of these program models: homeless outreach team',
    );
    const json = JSON.parse(readFileSync(join(dir, 'packets', 'portfolio-report.json'), 'utf8'));
    expect(json.sites.map((s: { site: string; ok: boolean }) => [s.site, s.ok])).toEqual([
      ['sites/broken.yaml', false],
      ['sites/harlan-county-rural.yaml', true],
      ['sites/riverbend-city.yaml', true],
    ]);
    // Same inputs, same bytes: a second run rewrites nothing differently.
    const before = readFileSync(join(dir, 'packets', 'portfolio-report.md'));
    expect(pmhcBin(['build', ...files, '--out', 'packets', '--format', 'md'], dir).code).toBe(1);
    expect(readFileSync(join(dir, 'packets', 'portfolio-report.md')).equals(before)).toBe(true);
  });

  it('should refuse a site whose draft was edited by hand, name it in the report, and still build the others', () => {
    const dir = sites();
    const good = ['sites/harlan-county-rural.yaml', 'sites/riverbend-city.yaml'];
    expect(pmhcBin(['build', ...good, '--out', 'packets', '--format', 'md'], dir).code).toBe(0);
    const edited = join(dir, 'packets', 'riverbend-city', 'city-of-riverbend-training-plan.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA clause counsel added.\n`);
    const run = pmhcBin(['build', ...good, '--out', 'packets', '--format', 'md'], dir);
    expect(run.code).toBe(1);
    expect(readFileSync(edited, 'utf8')).toContain('A clause counsel added.');
    expect(run.stdout).toContain('  built   sites/harlan-county-rural.yaml');
    expect(run.stdout).toContain('  FAILED  sites/riverbend-city.yaml');
    const report = readFileSync(join(dir, 'packets', 'portfolio-report.md'), 'utf8');
    expect(report).toMatch(
      /\| sites\/riverbend-city\.yaml \| none \(not built\) \| {2}\| [^|]*city-of-riverbend-training-plan\.md/,
    );
  });

  it('should refuse two sites that would share a folder before building anything', () => {
    const dir = sites();
    mkdirSync(join(dir, 'other'));
    copyFileSync(join(dir, 'sites', 'riverbend-city.yaml'), join(dir, 'other', 'riverbend-city.yaml'));
    const run = pmhcBin(
      ['build', 'sites/riverbend-city.yaml', 'other/riverbend-city.yaml', '--out', 'packets'],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would both be built into riverbend-city/');
    expect(existsSync(join(dir, 'packets'))).toBe(false);
  });

  it('should refuse --only with several sites', () => {
    const run = pmhcBin(['build', ...EXAMPLES, '--only', 'training-plan']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--only builds part of one packet');
  });
});

describe('a site too large for its thread’s bounded heap', () => {
  it('should be built again on a thread without the bound, not reported as failed', async () => {
    // The bundle's runSites, so that sites go to threads (from the sources they run in-process).
    const { runSites } = await import(join(process.cwd(), 'dist/index.js'));
    const dir = sites();
    const jobs = ['riverbend-city', 'harlan-county-rural'].map((site) => ({
      answersFile: join(dir, 'sites', `${site}.yaml`),
      site,
      outDir: join(dir, 'packets', site),
    }));
    const outcomes = await runSites(jobs, { formats: ['md'] }, undefined, 2, {
      maxOldGenerationSizeMb: 2,
      maxYoungGenerationSizeMb: 1,
    });
    expect(outcomes.map((o: { ok: boolean }) => o.ok)).toEqual([true, true]);
    expect(readdirSync(join(dir, 'packets', 'riverbend-city'))).toContain(
      'city-of-riverbend-training-plan.md',
    );
  });
});

describe('how many sites a thread builds before it is replaced', () => {
  it('should give every site with Word or PDF a fresh thread, and let Markdown-only sites share one', async () => {
    const { sitesPerThread } = await import('../../src/portfolio/run-sites.js');
    expect(sitesPerThread(['md', 'docx', 'pdf'])).toBe(1);
    expect(sitesPerThread(['pdf'])).toBe(1);
    expect(sitesPerThread(['md', 'docx'])).toBe(1);
    expect(sitesPerThread(['md'])).toBeGreaterThan(1);
  });
});
