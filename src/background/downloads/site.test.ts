import { describe, expect, it } from 'vitest';
import { siteOf } from './site.ts';
import { chromeDownload, holdIdFromTab, ownPage, startBackground } from '../testing/flows.ts';
import { NO_SITE } from '../../shared/records.ts';

// A page can name a file's URL itself; what it writes after `data:` is its own text.
const DATA_URL = 'data:www.microsoft.com/software-download;base64,TVqQAAMAAAAEAAAA';

describe('siteOf', () => {
  const cases = [
    { desc: 'a web address: its registrable domain', url: 'https://dl.win12-download.example/a.iso', referrer: '', expected: 'win12-download.example' },
    { desc: 'a web address wins over its referrer', url: 'https://cdn.example.net/a.iso', referrer: 'https://www.win12-download.example/get', expected: 'example.net' },
    { desc: "a page-made blob: belongs to the page's origin", url: 'blob:https://www.win12-download.example/5f1c', referrer: '', expected: 'win12-download.example' },
    { desc: 'a data: URL belongs to the page that made it', url: DATA_URL, referrer: 'https://www.win12-download.example/get', expected: 'win12-download.example' },
    { desc: 'an opaque-origin blob: belongs to the page that made it', url: 'blob:null/5f1c', referrer: 'https://lure.example.org/x', expected: 'example.org' },
    { desc: 'an IP address is its own site', url: 'data:,x', referrer: 'http://192.168.1.20/get', expected: '192.168.1.20' },
    { desc: 'a data: URL with no referrer has no site, never its own text', url: DATA_URL, referrer: '', expected: NO_SITE },
    { desc: 'a referrer with no host does not help', url: DATA_URL, referrer: 'about:blank', expected: NO_SITE },
  ];
  for (const { desc, url, referrer, expected } of cases) {
    it(desc, async () => expect(await siteOf(url, referrer)).toBe(expected));
  }
  it('needs no referrer for a web address', async () => expect(await siteOf('https://www.example.com/get')).toBe('example.com'));
});

describe('the site of a held page-made download', () => {
  const lure = { url: DATA_URL, filename: 'Windows_12_Pro_x64_Activated.iso' };

  async function heldView(referrer?: string): Promise<unknown> {
    const h = await startBackground();
    await chromeDownload(h, { ...lure, ...(referrer === undefined ? {} : { referrer }) });
    return h.bg.onMessage({ type: 'hold/get', holdId: holdIdFromTab(h.b.tabList.tabs.at(-1)!.url) }, ownPage);
  }

  it("is the referrer's site, with the referrer's host shown", async () =>
    expect(await heldView('https://www.win12-download.example/get')).toMatchObject({ ok: true, data: { site: 'win12-download.example', host: { hostname: 'www.win12-download.example' } } }));
  it('is the neutral placeholder when the page has no address either', async () =>
    expect(await heldView()).toMatchObject({ ok: true, data: { site: NO_SITE } }));
});
