// The site, shown the way a browser's address bar shows it: the registrable domain stands out
// from the rest of the host name. A lookalike IDN (e.g. "microsоft.com" with a Cyrillic "о")
// is shown by its real punycode form too, so the difference is visible.
import type { HostDescription } from '../../rules/index.ts';
import { h } from '../components/dom.ts';
import { t } from '../components/i18n.ts';
import { hasSite, siteLabel } from '../components/site-label.ts';

/** `host` is the background's reading of the serving address (HoldView.host), or of the page
 * that made the file when it has none (`data:`). */
export function siteAddress(host: HostDescription | null, site: string): HTMLElement {
  if (!host && !hasSite(site)) return h('div', { class: 'site-address' }, h('p', { class: 'muted', id: 'site-domain' }, siteLabel(site)));
  const hostname = host?.hostname ?? site;
  const domain = host?.domain ?? site;
  const prefix = hostname.endsWith(domain) ? hostname.slice(0, hostname.length - domain.length) : '';
  return h(
    'div',
    { class: 'site-address' },
    h(
      'p',
      { class: 'address-bar mono', id: 'site-domain', dir: 'ltr' },
      prefix ? h('span', { class: 'muted' }, prefix) : null,
      h('strong', {}, prefix ? domain : hostname),
    ),
    host?.isPunycode
      ? h('p', { id: 'site-unicode' }, t('warning_site_unicode_form'), ' ', h('span', { class: 'mono', dir: 'ltr' }, host.unicodeHostname))
      : null,
    host?.isIp ? h('p', {}, t('warning_site_is_ip')) : null,
  );
}
