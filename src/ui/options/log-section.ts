// The decision history and the report log: view, export as JSON, clear (after a second click).
import { h, replaceChildren } from '../components/dom.ts';
import { formatTime } from '../components/format.ts';
import { getUiLanguage, t } from '../components/i18n.ts';
import { saveTextFile } from '../components/save-file.ts';

export interface LogColumn<T> {
  title: string;
  cell(entry: T): string | Node;
}

export interface LogOptions<T extends { at: number }> {
  id: string;
  title: string;
  empty: string;
  fileName: string;
  columns: LogColumn<T>[];
  load(): Promise<T[]>;
  clear(): Promise<void>;
}

export function logSection<T extends { at: number }>(options: LogOptions<T>): { element: HTMLElement; refresh(): Promise<void> } {
  const { id } = options;
  let entries: T[] = [];
  const body = h('div', { class: 'log-body' });
  const status = h('p', { class: 'status muted', role: 'status' });

  const table = (): HTMLElement =>
    h(
      'div',
      // Focusable so a keyboard user can scroll a long log.
      { class: 'table-scroll', tabindex: 0 },
      h(
        'table',
        { id: `${id}-table` },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('options_log_time')), ...options.columns.map((c) => h('th', { scope: 'col' }, c.title)))),
        h('tbody', {}, ...entries.map((entry) => h('tr', {}, h('td', {}, formatTime(entry.at, getUiLanguage())), ...options.columns.map((c) => h('td', {}, c.cell(entry)))))),
      ),
    );

  const refresh = async (): Promise<void> => {
    entries = await options.load();
    replaceChildren(body, entries.length === 0 ? h('p', { class: 'muted' }, options.empty) : table());
  };

  const clearButton = h('button', { type: 'button', id: `${id}-clear` }, t('options_log_clear'));
  let armed = false;
  clearButton.addEventListener('click', () => {
    if (!armed) {
      armed = true;
      clearButton.textContent = t('options_log_clear_confirm');
      status.textContent = t('options_log_clear_explain');
      return;
    }
    armed = false;
    clearButton.textContent = t('options_log_clear');
    void options.clear().then(refresh).then(() => { status.textContent = t('options_log_cleared'); });
  });
  clearButton.addEventListener('blur', () => {
    if (!armed) return;
    armed = false;
    clearButton.textContent = t('options_log_clear');
    status.textContent = '';
  });

  const element = h(
    'section',
    { class: 'card', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, options.title),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', id: `${id}-export`, onclick: () => saveTextFile(options.fileName, `${JSON.stringify(entries, null, 2)}\n`) }, t('options_log_export')),
      clearButton,
    ),
    status,
    body,
  );
  return { element, refresh };
}
