// Held downloads live in storage.session, one key per hold, so concurrent holds never overwrite
// each other and a restarted worker finds them all. Entries that fail the schema are ignored.
import { holdSchema, type Hold } from '../../shared/records.ts';
import type { StorageArea } from '../ports.ts';
import { createSerial } from '../state/serial.ts';

const PREFIX = 'hold:';

export interface HoldStore {
  put(hold: Hold): Promise<void>;
  get(holdId: string): Promise<Hold | undefined>;
  all(): Promise<Hold[]>;
  pending(): Promise<Hold[]>;
  forDownload(downloadId: number): Promise<Hold | undefined>;
  remove(holdId: string): Promise<void>;
  /** Re-reads the hold and writes `change(hold)`, one update at a time; undefined if it is gone. */
  update(holdId: string, change: (hold: Hold) => Hold): Promise<Hold | undefined>;
}

export function createHoldStore(session: StorageArea): HoldStore {
  const key = (holdId: string): string => PREFIX + holdId;
  const all = async (): Promise<Hold[]> => {
    const items = await session.get(null);
    return Object.entries(items)
      .filter(([k]) => k.startsWith(PREFIX))
      .flatMap(([, value]) => {
        const parsed = holdSchema().safeParse(value);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => a.heldAt - b.heldAt);
  };
  const get = async (holdId: string): Promise<Hold | undefined> => {
    const parsed = holdSchema().safeParse((await session.get(key(holdId)))[key(holdId)]);
    return parsed.success ? parsed.data : undefined;
  };
  const serial = createSerial();
  return {
    put: (hold) => serial(() => session.set({ [key(hold.holdId)]: hold })),
    get,
    all,
    pending: async () => (await all()).filter((h) => !h.decision),
    forDownload: async (downloadId) => (await all()).find((h) => h.downloadId === downloadId),
    remove: (holdId) => serial(() => session.remove(key(holdId))),
    update: (holdId, change) =>
      serial(async () => {
        const hold = await get(holdId);
        if (!hold) return undefined;
        const next = change(hold);
        await session.set({ [key(holdId)]: next });
        return next;
      }),
  };
}
