import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { LIMITS, decodeUtf8 } from './input-bounds.js';

/** The file's text, or why it cannot be an answers file (too large, not UTF-8). */
export function checkedText(bytes: Uint8Array | number, displayName: string): string | Diagnostic {
  if (typeof bytes === 'number') {
    return {
      severity: 'error',
      file: displayName,
      message: `the file is ${bytes.toLocaleString('en-US')} bytes, more than the ${LIMITS.fileBytes.toLocaleString('en-US')} an answers file may have`,
      hint: 'an answers file holds short answers; check that this is the right file',
    };
  }
  const decoded = decodeUtf8(bytes);
  if (!('badByte' in decoded)) return decoded.text;
  const before = new TextDecoder().decode(bytes.subarray(0, decoded.badByte));
  const lines = before.split('\n');
  return {
    severity: 'error',
    file: displayName,
    line: lines.length,
    column: lines.at(-1)!.length + 1,
    message: `the file is not UTF-8 text: byte 0x${bytes[decoded.badByte]!.toString(16).toUpperCase()} at offset ${decoded.badByte} cannot be read`,
    hint: 'save the file as UTF-8 (it was probably saved as Latin-1 or Windows-1252), e.g. `iconv -f latin1 -t utf-8`',
  };
}

export function readParentFromDisk(path: string, displayName: string): string | Diagnostic {
  try {
    const size = statSync(path).size;
    return checkedText(size > LIMITS.fileBytes ? size : readFileSync(path), displayName);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      severity: 'error',
      file: displayName,
      message: `cannot read this file: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code)}`,
    };
  }
}
