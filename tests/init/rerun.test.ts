import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initWorkspace } from '../../src/init/init-workspace.js';
import { pmhc, tempDir } from '../support/cli.js';

describe('pmhc init run again', () => {
  const options = (dir: string) => ({ dir, shownDir: dir, answersFile: 'answers.yaml', force: false });

  it('carries on when the files it wrote before are unchanged (an interview stopped with Ctrl-C)', async () => {
    const dir = tempDir();
    // In a terminal, init writes the workspace files, then the interview writes answers.yaml.
    await initWorkspace({ ...options(dir), starter: false });
    writeFileSync(join(dir, 'answers.yaml.partial'), 'saved answers\n');
    await expect(initWorkspace({ ...options(dir), starter: false })).resolves.toContain('README.md');
    expect(readFileSync(join(dir, 'answers.yaml.partial'), 'utf8')).toBe('saved answers\n');
  });

  it('still refuses to overwrite a file the user changed', async () => {
    const dir = tempDir();
    await initWorkspace({ ...options(dir), starter: false });
    writeFileSync(join(dir, 'README.md'), 'my notes\n');
    await expect(initWorkspace({ ...options(dir), starter: false })).rejects.toThrow(
      'cannot create: the file exists',
    );
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('my notes\n');
  });

  it('does not tell the user to `cd .`', async () => {
    const here = await pmhc(['init'], { cwd: tempDir() });
    expect(here.stdout).toMatch(/^Next: git init && /m);
    const there = await pmhc(['init', 'ws'], { cwd: tempDir() });
    expect(there.stdout).toMatch(/^Next: cd ws && git init && /m);
  });
});
