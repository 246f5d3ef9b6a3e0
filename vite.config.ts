// Builds ISO Guard for one browser per run: `vite build --mode chrome` or `--mode firefox`.
// manifest.json is the Chrome source of truth; the Firefox manifest is derived here.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import chromeManifest from './manifest.json' with { type: 'json' };
import { icannSuffixesPlugin } from './scripts/icann-suffixes-plugin.ts';
import { localesPlugin } from './scripts/locales-plugin.ts';
import { noEvalPlugin } from './scripts/no-eval-plugin.ts';
import { precompiledRulesPlugin } from './scripts/precompiled-rules-plugin.ts';
import { rulesDataPlugin } from './scripts/rules-data-plugin.ts';
import { workerBundlePlugin } from './scripts/worker-bundle-plugin.ts';

export const GECKO_ID = 'iso-guard@iso-guard.github.io';

type Browser = 'chrome' | 'firefox';

// The rules and the shared records do nothing when imported (no browser API, no globals): a
// module of theirs that a page or the worker does not use is left out, even when rules/index.ts
// re-exports it. This keeps the rules schema and its zod out of the service worker.
const PURE_MODULES = /[\\/]src[\\/](?:rules|shared)[\\/][^?]*\.(?:ts|json)$/;

export function firefoxManifest(manifest: typeof chromeManifest) {
  const { background, minimum_chrome_version: _chromeOnly, storage: _chromePolicySchema, ...rest } = manifest;
  return {
    ...rest,
    // Firefox has no `storage.managed_schema` (it warns at every load): it hands the add-on
    // whatever policies.json puts under `3rdparty` → `Extensions` → its id, and
    // src/shared/policy.ts validates that field by field either way (docs/policy.md).
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

// Pages that the manifest does not name must be listed as build inputs. The warning, verify and
// site warning pages are opened by the extension itself (the site warning through tabs.update,
// which needs no web_accessible_resources) and are deliberately not web-accessible.
const extraPages = {
  warning: 'src/ui/warning/index.html',
  verify: 'src/ui/verify/index.html',
  siteWarning: 'src/ui/site-warning/index.html',
};

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  // The worker is built on its own (scripts/worker-bundle-plugin.ts), which adds it back.
  const { background: _builtApart, ...pagesManifest } = browser === 'firefox' ? firefoxManifest(chromeManifest) : chromeManifest;
  const treeshake = { moduleSideEffects: (id: string) => (PURE_MODULES.test(id) ? false : undefined) };
  const worker = workerBundlePlugin({ entry: resolve(import.meta.dirname, chromeManifest.background.service_worker), browser, plugins: [noEvalPlugin(), rulesDataPlugin(), precompiledRulesPlugin(), icannSuffixesPlugin({ worker: true })], treeshake });
  return {
    plugins: [noEvalPlugin(), rulesDataPlugin(), precompiledRulesPlugin(), localesPlugin(), crx({ manifest: pagesManifest as ManifestV3Export, browser }), worker],
    build: {
      outDir: resolve(import.meta.dirname, 'dist', browser),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rollupOptions: {
        input: Object.fromEntries(
          Object.entries(extraPages).map(([name, path]) => [name, resolve(import.meta.dirname, path)]),
        ),
        treeshake,
      },
    },
    // No dev server workflow: the extension is always built and loaded unpacked.
    server: { strictPort: true },
  };
});
