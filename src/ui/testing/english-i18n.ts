// The browser as UI tests need it when they should read what an English-speaking user reads:
// i18n answers from src/locales/en, with `$1` and named placeholders filled the way Chrome does.
import { readLocales } from '../../../scripts/locales-plugin.ts';

const english = readLocales().get('en') ?? {};

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = english[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : [substitutions].flat();
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  let message = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) message = message.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), fill(content));
  return fill(message);
}

const getURL = (path: string): string => `chrome-extension://iso-guard-test/${path}`;

export default { i18n: { getMessage }, runtime: { getURL } };
