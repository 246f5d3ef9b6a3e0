// The options page: protection and notices, the user's domain lists, settings import/export,
// the decision history and report log, and the rules version. Settings are saved as changed.
import { RULES_VERSION } from '../../rules/index.ts';
import { STORAGE_KEYS, type HistoryEntry, type ReportEntry } from '../../shared/records.ts';
import type { Settings } from '../../shared/settings.ts';
import { h, replaceChildren } from '../components/dom.ts';
import { decisionLabel } from '../components/decision-label.ts';
import { localizeDocument, t } from '../components/i18n.ts';
import { baseName, revealInvisible } from '../components/reveal-invisible.ts';
import { siteLabel } from '../components/site-label.ts';
import { clearLog, loadHistory, loadPolicy, loadReports, loadSettings, saveSettings, watchLocal } from '../components/stored-data.ts';
import { verdictLabel } from '../components/verdict-label.ts';
import { behaviourSettings } from './behaviour-settings.ts';
import { pageProtectionSetting } from './page-protection-setting.ts';
import { domainListEditor } from './domain-list-editor.ts';
import { logSection } from './log-section.ts';
import { settingsTransfer } from './settings-transfer.ts';

const app = document.getElementById('app') as HTMLElement;
let settings: Settings;

const history = logSection<HistoryEntry>({
  id: 'history',
  title: t('options_history_title'),
  empty: t('options_history_empty'),
  fileName: 'iso-guard-history.json',
  columns: [
    { title: t('options_log_file'), cell: (e) => h('span', { class: 'mono', dir: 'ltr' }, revealInvisible(baseName(e.filename))) },
    { title: t('options_log_site'), cell: (e) => siteLabel(e.site) },
    { title: t('options_log_verdict'), cell: (e) => verdictLabel(e.verdict) },
    { title: t('options_log_decision'), cell: (e) => decisionLabel(e.decision) },
  ],
  load: loadHistory,
  clear: () => clearLog(STORAGE_KEYS.history),
});

const reports = logSection<ReportEntry>({
  id: 'reports',
  title: t('options_reports_title'),
  empty: t('options_reports_empty'),
  fileName: 'iso-guard-reports.json',
  columns: [
    { title: t('options_log_address'), cell: (e) => h('span', { class: 'mono', dir: 'ltr' }, e.url) },
    { title: t('options_log_sent_to'), cell: (e) => (e.to === 'microsoft' ? t('options_log_to_microsoft') : t('options_log_to_google')) },
  ],
  load: loadReports,
  clear: () => clearLog(STORAGE_KEYS.reports),
});

let protectionLocked = false;
let pageProtectionLocked = false;

async function update(patch: Partial<Settings>): Promise<void> {
  settings = { ...settings, ...patch };
  await saveSettings(settings);
}

function render(problem: string | undefined, imported = false): void {
  const patch = (p: Partial<Settings>): void => void update(p);
  replaceChildren(
    app,
    h('h1', {}, t('options_title')),
    problem ? h('p', { class: 'card tone-dangerous', role: 'alert', id: 'settings-problem' }, t('options_settings_problem', problem)) : null,
    behaviourSettings(settings, patch, protectionLocked),
    pageProtectionSetting(settings.pageProtection, patch, pageProtectionLocked),
    domainListEditor({ id: 'allowlist', title: t('options_allowlist_title'), explain: t('options_allowlist_explain'), domains: settings.allowlist, onChange: (allowlist) => patch({ allowlist }) }),
    domainListEditor({ id: 'blocklist', title: t('options_blocklist_title'), explain: t('options_blocklist_explain'), domains: settings.blocklist, onChange: (blocklist) => patch({ blocklist }) }),
    settingsTransfer(
      () => settings,
      async (next) => {
        settings = next;
        await saveSettings(next);
        render(undefined, true);
        document.getElementById('import-file')?.focus();
      },
      imported,
    ),
    history.element,
    reports.element,
    h('section', { class: 'card', 'aria-labelledby': 'about-title' }, h('h2', { id: 'about-title' }, t('options_about_title')), h('p', { id: 'rules-version' }, t('options_rules_version', RULES_VERSION))),
  );
}

async function start(): Promise<void> {
  localizeDocument();
  const policy = await loadPolicy();
  protectionLocked = policy.forbidPauseProtection === true;
  pageProtectionLocked = policy.forcePageProtection === true;
  const loaded = await loadSettings();
  settings = loaded.settings;
  render(loaded.problem);
  await Promise.all([history.refresh(), reports.refresh()]);
  watchLocal([STORAGE_KEYS.history], () => void history.refresh());
  watchLocal([STORAGE_KEYS.reports], () => void reports.refresh());
  // A change made elsewhere (the popup resuming protection, a warning trusting a site).
  watchLocal([STORAGE_KEYS.settings], () =>
    void loadSettings().then((fresh) => {
      if (JSON.stringify(fresh.settings) === JSON.stringify(settings)) return;
      settings = fresh.settings;
      render(fresh.problem);
      void Promise.all([history.refresh(), reports.refresh()]);
    }),
  );
}

void start();
