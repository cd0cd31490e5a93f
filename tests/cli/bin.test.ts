import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The real binary, as a user runs it (npm test bundles dist/ first).
describe('the pmhc binary', () => {
  it('should list its commands with --help and exit 0', () => {
    const out = execFileSync('node', ['bin/pmhc.js', '--help'], { encoding: 'utf8' });
    for (const verb of ['interview', 'build', 'validate', 'schema', 'diff', 'init', 'textconv'])
      expect(out).toMatch(new RegExp(`^  ${verb} `, 'm'));
  });

  it('should show a command help and exit 2 on an unknown command', () => {
    expect(execFileSync('node', ['bin/pmhc.js', 'build', '--help'], { encoding: 'utf8' })).toContain(
      'Usage: pmhc build ANSWERS.yaml',
    );
    const bad = spawnSync('node', ['bin/pmhc.js', 'biuld'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown command `biuld`');
  });
});
