// The one sentence a user reads first: fitted to the verdict and its strongest reason.
import type { VerdictKind } from '../../rules/types.ts';
import type { ReasonLike } from './reason-text.ts';
import { t } from './i18n.ts';

export interface Headline {
  title: string;
  body: string;
}

/** Strongest first: the first of these codes present in the reasons picks the headline. */
const BY_REASON: { code: string; headline: () => Headline }[] = [
  { code: 'lure-windows-12', headline: () => ({ title: t('warning_headline_windows_12'), body: t('warning_headline_windows_12_body') }) },
  { code: 'lure-codename', headline: () => ({ title: t('warning_headline_codename'), body: t('warning_headline_codename_body') }) },
  { code: 'homograph-domain', headline: () => ({ title: t('warning_headline_lookalike'), body: t('warning_headline_homograph_body') }) },
  { code: 'lookalike-domain', headline: () => ({ title: t('warning_headline_lookalike'), body: t('warning_headline_lookalike_body') }) },
  { code: 'known-bad-domain', headline: () => ({ title: t('warning_headline_known_bad'), body: t('warning_headline_known_bad_body') }) },
  { code: 'bidi-control', headline: () => ({ title: t('warning_headline_disguised'), body: t('warning_headline_bidi_body') }) },
  { code: 'double-extension', headline: () => ({ title: t('warning_headline_disguised'), body: t('warning_headline_double_extension_body') }) },
  { code: 'too-small-for-windows', headline: () => ({ title: t('warning_headline_too_small'), body: t('warning_headline_too_small_body') }) },
];

export function headlineFor(verdict: VerdictKind, reasons: readonly ReasonLike[]): Headline {
  const codes = new Set(reasons.map((r) => r.code));
  const specific = BY_REASON.find((entry) => codes.has(entry.code));
  if (specific) return specific.headline();
  if (verdict === 'dangerous') return { title: t('warning_headline_dangerous'), body: t('warning_headline_dangerous_body') };
  return { title: t('warning_headline_suspicious'), body: t('warning_headline_suspicious_body') };
}
