// The SHA-256 the user pastes from Microsoft's "Verify your download" table. People copy it with
// stray spaces, line breaks or in upper case; anything else that is not 64 hex digits is refused,
// with a reason the page can turn into a clear message.

export type ExpectedHash =
  | { ok: true; sha256: string }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'not-hex'; offending: string }
  | { ok: false; problem: 'wrong-length'; digits: number };

/** Whitespace anywhere (spaces, tabs, line breaks, no-break and zero-width spaces) is ignored. */
const IGNORED = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;

export function parseExpectedHash(input: string): ExpectedHash {
  const compact = input.replace(IGNORED, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  const offending = compact.match(/[^0-9a-f]/iu)?.[0];
  if (offending !== undefined) return { ok: false, problem: 'not-hex', offending };
  if (compact.length !== 64) return { ok: false, problem: 'wrong-length', digits: compact.length };
  return { ok: true, sha256: compact.toLowerCase() };
}

/** Both sides are normalised lower-case hex; a plain comparison is enough (nothing secret here). */
export function hashesMatch(expected: string, actual: string): boolean {
  return expected.toLowerCase() === actual.toLowerCase();
}
