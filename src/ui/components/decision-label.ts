import type { Decision } from '../../shared/records.ts';
import { t } from './i18n.ts';

export function decisionLabel(decision: Decision): string {
  switch (decision) {
    case 'cancel':
      return t('common_decision_cancel');
    case 'proceed':
      return t('common_decision_proceed');
    case 'passed':
      return t('common_decision_passed');
    case 'removed':
      return t('common_decision_removed');
  }
}
