// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { NO_SITE, type HistoryEntry } from '../../shared/records.ts';
import { recentDownloads } from './recent-downloads.ts';

vi.mock('../../shared/browser.ts', () => import('../testing/fake-i18n.ts'));

const entry = (fields: Partial<HistoryEntry>): HistoryEntry => ({
  at: 0, verdict: 'dangerous', reasons: [], url: 'https://dl.example.net/a.iso', referrer: '', site: 'example.net', filename: 'a.iso', decision: 'cancel', ...fields,
});

describe('the recent downloads in the popup', () => {
  it('show each file name left to right', () => {
    const name = recentDownloads([entry({ filename: '\u05F3Win11_24H2_x64.iso\u05BEsetup.exe' })]).querySelector('.mono');
    expect(name?.textContent).toBe('\u05F3Win11_24H2_x64.iso\u05BEsetup.exe');
    expect(name?.getAttribute('dir')).toBe('ltr');
  });

  it('say in words that a download has no site', () => {
    const text = recentDownloads([entry({ site: NO_SITE })]).textContent;
    expect(text).toContain('common_site_unknown');
    expect(text).not.toContain(NO_SITE);
  });

  it('offers to check a disk image that was let through, naming the file for the check page', () => {
    const list = recentDownloads([
      entry({ filename: '/home/u/Downloads/Win11 24H2.iso', decision: 'proceed' }),
      entry({ filename: 'Win11_23H2.ISO', decision: 'passed' }),
      entry({ filename: 'Win11_Lite.iso', decision: 'cancel' }),
      entry({ filename: 'setup.exe', decision: 'proceed' }),
    ]);
    const links = [...list.querySelectorAll('li')].map((li) => li.querySelector('a')?.getAttribute('href') ?? null);
    expect(links).toEqual([
      'chrome-extension://iso-guard-test/src/ui/verify/index.html?name=Win11%2024H2.iso',
      'chrome-extension://iso-guard-test/src/ui/verify/index.html?name=Win11_23H2.ISO',
      null,
      null,
    ]);
    expect(list.querySelector('a')?.textContent).toBe('popup_check_file');
  });
});
