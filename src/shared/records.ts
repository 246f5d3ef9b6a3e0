// What ISO Guard keeps: held downloads (storage.session), the decision history and the report
// log (storage.local). One zod schema each; anything stored that fails its schema is dropped
// on read, never trusted. Each schema is built on its first use (lazy-schema.ts).
import * as z from 'zod/mini';
import { VERDICTS } from '../rules/types.ts';
import { lazySchema } from './lazy-schema.ts';

export const STORAGE_KEYS = {
  settings: 'settings',
  history: 'history',
  reports: 'reports',
  /** The enterprise policy last given by the browser: judged with at start until it gives it again. */
  lastPolicy: 'lastPolicy',
} as const;

/** Held downloads live in storage.session, one key per hold (`hold:<id>`): see background/holds/hold-store.ts. */

export const HISTORY_LIMIT = 200;
export const REPORT_LIMIT = 200;

/**
 * Longest address kept in the history, the report log and a hold's display fields. A `data:`
 * URL can be megabytes; a few of them would fill the storage quota, and every later write
 * (a hold, a decision, the settings) would fail.
 */
export const MAX_KEPT_URL = 2048;
/** Longest final address a hold keeps: a quarantined file is fetched again from it. */
export const MAX_HELD_URL = 65_536;

/** `text` cut to `max` characters, the cut marked with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export const reasonSchema = lazySchema(() => z.object({ code: z.string().check(z.maxLength(64)), detail: z.string().check(z.maxLength(500)) }));
export const verdictKindSchema = lazySchema(() => z.enum(VERDICTS));

/**
 * The site of a download that names none: a `data:` URL, or a `blob:` of an opaque origin, made
 * by a page with no web address either. A fixed word rather than the URL's text (which the page
 * chose), and no host name, so no allow or block list entry can ever match it.
 */
export const NO_SITE = '(no site)';

/** Opaque, unguessable id of one held download; the only thing the warning page's URL carries. */
export const holdIdSchema = lazySchema(() => z.string().check(z.regex(/^[0-9a-f-]{36}$/, 'not a hold id')));

export const holdSchema = lazySchema(() =>
  z.object({
    holdId: holdIdSchema(),
    downloadId: z.int().check(z.nonnegative()),
    verdict: verdictKindSchema(),
    reasons: z.array(reasonSchema()),
    url: z.string(),
    finalUrl: z.string(),
    referrer: z.string(),
    filename: z.string(),
    totalBytes: z.number(),
    /** Registrable domain of the site that served it, or the hostname when there is none; for a
     * download with no host (`data:`), its referrer's; else NO_SITE (background/downloads/site.ts). */
    site: z.string(),
    heldAt: z.number(),
    /** The warning tab that shows it, when one is open. */
    tabId: z.optional(z.int()),
    /** Set once the user decided; the hold is dropped when its download ends. */
    decision: z.optional(z.enum(['cancel', 'proceed'])),
    /** Every byte arrived before the pause, so the file was finished under a name that cannot be
     * opened (see background/downloads/quarantine.ts); proceeding downloads it again under its real name. */
    quarantined: z.optional(z.boolean()),
  }),
);
export type Hold = z.infer<ReturnType<typeof holdSchema>>;

const DECISIONS = ['cancel', 'proceed', 'passed', 'removed'] as const;
export type Decision = (typeof DECISIONS)[number];

export const historyEntrySchema = lazySchema(() =>
  z.object({
    at: z.number(),
    verdict: verdictKindSchema(),
    reasons: z.array(reasonSchema()),
    url: z.string(),
    referrer: z.string(),
    site: z.string(),
    filename: z.string(),
    /** passed: let through without a warning; removed: the download vanished before a decision. */
    decision: z.enum(DECISIONS),
    trustedSite: z.optional(z.boolean()),
  }),
);
export type HistoryEntry = z.infer<ReturnType<typeof historyEntrySchema>>;

export const reportEntrySchema = lazySchema(() =>
  z.object({
    at: z.number(),
    url: z.string(),
    site: z.string(),
    to: z.enum(['microsoft', 'google']),
    from: z.enum(['warning', 'popup']),
  }),
);
export type ReportEntry = z.infer<ReturnType<typeof reportEntrySchema>>;

/** Parses a stored list, keeping the valid entries and counting the dropped ones. */
export function parseList<T>(schema: z.ZodMiniType<T>, value: unknown): { items: T[]; dropped: number } {
  if (!Array.isArray(value)) return { items: [], dropped: value === undefined ? 0 : 1 };
  const items: T[] = [];
  for (const entry of value) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) items.push(parsed.data);
  }
  return { items, dropped: value.length - items.length };
}
