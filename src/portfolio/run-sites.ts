import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSite, type SiteJob, type SiteOptions, type SiteOutcome } from './build-site.js';
import type { SiteRequest } from './site-worker.js';

// Beside the bundle's chunks. From the TypeScript sources (tests) there is no such file, and the
// sites are built one after another on this thread.
const workerFile = new URL('./portfolio/site-worker.js', import.meta.url);

/**
 * A thread is replaced after this many sites: whatever one site's build leaves behind (caches,
 * fragmented heap) cannot accumulate, so memory stays flat however many sites there are.
 */
export const SITES_PER_THREAD = 8;

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
): Promise<SiteOutcome[]> {
  const outcomes: SiteOutcome[] = new Array(jobs.length);
  let done = 0;
  const finish = (index: number, outcome: SiteOutcome) => {
    outcomes[index] = outcome;
    onSite(outcome, ++done, jobs.length);
  };
  const count = Math.min(threads, jobs.length);
  if (count < 2 || !existsSync(fileURLToPath(workerFile))) {
    for (const [index, job] of jobs.entries()) finish(index, await buildSite(job, options));
    return outcomes;
  }
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const worker = new Worker(workerFile);
      try {
        for (let built = 0; built < SITES_PER_THREAD && next < jobs.length; built++) {
          const index = next++;
          const { outcome, alive } = await ask(worker, { job: jobs[index]!, options });
          finish(index, outcome);
          if (!alive) break; // a new thread for the next site
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
function ask(worker: Worker, request: SiteRequest): Promise<{ outcome: SiteOutcome; alive: boolean }> {
  return new Promise((resolve) => {
    const failed = (message: string) =>
      resolve({
        alive: false,
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
    const onError = (error: Error) => failed(`the site's build thread failed: ${error.message}`);
    const onExit = (code: number) => failed(`the site's build thread stopped (exit ${code})`);
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(request);
  });
}
