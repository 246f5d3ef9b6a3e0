// The verify page's dedicated worker: hashes one file per worker and reports progress. The page
// cancels by terminating the worker, which stops the read at once and frees its buffer.
//
// The file is read on this same thread. Reading in a second worker was measured (1 GiB, Chromium
// 156, 2 cores): this thread spends 93% of its time in SHA-256 and 7% on the reads, and the
// two-worker version ran no faster, so it was not kept.
import { isHashRequest } from './hash-request.ts';
import type { HashReply } from './worker-protocol.ts';
import { createSha256 } from './sha256.ts';
import { HASH_BUFFER_BYTES, hashBlob } from './stream-hash.ts';

const PROGRESS_EVERY_MS = 100;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: HashReply) => scope.postMessage(message);

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isHashRequest(event.data)) {
    reply({ type: 'failed', message: 'bad request to the hashing worker' });
    return;
  }
  void run(event.data.file);
});

async function run(file: Blob): Promise<void> {
  const started = performance.now();
  try {
    const { sha256, bytes } = await hashBlob(file, await createSha256(), {
      bufferBytes: HASH_BUFFER_BYTES,
      progressEveryMs: PROGRESS_EVERY_MS,
      now: () => performance.now(),
      onProgress: (bytesDone, atMs) => reply({ type: 'progress', bytesDone, atMs }),
    });
    reply({ type: 'done', sha256, bytes, ms: performance.now() - started });
  } catch (error) {
    // E.g. the file was moved or deleted while being read (NotReadableError).
    reply({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
