import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSha256, simdAvailable } from './sha256.ts';

const nodeSha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function patternBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 131 + (i >> 9)) & 0xff;
  return bytes;
}

it('runs the SIMD module where WebAssembly SIMD is on, as in Node', () => {
  expect(simdAvailable()).toBe(true);
});

for (const simd of [true, false]) {
  describe(simd ? 'SHA-256 on SIMD' : 'SHA-256, scalar', () => {
    it('gives the published digests of the FIPS 180-2 examples', async () => {
      const hasher = await createSha256({ simd });
      const digest = (text: string) => {
        hasher.init();
        hasher.update(new TextEncoder().encode(text));
        return hasher.digest();
      };
      expect(digest('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      expect(digest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(digest('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    });

    it('agrees with Node for every length around the padding boundaries', async () => {
      const hasher = await createSha256({ simd });
      const bytes = patternBytes(300);
      for (let length = 0; length <= 300; length++) {
        hasher.init();
        hasher.update(bytes.subarray(0, length));
        expect(hasher.digest(), `${length} bytes`).toBe(nodeSha256(bytes.subarray(0, length)));
      }
    });

    it('agrees with Node for 3 MiB + 17 bytes in one update (more than one copy into its memory)', async () => {
      const hasher = await createSha256({ simd });
      const bytes = patternBytes(3 * 1024 * 1024 + 17);
      hasher.init();
      hasher.update(bytes);
      expect(hasher.digest()).toBe(nodeSha256(bytes));
    });

    it('gives the same digest however the input is split into updates', async () => {
      const hasher = await createSha256({ simd });
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.array(fc.nat({ max: 2000 }), { maxLength: 8 }), async (bytes, cuts) => {
          const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((x, y) => x - y);
          hasher.init();
          let from = 0;
          for (const point of [...points, bytes.length]) {
            hasher.update(bytes.subarray(from, point));
            from = point;
          }
          expect(hasher.digest()).toBe(nodeSha256(bytes));
        }),
        { numRuns: 300 },
      );
    });

    it('starts afresh on init, so one hasher serves many files', async () => {
      const hasher = await createSha256({ simd });
      hasher.init();
      hasher.update(patternBytes(1000));
      hasher.digest();
      hasher.init();
      hasher.update(new TextEncoder().encode('abc'));
      expect(hasher.digest()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    });
  });
}
