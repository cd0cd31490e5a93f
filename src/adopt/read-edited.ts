import { extname } from 'node:path';
import { textOfDocx } from '../init/text-of-docx.js';

/** Whether `pmhc adopt` can read a draft's edited copy: Word files, where drafts are negotiated. */
export function canAdopt(file: string): boolean {
  return extname(file).toLowerCase() === '.docx';
}

/** The lines of a Word file as a reader sees them, tracked changes accepted (or rejected). */
export function linesOfWordFile(bytes: Uint8Array, changes: 'accept' | 'reject' = 'accept'): string[] {
  return textOfDocx(bytes, changes)
    .split('\n')
    .filter((line) => line.trim() !== '');
}
