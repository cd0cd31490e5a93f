import { parentPort } from 'node:worker_threads';
import type { Document } from '../ast/types.js';
import { loadWriter, type Format } from './index.js';
import type { PageFacts } from './page-facts.js';
import type { WriteOptions, WriteResult } from './types.js';

/** What the build asks a writer thread to do: one format for a list of documents. */
export interface WriteJob {
  format: Format;
  documents: Document[];
  options: WriteOptions;
  /** Each document waits for its PageFactsMessage before it is written (see pageFactsFlow). */
  factsFollow: boolean;
}

/** The page facts of document `index` of the job (undefined: the writer lays it out itself). */
export interface PageFactsMessage {
  index: number;
  pageFacts: PageFacts | undefined;
}

export type WriteReply =
  { ok: true; results: WriteResult[] } | { ok: false; message: string; stack?: string };

// Page facts that came before their document's turn, and documents waiting for theirs.
const arrived = new Map<number, PageFacts | undefined>();
const waiting = new Map<number, (facts: PageFacts | undefined) => void>();

function factsFor(index: number): Promise<PageFacts | undefined> {
  if (arrived.has(index)) return Promise.resolve(arrived.get(index));
  return new Promise((resolve) => waiting.set(index, resolve));
}

async function run(job: WriteJob): Promise<void> {
  try {
    const write = await loadWriter(job.format);
    const results: WriteResult[] = [];
    for (const [index, document] of job.documents.entries()) {
      const options = job.factsFollow ? { ...job.options, pageFacts: await factsFor(index) } : job.options;
      results.push(await write(document, options));
    }
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
}

// Entry point of a worker thread (bundled as dist/writers/write-worker.js): writes the documents
// it is sent and posts back their bytes, transferred rather than copied.
parentPort?.on('message', (message: WriteJob | PageFactsMessage) => {
  if ('format' in message) {
    void run(message);
    return;
  }
  const resolve = waiting.get(message.index);
  if (resolve) {
    waiting.delete(message.index);
    resolve(message.pageFacts);
  } else arrived.set(message.index, message.pageFacts);
});
