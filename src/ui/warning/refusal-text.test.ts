import { describe, expect, it, vi } from 'vitest';
import { refusalText } from './refusal-text.ts';

vi.mock('../../shared/browser.ts', () => import('../testing/fake-i18n.ts'));

describe('a refused decision, in the user language', () => {
  it.each([
    ['hold-gone', 'warning_refused_gone'],
    ['needs-confirmation', 'warning_refused_needs_confirmation'],
    ['forbidden', 'warning_refused_forbidden'],
  ] as const)('%s', (refusal, key) => {
    expect(refusalText({ error: 'English sentence', refusal })).toBe(key);
  });

  it('passes on what went wrong when the file could not be fetched again', () => {
    expect(refusalText({ error: 'English sentence', refusal: 'refetch-failed', detail: 'Invalid URL' })).toBe('warning_refused_refetch(Invalid URL)');
  });

  it('falls back to the sentence for a refusal it does not know', () => {
    expect(refusalText({ error: 'Refused: not sent by an ISO Guard page.' })).toBe('Refused: not sent by an ISO Guard page.');
  });
});
