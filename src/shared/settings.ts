// The user's settings: one zod schema with defaults and migrations. Corrupt stored data never
// breaks the guard: it falls back to defaults and the problem is reported to the options page.
// zod/mini: the same checks as zod's full API, a fraction of the code in the service worker.
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';

export const SETTINGS_VERSION = 1;

/** The most sites either list of the user's may hold. */
export const DOMAIN_LIST_LIMIT = 10_000;

/** Built on first use (lazy-schema.ts): most worker starts read no setting from the schema. */
export const settingsSchema = lazySchema(() => {
  const domain = z.string().check(z.minLength(1), z.maxLength(253));
  return z.object({
    version: z.literal(SETTINGS_VERSION),
    /** `paused` lets every download through; deliberate, and shown on the badge. */
    protection: z.enum(['on', 'paused']),
    /** A quiet notification when a disk image with no risk signal passes. */
    notifyUnknown: z.boolean(),
    /** Offer the check page for an official ISO when it completes. */
    offerVerify: z.boolean(),
    /** Remove a cancelled download from the browser's download list too. */
    eraseCancelled: z.boolean(),
    /** Page protection: `warn` replaces a dangerous site with the site warning and badges a
     * suspicious one; `badge` only badges; `off` judges no navigation at all. */
    pageProtection: z.enum(['warn', 'badge', 'off']),
    /** Registrable domains the user trusts (wins over the bundled blocklist for that domain only). */
    allowlist: z.array(domain).check(z.maxLength(DOMAIN_LIST_LIMIT)),
    /** Registrable domains the user wants held. */
    blocklist: z.array(domain).check(z.maxLength(DOMAIN_LIST_LIMIT)),
  });
});
export type Settings = z.infer<ReturnType<typeof settingsSchema>>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  protection: 'on',
  notifyUnknown: false,
  offerVerify: true,
  eraseCancelled: true,
  pageProtection: 'warn',
  allowlist: [],
  blocklist: [],
};

export interface LoadedSettings {
  settings: Settings;
  /** Why the stored value was not used as it was, if it wasn't. */
  problem?: string;
}

/** Older shapes, upgraded step by step to the current version. */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  const version = typeof raw.version === 'number' ? raw.version : 0;
  if (version === 0) return { ...DEFAULT_SETTINGS, ...raw, version: 1 };
  return raw;
}

export function parseSettings(stored: unknown): LoadedSettings {
  if (stored === undefined) return { settings: DEFAULT_SETTINGS };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings: DEFAULT_SETTINGS, problem: 'Stored settings were not an object; defaults are in use.' };
  }
  const parsed = settingsSchema().safeParse(migrate({ ...DEFAULT_SETTINGS, ...(stored as Record<string, unknown>) }));
  if (parsed.success) return { settings: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'settings';
  return { settings: DEFAULT_SETTINGS, problem: `Stored settings were invalid at "${where}" (${issue?.message ?? 'unknown'}); defaults are in use.` };
}
