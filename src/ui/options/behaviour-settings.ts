// The switches: protection (pausing it is deliberate and takes a confirmation), the quiet
// notice for unknown disk images, the offer to verify official ISOs, and erasing cancelled
// downloads from the browser's list.
import type { Settings } from '../../shared/settings.ts';
import { h, replaceChildren } from '../components/dom.ts';
import { t } from '../components/i18n.ts';

type Toggle = 'notifyUnknown' | 'offerVerify' | 'eraseCancelled';

type Update = (patch: Partial<Settings>) => void;

function toggle(settings: Settings, key: Toggle, label: string, hint: string, update: Update): HTMLElement {
  const box = h('input', { type: 'checkbox', id: `toggle-${key}`, checked: settings[key], 'aria-describedby': `toggle-${key}-hint` });
  box.addEventListener('change', () => update({ [key]: box.checked }));
  return h(
    'div',
    { class: 'toggle' },
    h('p', { class: 'row' }, box, h('label', { for: box.id }, label)),
    h('p', { class: 'muted', id: `toggle-${key}-hint` }, hint),
  );
}

function protectionControl(initial: Settings['protection'], update: Update): HTMLElement {
  const area = h('div', { id: 'protection' });
  const setState = (state: Settings['protection'], focusId?: string): void => {
    area.dataset.state = state;
    if (state === 'paused') {
      replaceChildren(
        area,
        h('p', { class: 'card tone-suspicious' }, t('options_protection_paused')),
        h('button', { type: 'button', class: 'primary', id: 'protection-resume', onclick: () => { update({ protection: 'on' }); setState('on', 'protection-pause'); } }, t('options_protection_resume')),
      );
    } else {
      replaceChildren(
        area,
        h('p', {}, t('options_protection_on')),
        h('button', { type: 'button', id: 'protection-pause', onclick: askToPause }, t('options_protection_pause')),
      );
    }
    if (focusId) area.querySelector<HTMLElement>(`#${focusId}`)?.focus();
  };
  const askToPause = (): void => {
    replaceChildren(
      area,
      h('p', { role: 'alert' }, t('options_protection_pause_warning')),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'primary', id: 'protection-keep', onclick: () => setState('on', 'protection-pause') }, t('options_protection_keep')),
        h('button', { type: 'button', id: 'protection-pause-confirm', onclick: () => { update({ protection: 'paused' }); setState('paused', 'protection-resume'); } }, t('options_protection_pause_confirm')),
      ),
    );
    area.querySelector<HTMLElement>('#protection-keep')?.focus();
  };
  setState(initial);
  return area;
}

/** `locked`: an enterprise policy keeps protection on (see docs/policy.md). */
export function behaviourSettings(settings: Settings, update: Update, locked = false): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'behaviour-title' },
    h('h2', { id: 'behaviour-title' }, t('options_behaviour_title')),
    locked ? h('div', { id: 'protection' }, h('p', { id: 'protection-locked' }, t('options_protection_locked'))) : protectionControl(settings.protection, update),
    toggle(settings, 'notifyUnknown', t('options_notify_unknown'), t('options_notify_unknown_hint'), update),
    toggle(settings, 'offerVerify', t('options_offer_verify'), t('options_offer_verify_hint'), update),
    toggle(settings, 'eraseCancelled', t('options_erase_cancelled'), t('options_erase_cancelled_hint'), update),
  );
}
