import { parentPort } from 'node:worker_threads';
import type { Document } from '../ast/types.js';
import { loadWriter, type Format } from './index.js';
import type { WriteOptions, WriteResult } from './types.js';

/** What the build asks a writer thread to do: one format for a list of documents. */
export interface WriteJob {
  format: Format;
  documents: Document[];
  options: WriteOptions;
}

export type WriteReply =
  { ok: true; results: WriteResult[] } | { ok: false; message: string; stack?: string };

// Entry point of a worker thread (bundled as dist/writers/write-worker.js): writes the documents
// it is sent and posts back their bytes, transferred rather than copied.
parentPort?.on('message', async (job: WriteJob) => {
  try {
    const write = await loadWriter(job.format);
    const results: WriteResult[] = [];
    for (const document of job.documents) results.push(await write(document, job.options));
    const reply: WriteReply = { ok: true, results };
    parentPort?.postMessage(reply, [...new Set(results.map((r) => r.bytes.buffer as ArrayBuffer))]);
  } catch (error) {
    const reply: WriteReply = {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    };
    parentPort?.postMessage(reply);
  }
});
