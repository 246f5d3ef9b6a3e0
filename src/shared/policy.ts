// Enterprise policy read from storage.managed (Chrome's "3rdparty" extension policy; the
// schema is public/managed_schema.json, documented in docs/policy.md). A malformed policy is
// ignored field by field: a broken value never weakens protection.
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';

const MAX_ENTRIES = 100_000;
const domainEntry = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(253)));

/** Built on first use (lazy-schema.ts): a browser with no policy never builds it. */
export const policySchema = lazySchema(() =>
  z.object({
    /** Forbid "Download anyway" for dangerous downloads. */
    forbidProceedDangerous: z.optional(z.boolean()),
    /** Forbid pausing protection from the options page. */
    forbidPauseProtection: z.optional(z.boolean()),
    /** Keep page protection on (the site warning) whatever the options page says. */
    forcePageProtection: z.optional(z.boolean()),
    /** Forbid "Continue to the site" on the site warning. */
    forbidContinueToSite: z.optional(z.boolean()),
    allowlist: z.optional(z.array(domainEntry()).check(z.maxLength(MAX_ENTRIES))),
    blocklist: z.optional(z.array(domainEntry()).check(z.maxLength(MAX_ENTRIES))),
  }),
);
export type Policy = z.infer<ReturnType<typeof policySchema>>;

/** The policy's fields, known without building the schema (the type keeps the two in step). */
const POLICY_FIELDS: Record<keyof Policy, true> = {
  forbidProceedDangerous: true,
  forbidPauseProtection: true,
  forcePageProtection: true,
  forbidContinueToSite: true,
  allowlist: true,
  blocklist: true,
};

export function parsePolicy(raw: unknown): { policy: Policy; problems: string[] } {
  if (typeof raw !== 'object' || raw === null) return { policy: {}, problems: [] };
  const policy: Policy = {};
  const problems: string[] = [];
  for (const key of Object.keys(POLICY_FIELDS) as (keyof Policy)[]) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if ((key === 'allowlist' || key === 'blocklist') && Array.isArray(value)) {
      const list = hostEntries(value);
      policy[key] = list;
      if (list.length < value.length) problems.push(`policy "${key}": ${value.length - list.length} of ${value.length} entries skipped`);
      continue;
    }
    const parsed = policySchema().shape[key].safeParse(value);
    if (parsed.success) Object.assign(policy, { [key]: parsed.data });
    else problems.push(`policy "${key}" ignored: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { policy, problems };
}

/**
 * A host list is read entry by entry: one empty or overlong entry drops only itself. Dropping
 * a whole blocklist for it would weaken protection. (Entries that are no host name at all are
 * skipped later, when the rule set is built.)
 */
function hostEntries(list: readonly unknown[]): string[] {
  const kept: string[] = [];
  for (const entry of list) {
    if (kept.length === MAX_ENTRIES) break;
    const parsed = domainEntry().safeParse(entry);
    if (parsed.success) kept.push(parsed.data);
  }
  return kept;
}
