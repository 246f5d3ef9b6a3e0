import { describe, expect, it } from 'vitest';
import { reportTarget } from './report-target.ts';
import { NO_SITE } from '../../shared/records.ts';

describe('reportTarget', () => {
  const base = { url: 'https://dl.win12-download.example/a.iso', finalUrl: 'https://cdn.win12-download.example/a.iso', site: 'win12-download.example' };
  const cases = [
    { desc: 'the landing page on the same site', referrer: 'https://www.win12-download.example/get', expected: 'https://www.win12-download.example/get' },
    { desc: 'the landing page on the bare domain', referrer: 'https://win12-download.example/', expected: 'https://win12-download.example/' },
    { desc: 'a referrer on another site is not reported', referrer: 'https://forum.example.org/t/1', expected: base.finalUrl },
    { desc: 'a host that only ends with the same letters is another site', referrer: 'https://notwin12-download.example/', expected: base.finalUrl },
    { desc: 'no referrer', referrer: '', expected: base.finalUrl },
    { desc: 'a non-web referrer', referrer: 'chrome://newtab/', expected: base.finalUrl },
  ];
  for (const { desc, referrer, expected } of cases) {
    it(desc, () => expect(reportTarget({ ...base, referrer })).toBe(expected));
  }
  it('reports a page-made file by the page that made it', () => {
    expect(reportTarget({ url: 'blob:https://www.win12-download.example/5f1c', finalUrl: 'blob:https://www.win12-download.example/5f1c', referrer: '', site: 'win12-download.example' })).toBe(
      'https://www.win12-download.example/5f1c',
    );
  });
  it('reports a page-written file (data:, an opaque blob:) by the page that made it, or not at all', () => {
    const dataUrl = 'data:www.microsoft.com/software-download;base64,TVqQ';
    const page = 'https://www.win12-download.example/get';
    expect(reportTarget({ url: dataUrl, finalUrl: dataUrl, referrer: page, site: 'win12-download.example' })).toBe(page);
    expect(reportTarget({ url: 'blob:null/5f1c', finalUrl: 'blob:null/5f1c', referrer: page, site: 'win12-download.example' })).toBe(page);
    expect(reportTarget({ url: dataUrl, finalUrl: dataUrl, referrer: '', site: NO_SITE })).toBeNull();
    expect(reportTarget({ url: dataUrl, finalUrl: dataUrl, referrer: 'about:blank', site: NO_SITE })).toBeNull();
  });
  it('falls back to the original URL when there is no final one', () => {
    expect(reportTarget({ ...base, finalUrl: '', referrer: '' })).toBe(base.url);
  });
});
