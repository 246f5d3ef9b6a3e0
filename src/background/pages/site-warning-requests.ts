// The site warning page's requests: what was replaced, Go back, and Continue. Only the tab the
// warning was shown in may act on it, and Continue is refused when a policy forbids it.
import type { Request, Response } from '../../shared/messages.ts';
import type { ConfigSource } from '../state/config.ts';
import { describeHost } from '../../rules/index.ts';
import { withSuffixes } from '../state/suffix-rules.ts';
import type { PageGuard } from './page-guard.ts';
import type { Ports } from '../ports.ts';
import type { SiteWarningStore } from './site-warning-store.ts';

export interface SiteRequestDeps {
  ports: Pick<Ports, 'tabs' | 'now' | 'log'>;
  config: ConfigSource;
  warnings: SiteWarningStore;
  pages: PageGuard;
}

type SiteRequest = Extract<Request, { type: 'site/get' | 'site/back' | 'site/continue' }>;
type SiteResponse = Response<'site/get'> | Response<'site/back'> | Response<'site/continue'>;

const GONE = { ok: false, error: 'This warning is no longer shown.', refusal: 'warning-gone' } as const;
const WRONG_TAB = { ok: false, error: 'Refused: this warning belongs to another tab.', refusal: 'wrong-tab' } as const;

export async function answerSiteRequest(deps: SiteRequestDeps, req: SiteRequest, senderTabId: number | undefined): Promise<SiteResponse> {
  const warning = await deps.warnings.get(req.warningId);
  if (!warning) return GONE;
  // Showing the warning does not wait for a late policy (see state/config.ts); continuing does.
  const { policy } = req.type === 'site/continue' ? await deps.config.settled() : await deps.config.load();
  const canContinue = policy.forbidContinueToSite !== true;
  // Asked from its own tab: the warning is on screen, and a visit to the site from now on is new.
  if (req.type === 'site/get' && senderTabId === warning.tabId) deps.pages.warningShown(warning.tabId, warning.warningId);
  if (req.type === 'site/get') return { ok: true, data: { ...warning, host: await withSuffixes(() => describeHost(warning.url)), canContinue } };
  if (senderTabId !== warning.tabId) return WRONG_TAB;
  if (req.type === 'site/back') {
    deps.pages.leavingFrom(warning.tabId, warning.site);
    await deps.ports.tabs.goBack(warning.tabId).catch(() => deps.ports.tabs.navigate(warning.tabId, 'about:blank'));
    return { ok: true, data: { back: true } };
  }
  if (!canContinue) return { ok: false, error: 'Refused: a policy forbids continuing to dangerous sites.', refusal: 'continue-forbidden' };
  await deps.warnings.markContinued(warning.site);
  await deps.warnings.log({ at: deps.ports.now(), url: warning.url, site: warning.site, reasons: warning.reasons, continued: true });
  await deps.warnings.remove(warning.warningId);
  await deps.ports.tabs.navigate(warning.tabId, warning.url);
  return { ok: true, data: { continued: true } };
}
