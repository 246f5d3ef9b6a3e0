import { t } from '../../shared/i18n.ts';

export { t };

/** Fills every `[data-i18n]` element's text, or the attribute named by `data-i18n-attr`. */
export function localizeDocument(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = t(el.dataset.i18n ?? '');
    const attr = el.dataset.i18nAttr;
    if (attr) el.setAttribute(attr, text);
    else el.textContent = text;
  }
  document.documentElement.lang = getUiLanguage();
}

/** The language the strings are shown in (e.g. "de"), for `lang` and number and date formats.
 * Each translation names itself: getUILanguage() and `@@ui_locale` were seen to say "en-US"
 * while Chromium showed the German messages. */
export function getUiLanguage(): string {
  return t('common_lang');
}
