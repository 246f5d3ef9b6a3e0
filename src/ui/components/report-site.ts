// "Report this site": Microsoft's unsafe-site form has no parameter that fills in the site, so
// ISO Guard copies the address to the clipboard, says where to paste it, opens the form and
// records the report in the local log. Google Safe Browsing's form takes the address as `?url=`.
import browser from '../../shared/browser.ts';
import { MICROSOFT_REPORT_GUEST_URL, MICROSOFT_REPORT_URL, googleSafeBrowsingReportUrl } from '../../shared/microsoft-links.ts';
import { h, replaceChildren } from './dom.ts';
import { t } from './i18n.ts';
import { send } from './messaging.ts';

export interface ReportOptions {
  siteUrl: string;
  from: 'warning' | 'popup';
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function externalLink(href: string, text: string, id: string): HTMLAnchorElement {
  return h('a', { href, id, target: '_blank', rel: 'noopener noreferrer' }, text);
}

export function reportSection({ siteUrl, from }: ReportOptions): HTMLElement {
  const status = h('div', { class: 'status stack', role: 'status', 'aria-live': 'polite' });

  const record = async (to: 'microsoft' | 'google'): Promise<boolean> => {
    const answer = await send({ type: 'report/record', url: siteUrl, to, from });
    if (!answer.ok) status.append(h('p', { class: 'error' }, t('common_report_not_recorded', answer.error)));
    return answer.ok;
  };

  const reportToMicrosoft = async (): Promise<void> => {
    // Copy first, while the click still counts as a user gesture.
    const copied = await copyToClipboard(siteUrl);
    replaceChildren(
      status,
      h('p', {}, copied ? t('common_report_copied') : t('common_report_copy_failed')),
      h('input', { type: 'text', readonly: true, value: siteUrl, class: 'mono', dir: 'ltr', id: 'report-url', 'aria-label': t('common_report_url_label') }),
      h('p', {}, t('common_report_paste_instructions')),
      h('p', {}, t('common_report_signed_in_hint'), ' ', externalLink(MICROSOFT_REPORT_URL, t('common_report_signed_in_link'), 'report-signed-in')),
    );
    await record('microsoft');
    await browser.tabs.create({ url: MICROSOFT_REPORT_GUEST_URL });
  };

  const reportToGoogle = async (): Promise<void> => {
    await record('google');
    await browser.tabs.create({ url: googleSafeBrowsingReportUrl(siteUrl) });
  };

  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'report-title' },
    h('h2', { id: 'report-title' }, t('common_report_title')),
    h('p', {}, t('common_report_explain')),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', id: 'report-microsoft', onclick: () => void reportToMicrosoft() }, t('common_report_microsoft')),
      h('button', { type: 'button', id: 'report-google', onclick: () => void reportToGoogle() }, t('common_report_google')),
    ),
    status,
  );
}
