import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';

describe('lazySchema', () => {
  it('builds the schema on first use only, and once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return z.string();
    });
    expect(builds).toBe(0);
    expect(schema().safeParse('x').success).toBe(true);
    expect(schema().safeParse(1).success).toBe(false);
    expect(schema()).toBe(schema());
    expect(builds).toBe(1);
  });
});
