// What was held and why: the headline, the reasons in plain words, the file name with hidden
// characters made visible, the site and the size.
import type { HoldView } from '../../shared/messages.ts';
import { append, h } from '../components/dom.ts';
import { formatSize } from '../components/format.ts';
import { headlineFor } from '../components/headline.ts';
import { getUiLanguage, t } from '../components/i18n.ts';
import { reasonText } from '../components/reason-text.ts';
import { baseName, hasHiddenCharacters, revealSegments } from '../components/reveal-invisible.ts';
import { siteAddress } from './site-address.ts';

export function verdictBadge(verdict: HoldView['verdict']): HTMLElement {
  const label = verdict === 'dangerous' ? t('common_verdict_dangerous') : t('common_verdict_suspicious');
  return h('span', { class: 'badge' }, label);
}

function fileName(name: string): HTMLElement {
  const el = h('p', { class: 'mono file-name', id: 'file-name', dir: 'ltr' });
  // Each part is its own text node inside an isolating element, so a leftover bidi control in
  // a text part cannot reorder what follows it. `dir` is set: a bare <bdi> takes its direction
  // from its first letter, and one right-to-left letter would turn the whole name around.
  for (const part of revealSegments(name)) {
    if (part.kind === 'text') append(el, h('bdi', { dir: 'ltr' }, part.text));
    else append(el, h('span', { class: 'hidden-char', title: t('warning_hidden_character') }, `⟦${part.label}⟧`));
  }
  return el;
}

export function headlineCard(hold: HoldView): HTMLElement {
  const headline = headlineFor(hold.verdict, hold.reasons);
  return h(
    'header',
    { class: `card headline tone-${hold.verdict}` },
    verdictBadge(hold.verdict),
    h('h1', { id: 'headline' }, headline.title),
    h('p', { class: 'headline-body' }, headline.body),
  );
}

export function reasonsSection(hold: HoldView): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'reasons-title' },
    h('h2', { id: 'reasons-title' }, t('warning_reasons_title')),
    h('ul', { id: 'reasons' }, ...hold.reasons.map((reason) => h('li', { 'data-code': reason.code }, reasonText(reason)))),
  );
}

export function downloadSection(hold: HoldView): HTMLElement {
  const name = baseName(hold.filename) || baseName(hold.finalUrl || hold.url);
  const size = formatSize(hold.totalBytes, getUiLanguage());
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'download-title' },
    h('h2', { id: 'download-title' }, t('warning_download_title')),
    h('h3', {}, t('warning_site_label')),
    siteAddress(hold.host, hold.site),
    h('h3', {}, t('warning_file_label')),
    fileName(name),
    hasHiddenCharacters(name) ? h('p', { class: 'error' }, t('warning_file_has_hidden_characters')) : null,
    size ? h('p', { id: 'file-size' }, t('warning_size', size)) : null,
    hold.quarantined ? quarantineNote() : null,
  );
}

/** Said when the file was set aside: removed or renamed `.held` (background/downloads/set-aside.ts, quarantine.ts). */
export function quarantineNote(): HTMLElement {
  return h('p', { id: 'file-quarantined' }, t('warning_quarantined'));
}
