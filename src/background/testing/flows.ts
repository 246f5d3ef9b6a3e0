// Drives a fake browser through the events a real download produces.
import type { DownloadItem } from '../ports.ts';
import { createBackground, type Background } from '../main.ts';
import { EXTENSION_ORIGIN, EXTENSION_ID, fakeBrowser, type FakeBrowser } from './fake-browser.ts';

export interface Harness {
  b: FakeBrowser;
  bg: Background;
}

/** A started background, as after a worker start. */
export async function startBackground(b: FakeBrowser = fakeBrowser(), chromeFlow = true): Promise<Harness> {
  const bg = createBackground(b, { chromeFlow });
  await bg.start();
  return { b, bg };
}

/** Lets every pending promise chain run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

export interface ChromeDownload {
  id: number;
  /** Paused when onCreated returned. */
  pausedAfterCreated: boolean;
  /** Paused when onDeterminingFilename returned (before `suggest`). */
  pausedBeforeSuggest: boolean;
  /** Whether Chrome has been told the name (a held download's `suggest` waits for the decision). */
  suggested(): boolean;
  /** The file name ISO Guard suggested instead of Chrome's, if any. */
  suggestedName(): string | undefined;
}

/** Chrome's order: onCreated (no name), then onDeterminingFilename with the name, then suggest. */
export async function chromeDownload({ b, bg }: Harness, fields: Partial<DownloadItem> & { url: string; filename: string }): Promise<ChromeDownload> {
  const { filename, ...rest } = fields;
  const created = b.downloadList.start(rest);
  bg.onCreated(created);
  const pausedAfterCreated = b.downloadList.get(created.id).paused;
  let suggested = false;
  let suggestedName: string | undefined;
  bg.onDeterminingFilename({ ...created, filename }, (suggestion) => {
    suggestedName = suggestion?.filename;
    const item = b.downloadList.items.get(created.id);
    if (item) item.filename = `/downloads/${suggestedName ?? filename}`;
    suggested = true;
  });
  const pausedBeforeSuggest = b.downloadList.get(created.id).paused;
  await flush();
  return { id: created.id, pausedAfterCreated, pausedBeforeSuggest, suggested: () => suggested, suggestedName: () => suggestedName };
}

/** A message from one of the extension's own pages. */
export const ownPage = { id: EXTENSION_ID, origin: EXTENSION_ORIGIN, url: `${EXTENSION_ORIGIN}/src/ui/warning/index.html` };

export function holdIdFromTab(url: string): string {
  return new URL(url).searchParams.get('hold') ?? '';
}
