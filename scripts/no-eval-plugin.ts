// zod probes whether `new Function` works, to compile fast object parsers when it does. An MV3
// extension page or worker may never evaluate strings (its CSP forbids it, so the probe can only
// say no), and store linters rightly flag the probe. This build step answers the probe with
// `false` at build time, so no string evaluation is even attempted.
import type { Plugin } from 'vite';

const PROBE = /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/;

export function noEvalPlugin(): Plugin {
  return {
    name: 'iso-guard:no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!PROBE.test(code)) this.error('zod changed its eval probe: update scripts/no-eval-plugin.ts');
      return { code: code.replace(PROBE, 'return false;'), map: null };
    },
  };
}
