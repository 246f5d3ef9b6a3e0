import { describe, expect, it } from 'vitest';
import { ProgressMeter, progressView, RATE_WINDOW_MS, splitDuration } from './progress-maths.ts';

const MB = 1_000_000;

describe('progressView', () => {
  it('gives the fraction, MB/s and seconds left', () => {
    // 100 MB of 1000 MB done at 250 MB/s (250,000 bytes per ms): 3.6 s left.
    expect(progressView(1000 * MB, 100 * MB, 250_000)).toEqual({ fraction: 0.1, megabytesPerSecond: 250, secondsLeft: 3.6 });
  });
  it('says nothing about speed before there is a rate', () => {
    expect(progressView(1000 * MB, 0, undefined)).toEqual({ fraction: 0, megabytesPerSecond: undefined, secondsLeft: undefined });
  });
  it('treats an empty file as complete and never goes past 100 %', () => {
    expect(progressView(0, 0, undefined).fraction).toBe(1);
    expect(progressView(10, 20, 1).fraction).toBe(1);
  });
});

describe('ProgressMeter', () => {
  it('measures the rate between samples', () => {
    const meter = new ProgressMeter(1000 * MB);
    expect(meter.record({ bytesDone: 0, atMs: 0 }).megabytesPerSecond).toBeUndefined();
    const view = meter.record({ bytesDone: 50 * MB, atMs: 200 });
    expect(view.megabytesPerSecond).toBeCloseTo(250);
    expect(view.secondsLeft).toBeCloseTo(3.8);
  });
  it('forgets a slow start once it is older than the window', () => {
    const meter = new ProgressMeter(10_000 * MB);
    meter.record({ bytesDone: 0, atMs: 0 });
    meter.record({ bytesDone: 1 * MB, atMs: 1_000 }); // a slow first second: 1 MB/s
    let view = meter.record({ bytesDone: 101 * MB, atMs: 1_500 });
    expect(view.megabytesPerSecond).toBeLessThan(100);
    for (let ms = 2_000; ms <= 1_500 + RATE_WINDOW_MS * 2; ms += 500) {
      view = meter.record({ bytesDone: 101 * MB + (ms - 1_500) * 200_000, atMs: ms });
    }
    expect(view.megabytesPerSecond).toBeCloseTo(200);
  });
});

describe('splitDuration', () => {
  const cases = [
    { seconds: 0, expected: { minutes: 0, seconds: 0 } },
    { seconds: 0.2, expected: { minutes: 0, seconds: 1 } },
    { seconds: 59.5, expected: { minutes: 1, seconds: 0 } },
    { seconds: 125, expected: { minutes: 2, seconds: 5 } },
    { seconds: -3, expected: { minutes: 0, seconds: 0 } },
  ];
  for (const { seconds, expected } of cases) {
    it(`${seconds} s → ${expected.minutes} min ${expected.seconds} s`, () => expect(splitDuration(seconds)).toEqual(expected));
  }
});
