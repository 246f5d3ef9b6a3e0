// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { holdView } from '../testing/holds.ts';
import { downloadSection } from './hold-details.ts';
import { NO_SITE } from '../../shared/records.ts';

vi.mock('../../shared/browser.ts', () => import('../testing/fake-i18n.ts'));

describe('the file name on the warning page', () => {
  // Laid out right to left (its first letter is Hebrew), this reads "setup.exe…Win11_24H2_x64.iso…": an ISO.
  const rtlFirst = '\u05F3Win11_24H2_x64.iso\u05BEsetup.exe';

  const fileNameOf = (filename: string) => {
    const el = downloadSection(holdView({ filename })).querySelector('#file-name');
    if (!el) throw new Error('no #file-name');
    return el;
  };

  it('is shown left to right in every part, whatever its first letter', () => {
    const parts = [...fileNameOf(rtlFirst).querySelectorAll('bdi')];
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.map((part) => part.getAttribute('dir'))).toEqual(parts.map(() => 'ltr'));
    expect(fileNameOf(rtlFirst).textContent).toBe(rtlFirst);
  });

  it('keeps every text part left to right around a marked control', () => {
    const el = fileNameOf('\u05D0Windows12\u202Eosi.exe');
    expect(el.textContent).toBe('\u05D0Windows12⟦RLO⟧osi.exe');
    expect([...el.querySelectorAll('bdi')].map((part) => part.getAttribute('dir'))).toEqual(['ltr', 'ltr']);
  });
});

describe('the site on the warning page', () => {
  const siteOf = (fields: Parameters<typeof holdView>[0]) => {
    return downloadSection(holdView(fields)).querySelector('#site-domain')?.textContent;
  };

  it('is the site', () => expect(siteOf({ site: 'example.net' })).toBe('example.net'));
  it('says there is none, in words, for a download with no site', () =>
    expect(siteOf({ url: 'data:www.microsoft.com/software-download;base64,TVqQ', finalUrl: 'data:www.microsoft.com/software-download;base64,TVqQ', site: NO_SITE })).toBe('common_site_unknown'));
});
