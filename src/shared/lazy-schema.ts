// A schema built the first time it is used, then kept. The service worker starts on every
// navigation and most starts read no message, record or setting: building every zod schema when
// its module loads cost it ~11-13 ms of each start.

/** `build()` once, on the first call; every later call returns the same value. */
export function lazySchema<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
