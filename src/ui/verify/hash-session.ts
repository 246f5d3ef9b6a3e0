// The page's side of one hashing run: starts a fresh worker, checks every message it sends, and
// cancels by terminating it (so a cancelled run can never report a result afterwards).
import type { HashRequest } from './hash-request.ts';
import { HashReplySchema } from './worker-protocol.ts';

export interface HashSessionEvents {
  onProgress(bytesDone: number, atMs: number): void;
  onDone(result: { sha256: string; bytes: number; ms: number }): void;
  onFailed(message: string): void;
}

export interface HashSession {
  cancel(): void;
}

export function startHashSession(file: File, events: HashSessionEvents): HashSession {
  const worker = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
  let finished = false;
  const finish = () => {
    finished = true;
    worker.terminate();
  };

  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (finished) return;
    const reply = HashReplySchema.safeParse(event.data);
    if (!reply.success) {
      finish();
      events.onFailed(`unexpected message from the hashing worker: ${reply.error.issues[0]?.message ?? 'invalid'}`);
      return;
    }
    const message = reply.data;
    if (message.type === 'progress') events.onProgress(message.bytesDone, message.atMs);
    else if (message.type === 'done') {
      finish();
      events.onDone(message);
    } else {
      finish();
      events.onFailed(message.message);
    }
  });
  worker.addEventListener('error', (event) => {
    if (finished) return;
    finish();
    events.onFailed(event.message || 'the hashing worker could not start');
  });

  worker.addEventListener('messageerror', () => {
    if (finished) return;
    finish();
    events.onFailed('a message from the hashing worker could not be read');
  });

  worker.postMessage({ type: 'hash', file } satisfies HashRequest);
  return { cancel: finish };
}
