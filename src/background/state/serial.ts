// Read-modify-write of one storage key must not interleave: 20 downloads held at once would
// otherwise lose each other's updates. A queue per key runs the updates one after another.

export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

export function createSerial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
