// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings.ts';
import { pageStatus } from './page-status.ts';

vi.mock('../../shared/browser.ts', () => import('../testing/fake-i18n.ts'));

const status = (url: string) => pageStatus(url, DEFAULT_SETTINGS);

describe("the popup's status check", () => {
  it.each([
    'https://www.theverge.com/2026/11/30/windows-12-iso-download-rumours',
    'https://duckduckgo.com/?q=windows+12+iso',
  ])('adds the calm note, with no danger styling, on a page that only mentions Windows 12: %s', (url) => {
    const el = status(url);
    expect(el.querySelector('#page-note')?.textContent).toBe('popup_page_mentions_lure');
    expect(el.dataset.verdict).not.toMatch(/dangerous|suspicious/);
    expect(el.className).not.toMatch(/tone-(dangerous|suspicious)/);
  });

  it.each(['https://microsoft-software-download.example/windows-12-iso-download', 'https://blog.example.org/', 'https://www.microsoft.com/software-download/windows11'])(
    'adds no note on %s',
    (url) => expect(status(url).querySelector('#page-note')).toBeNull(),
  );
});
