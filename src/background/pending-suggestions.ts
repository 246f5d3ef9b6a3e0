// Chrome: "the DownloadItem will not complete until all listeners have called suggest". For a
// held download, `suggest` is kept until the user decides: even a file whose bytes all arrived
// before the pause cannot complete meanwhile. Measured: stopping the service worker releases a
// pending suggest, so this holds only while the worker lives; the pause and the start-up
// reconcile cover the rest, and a held file that completes anyway is deleted (download-events).
// While one is withheld, a cheap API call every 20 s keeps Chrome from stopping the worker as
// idle (after 30 s), so a user may take their time to decide.

export interface PendingSuggestions {
  keep(downloadId: number, suggest: () => void): void;
  /** Lets Chrome finish determining the name (after a decision, or when nothing is held). */
  release(downloadId: number): void;
}

export const KEEP_ALIVE_MS = 20_000;

export function createPendingSuggestions(log: (message: string) => void, keepAlive: () => void): PendingSuggestions {
  const pending = new Map<number, () => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    keep(downloadId, suggest) {
      pending.set(downloadId, suggest);
      timer ??= setInterval(keepAlive, KEEP_ALIVE_MS);
    },
    release(downloadId) {
      const suggest = pending.get(downloadId);
      pending.delete(downloadId);
      if (pending.size === 0 && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
      try {
        suggest?.();
      } catch (error) {
        log(`suggest ${downloadId}: ${String(error)}`);
      }
    },
  };
}
