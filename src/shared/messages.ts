// Every message between ISO Guard's pages and its background: zod schemas, discriminated by
// `type`, with the TypeScript types inferred from them. The background parses each one and
// answers errors as values; it never throws back at a page.
import * as z from 'zod/mini';
import type { HostDescription } from '../rules/index.ts';
import { lazySchema } from './lazy-schema.ts';
import { holdIdSchema, type Hold } from './records.ts';
import { warningIdSchema, type SiteWarning } from './site-warning-records.ts';

/** Built on the first message (lazy-schema.ts), not on every start of the worker. */
export const requestSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    /** The warning page asks for one held download's details by its opaque id. */
    z.object({ type: z.literal('hold/get'), holdId: holdIdSchema() }),
    /** Every download still waiting for a decision (the warning page groups them). */
    z.object({ type: z.literal('hold/list') }),
    z.object({
      type: z.literal('hold/decide'),
      holdId: holdIdSchema(),
      decision: z.enum(['cancel', 'proceed']),
      /** Required to proceed with a `dangerous` download: the deliberate second step. */
      confirmDangerous: z._default(z.boolean(), false),
      /** Remember the registrable domain as trusted (only for `suspicious`). */
      trustSite: z._default(z.boolean(), false),
    }),
    /** The user sent a site to a report form; the background records it in the report log. */
    z.object({
      type: z.literal('report/record'),
      url: z.string().check(z.maxLength(4096)),
      to: z.enum(['microsoft', 'google']),
      from: z.enum(['warning', 'popup']),
    }),
    /** The site warning page asks what it replaced, by the opaque id in its URL. */
    z.object({ type: z.literal('site/get'), warningId: warningIdSchema() }),
    /** "Go back": the background steps the tab back past the site. */
    z.object({ type: z.literal('site/back'), warningId: warningIdSchema() }),
    /** "Continue to the site", the deliberate second step: `confirm` must be true. */
    z.object({ type: z.literal('site/continue'), warningId: warningIdSchema(), confirm: z.literal(true) }),
  ]),
);
export type Request = z.infer<ReturnType<typeof requestSchema>>;
export type RequestType = Request['type'];

/** What a page sees of a hold: the stored fields, whether it is still waiting, whether
 * proceeding is allowed (an enterprise policy can forbid it for `dangerous`), and the serving
 * host as the rules read it (so the warning page needs no copy of the rules). */
export type HoldView = Hold & { state: 'pending' | 'decided'; canProceed: boolean; host: HostDescription | null };

/** What the site warning page sees: the stored warning, the site's host as the rules read it,
 * and whether continuing is allowed (an enterprise policy can forbid it). */
export type SiteWarningView = SiteWarning & { host: HostDescription | null; canContinue: boolean };

export interface ResponseMap {
  'site/get': SiteWarningView;
  'site/back': { back: true };
  'site/continue': { continued: true };
  'hold/get': HoldView;
  'hold/list': HoldView[];
  'hold/decide': { decided: 'cancel' | 'proceed' };
  'report/record': { recorded: true };
}

/** Why the background refused a decision: the page says it in the user's language; `error`
 * keeps the English sentence for logs. */
export type Refusal = 'warning-gone' | 'wrong-tab' | 'continue-forbidden' | 'hold-gone' | 'already-decided' | 'forbidden' | 'needs-confirmation' | 'only-suspicious-trusted' | 'no-site' | 'refetch-failed';

export type Response<T extends RequestType> = { ok: true; data: ResponseMap[T] } | { ok: false; error: string; refusal?: Refusal; detail?: string };
