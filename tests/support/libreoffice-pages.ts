import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Page counts of `dir/NAME.docx` as LibreOffice lays them out: one soffice run converts them all
 * (starting it is most of the cost), then poppler counts the pages of each PDF.
 */
export function libreOfficePages(dir: string, names: readonly string[]): Map<string, number> {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...names.map((name) => join(dir, `${name}.docx`)),
    ],
    { stdio: 'ignore', timeout: 900_000 },
  );
  return new Map(
    names.map((name) => {
      const info = execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' });
      return [name, Number(/Pages:\s+(\d+)/.exec(info)?.[1])];
    }),
  );
}
