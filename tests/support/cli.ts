import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

/** Runs `pmhc ...args` in-process and captures what it prints. */
export async function pmhc(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    interactive: false,
  });
  return { code, stdout, stderr };
}

/** A fresh empty folder under the system's temp folder. */
export function tempDir(prefix = 'pmhc-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
