// What the site warning shows: what is wrong in plain words (the rules' reasons), the address
// as text only, left to right, with hidden characters marked, and the site's registrable domain
// set apart the way an address bar shows it.
import type { SiteWarningView } from '../../shared/messages.ts';
import { append, h } from '../components/dom.ts';
import { t } from '../components/i18n.ts';
import { reasonText } from '../components/reason-text.ts';
import { hasHiddenCharacters, revealSegments } from '../components/reveal-invisible.ts';
import { siteAddress } from '../warning/site-address.ts';

/** Longest part of an address shown: a page can make its own address megabytes long. */
const SHOWN_ADDRESS = 300;

function fullAddress(url: string): HTMLElement {
  const shown = url.length > SHOWN_ADDRESS ? `${url.slice(0, SHOWN_ADDRESS)}…` : url;
  const el = h('p', { class: 'mono full-address', id: 'site-url', dir: 'ltr' });
  for (const part of revealSegments(shown)) {
    if (part.kind === 'text') append(el, h('bdi', { dir: 'ltr' }, part.text));
    else append(el, h('span', { class: 'hidden-char', title: t('warning_hidden_character') }, `⟦${part.label}⟧`));
  }
  return el;
}

export function siteHeadline(): HTMLElement {
  return h(
    'header',
    { class: 'card headline tone-dangerous' },
    h('span', { class: 'badge' }, t('common_verdict_dangerous')),
    h('h1', { id: 'headline' }, t('site_warning_title')),
    h('p', { class: 'headline-body' }, t('site_warning_body')),
  );
}

export function siteDetails(warning: SiteWarningView): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'site-title' },
    h('h2', { id: 'site-title' }, t('site_warning_site_title')),
    siteAddress(warning.host, warning.site),
    h('h3', {}, t('site_warning_address_label')),
    fullAddress(warning.url),
    hasHiddenCharacters(warning.url) ? h('p', { class: 'error' }, t('site_warning_address_hidden_characters')) : null,
  );
}

export function siteReasons(warning: SiteWarningView): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'reasons-title' },
    h('h2', { id: 'reasons-title' }, t('warning_reasons_title')),
    h('ul', { id: 'reasons' }, ...warning.reasons.map((reason) => h('li', { 'data-code': reason.code }, reasonText(reason)))),
  );
}
