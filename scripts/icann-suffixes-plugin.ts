// The service worker's Public Suffix List, in two parts (src/background/state/public-suffix-lazy.ts):
// the names of the top-level domains with deeper rules, compiled into the worker as the module
// `virtual:icann-deep-tlds`, and those rules, shipped beside it as one file per top-level domain
// that it reads the first time it meets a host under that domain.
// Both are read out of tldts-icann when the extension is built, so they cannot drift from it.
// In the worker's build the rules' public-suffix module is swapped for the lazy one.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { suffixRulesFile, tablesUnder } from '../src/rules/hosts/icann-tables.ts';
import { icannSuffixTables } from './icann-suffixes.ts';

const VIRTUAL = 'virtual:icann-deep-tlds';
const RULES_MODULE = resolve(import.meta.dirname, '../src/rules/hosts/public-suffix.ts');
export const LAZY_MODULE = resolve(import.meta.dirname, '../src/background/state/public-suffix-lazy.ts');

export function icannSuffixesPlugin({ worker }: { worker: boolean }): Plugin {
  const tables = icannSuffixTables();
  return {
    name: 'iso-guard:icann-suffixes',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === VIRTUAL) return `\0${VIRTUAL}`;
      if (!worker || !/public-suffix\.ts$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === RULES_MODULE ? LAZY_MODULE : null;
    },
    load(id) {
      return id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(tables.deepTlds)};` : null;
    },
    generateBundle() {
      if (!worker) return;
      for (const tld of tables.deepTlds) this.emitFile({ type: 'asset', fileName: suffixRulesFile(tld), source: JSON.stringify(tablesUnder(tables, tld)) });
    },
  };
}
