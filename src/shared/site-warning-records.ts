// What page protection keeps. storage.session: each site warning being shown (by an opaque id,
// the only thing the site warning page's URL carries) and the sites the user chose to continue
// to this browser session. storage.local: the log of warnings shown. Ordinary pages leave no
// trace anywhere.
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { reasonSchema } from './records.ts';

export const SITE_WARNING_PREFIX = 'sitewarn:';
export const CONTINUED_SITES_KEY = 'continuedSites';
export const SITE_WARNING_LOG_KEY = 'siteWarnings';
export const SITE_WARNING_LOG_LIMIT = 200;
/** Sites continued to in one session: more is not a person clicking through warnings. */
export const CONTINUED_SITES_LIMIT = 1000;

export const warningIdSchema = lazySchema(() => z.string().check(z.regex(/^[0-9a-f-]{36}$/, 'not a warning id')));

export const siteWarningSchema = lazySchema(() =>
  z.object({
    warningId: warningIdSchema(),
    /** The tab the warning replaced the site in; only that tab may go on or back from it. */
    tabId: z.int().check(z.nonnegative()),
    url: z.string(),
    site: z.string(),
    verdict: z.literal('dangerous'),
    reasons: z.array(reasonSchema()),
    shownAt: z.number(),
  }),
);
export type SiteWarning = z.infer<ReturnType<typeof siteWarningSchema>>;

export const siteWarningLogEntrySchema = lazySchema(() =>
  z.object({
    at: z.number(),
    url: z.string(),
    site: z.string(),
    reasons: z.array(reasonSchema()),
    /** Set when the user went on to the site anyway. */
    continued: z.optional(z.boolean()),
  }),
);
export type SiteWarningLogEntry = z.infer<ReturnType<typeof siteWarningLogEntrySchema>>;

export const continuedSitesSchema = lazySchema(() => z.array(z.string().check(z.maxLength(253))).check(z.maxLength(CONTINUED_SITES_LIMIT)));
