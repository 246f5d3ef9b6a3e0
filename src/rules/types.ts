// The rules module's contract: what a download looks like going in, and what a verdict is.
// Pure types; shared by the service worker, the CLI, the tests and the benchmark.

export const VERDICTS = ['ignored', 'official', 'unknown', 'suspicious', 'dangerous'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

/** One download as the rules see it. Every field but `url` may be missing. */
export interface DownloadInput {
  url: string;
  finalUrl?: string;
  referrer?: string;
  pageUrl?: string;
  /** A bare name or a full path, Windows (`\`) or POSIX (`/`). */
  filename?: string;
  mime?: string;
  /** -1 or missing when unknown. */
  totalBytes?: number;
}

/** A stable kebab-case machine code and one human sentence. */
export interface Reason {
  code: string;
  detail: string;
}

export interface Verdict {
  verdict: VerdictKind;
  reasons: Reason[];
}

/** Domains the user (or an enterprise policy) added on top of the bundled rules. */
export interface UserLists {
  allow: readonly string[];
  block: readonly string[];
}

/** How bad a verdict is, for "worst of" comparisons. */
export const SEVERITY: Record<VerdictKind, number> = {
  ignored: 0,
  official: 1,
  unknown: 2,
  suspicious: 3,
  dangerous: 4,
};

/** Verdicts the guard keeps on hold behind a warning. */
export function isHeld(verdict: VerdictKind): boolean {
  return verdict === 'suspicious' || verdict === 'dangerous';
}
