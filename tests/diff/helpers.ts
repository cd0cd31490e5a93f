import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { stringify } from 'yaml';
import type { AnswersInput } from '../../src/answers/schema.js';
import { runDiff, type DiffResult } from '../../src/diff/run-diff.js';
import { exampleInput } from '../support/render.js';

/** A fresh empty folder under the system's temp folder. */
export function tempDir(prefix = 'pmhc-diff-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Riverbend's answers, changed by `mutate`, as YAML text. */
export function riverbend(mutate: (input: AnswersInput) => void = () => {}): string {
  const input = structuredClone(exampleInput('riverbend-city'));
  mutate(input);
  return stringify(input);
}

/** Runs the diff of two answers texts into a fresh folder. */
export async function diffTexts(
  before: string,
  after: string,
  options: { only?: string[]; beforeTemplatesDir?: string } = {},
): Promise<DiffResult & { outDir: string }> {
  const outDir = tempDir();
  const result = await runDiff({
    before: { displayName: 'answers.yaml@OLD', text: before },
    after: { displayName: 'answers.yaml', text: after },
    outDir,
    ...options,
  });
  return { ...result, outDir };
}

/** The .docx's parts, unzipped by fflate (not by the code under test). */
export function partsOf(file: string): Record<string, string> {
  const parts = unzipSync(readFileSync(file));
  return Object.fromEntries(
    Object.entries(parts)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** The text of every w:ins and w:del in a part, in document order, read with plain regexes. */
export function trackedTexts(xml: string): { ins: string[]; del: string[] } {
  const text = (inner: string, tag: string) =>
    [...inner.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))]
      .map((m) => decode(m[1]!))
      .join('');
  const ins = [...xml.matchAll(/<w:ins\b[^>]*>([\s\S]*?)<\/w:ins>/g)].map((m) => text(m[1]!, 'w:t'));
  const del = [...xml.matchAll(/<w:del\b[^>]*>([\s\S]*?)<\/w:del>/g)].map((m) => text(m[1]!, 'w:delText'));
  return { ins, del };
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function writeText(path: string, text: string): void {
  writeFileSync(path, text);
}
