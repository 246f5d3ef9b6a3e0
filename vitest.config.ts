import { defineConfig } from 'vitest/config';
import { icannSuffixesPlugin } from './scripts/icann-suffixes-plugin.ts';

export default defineConfig({
  // The worker's lazy public-suffix module reads the names of the deep top-level domains from the build.
  plugins: [icannSuffixesPlugin({ worker: false })],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Some tests start a real process (the CLIs) or build disk images with real tools; on a
    // loaded 2-core machine that alone can pass vitest's 5 s default.
    testTimeout: 30_000,
  },
});
