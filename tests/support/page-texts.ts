import { execFileSync } from 'node:child_process';

/** Each page's text as poppler's pdftotext reads it, one page at a time (-f/-l), whitespace folded. */
export function pageTexts(file: string): string[] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' '),
  );
}
