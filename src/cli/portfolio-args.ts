import { resolve } from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { ExitCode } from '../diagnostics/errors.js';
import type { CommandIo } from './command.js';

/**
 * The answers files named on the command line, a portfolio file (`sites:`, see
 * src/portfolio/portfolio-file.ts) replaced by the sites it lists; or the exit code after its
 * problems are shown. `portfolio` says whether any argument was a portfolio file.
 */
export async function expandPortfolioFiles(
  command: string,
  files: readonly string[],
  io: CommandIo,
): Promise<{ files: string[]; portfolio: boolean } | number> {
  const { readPortfolioFile } = await import('../portfolio/portfolio-file.js');
  const expanded: string[] = [];
  let portfolio = false;
  for (const file of files) {
    const path = resolve(io.cwd, file);
    const read = await readPortfolioFile(path, file, io.cwd);
    if (read === null) {
      expanded.push(file);
      continue;
    }
    portfolio = true;
    if ('diagnostics' in read) {
      for (const d of read.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      io.stderr(`pmhc ${command}: fix the portfolio file ${file} first\n`);
      return ExitCode.invalidInput;
    }
    expanded.push(...read.sites);
  }
  return { files: expanded, portfolio };
}
