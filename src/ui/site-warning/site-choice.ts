// Go back is the primary action and has the focus. Continuing takes a deliberate second step
// (open "More options", tick "I understand", then the button), and is absent when a policy
// forbids it.
import type { SiteWarningView } from '../../shared/messages.ts';
import { h } from '../components/dom.ts';
import { t } from '../components/i18n.ts';

export interface SiteChoice {
  element: HTMLElement;
  focusBack(): void;
  showError(message: string): void;
}

export function siteChoice(warning: SiteWarningView, actions: { back(): void; continue(): void }): SiteChoice {
  const error = h('p', { class: 'error', role: 'alert', id: 'site-error' });
  const back = h('button', { type: 'button', class: 'primary', id: 'go-back' }, t('site_warning_back'));
  const tick = h('input', { type: 'checkbox', id: 'confirm-continue' });
  const go = h('button', { type: 'button', id: 'continue', disabled: true }, t('site_warning_continue'));
  const setEnabled = (enabled: boolean): void => {
    back.disabled = !enabled;
    tick.disabled = !enabled;
    go.disabled = !enabled || !tick.checked;
  };
  back.addEventListener('click', () => {
    setEnabled(false);
    actions.back();
  });
  tick.addEventListener('change', () => setEnabled(true));
  go.addEventListener('click', () => {
    if (!tick.checked) return;
    setEnabled(false);
    actions.continue();
  });

  const continuePart = warning.canContinue
    ? h(
        'div',
        { class: 'stack continue-step' },
        h('p', { class: 'row' }, tick, h('label', { for: tick.id }, t('site_warning_confirm', warning.site))),
        go,
        h('p', { class: 'muted' }, t('site_warning_continue_explain')),
      )
    : h('p', { id: 'continue-forbidden' }, t('site_warning_continue_forbidden'));

  const element = h(
    'section',
    { class: 'card site-decision', 'aria-labelledby': 'site-decision-title' },
    h('h2', { id: 'site-decision-title' }, t('site_warning_decision_title')),
    h('div', { class: 'row' }, back),
    h('details', { class: 'continue-details' }, h('summary', {}, t('warning_more_options')), continuePart),
    error,
  );
  return {
    element,
    focusBack: () => back.focus(),
    showError(message) {
      error.textContent = message;
      setEnabled(true);
    },
  };
}
