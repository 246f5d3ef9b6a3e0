// Meta tests: every reason code is documented, and every sentence stays short and plain.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_CODES, REASONS } from './reason-codes.ts';

const docs = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

describe('reason codes', () => {
  it.each(REASON_CODES)('%s is listed in docs/rules.md with its verdict', (code) => {
    expect(docs).toContain(`| \`${code}\` | ${REASONS[code].verdict} |`);
  });

  it.each(REASON_CODES)('%s has one short plain sentence', (code) => {
    const detail = REASONS[code].detail;
    expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(detail).toMatch(/^[A-Z].*\.$/);
    expect(detail.length).toBeLessThanOrEqual(130);
    expect(detail).not.toMatch(/punycode|regex|IDN|TLD|MIME|URL/);
  });
});
