// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { holdView } from '../testing/holds.ts';
import { queueNav } from './queue-nav.ts';
import { NO_SITE } from '../../shared/records.ts';

vi.mock('../../shared/browser.ts', () => import('../testing/fake-i18n.ts'));

const itemText = (fields: Parameters<typeof holdView>[0]): string | undefined =>
  queueNav([holdView(fields)], () => undefined)?.querySelector('button')?.textContent ?? undefined;

describe('the other held downloads', () => {
  it('name each file left to right, isolated from the sentence around it', () => {
    expect(itemText({ filename: '\u05F3Win11_24H2_x64.iso\u05BEsetup.exe' })).toBe('warning_queue_item(\u2066\u05F3Win11_24H2_x64.iso\u05BEsetup.exe\u2069|example.net)');
  });

  it("mark a name's own bidi controls, so none can end the isolation early", () => {
    expect(itemText({ filename: 'a\u2069\u202Eexe.iso' })).toBe('warning_queue_item(\u2066a⟦PDI⟧⟦RLO⟧exe.iso\u2069|example.net)');
  });

  it('say in words that a download has no site', () => {
    expect(itemText({ site: NO_SITE })).toBe('warning_queue_item(\u2066Win11_Lite_x64.iso\u2069|common_site_unknown)');
  });
});
