import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Command } from '../command.js';
import { ExitCode } from '../../diagnostics/errors.js';

export const textconvCommand: Command = {
  name: 'textconv',
  summary: 'print the text of a .docx or .pdf (for git diff: diff.docx.textconv)',
  help: `Usage: pmhc textconv FILE

Prints the text of a Word (.docx) or PDF file, so that \`git diff\` can show what changed in it:
  git config diff.docx.textconv "pmhc textconv"
  git config diff.pdf.textconv "pmhc textconv"
with "*.docx diff=docx" and "*.pdf diff=pdf" in .gitattributes (\`pmhc init\` writes them).
Word text is one line per paragraph (tracked deletions left out); PDF text comes from pdftotext
(poppler) when it is installed. The Markdown beside each draft is the canonical text.`,
  options: {},
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) {
      io.stderr('pmhc textconv: expected one file, e.g. `pmhc textconv drafts/x.docx`\n');
      return ExitCode.usage;
    }
    const path = resolve(io.cwd, file);
    const bytes = await readFile(path).catch(() => null);
    if (!bytes) {
      io.stderr(`pmhc textconv: cannot read \`${file}\`: no such file\n`);
      return ExitCode.invalidInput;
    }
    if (extname(path).toLowerCase() === '.pdf') {
      if (Buffer.from(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) {
        io.stderr(`pmhc textconv: cannot read \`${file}\` as a PDF: it does not start like one\n`);
        return ExitCode.invalidInput;
      }
      io.stdout(await pdfText(path));
      return ExitCode.ok;
    }
    const { textOfDocx } = await import('../../init/text-of-docx.js');
    try {
      io.stdout(textOfDocx(bytes));
      return ExitCode.ok;
    } catch (error) {
      io.stderr(`pmhc textconv: cannot read \`${file}\` as a Word file: ${(error as Error).message}\n`);
      return ExitCode.invalidInput;
    }
  },
};

/** pdftotext's text, or a line saying how to get it (git then still shows that the file changed). */
function pdfText(path: string): Promise<string> {
  return new Promise((done) => {
    execFile(
      'pdftotext',
      ['-layout', '-enc', 'UTF-8', path, '-'],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        done(
          error
            ? '(PDF text needs pdftotext from poppler-utils; the Markdown beside this file has the same text)\n'
            : stdout,
        );
      },
    );
  });
}
