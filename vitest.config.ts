import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Some tests start a real process (the CLIs) or build disk images with real tools; on a
    // loaded 2-core machine that alone can pass vitest's 5 s default.
    testTimeout: 30_000,
  },
});
