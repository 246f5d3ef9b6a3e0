// Chrome wants one `_locales/<lang>/messages.json` per language. ISO Guard keeps its strings in
// one file per area (`src/locales/<lang>/<area>.json`) so each page owns its strings; this vite
// plugin merges them and refuses a key defined twice (src/locales/locales.test.ts checks that every
// language has every key, with the same placeholders).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export type LocaleMessages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

export const LOCALES_DIR = join(import.meta.dirname, '..', 'src', 'locales');

export function readLocales(dir = LOCALES_DIR): Map<string, LocaleMessages> {
  const result = new Map<string, LocaleMessages>();
  // Only folders are languages: the locale meta test lives beside them.
  const languages = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const lang of languages.sort()) {
    const merged: LocaleMessages = {};
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort()) {
      const messages = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as LocaleMessages;
      for (const [key, value] of Object.entries(messages)) {
        if (key in merged) throw new Error(`Locale key "${key}" is defined twice in src/locales/${lang}/ (again in ${file}).`);
        merged[key] = value;
      }
    }
    result.set(lang, merged);
  }
  return result;
}

export function localesPlugin(): Plugin {
  return {
    name: 'iso-guard:locales',
    buildStart() {
      for (const lang of readLocales().keys()) this.addWatchFile(join(LOCALES_DIR, lang));
    },
    generateBundle() {
      for (const [lang, messages] of readLocales()) {
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source: JSON.stringify(messages, null, 1) });
      }
    },
  };
}
