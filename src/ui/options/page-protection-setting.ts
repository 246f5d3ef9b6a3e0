// Page protection's three states: warn (the default), badge only, or off. An enterprise policy
// can keep it on (see docs/policy.md); then the choice is shown, not offered.
import type { Settings } from '../../shared/settings.ts';
import { h } from '../components/dom.ts';
import { t } from '../components/i18n.ts';

type Mode = Settings['pageProtection'];

const LABELS: Record<Mode, () => string> = {
  warn: () => t('options_page_protection_warn'),
  badge: () => t('options_page_protection_badge'),
  off: () => t('options_page_protection_off'),
};

export function pageProtectionSetting(current: Mode, update: (patch: Partial<Settings>) => void, locked = false): HTMLElement {
  const choices = (Object.keys(LABELS) as Mode[]).map((mode) => {
    const radio = h('input', { type: 'radio', name: 'page-protection', id: `page-protection-${mode}`, value: mode, checked: mode === current });
    radio.addEventListener('change', () => {
      if (radio.checked) update({ pageProtection: mode });
    });
    return h('p', { class: 'row' }, radio, h('label', { for: radio.id }, LABELS[mode]()));
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'page-protection-title', id: 'page-protection' },
    h('h2', { id: 'page-protection-title' }, t('options_page_protection_title')),
    h('p', { class: 'muted' }, t('options_page_protection_hint')),
    locked ? h('p', { id: 'page-protection-locked' }, t('options_page_protection_locked')) : h('fieldset', { class: 'stack', 'aria-labelledby': 'page-protection-title' }, ...choices),
  );
}
