// UI strings come from _locales (src/locales/<lang>/<area>.json, merged at build time).
// A unit test checks that every key exists in every language and that none is unused; it finds
// uses by the literal `t('key')` calls and `data-i18n="key"` attributes, so always pass literal keys.
import browser from '../../shared/browser.ts';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Fills every `[data-i18n]` element's text (and `data-i18n-attr="aria-label"`-style attributes). */
export function localizeDocument(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = t(el.dataset.i18n ?? '');
    const attr = el.dataset.i18nAttr;
    if (attr) el.setAttribute(attr, text);
    else el.textContent = text;
  }
  document.documentElement.lang = browser.i18n.getUILanguage();
}
