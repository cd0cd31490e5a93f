import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document } from '../ast/types.js';
import type { PageFacts } from './page-facts.js';
import type { PageFactsMessage, WriteJob, WriteReply } from './write-worker.js';
import type { Format } from './index.js';
import type { WriteOptions, WriteResult } from './types.js';

// Beside the bundle's chunks (dist/writers/write-worker.js). Running from the TypeScript sources
// (tests) there is no such file, and everything is written on the calling thread.
const workerFile = new URL('./writers/write-worker.js', import.meta.url);

/** Whether a second thread can write a format while this one writes another. */
export function canWriteInThread(): boolean {
  return availableParallelism() > 1 && existsSync(fileURLToPath(workerFile));
}

/**
 * Writes `documents` in `format` on a worker thread, in order. The thread starts cold (its own
 * module loading and JIT), so it pays only for a format with real work, such as Word beside PDF.
 * With `factsOf`, each document is written once its page facts are known (see pageFactsFlow);
 * `factsOf` must settle for every document, or the thread waits.
 */
export function writeInThread(
  format: Format,
  documents: Document[],
  options: WriteOptions,
  factsOf?: (index: number) => Promise<PageFacts | undefined>,
): Promise<WriteResult[]> {
  const worker = new Worker(workerFile);
  if (factsOf)
    documents.forEach(
      (_, index) =>
        void factsOf(index).then((pageFacts) => {
          const message: PageFactsMessage = { index, pageFacts };
          worker.postMessage(message);
        }),
    );
  return new Promise<WriteResult[]>((resolve, reject) => {
    worker.once('message', (reply: WriteReply) => {
      if (reply.ok) resolve(reply.results);
      else reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the ${format} writer thread stopped (exit ${code}), please report`));
    });
    const job: WriteJob = { format, documents, options, factsFollow: factsOf !== undefined };
    worker.postMessage(job);
  }).finally(() => void worker.terminate());
}
