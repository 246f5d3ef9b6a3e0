import { describe, expect, it } from 'vitest';
import { parsePolicy } from './policy.ts';

describe('enterprise policy', () => {
  it('keeps the good entries of a host list when some are broken', () => {
    const { policy, problems } = parsePolicy({ blocklist: ['bad.example', '', 42, 'x'.repeat(254), 'worse.example'], allowlist: ['corp.example', null] });
    expect(policy.blocklist).toEqual(['bad.example', 'worse.example']);
    expect(policy.allowlist).toEqual(['corp.example']);
    expect(problems).toEqual(['policy "allowlist": 1 of 2 entries skipped', 'policy "blocklist": 3 of 5 entries skipped']);
  });

  it('ignores a field of the wrong type, and only that field', () => {
    const { policy, problems } = parsePolicy({ blocklist: 'bad.example', forbidProceedDangerous: 'yes', forbidPauseProtection: true });
    expect(policy).toEqual({ forbidPauseProtection: true });
    expect(problems).toHaveLength(2);
  });

  it('reads nothing from a policy that is not an object', () => {
    expect(parsePolicy(null)).toEqual({ policy: {}, problems: [] });
    expect(parsePolicy('x')).toEqual({ policy: {}, problems: [] });
  });
});
