// Chrome: "the DownloadItem will not complete until all listeners have called suggest". For a
// held download, `suggest` is kept until the user decides: even a file whose bytes all arrived
// before the pause cannot complete meanwhile. Measured: stopping the service worker releases a
// pending suggest, so this holds only while the worker lives; the pause and the start-up
// reconcile cover the rest, and a held file that completes anyway is deleted (download-events).

export interface PendingSuggestions {
  keep(downloadId: number, suggest: () => void): void;
  /** Lets Chrome finish determining the name (after a decision, or when nothing is held). */
  release(downloadId: number): void;
}

export function createPendingSuggestions(log: (message: string) => void): PendingSuggestions {
  const pending = new Map<number, () => void>();
  return {
    keep: (downloadId, suggest) => void pending.set(downloadId, suggest),
    release(downloadId) {
      const suggest = pending.get(downloadId);
      pending.delete(downloadId);
      try {
        suggest?.();
      } catch (error) {
        log(`suggest ${downloadId}: ${String(error)}`);
      }
    },
  };
}
