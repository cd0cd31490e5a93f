import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../../src/cli/command.js';
import { progressLine } from '../../src/cli/progress.js';
import { buildPacket } from '../../src/build.js';
import { tempDir } from '../support/cli.js';

function io(progress: boolean) {
  const out = { stderr: '' };
  const value: CommandIo = {
    stdout: () => {},
    stderr: (t) => (out.stderr += t),
    cwd: '.',
    env: {},
    interactive: false,
    progress,
  };
  return { io: value, out };
}

describe('progress on long work', () => {
  it('shows each file on one rewritten stderr line once the work has taken a second, then clears it', () => {
    let clock = 0;
    const { io: terminal, out } = io(true);
    const line = progressLine(terminal, () => clock);
    line.report({ done: 1, total: 3, file: 'a.md' });
    expect(out.stderr).toBe('');
    clock = 1500;
    line.report({ done: 2, total: 3, file: 'b.pdf' });
    expect(out.stderr).toBe('\r\x1b[K  2/3  b.pdf');
    line.done();
    expect(out.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('shows nothing in a pipe or CI', () => {
    let clock = 0;
    const { io: pipe, out } = io(false);
    const line = progressLine(pipe, () => clock);
    clock = 5000;
    line.report({ done: 1, total: 1, file: 'a.md' });
    line.done();
    expect(out.stderr).toBe('');
  });

  it('is told about every file a build makes, in order', async () => {
    const seen: string[] = [];
    const result = await buildPacket({
      answersFile: 'tests/fixtures/minimal.yaml',
      outDir: tempDir(),
      formats: ['md', 'docx'],
      templatesDir: 'tests/fixtures/template-set',
      onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.file}`),
    });
    expect(seen).toHaveLength(result.written.length);
    expect(seen.at(-1)).toMatch(new RegExp(`^${result.written.length}/${result.written.length} `));
    expect(seen.map((s) => s.split(' ')[1]).sort()).toEqual([...result.written].sort());
  });
});
