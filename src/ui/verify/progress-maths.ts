// What the progress line says: how far, how fast (MB/s over a recent window, so a slow start or a
// pause does not skew it for the rest of a 6 GB file) and how long is left.

export interface ProgressSample {
  bytesDone: number;
  atMs: number;
}

export interface ProgressView {
  /** 0…1 */
  fraction: number;
  /** Decimal megabytes per second, as `sha256sum`-style tools and the benchmark count them. */
  megabytesPerSecond: number | undefined;
  secondsLeft: number | undefined;
}

export const RATE_WINDOW_MS = 3_000;

/** Keeps the samples of the last RATE_WINDOW_MS and turns them into a ProgressView. */
export class ProgressMeter {
  readonly #samples: ProgressSample[] = [];

  constructor(readonly totalBytes: number) {}

  record(sample: ProgressSample): ProgressView {
    this.#samples.push(sample);
    while (this.#samples.length > 2 && sample.atMs - (this.#samples[1]?.atMs ?? sample.atMs) >= RATE_WINDOW_MS) {
      this.#samples.shift();
    }
    const first = this.#samples[0] ?? sample;
    return progressView(this.totalBytes, sample.bytesDone, bytesPerMs(first, sample));
  }
}

function bytesPerMs(from: ProgressSample, to: ProgressSample): number | undefined {
  const ms = to.atMs - from.atMs;
  const bytes = to.bytesDone - from.bytesDone;
  return ms > 0 && bytes > 0 ? bytes / ms : undefined;
}

export function progressView(totalBytes: number, bytesDone: number, rateBytesPerMs: number | undefined): ProgressView {
  const fraction = totalBytes > 0 ? Math.min(1, bytesDone / totalBytes) : 1;
  if (rateBytesPerMs === undefined) return { fraction, megabytesPerSecond: undefined, secondsLeft: undefined };
  return {
    fraction,
    megabytesPerSecond: (rateBytesPerMs * 1000) / 1e6,
    secondsLeft: Math.max(0, totalBytes - bytesDone) / rateBytesPerMs / 1000,
  };
}

/** "about 1 min 05 s left": whole minutes and seconds, rounded up so it never says 0 too early. */
export function splitDuration(seconds: number): { minutes: number; seconds: number } {
  const whole = Math.ceil(Math.max(0, seconds));
  return { minutes: Math.floor(whole / 60), seconds: whole % 60 };
}
