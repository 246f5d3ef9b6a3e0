// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { holdView } from '../testing/holds.ts';
import { decisionControls } from './decision-controls.ts';
import { NO_SITE } from '../../shared/records.ts';

vi.mock('../../shared/browser.ts', () => import('../testing/fake-i18n.ts'));

const labels = (fields: Parameters<typeof holdView>[0]): string[] =>
  [...decisionControls(holdView(fields), () => undefined).element.querySelectorAll('label')].map((e) => e.textContent ?? '');

describe('the decision', () => {
  it('offers to trust the site', () => expect(labels({ site: 'example.net' })).toEqual(['warning_trust_site(example.net)']));
  it('offers nothing to trust for a download with no site', () => expect(labels({ site: NO_SITE })).toEqual([]));
  it('still asks for the second step on a dangerous one, naming no site', () =>
    expect(labels({ verdict: 'dangerous', site: NO_SITE })).toEqual(['warning_confirm_dangerous(common_site_unknown)']));
});
