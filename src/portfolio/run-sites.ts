import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { SiteJob, SiteOptions, SiteOutcome } from './build-site.js';
import type { SiteRequest } from './site-worker.js';
import { anyHeavy, type Format } from '../writers/index.js';

// Beside the bundle's chunks. From the TypeScript sources (tests) there is no such file, and the
// sites are built one after another on this thread.
const workerFile = new URL('./portfolio/site-worker.js', import.meta.url);

/**
 * A thread is replaced after this many sites: whatever a site's build leaves behind (the shaping
 * and subsetting caches, the fonts in HarfBuzz's WebAssembly memory, which never shrinks, a
 * fragmented heap) cannot accumulate, so memory stays flat however many sites there are. A site
 * with Word or PDF leaves tens of megabytes, so it gets a fresh thread (measured on two threads:
 * one site each peaked at 265 MB, eight each at 364 MB); a thread starts in well under a second,
 * against many seconds for such a site. Markdown leaves little, and is fast enough for the start
 * to count.
 */
export function sitesPerThread(formats: readonly Format[]): number {
  return anyHeavy(formats) ? 1 : 8;
}

/**
 * Each site's thread has a bounded heap, so that V8 collects garbage before it grows: measured on
 * six generated sites with all formats, the process's peak went from 539 MB (no bound) to 426 MB
 * (160 MB) and 364 MB (96 MB) at the same speed; 64 MB took two fresh threads' peak from 282 to
 * 265 MB. A site that needs more is built again unbounded.
 */
export const SITE_HEAP: ResourceLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/** Told after each site, in the order they finish. */
export type OnSite = (outcome: SiteOutcome, done: number, total: number) => void;

/**
 * Builds every site, on every core when the bundle's site thread exists. The outcomes come back
 * in the order of `jobs`, whatever order the threads finish in, so reports are deterministic.
 */
export async function runSites(
  jobs: readonly SiteJob[],
  options: SiteOptions,
  onSite: OnSite = () => undefined,
  threads = availableParallelism(),
  heap: ResourceLimits = SITE_HEAP,
): Promise<SiteOutcome[]> {
  const outcomes: SiteOutcome[] = new Array(jobs.length);
  let done = 0;
  const finish = (index: number, outcome: SiteOutcome) => {
    outcomes[index] = outcome;
    onSite(outcome, ++done, jobs.length);
  };
  const count = Math.min(threads, jobs.length);
  if (count < 2 || !existsSync(fileURLToPath(workerFile))) {
    // Loaded only here: with threads, this thread never builds, and the pipeline would cost it
    // about 34 MB for nothing (measured: the bundle's build chunk, 43 MB to 77 MB resident).
    const { buildSite } = await import('./build-site.js');
    for (const [index, job] of jobs.entries()) finish(index, await buildSite(job, options));
    return outcomes;
  }
  let next = 0;
  const perThread = sitesPerThread(options.formats);
  const lane = async () => {
    while (next < jobs.length) {
      const worker = new Worker(workerFile, { resourceLimits: heap });
      try {
        for (let built = 0; built < perThread && next < jobs.length; built++) {
          const index = next++;
          const request = { job: jobs[index]!, options };
          const first = await ask(worker, request);
          // A site larger than the bound gets a thread of its own without one, rather than failing.
          const outcome = first.outOfMemory
            ? (await askOnce(new Worker(workerFile), request)).outcome
            : first.outcome;
          finish(index, outcome);
          if (!first.alive) break; // a new thread for the next site
        }
      } finally {
        await worker.terminate();
      }
    }
  };
  await Promise.all(Array.from({ length: count }, lane));
  return outcomes;
}

/** One site on a thread; a thread that dies is that site's failure, not the portfolio's. */
async function askOnce(worker: Worker, request: SiteRequest) {
  try {
    return await ask(worker, request);
  } finally {
    await worker.terminate();
  }
}

function ask(
  worker: Worker,
  request: SiteRequest,
): Promise<{ outcome: SiteOutcome; alive: boolean; outOfMemory?: boolean }> {
  return new Promise((resolve) => {
    const failed = (message: string, outOfMemory = false) =>
      resolve({
        alive: false,
        outOfMemory,
        outcome: {
          site: request.job.site,
          outDir: request.job.outDir,
          ok: false,
          exitCode: 70,
          diagnostics: [{ severity: 'error', message: `internal error: ${message} (please report)` }],
          refused: [],
        },
      });
    const onMessage = (outcome: SiteOutcome) => {
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve({ outcome, alive: true });
    };
    const onError = (error: Error & { code?: string }) =>
      failed(`the site's build thread failed: ${error.message}`, error.code === 'ERR_WORKER_OUT_OF_MEMORY');
    const onExit = (code: number) => failed(`the site's build thread stopped (exit ${code})`);
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(request);
  });
}
