// Wires the guard's modules to a set of ports. index.ts calls this with the real browser and
// registers the returned handlers synchronously; tests call it with in-memory fakes.
import { createActivityLog } from './state/activity-log.ts';
import { createConfigSource } from './state/config.ts';
import { createDownloadEvents } from './downloads/download-events.ts';
import { createDownloadGuard } from './downloads/download-guard.ts';
import { createHoldStore } from './holds/hold-store.ts';
import { createHolding } from './holds/holding.ts';
import { createMessageRouter } from './message-router.ts';
import { createPageGuard } from './pages/page-guard.ts';
import { createPendingSuggestions } from './downloads/pending-suggestions.ts';
import type { Ports } from './ports.ts';
import { decideWithheldName, DECIDE_NAME_AFTER_MS } from './downloads/quarantine.ts';
import { reconcile } from './downloads/reconcile.ts';
import { createSettingsWriter } from './state/settings-writer.ts';
import { createSiteWarningStore } from './pages/site-warning-store.ts';
import { verifyUrlFor } from './holds/verify-offer.ts';
import { createWarningTabs } from './holds/warning-tabs.ts';

/** The longest start-up reconcile waits for the navigations that woke the worker. */
const NAVIGATIONS_FIRST_MS = 1000;

export interface BackgroundOptions {
  /** Chrome has downloads.onDeterminingFilename; Firefox does not. */
  chromeFlow: boolean;
}

export function createBackground(ports: Ports, { chromeFlow }: BackgroundOptions) {
  // A policy that comes late (Chromium's first read after the browser starts) may pause or force
  // protection: the badge follows it.
  const config = createConfigSource(ports, { onLatePolicy: () => void holding.refreshBadge() });
  const holds = createHoldStore(ports.session);
  const activity = createActivityLog(ports.local);
  const tabs = createWarningTabs(ports, holds);
  const holding = createHolding({ ports, holds, activity, tabs, protectionPaused: () => config.current().settings.protection === 'paused' });
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const suggestions = createPendingSuggestions(ports.log, ports.keepAlive);
  const scheduleNameDecision = (downloadId: number): void =>
    ports.after(DECIDE_NAME_AFTER_MS, () => void decideWithheldName({ ports, holds, suggestions }, downloadId).catch((e: unknown) => ports.log(`name ${downloadId}: ${String(e)}`)));
  const guard = createDownloadGuard({ ports, config, holding, ready, chromeFlow, suggestions, scheduleNameDecision });
  const events = createDownloadEvents({ ports, holds, activity, config, holding, settled: guard.settled, pauseMayReadCancelled: !chromeFlow });
  const settings = createSettingsWriter(ports.local);
  const warnings = createSiteWarningStore(ports.session, ports.local);
  const pages = createPageGuard({ ports, config, warnings });
  const onMessage = createMessageRouter({ ports, holds, activity, config, settings, suggestions, ready, refreshBadge: holding.refreshBadge, warnings, pages });

  return {
    onCreated: guard.onCreated,
    onDeterminingFilename: guard.onDeterminingFilename,
    onChanged: events.onChanged,
    onErased: events.onErased,
    onMessage,
    onBeforeNavigate: pages.onBeforeNavigate,
    onCommitted: pages.onCommitted,
    onTabRemoved: pages.forget,
    /** Settings or policy changed: judge with the new lists from now on. */
    async onConfigChanged(): Promise<void> {
      config.invalidate();
      await config.load();
      await holding.refreshBadge();
    },
    async onNotificationClicked(notificationId: string): Promise<void> {
      const url = verifyUrlFor(ports, notificationId);
      if (url) await ports.tabs.create({ url, active: true });
    },
    /** Start-up: reconcile stored holds with the browser. Resolves `ready`. */
    async start(): Promise<void> {
      try {
        // What woke the worker goes first: a navigation is judged before the holds kept from
        // before the stop are reconciled with the browser (for at most a second). No hold is
        // lost meanwhile: a download held now waits for `ready`, which comes after reconcile.
        await config.load();
        await new Promise((resolve) => setTimeout(resolve, 0));
        await Promise.race([pages.settled(), new Promise((resolve) => setTimeout(resolve, NAVIGATIONS_FIRST_MS))]);
        await reconcile({ ports, holds, activity, config, holding, tabs, inFlight: guard.inFlight, pauseMayReadCancelled: !chromeFlow });
      } catch (error) {
        ports.log(`start-up reconcile failed: ${String(error)}`);
      } finally {
        markReady();
      }
    },
  };
}

export type Background = ReturnType<typeof createBackground>;
