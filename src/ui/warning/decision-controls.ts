// The decision: Cancel is the primary action and has the focus. Downloading anyway is
// secondary; for `dangerous` it takes a deliberate second step (tick "I understand", then the
// button), and it is absent when a policy forbids it. Trusting the site is for `suspicious` only.
import type { HoldView } from '../../shared/messages.ts';
import { h } from '../components/dom.ts';
import { t } from '../components/i18n.ts';
import { hasSite, siteLabel } from '../components/site-label.ts';

export interface DecisionChoice {
  decision: 'cancel' | 'proceed';
  confirmDangerous: boolean;
  trustSite: boolean;
}

export interface DecisionControls {
  element: HTMLElement;
  focusCancel(): void;
  /** Shows the background's error, and lets the user try again. */
  showError(message: string): void;
}

export function decisionControls(hold: HoldView, onDecide: (choice: DecisionChoice) => void): DecisionControls {
  const dangerous = hold.verdict === 'dangerous';
  const error = h('p', { class: 'error', role: 'alert', id: 'decision-error' });
  const cancel = h('button', { type: 'button', class: 'primary', id: 'cancel' }, t('warning_cancel'));
  const proceed = h('button', { type: 'button', id: 'proceed' }, t('warning_proceed'));
  // For `dangerous` this is the "I understand" step; for `suspicious`, "trust this site".
  const tick = h('input', { type: 'checkbox', id: dangerous ? 'confirm-dangerous' : 'trust-site' });
  const tickLabel = dangerous ? t('warning_confirm_dangerous', siteLabel(hold.site)) : t('warning_trust_site', hold.site);
  // A download with no site leaves nothing to trust.
  const showTick = dangerous || hasSite(hold.site);

  const setEnabled = (enabled: boolean): void => {
    cancel.disabled = !enabled;
    tick.disabled = !enabled;
    proceed.disabled = !enabled || (dangerous && !tick.checked);
  };
  const decide = (choice: DecisionChoice): void => {
    setEnabled(false);
    error.textContent = '';
    onDecide(choice);
  };

  cancel.addEventListener('click', () => decide({ decision: 'cancel', confirmDangerous: false, trustSite: false }));
  tick.addEventListener('change', () => setEnabled(true));
  proceed.addEventListener('click', () =>
    decide({ decision: 'proceed', confirmDangerous: dangerous && tick.checked, trustSite: !dangerous && tick.checked }),
  );
  setEnabled(true);

  const proceedPart = hold.canProceed
    ? h('div', { class: 'stack proceed-step' }, showTick ? h('p', { class: 'row' }, tick, h('label', { for: tick.id }, tickLabel)) : null, proceed)
    : h('p', { id: 'proceed-forbidden' }, t('warning_proceed_forbidden'));

  const element = h(
    'section',
    { class: 'card decision', 'aria-labelledby': 'decision-title' },
    h('h2', { id: 'decision-title' }, t('warning_decision_title')),
    h('div', { class: 'row' }, cancel),
    h('p', { class: 'muted' }, t('warning_cancel_explain')),
    h('details', { class: 'proceed-details', open: !dangerous }, h('summary', {}, t('warning_more_options')), proceedPart),
    error,
  );

  return {
    element,
    focusCancel: () => cancel.focus(),
    showError(message) {
      error.textContent = t('warning_decision_failed', message);
      setEnabled(true);
    },
  };
}
