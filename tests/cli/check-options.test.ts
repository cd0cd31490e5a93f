import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersNameInWorkspace, existingFolder, fontFiles } from '../../src/cli/check-options.js';
import { ExitCode, UserError } from '../../src/diagnostics/errors.js';
import { tempDir } from '../support/cli.js';

/** The usage error a check throws, as its message and exit code. */
async function refusal(run: () => unknown): Promise<{ message: string; exitCode: number }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserError) return { message: error.message, exitCode: error.exitCode };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('command-line paths checked before any work', () => {
  it('should refuse a --font that exists but cannot be read, as a usage error', async () => {
    // A socket: stat sees a file, reading it fails (as a file without read permission does, which
    // a test running as root cannot make).
    const path = join(tempDir(), 'font.ttf');
    const server = createServer();
    await new Promise<void>((done) => server.listen(path, done));
    try {
      expect(await refusal(() => fontFiles([path]))).toEqual({
        message: `cannot use --font \`${path}\`: it cannot be read (permission denied?)`,
        exitCode: ExitCode.usage,
      });
    } finally {
      server.close();
    }
  });

  it('should refuse a --font that is a folder or missing, and accept none', async () => {
    const dir = tempDir();
    expect((await refusal(() => fontFiles([dir]))).message).toBe(
      `cannot use --font \`${dir}\`: it is a folder, not a font file`,
    );
    expect((await refusal(() => fontFiles([join(dir, 'none.ttf')]))).message).toBe(
      `cannot use --font \`${join(dir, 'none.ttf')}\`: no such file`,
    );
    await expect(fontFiles([])).resolves.toBeUndefined();
  });

  it('should refuse a folder option naming a file or nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    expect(await refusal(() => existingFolder('--old-templates', join(dir, 'file')))).toEqual({
      message: '--old-templates names a file, not a folder',
      exitCode: ExitCode.usage,
    });
    expect((await refusal(() => existingFolder('--old-templates', join(dir, 'none')))).message).toBe(
      '--old-templates names a folder that does not exist',
    );
    mkdirSync(join(dir, 'templates'));
    await expect(existingFolder('--old-templates', join(dir, 'templates'))).resolves.toBeUndefined();
  });

  it('should refuse an --answers name outside the workspace, absolute or climbing out', async () => {
    for (const name of ['../x.yaml', '/tmp/x.yaml', 'sub/../../x.yaml', '..']) {
      expect((await refusal(() => answersNameInWorkspace(name))).message, name).toBe(
        `--answers \`${name}\` is outside the workspace folder`,
      );
    }
    expect(() => answersNameInWorkspace('sites/answers.yaml')).not.toThrow();
  });

  it("should refuse an --answers name that is not a plain .yaml name or is one of the workspace's files", async () => {
    for (const name of ['answers.json', 'x y.yaml', 'x$(id).yaml', 'README.md']) {
      expect((await refusal(() => answersNameInWorkspace(name))).message, name).toMatch(
        /must be a \.yaml file named with letters, digits, dots, dashes and underscores/,
      );
    }
  });
});
