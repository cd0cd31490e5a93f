import { isAbsolute } from 'node:path';
import { shownFrom } from '../build/write-outputs.js';
import { buildPacket, type BuildOptions } from '../build/build-packet.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ExitCode, UserError } from '../diagnostics/errors.js';
import type { SiteFacts } from './site-facts.js';

/** One site of a portfolio: its answers file and the folder its packet goes to. */
export interface SiteJob {
  answersFile: string;
  /** The answers file as the user named it, for messages and the report. */
  site: string;
  outDir: string;
}

/** What every site of a portfolio build shares (formats, force, dates, paper, fonts). */
export type SiteOptions = Omit<BuildOptions, 'answersFile' | 'outDir' | 'onProgress' | 'only'>;

/** How one site went. Plain data: it is posted from a worker thread. */
export type SiteOutcome =
  | {
      site: string;
      outDir: string;
      ok: true;
      written: number;
      removed: number;
      warnings: Diagnostic[];
      facts: SiteFacts;
    }
  | {
      site: string;
      outDir: string;
      ok: false;
      exitCode: number;
      diagnostics: Diagnostic[];
      /** Files the build refused to overwrite because they were edited by hand. */
      refused: string[];
    };

/**
 * Builds one site and says how it went; never throws, so one site's problem cannot stop the
 * others. A user's mistake keeps its exit code and diagnostics; anything else is a bug (70).
 */
export async function buildSite(job: SiteJob, options: SiteOptions): Promise<SiteOutcome> {
  try {
    // One thread per site: the portfolio already keeps every core busy with sites.
    const result = await buildPacket({
      ...options,
      answersFile: job.answersFile,
      outDir: job.outDir,
      singleThread: true,
      withFacts: true,
    });
    return {
      site: job.site,
      outDir: job.outDir,
      ok: true,
      written: result.written.length,
      removed: result.removed.length,
      warnings: result.warnings,
      facts: result.facts!,
    };
  } catch (error) {
    if (error instanceof UserError) {
      // Paths as the user typed them, as a single build shows them.
      const show = shownFrom(options.cwd);
      const diagnostics = error.diagnostics.map((d) =>
        d.file && isAbsolute(d.file) ? { ...d, file: show(d.file) } : d,
      );
      const refused = error.exitCode === ExitCode.conflict ? diagnostics.flatMap((d) => d.file ?? []) : [];
      return {
        site: job.site,
        outDir: job.outDir,
        ok: false,
        exitCode: error.exitCode,
        diagnostics,
        refused,
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      site: job.site,
      outDir: job.outDir,
      ok: false,
      exitCode: ExitCode.internal,
      diagnostics: [{ severity: 'error', message: `internal error: ${message} (please report)` }],
      refused: [],
    };
  }
}
