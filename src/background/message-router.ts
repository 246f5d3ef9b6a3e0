// Answers the extension's own pages. Every message is parsed with its zod schema and its
// sender checked: it must be this extension (sender.id) and one of its pages (sender.origin,
// which a compromised renderer cannot forge, else sender.url). Anything else is refused with a
// logged reason; errors go back as values.
import { requestSchema, type HoldView, type Request, type Response, type RequestType } from '../shared/messages.ts';
import type { Hold } from '../shared/records.ts';
import type { ConfigSource } from './state/config.ts';
import { canProceed, decide, HOLD_GONE, type DecisionDeps } from './holds/decisions.ts';
import type { HoldStore } from './holds/hold-store.ts';
import type { ActivityLog } from './state/activity-log.ts';
import type { Ports } from './ports.ts';
import type { PageGuard } from './pages/page-guard.ts';
import { downloadHost, siteOf } from './downloads/site.ts';
import { answerSiteRequest } from './pages/site-warning-requests.ts';
import type { SiteWarningStore } from './pages/site-warning-store.ts';

export interface Sender {
  id?: string;
  origin?: string;
  url?: string;
  tab?: unknown;
}

export interface RouterDeps extends DecisionDeps {
  holds: HoldStore;
  activity: ActivityLog;
  config: ConfigSource;
  ready: Promise<void>;
  warnings: SiteWarningStore;
  pages: PageGuard;
}

/** The tab a page runs in, as the browser reports it (never from the message). */
function senderTabId(sender: Sender): number | undefined {
  const tab = sender.tab as { id?: unknown } | undefined;
  return typeof tab?.id === 'number' ? tab.id : undefined;
}

export function isOwnPage(sender: Sender, ports: Pick<Ports, 'extensionId' | 'pageUrl'>): boolean {
  if (sender.id !== ports.extensionId) return false;
  // Compared as text: URL.origin is "null" for extension schemes outside the browser.
  const ownOrigin = ports.pageUrl('/').replace(/\/+$/, '');
  if (sender.origin !== undefined) return sender.origin === ownOrigin;
  return sender.url !== undefined && sender.url.startsWith(`${ownOrigin}/`);
}

async function view(hold: Hold, forbidDangerous: boolean | undefined): Promise<HoldView> {
  const host = await downloadHost(hold.finalUrl || hold.url, hold.referrer);
  return { ...hold, state: hold.decision ? 'decided' : 'pending', canProceed: canProceed(hold, forbidDangerous), host };
}

async function answer(deps: RouterDeps, req: Request, tabId: number | undefined): Promise<Response<RequestType>> {
  const { policy } = await deps.config.load();
  switch (req.type) {
    case 'site/get':
    case 'site/back':
    case 'site/continue':
      return answerSiteRequest(deps, req, tabId);
    case 'hold/get': {
      const hold = await deps.holds.get(req.holdId);
      if (!hold) return { ok: false, error: HOLD_GONE };
      return { ok: true, data: await view(hold, policy.forbidProceedDangerous) };
    }
    case 'hold/list':
      return { ok: true, data: await Promise.all((await deps.holds.pending()).map((h) => view(h, policy.forbidProceedDangerous))) };
    case 'hold/decide':
      return decide(deps, req);
    case 'report/record': {
      if (!/^https?:\/\//i.test(req.url)) return { ok: false, error: 'Only web sites can be reported.' };
      await deps.activity.report({ at: deps.ports.now(), url: req.url, site: await siteOf(req.url), to: req.to, from: req.from });
      return { ok: true, data: { recorded: true } };
    }
  }
}

export function createMessageRouter(deps: RouterDeps) {
  return async (message: unknown, sender: Sender): Promise<Response<RequestType>> => {
    if (!isOwnPage(sender, deps.ports)) {
      deps.ports.log(`refused a message from ${sender.origin ?? sender.url ?? sender.id ?? 'an unknown sender'}`);
      return { ok: false, error: 'Refused: not sent by an ISO Guard page.' };
    }
    const parsed = requestSchema().safeParse(message);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      deps.ports.log(`refused a malformed message: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`);
      return { ok: false, error: `Refused: malformed message (${issue?.message ?? 'invalid'}).` };
    }
    // A decision arriving as the worker wakes waits for the start-up reconcile, so the two
    // never act on the same download at once.
    await deps.ready;
    return answer(deps, parsed.data, senderTabId(sender));
  };
}
