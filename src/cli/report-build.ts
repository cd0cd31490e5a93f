import type { BuildResult } from '../build.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import type { CommandIo } from './command.js';
import { count } from '../util/plural.js';

/**
 * What a build did, for people: warnings on stderr, then the files written and the documents
 * skipped on stdout. With `only`, a document that was not asked for is not worth a line.
 */
export function reportBuild(result: BuildResult, shownOutDir: string, io: CommandIo, only: string[] = []) {
  for (const warning of result.warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
  io.stdout(`Wrote ${count(result.written.length, 'file')} to ${shownOutDir}/:\n`);
  for (const file of result.written) io.stdout(`  ${file}\n`);
  for (const s of skippedOf(result, only)) io.stdout(`  (skipped ${s.id}: ${s.reason})\n`);
  if (result.removed.length > 0) {
    io.stdout(`Removed ${count(result.removed.length, 'file')} of documents that no longer apply:\n`);
    for (const file of result.removed) io.stdout(`  ${file}\n`);
  }
}

function skippedOf(result: BuildResult, only: string[]) {
  return only.length > 0 ? result.skipped.filter((s) => only.includes(s.id)) : result.skipped;
}

/** The same, as one JSON object on stdout for scripts (`pmhc build --json`). */
export function reportBuildJson(
  result: BuildResult,
  shownOutDir: string,
  io: CommandIo,
  only: string[] = [],
) {
  const report = {
    ok: true,
    command: 'build',
    outDir: shownOutDir,
    written: result.written,
    removed: result.removed,
    skipped: skippedOf(result, only),
    refused: [],
    diagnostics: result.warnings,
  };
  io.stdout(`${JSON.stringify(report, null, 2)}\n`);
}
