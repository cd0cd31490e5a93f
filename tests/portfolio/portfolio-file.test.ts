import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pmhc, tempDir } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '../..');

/** A workspace: texas-defaults.yaml, sites/ with the two Texas sites, and a portfolio file. */
function workspace(portfolio: string): string {
  const dir = tempDir('pmhc-portfolio-file-');
  mkdirSync(join(dir, 'sites'));
  copyFileSync(join(ROOT, 'examples/portfolio/texas-defaults.yaml'), join(dir, 'texas-defaults.yaml'));
  for (const site of ['llano-alto-county', 'rio-pardo-county'])
    copyFileSync(join(ROOT, `examples/portfolio/sites/${site}.yaml`), join(dir, 'sites', `${site}.yaml`));
  copyFileSync(join(ROOT, 'examples/riverbend-city.yaml'), join(dir, 'riverbend-city.yaml'));
  writeFileSync(join(dir, 'portfolio.yaml'), portfolio);
  return dir;
}

describe('a portfolio file listing the sites', () => {
  it('should build every site it lists, patterns in name order, with the portfolio report', async () => {
    const dir = workspace('# The sites we support\nsites:\n  - sites/*.yaml\n  - riverbend-city.yaml\n');
    const run = await pmhc(['build', 'portfolio.yaml', '--out', 'packets', '--format', 'md'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Built 3 of 3 sites into packets/');
    expect(readdirSync(join(dir, 'packets')).sort()).toEqual(
      expect.arrayContaining([
        'llano-alto-county',
        'rio-pardo-county',
        'riverbend-city',
        'portfolio-report.md',
      ]),
    );
    const report = readFileSync(join(dir, 'packets', 'portfolio-report.md'), 'utf8');
    const rows = ['sites/llano-alto-county.yaml', 'sites/rio-pardo-county.yaml', 'riverbend-city.yaml'].map(
      (site) => report.indexOf(`(${site})`),
    );
    expect(rows.every((at) => at > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it('should validate every site it lists', async () => {
    const dir = workspace('sites:\n  - sites/*.yaml\n');
    const run = await pmhc(['validate', 'portfolio.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('sites/llano-alto-county.yaml: valid\nsites/rio-pardo-county.yaml: valid\n');
  });

  it('should refuse, at its line, a path that matches nothing, an unknown key and a non-path', async () => {
    const dir = workspace('sites:\n  - sites/*.yml\n  - 42\nout: packets\n');
    const run = await pmhc(['build', 'portfolio.yaml', '--out', 'packets'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('portfolio.yaml:2:5');
    expect(run.stderr).toContain('`sites/*.yml` matches no file');
    expect(run.stderr).toContain('portfolio.yaml:3:5');
    expect(run.stderr).toContain('expected the path of an answers file');
    expect(run.stderr).toContain('portfolio.yaml:4:1');
    expect(run.stderr).toContain('unknown key `out`');
    expect(readdirSync(dir)).not.toContain('packets');
  });

  it('should refuse an empty list, and --only with a portfolio', async () => {
    const empty = workspace('sites: []\n');
    const none = await pmhc(['validate', 'portfolio.yaml'], { cwd: empty });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('expected a list of answers files');
    const dir = workspace('sites:\n  - sites/*.yaml\n');
    const only = await pmhc(['build', 'portfolio.yaml', '--only', 'training-plan'], { cwd: dir });
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('--only builds part of one packet');
  });
});
