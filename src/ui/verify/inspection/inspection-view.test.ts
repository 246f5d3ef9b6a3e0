// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Inspection } from '../../../inspect/types.ts';
import { renderInspection } from './inspection-view.ts';

vi.mock('../../../shared/browser.ts', () => import('../../testing/english-i18n.ts'));

const modified: Inspection = {
  file: 'Windows12_Pro_x64.iso',
  format: 'udf',
  label: 'WIN12_X64',
  verdict: 'modified',
  windows: {
    release: 'Windows 11 24H2',
    images: [
      { index: 1, name: 'Windows 11 Pro', edition: 'Professional', build: 26100, spBuild: 1742, arch: 'x64', languages: ['en-US', 'de-DE'] },
      { index: 2, name: null, edition: null, build: null, spBuild: null, arch: null, languages: [] },
    ],
  },
  findings: [
    { code: 'answer-file', detail: 'An answer file turns off Defender.', path: 'autounattend.xml', args: ['disables-defender', 'bypasses-tpm-or-secure-boot', 'no-such-action'] },
    { code: 'claims-windows-12', detail: 'Claims Windows 12.', args: ['Windows 12', 'name', 'Windows 11 24H2', '26100'] },
    { code: 'activator', detail: 'KMSAuto inside.', path: 'sources/$OEM$/$$/Setup/Scripts/KMSAuto.exe', args: ['KMSAuto.exe'] },
    { code: 'recaptured-image', detail: 'Edition 1 is named "Windows 12 Pro".', path: 'sources/install.wim', args: ['renamed-edition', '1', 'Windows 12 Pro', 'Windows 11 Pro'] },
    { code: 'recaptured-image', detail: 'Something new the page has no words for.', path: 'sources/install.wim', args: ['future-kind', 'x'] },
    { code: 'setup-scripts', detail: 'SetupComplete.cmd runs.', path: 'sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd', args: ['setup-complete', 'sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd'] },
  ],
};

function render(inspection: Inspection): HTMLElement {
  const target = document.createElement('div');
  renderInspection(target, inspection);
  return target;
}

describe('the check page inspection view', () => {
  it('says a modified image is modified, with its label, release, editions and findings', () => {
    const view = render(modified);
    expect(view.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('modified');
    expect(view.querySelector('h2')?.textContent).toBe('This Windows image was modified');
    expect(view.querySelector('.answer')?.classList.contains('tone-dangerous')).toBe(true);
    expect(view.querySelector('.answer a')?.textContent).toBe('Download Windows 11 from Microsoft');
    const facts = view.querySelector('#inspection-facts')?.textContent;
    expect(facts).toContain('Disk image (UDF)');
    expect(facts).toContain('WIN12_X64');
    expect(facts).toContain('Windows 11 24H2');
    const rows = [...view.querySelectorAll('#editions tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Windows 11 Pro', 'Professional', '26100.1742', 'x64', 'en-US, de-DE'],
      ['—', '—', '—', '—', '—'],
    ]);
  });

  it('says what an answer file does, one phrase per known action, and where it is', () => {
    const item = render(modified).querySelector('[data-code="answer-file"]');
    expect([...item?.querySelectorAll('.finding-actions li') ?? []].map((li) => li.textContent)).toEqual([
      'turns off Microsoft Defender',
      'skips the TPM or Secure Boot checks',
    ]);
    expect(item?.querySelector('.finding-path')?.textContent).toBe('Where: autounattend.xml');
  });

  it('names the real Windows behind a "Windows 12" claim, and where the activator is', () => {
    const view = render(modified);
    expect(view.querySelector('[data-code="claims-windows-12"]')?.textContent).toBe(
      'The file name claims \u2066Windows 12\u2069, a Windows that does not exist: Microsoft has released no Windows 12. Inside is Windows 11 24H2.',
    );
    const activator = view.querySelector('[data-code="activator"]');
    expect(activator?.querySelector('.finding-path code')?.textContent).toBe('sources/$OEM$/$$/Setup/Scripts/KMSAuto.exe');
    expect(activator?.querySelector('.finding-values')).toBeNull();
  });

  it('says in words what was seen of a rebuilt image, and falls back to the engine\'s words for a kind it does not know', () => {
    const [renamed, unknown] = render(modified).querySelectorAll('[data-code="recaptured-image"]');
    expect(renamed?.querySelector('.finding-specific')?.textContent).toBe('Edition \u20661\u2069 is named “\u2066Windows 12 Pro\u2069”; Microsoft names this edition “\u2066Windows 11 Pro\u2069”.');
    expect(renamed?.querySelector('[lang="en"]')).toBeNull();
    expect(unknown?.querySelector('.finding-specific')).toBeNull();
    expect(unknown?.querySelector('[lang="en"]')?.textContent).toBe('Something new the page has no words for.');
    expect(render(modified).querySelector('[data-code="setup-scripts"] .finding-specific')?.textContent).toBe('SetupComplete.cmd runs commands with full rights at the end of Windows Setup.');
  });

  it('says plainly that no sign of change is no proof without the SHA-256', () => {
    const view = render({ ...modified, verdict: 'no-sign-of-change', findings: [] });
    expect(view.querySelector('h2')?.textContent).toBe('No sign of change');
    expect(view.textContent).toContain("only Microsoft's SHA-256 proves an image unmodified");
    expect(view.querySelector('#findings')).toBeNull();
    expect(view.querySelector('.answer a')).toBeNull();
  });

  it('says what a program dressed as an ISO really is', () => {
    const view = render({
      file: 'Windows12.iso', format: 'program', label: null, verdict: 'not-a-disk-image', windows: null,
      findings: [{ code: 'not-a-disk-image', detail: 'A Windows program (MZ).' }],
    });
    expect(view.querySelector('h2')?.textContent).toBe('This is not a disk image');
    expect(view.querySelector('.answer-body')?.textContent).toContain('ISO Guard recognised it as: Windows program.');
    expect(view.querySelector('#editions')).toBeNull();
    expect(view.querySelector('#inspection-facts')?.textContent).not.toContain('Volume label');
  });

  it('calls a file with no disk-image structure suspect, not a disguise', () => {
    const view = render({ file: 'Win11.iso', format: 'unknown', label: null, verdict: 'not-a-disk-image', windows: null, findings: [{ code: 'not-a-disk-image', detail: 'x', args: ['unknown'] }] });
    expect(view.querySelector('h2')?.textContent).toBe('This is not a disk image');
    expect(view.querySelector('.answer')?.classList.contains('tone-suspicious')).toBe(true);
    expect(view.querySelector('.answer-body')?.textContent).toContain('no disk-image structure');
  });

  it('says an unreadable file could not be read, and why, once', () => {
    const why = 'The file is empty (0 bytes).';
    const view = render({ file: 'empty.iso', format: 'unknown', label: null, verdict: 'unreadable', windows: null, findings: [{ code: 'unreadable', detail: why, args: [why] }] });
    expect(view.querySelector('h2')?.textContent).toBe('This file could not be read as a disk image');
    expect(view.querySelector('.answer')?.classList.contains('tone-suspicious')).toBe(true);
    const item = view.querySelector('[data-code="unreadable"]');
    expect(item?.querySelector('.finding-text')?.textContent).toBe('The file could not be read as a disk image.');
    expect(item?.textContent?.split(why).length).toBe(2);
  });

  it('shows hostile names as text, left to right, with hidden characters made visible', () => {
    const view = render({
      ...modified,
      file: 'Win12\u202Eosi.exe',
      label: '<img src=x onerror=alert(1)>',
      findings: [
        { code: 'unexpected-programs', detail: 'x', path: 'setup\u202Egpj.exe', args: ['setup\u202Egpj.exe', '<b>x</b>'] },
        { code: 'recaptured-image', detail: 'x', args: ['custom-display-name', '1', 'Pro\u202Eorp'] },
      ],
    });
    expect(view.querySelector('img, b')).toBeNull();
    expect(view.textContent).toContain('<img src=x onerror=alert(1)>');
    const file = view.querySelector('#inspection-facts dd span');
    expect(file?.getAttribute('dir')).toBe('ltr');
    expect(file?.textContent).toBe('Win12⟦RLO⟧osi.exe');
    expect(view.querySelector('.finding-path code')?.textContent).toBe('setup⟦RLO⟧gpj.exe');
    expect(view.querySelector('.finding-values')?.textContent).toBe('setup⟦RLO⟧gpj.exe, <b>x</b>');
    expect(view.querySelector('[data-code="recaptured-image"] .finding-specific')?.textContent).toContain('“\u2066Pro⟦RLO⟧orp\u2069”');
    expect(view.textContent).not.toContain('\u202E');
  });
});
