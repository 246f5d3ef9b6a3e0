// What the warning page says when the background refuses a decision, in the user's language.
// The English `error` is only the fallback, for a refusal this page does not know.
import type { Refusal } from '../../shared/messages.ts';
import { t } from '../components/i18n.ts';

export function refusalText(answer: { error: string; refusal?: Refusal; detail?: string }): string {
  switch (answer.refusal) {
    case 'hold-gone':
      return t('warning_refused_gone');
    case 'already-decided':
      return t('warning_refused_already_decided');
    case 'forbidden':
      return t('warning_refused_forbidden');
    case 'needs-confirmation':
      return t('warning_refused_needs_confirmation');
    case 'only-suspicious-trusted':
      return t('warning_refused_only_suspicious');
    case 'no-site':
      return t('warning_refused_no_site');
    case 'refetch-failed':
      return t('warning_refused_refetch', answer.detail ?? answer.error);
    case 'warning-gone':
      return t('site_warning_refused_gone');
    case 'wrong-tab':
      return t('site_warning_refused_wrong_tab');
    case 'continue-forbidden':
      return t('site_warning_refused_forbidden');
    case undefined:
      return answer.error;
  }
}
