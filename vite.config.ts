// Builds ISO Guard for one browser per run: `vite build --mode chrome` or `--mode firefox`.
// manifest.json is the Chrome source of truth; the Firefox manifest is derived here.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import chromeManifest from './manifest.json' with { type: 'json' };
import { localesPlugin } from './scripts/locales-plugin.ts';
import { noEvalPlugin } from './scripts/no-eval-plugin.ts';

export const GECKO_ID = 'iso-guard@iso-guard.github.io';

type Browser = 'chrome' | 'firefox';

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
  const manifest = (browser === 'firefox' ? firefoxManifest(chromeManifest) : chromeManifest) as ManifestV3Export;
  return {
    plugins: [noEvalPlugin(), localesPlugin(), crx({ manifest, browser })],
    build: {
      outDir: resolve(import.meta.dirname, 'dist', browser),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rollupOptions: {
        input: Object.fromEntries(
          Object.entries(extraPages).map(([name, path]) => [name, resolve(import.meta.dirname, path)]),
        ),
      },
    },
    // No dev server workflow: the extension is always built and loaded unpacked.
    server: { strictPort: true },
  };
});
