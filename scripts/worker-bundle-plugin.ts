// The service worker is built on its own, into one file (background.js), not as one more entry
// of the pages' build. In a shared build a module used by both keeps every export any page uses
// (zod's full API, for instance) and lands in chunks shared with the pages; built alone, the
// worker carries only what it runs. It starts on every navigation, so that is start-up time.
// The worker has no dynamic import(): a Chrome service worker refuses one, and one file needs none.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin, type PluginOption } from 'vite';

export const WORKER_FILE = 'background.js';

/** The bundler copies a constant into each place that reads it: tldts' 68 KB suffix label text
 * is read in two places, so it was shipped twice. */
export const NO_CONST_COPIES = { inlineConst: false } as const;

export interface WorkerBundleOptions {
  /** The worker's source entry (the manifest's background script). */
  entry: string;
  browser: 'chrome' | 'firefox';
  /** Build-time plugins the worker's code needs too (no-eval, rules data). */
  plugins: PluginOption[];
  /** The build's tree-shaking settings, shared with the pages' build. */
  treeshake: object;
}

export function workerBundlePlugin({ entry, browser, plugins, treeshake }: WorkerBundleOptions): Plugin {
  let outDir = '';
  return {
    name: 'iso-guard:worker-bundle',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // After the pages' build has written manifest.json: build the worker beside it and name it there.
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        define: { 'process.env.NODE_ENV': '"production"' },
        plugins,
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: false,
          modulePreload: false,
          rollupOptions: { input: entry, treeshake, optimization: NO_CONST_COPIES, output: { format: 'es', entryFileNames: WORKER_FILE, codeSplitting: false } },
        },
      });
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      manifest.background = browser === 'firefox' ? { scripts: [WORKER_FILE], type: 'module' } : { service_worker: WORKER_FILE, type: 'module' };
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
