// UI strings come from _locales (src/locales/<lang>/<area>.json, merged at build time).
// A unit test checks that every key exists in every language and that none is unused; it finds
// uses by literal `t('key')` calls, `data-i18n="key"` attributes and `__MSG_key__` in the
// manifest, so always pass literal keys.
import browser from './browser.ts';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
