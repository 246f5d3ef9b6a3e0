// The popup: the status check for the current page, the protection state, the last few
// downloads, and the ways out (report, get Windows, verify, options).
import browser from '../../shared/browser.ts';
import type { Settings } from '../../shared/settings.ts';
import { h, replaceChildren } from '../components/dom.ts';
import { checkPageUrl } from '../components/check-page.ts';
import { officialLinkList } from '../components/get-windows.ts';
import { localizeDocument, t } from '../components/i18n.ts';
import { reportSection } from '../components/report-site.ts';
import { loadHistory, loadPolicy, loadSettings, saveSettings } from '../components/stored-data.ts';
import { currentTab } from './current-tab.ts';
import { pageStatus } from './page-status.ts';
import { recentDownloads } from './recent-downloads.ts';

const app = document.getElementById('app') as HTMLElement;

function protectionState(settings: Settings, onResume: () => void): HTMLElement {
  const paused = settings.protection === 'paused';
  return h(
    'p',
    { id: 'protection', class: paused ? 'tone-suspicious protection' : 'protection', 'data-state': settings.protection },
    paused ? t('popup_protection_paused') : t('popup_protection_on'),
    paused ? h('button', { type: 'button', id: 'resume', onclick: onResume }, t('popup_resume')) : null,
  );
}

function isWebPage(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

async function render(): Promise<void> {
  const [{ settings }, history, tab, policy] = await Promise.all([loadSettings(), loadHistory(), currentTab(), loadPolicy()]);
  const resume = (): void => void saveSettings({ ...settings, protection: 'on' }).then(render);
  // A policy that forbids pausing keeps protection on whatever the stored setting says.
  const effective: Settings = policy.forbidPauseProtection ? { ...settings, protection: 'on' } : settings;
  replaceChildren(
    app,
    h('h1', {}, t('extName')),
    protectionState(effective, resume),
    pageStatus(tab.url, settings),
    isWebPage(tab.url) ? reportSection({ siteUrl: tab.url, from: 'popup' }) : null,
    h(
      'details',
      { class: 'card', id: 'get-windows' },
      h('summary', {}, t('common_get_windows_title')),
      officialLinkList(),
      h('p', { class: 'muted' }, t('common_get_windows_sha256')),
    ),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', id: 'open-verify', onclick: () => void browser.tabs.create({ url: checkPageUrl() }) }, t('popup_verify')),
      h('button', { type: 'button', id: 'open-options', onclick: () => void browser.runtime.openOptionsPage() }, t('popup_options')),
    ),
    recentDownloads(history),
  );
}

localizeDocument();
void render();
