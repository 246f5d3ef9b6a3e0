// The last few downloads the guard judged, with what was decided.
import type { HistoryEntry } from '../../shared/records.ts';
import { checkPageUrl, isDiskImageName } from '../components/check-page.ts';
import { decisionLabel } from '../components/decision-label.ts';
import { h } from '../components/dom.ts';
import { formatTime } from '../components/format.ts';
import { getUiLanguage, t } from '../components/i18n.ts';
import { baseName, revealInvisible } from '../components/reveal-invisible.ts';
import { siteLabel } from '../components/site-label.ts';
import { verdictLabel } from '../components/verdict-label.ts';

export const RECENT_COUNT = 4;

/** A disk image that was let through is on disk: the check page can look inside it. A cancelled
 * or vanished one is not, so it gets no link. */
function checkLink(entry: HistoryEntry): HTMLElement | null {
  const name = baseName(entry.filename);
  if (!isDiskImageName(name) || (entry.decision !== 'proceed' && entry.decision !== 'passed')) return null;
  return h('a', { href: checkPageUrl(name), target: '_blank', rel: 'noopener', class: 'check-file' }, t('popup_check_file'));
}

export function recentDownloads(history: readonly HistoryEntry[]): HTMLElement {
  const recent = history.slice(0, RECENT_COUNT);
  return h(
    'section',
    { 'aria-labelledby': 'recent-title', id: 'recent' },
    h('h2', { id: 'recent-title' }, t('popup_recent_title')),
    recent.length === 0
      ? h('p', { class: 'muted' }, t('popup_recent_none'))
      : h(
          'ul',
          { class: 'recent-list' },
          ...recent.map((entry) =>
            h(
              'li',
              { class: `tone-${entry.verdict}` },
              h('span', { class: 'mono', dir: 'ltr' }, revealInvisible(baseName(entry.filename)) || siteLabel(entry.site)),
              // The verdict in words too, not only in the row's colour.
              h('span', { class: 'muted' }, ` ${verdictLabel(entry.verdict)} · ${siteLabel(entry.site)} · ${formatTime(entry.at, getUiLanguage())}`),
              h('span', { class: 'badge' }, decisionLabel(entry.decision)),
              checkLink(entry),
            ),
          ),
        ),
  );
}
