// Chrome: "the DownloadItem will not complete until all listeners have called suggest". For a
// held download, `suggest` is withheld while the user decides: even a file whose bytes all
// arrived before the pause cannot complete meanwhile. Measured in Chromium 156, this lasts at
// most ~15 s (Chromium then goes on without the listener) and ends at once if the service
// worker stops; quarantine.ts decides, before that, which name the file may have.
// While one is withheld, a cheap API call every 20 s keeps the worker from being stopped as idle.

export interface PendingSuggestions {
  keep(downloadId: number, suggest: () => void): void;
  isPending(downloadId: number): boolean;
  /** Lets Chrome finish determining the name, optionally with another file name. */
  release(downloadId: number, suggestion?: { filename: string }): void;
}

export const KEEP_ALIVE_MS = 20_000;

export function createPendingSuggestions(log: (message: string) => void, keepAlive: () => void): PendingSuggestions {
  const pending = new Map<number, (suggestion?: { filename: string }) => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    keep(downloadId, suggest) {
      pending.set(downloadId, suggest);
      timer ??= setInterval(keepAlive, KEEP_ALIVE_MS);
    },
    isPending: (downloadId) => pending.has(downloadId),
    release(downloadId, suggestion) {
      const suggest = pending.get(downloadId);
      pending.delete(downloadId);
      if (pending.size === 0 && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
      try {
        suggest?.(suggestion);
      } catch (error) {
        log(`suggest ${downloadId}: ${String(error)}`);
      }
    },
  };
}
