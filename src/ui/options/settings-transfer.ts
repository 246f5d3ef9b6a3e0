// Export the settings to a file, or import them from one (refused whole if anything is wrong).
import type { Settings } from '../../shared/settings.ts';
import { h } from '../components/dom.ts';
import { t } from '../components/i18n.ts';
import { saveTextFile } from '../components/save-file.ts';
import { MAX_SETTINGS_FILE_BYTES, SETTINGS_FILE_NAME, exportSettings, importSettings, settingsAfterImport } from './settings-file.ts';

/** `onImport` saves the settings and redraws the page, which then says `imported` here. */
export function settingsTransfer(current: () => Settings, onImport: (next: Settings) => Promise<void>, imported = false): HTMLElement {
  const status = h('p', { id: 'import-status', class: 'status', role: 'status' }, imported ? t('options_import_done') : '');
  const file = h('input', { type: 'file', id: 'import-file', accept: 'application/json,.json' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const refuse = (error: string): void => {
      file.value = '';
      status.className = 'status error';
      status.textContent = t('options_import_refused', error);
    };
    if (chosen.size > MAX_SETTINGS_FILE_BYTES) return refuse(`${Math.round(chosen.size / 1_048_576)} MB is too big for a settings file`);
    void chosen.text().then(async (text) => {
      const result = importSettings(text);
      if (!result.ok) return refuse(result.error);
      file.value = '';
      await onImport(settingsAfterImport(result.settings, current()));
    });
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'transfer-title' },
    h('h2', { id: 'transfer-title' }, t('options_transfer_title')),
    h('p', {}, t('options_transfer_explain')),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', id: 'export-settings', onclick: () => saveTextFile(SETTINGS_FILE_NAME, exportSettings(current())) }, t('options_export')),
      h('label', { for: file.id }, t('options_import')),
      file,
    ),
    status,
  );
}
