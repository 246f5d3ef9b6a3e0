// The status check: the current page's verdict in one line, by the same rules the guard uses,
// with the user's own allow and block lists.
import { bundledRuleset, classifyPage } from '../../rules/index.ts';
import type { Verdict } from '../../rules/types.ts';
import type { Settings } from '../../shared/settings.ts';
import { h } from '../components/dom.ts';
import { t } from '../components/i18n.ts';
import { reasonText } from '../components/reason-text.ts';

export function pageVerdict(url: string, settings: Settings): Verdict {
  return classifyPage(url, bundledRuleset({ allow: settings.allowlist, block: settings.blocklist }));
}

/** The rules' code for lure words only in a page's path or query (compared as text: older rule
 * builds do not know it). */
const MENTIONS_LURE = 'page-mentions-lure';

export function mentionsLure(verdict: Verdict): boolean {
  return verdict.verdict !== 'dangerous' && verdict.verdict !== 'suspicious' && verdict.reasons.some((r) => String(r.code) === MENTIONS_LURE);
}

function line(verdict: Verdict['verdict']): string {
  switch (verdict) {
    case 'official':
      return t('popup_verdict_official');
    case 'dangerous':
      return t('popup_verdict_dangerous');
    case 'suspicious':
      return t('popup_verdict_suspicious');
    case 'unknown':
      return t('popup_verdict_unknown');
    case 'ignored':
      return t('popup_verdict_ignored');
  }
}

export function pageStatus(url: string | undefined, settings: Settings): HTMLElement {
  if (!url) {
    return h('section', { class: 'card tone-unknown', id: 'page-status', 'data-verdict': 'unseen' }, h('p', {}, t('popup_verdict_unseen')));
  }
  const verdict = pageVerdict(url, settings);
  return h(
    'section',
    { class: `card tone-${verdict.verdict}`, id: 'page-status', 'data-verdict': verdict.verdict, 'aria-labelledby': 'verdict-line' },
    h('p', { id: 'verdict-line', class: 'verdict-line' }, line(verdict.verdict)),
    verdict.verdict === 'dangerous' || verdict.verdict === 'suspicious'
      ? h('ul', { class: 'reasons' }, ...verdict.reasons.map((reason) => h('li', {}, reasonText(reason))))
      : null,
    // A page that only talks about Windows 12 is no danger: a calm fact, no warning colours.
    mentionsLure(verdict) ? h('p', { id: 'page-note', class: 'page-note' }, t('popup_page_mentions_lure')) : null,
  );
}
