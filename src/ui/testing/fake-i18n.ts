// The browser as the UI tests need it (mocked in for src/shared/browser.ts): runtime.getURL gives a
// fixed extension origin, and i18n answers the
// English language tag, and every other message as its key with its substitutions, e.g.
// "warning_queue_item(a.iso|example.com)", so a test sees exactly what was put in.
function getMessage(key: string, substitutions?: string | string[]): string {
  if (key === 'common_lang') return 'en';
  return substitutions === undefined ? key : `${key}(${[substitutions].flat().join('|')})`;
}

const getURL = (path: string): string => `chrome-extension://iso-guard-test/${path}`;

export default { i18n: { getMessage }, runtime: { getURL } };
