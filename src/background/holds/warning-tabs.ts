// Opens the warning page beside the active tab. While a warning tab is open, further holds join
// it (the page lists every pending hold), so 20 lures at once make one tab, not 20.
import type { Hold } from '../../shared/records.ts';
import type { HoldStore } from './hold-store.ts';
import type { Ports } from '../ports.ts';
import { createSerial } from '../state/serial.ts';

export const WARNING_PAGE = 'src/ui/warning/index.html';

export interface WarningTabs {
  /** Makes sure `hold` is shown in a warning tab, and records which tab. */
  show(hold: Hold): Promise<void>;
}

export function createWarningTabs(ports: Pick<Ports, 'tabs' | 'pageUrl' | 'log'>, holds: HoldStore): WarningTabs {
  const serial = createSerial();

  async function findOpenWarningTab(): Promise<number | undefined> {
    for (const hold of await holds.pending()) {
      if (hold.tabId !== undefined && (await ports.tabs.get(hold.tabId))) return hold.tabId;
    }
    return undefined;
  }

  return {
    show: (hold) =>
      serial(async () => {
        const current = await holds.get(hold.holdId);
        if (!current || current.decision) return;
        if (current.tabId !== undefined && (await ports.tabs.get(current.tabId))) return;
        let tabId = await findOpenWarningTab();
        if (tabId === undefined) {
          const active = await ports.tabs.activeTab();
          const tab = await ports.tabs.create({
            url: `${ports.pageUrl(WARNING_PAGE)}?hold=${encodeURIComponent(hold.holdId)}`,
            active: true,
            ...(active ? { index: active.index + 1, windowId: active.windowId, openerTabId: active.id } : {}),
          });
          tabId = tab.id;
        }
        if (tabId !== undefined) await holds.update(hold.holdId, (h) => ({ ...h, tabId }));
      }),
  };
}
