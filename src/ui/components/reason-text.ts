// Rule reasons in the user's language. Each reason code has a key `reason_<code with _>`
// (the locale meta test derives them from the rules' codes); a code this build has no
// translation for falls back to the rule's own English sentence.
import browser from '../../shared/browser.ts';

export interface ReasonLike {
  code: string;
  detail: string;
}

export function reasonKey(code: string): string {
  return `reason_${code.replace(/-/g, '_')}`;
}

export function reasonText(reason: ReasonLike): string {
  return browser.i18n.getMessage(reasonKey(reason.code)) || reason.detail;
}
