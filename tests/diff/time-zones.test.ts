import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const answers = join(root, 'examples', 'riverbend-city.yaml');

/** Runs the built CLI (the bundle a user runs; npm test builds it first) in its own time zone. */
async function pmhcIn(timeZone: string, args: string[]): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: timeZone };
  delete env.SOURCE_DATE_EPOCH;
  await promisify(execFile)('node', [join(root, 'bin/pmhc.js'), ...args], {
    cwd: root,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
}

function filesOf(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name))]),
  );
}

describe('time zones', () => {
  it('should build byte-identical Markdown, Word and PDF files in UTC and in Pacific/Kiritimati (UTC+14)', async () => {
    const [utc, kiritimati] = [tempDir(), tempDir()];
    const args = (out: string) => ['build', answers, '--out', out, '--only', 'co-responder-mou'];
    await Promise.all([pmhcIn('UTC', args(utc)), pmhcIn('Pacific/Kiritimati', args(kiritimati))]);
    const a = filesOf(utc);
    const b = filesOf(kiritimati);
    expect([...a.keys()].filter((f) => /\.(md|docx|pdf)$/.test(f))).toHaveLength(3);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  });

  it('should write byte-identical redlines in UTC and in Pacific/Kiritimati (UTC+14)', async () => {
    const [utc, kiritimati] = [tempDir(), tempDir()];
    const old = join(root, 'examples', 'tri-county-cit-consortium.yaml');
    const args = (out: string) => ['diff', answers, old, '--out', out, '--only', 'cit-mou'];
    await Promise.all([pmhcIn('UTC', args(utc)), pmhcIn('Pacific/Kiritimati', args(kiritimati))]);
    const a = filesOf(utc);
    expect([...a.keys()].some((f) => f.endsWith('.redline.docx'))).toBe(true);
    for (const [name, bytes] of a) expect(bytes.equals(filesOf(kiritimati).get(name)!), name).toBe(true);
  });
});
