import { extname } from 'node:path';
import { textOfDocx } from '../init/text-of-docx.js';

/** Whether `pmhc adopt` can read a draft's edited copy: Word files, and the canonical Markdown. */
export function canAdopt(file: string): boolean {
  return ['.docx', '.md'].includes(extname(file).toLowerCase());
}

/** The lines of an edited draft as its reader sees them, by the file's kind. */
export function linesOfDraft(
  file: string,
  bytes: Uint8Array,
  changes: 'accept' | 'reject' = 'accept',
): string[] {
  return extname(file).toLowerCase() === '.md'
    ? linesOfMarkdown(new TextDecoder().decode(bytes))
    : linesOfWordFile(bytes, changes);
}

/** The lines of a Word file as a reader sees them, tracked changes accepted (or rejected). */
export function linesOfWordFile(bytes: Uint8Array, changes: 'accept' | 'reject' = 'accept'): string[] {
  return textOfDocx(bytes, changes)
    .split('\n')
    .filter((line) => line.trim() !== '');
}

const TABLE_RULE = /^\|(\s*:?-+:?\s*\|)+\s*$/;
const OWN_LINE = /^(#{1,6}\s|>|\s*(?:[-*+]|\d+\.)\s|\|)/;

/**
 * The lines of a Markdown draft as its reader sees them, without the markup: one per paragraph
 * (its wrapped lines joined), heading, quoted line, list item and table row (cells separated by
 * tabs, as Word's are), so an edited copy compares with the draft as a Word copy does.
 */
export function linesOfMarkdown(text: string): string[] {
  const lines: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) lines.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of text.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/)) {
    if (raw.trim() === '' || TABLE_RULE.test(raw.trim())) {
      flush();
      continue;
    }
    const line = plainOf(raw);
    if (OWN_LINE.test(raw)) {
      flush();
      lines.push(line);
    } else paragraph.push(line);
  }
  flush();
  return lines.filter((line) => line !== '');
}

/** One Markdown line as text: its block marker, emphasis and escapes gone; table cells tab-separated. */
function plainOf(line: string): string {
  let text = line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '');
  if (text.startsWith('|'))
    text = text
      .replace(/^\|/, '')
      .replace(/(?<!\\)\|\s*$/, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim())
      .join('\t');
  return text
    .replace(/(?<!\\)(\*\*|\*|__|_)/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}
