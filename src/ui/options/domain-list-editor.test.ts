// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { domainListEditor } from './domain-list-editor.ts';

vi.mock('../../shared/browser.ts', () => import('../testing/fake-i18n.ts'));

function feedbackFor(typed: string): string {
  const editor = domainListEditor({ id: 'blocklist', title: 'Blocked', explain: '', domains: ['known.example'], onChange: () => undefined });
  const input = editor.querySelector<HTMLInputElement>('#blocklist-input');
  if (!input) throw new Error('no input');
  input.value = typed;
  input.dispatchEvent(new Event('input'));
  return editor.querySelector('#blocklist-feedback')?.textContent ?? '';
}

describe('a domain typed into a list', () => {
  it('says in the user language why it is no site', () => {
    expect(feedbackFor('co.uk')).toBe('options_domain_invalid(options_domain_suffix_only(co.uk))');
    expect(feedbackFor('not a site')).toBe('options_domain_invalid(options_domain_not_a_site(not a site))');
  });

  it('says what will be added, or that it is there already', () => {
    expect(feedbackFor('https://www.Example.org/x')).toBe('options_domain_will_add(example.org)');
    expect(feedbackFor('known.example')).toBe('options_domain_duplicate(known.example)');
  });
});
