import { parentPort } from 'node:worker_threads';
import { buildSite, type SiteJob, type SiteOptions, type SiteOutcome } from './build-site.js';

/** What the portfolio asks a site thread to do: one site. */
export interface SiteRequest {
  job: SiteJob;
  options: SiteOptions;
}

// Entry point of a worker thread (bundled as dist/portfolio/site-worker.js): builds each site it
// is sent, one at a time, and posts back how it went. buildSite never throws.
parentPort?.on('message', async ({ job, options }: SiteRequest) => {
  const outcome: SiteOutcome = await buildSite(job, options);
  parentPort?.postMessage(outcome);
});
