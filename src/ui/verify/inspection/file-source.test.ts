import { describe, expect, it } from 'vitest';
import { fileSource, MAX_READ_BYTES } from './file-source.ts';

const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i & 0xff);
const file = new Blob([bytes]);

describe('the byte source over a picked file', () => {
  it('reads exactly the asked range and counts what it read', async () => {
    const source = fileSource(file);
    expect(source.size).toBe(1000);
    expect([...await source.read(10, 4)]).toEqual([10, 11, 12, 13]);
    expect([...await source.read(300, 2)]).toEqual([300 & 0xff, 301 & 0xff]);
    expect(source.bytesRead).toBe(6);
  });

  it('gives fewer bytes at the end and none past it', async () => {
    const source = fileSource(file);
    expect((await source.read(995, 100)).length).toBe(5);
    expect((await source.read(1000, 10)).length).toBe(0);
    expect((await source.read(5_000_000_000, 10)).length).toBe(0);
    expect((await source.read(0, 0)).length).toBe(0);
  });

  it('refuses negative, fractional and absurd reads with an error, not a crash of the page', async () => {
    const source = fileSource(file);
    for (const [offset, length] of [[-1, 4], [0, -4], [0.5, 4], [Number.NaN, 1], [0, MAX_READ_BYTES + 1]] as const) {
      await expect(source.read(offset, length)).rejects.toThrow(RangeError);
    }
    expect(source.bytesRead).toBe(0);
  });
});
