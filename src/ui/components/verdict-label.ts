import type { VerdictKind } from '../../rules/types.ts';
import { t } from './i18n.ts';

export function verdictLabel(verdict: VerdictKind): string {
  switch (verdict) {
    case 'dangerous':
      return t('common_verdict_dangerous');
    case 'suspicious':
      return t('common_verdict_suspicious');
    case 'official':
      return t('common_verdict_official');
    case 'unknown':
      return t('common_verdict_unknown');
    case 'ignored':
      return t('common_verdict_ignored');
  }
}
