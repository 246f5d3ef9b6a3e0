// What the check page's SHA-256 comparison shows: progress lines, field errors and the result. Every string comes
// from _locales and every name is a text node.
import { formatSize } from '../components/format.ts';
import { h, replaceChildren } from '../components/dom.ts';
import { t } from '../components/i18n.ts';
import { WINDOWS_11_PAGE } from '../../shared/microsoft-links.ts';
import type { ExpectedHash } from './expected-hash.ts';
import { splitDuration, type ProgressView } from './progress-maths.ts';

const wholeNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function sizeText(bytes: number): string {
  return formatSize(bytes) ?? `${bytes}`;
}

export function progressText(view: ProgressView, totalBytes: number): string {
  if (view.megabytesPerSecond === undefined || view.secondsLeft === undefined) return t('verify_progress_starting');
  const left = splitDuration(view.secondsLeft);
  const timeLeft = left.minutes > 0
    ? t('verify_time_left_minutes', [String(left.minutes), String(left.seconds).padStart(2, '0')])
    : t('verify_time_left_seconds', String(left.seconds));
  return t('verify_progress_text', [
    wholeNumber.format(Math.floor(view.fraction * 100)),
    sizeText(totalBytes),
    wholeNumber.format(view.megabytesPerSecond),
    timeLeft,
  ]);
}

export function hashErrorText(parsed: Exclude<ExpectedHash, { ok: true }>): string {
  switch (parsed.problem) {
    case 'empty': return t('verify_error_hash_empty');
    case 'not-hex': return t('verify_error_hash_not_hex', parsed.offending);
    case 'wrong-length': return t('verify_error_hash_length', String(parsed.digits));
  }
}

export interface VerifiedFile {
  name: string;
  expected: string;
  actual: string;
  bytes: number;
  ms: number;
}

/** The result card; its heading takes focus so keyboard and screen reader users land on it. */
export function renderResult(outcome: HTMLElement, file: VerifiedFile, matches: boolean): HTMLElement {
  const heading = h('h2', { tabindex: -1 }, matches ? t('verify_match_title') : t('verify_mismatch_title'));
  const seconds = file.ms / 1000;
  const card = h(
    'div',
    { class: `card result ${matches ? 'result-match' : 'result-mismatch'}`, 'data-result': matches ? 'match' : 'mismatch' },
    heading,
    h('p', { class: 'result-verdict' }, matches ? t('verify_match', file.name) : t('verify_mismatch', file.name)),
    h('p', {}, matches ? t('verify_match_detail') : t('verify_mismatch_detail')),
    !matches && h('p', {}, h('a', { href: WINDOWS_11_PAGE, target: '_blank', rel: 'noopener noreferrer', class: 'download-again' }, t('verify_download_again_link'))),
    h('dl', { class: 'hashes' },
      h('dt', {}, t('verify_hash_expected')), h('dd', { class: 'mono' }, file.expected),
      h('dt', {}, t('verify_hash_actual')), h('dd', { class: 'mono' }, file.actual)),
    h('p', { class: 'muted' }, t('verify_stats', [
      sizeText(file.bytes),
      oneDecimal.format(seconds),
      wholeNumber.format(seconds > 0 ? file.bytes / 1e6 / seconds : 0),
    ])),
  );
  replaceChildren(outcome, card);
  return heading;
}

export function renderNotice(outcome: HTMLElement, text: string, tone: 'neutral' | 'problem'): void {
  replaceChildren(outcome, h('p', { class: `card notice notice-${tone}`, 'data-notice': tone }, text));
}
