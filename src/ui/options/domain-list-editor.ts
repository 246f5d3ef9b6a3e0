// One of the user's domain lists (trusted or blocked). What is typed is checked as it is typed,
// with the error tied to the field, and only a valid, new registrable domain can be added.
import { normalizeDomainInput, type DomainInputProblem } from '../../rules/index.ts';
import { h, replaceChildren } from '../components/dom.ts';
import { t } from '../components/i18n.ts';

export interface DomainListOptions {
  id: 'allowlist' | 'blocklist';
  title: string;
  explain: string;
  domains: readonly string[];
  onChange(domains: string[]): void;
}

export function domainListEditor({ id, title, explain, domains, onChange }: DomainListOptions): HTMLElement {
  let current = [...domains];
  const input = h('input', { type: 'text', id: `${id}-input`, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-feedback` });
  const feedback = h('p', { id: `${id}-feedback`, class: 'status', 'aria-live': 'polite' });
  const list = h('ul', { id: `${id}-items`, class: 'domain-list' });

  /** What is typed: a domain to add, or the message saying why not. */
  const check = (): { ok: true; domain: string } | { ok: false; message: string } | undefined => {
    const text = input.value.trim();
    if (!text) return undefined;
    const result = normalizeDomainInput(text);
    if (!result.ok) return { ok: false, message: t('options_domain_invalid', problemText(result.problem, text)) };
    if (current.includes(result.domain)) return { ok: false, message: t('options_domain_duplicate', result.domain) };
    return result;
  };

  const showCheck = (): void => {
    const result = check();
    input.setAttribute('aria-invalid', String(result !== undefined && !result.ok));
    feedback.className = result && !result.ok ? 'status error' : 'status muted';
    feedback.textContent = !result ? '' : result.ok ? t('options_domain_will_add', result.domain) : result.message;
  };

  const renderList = (): void => {
    replaceChildren(
      list,
      ...(current.length === 0
        ? [h('li', { class: 'muted' }, t('options_domain_list_empty'))]
        : current.map((domain) =>
            h(
              'li',
              {},
              h('span', { class: 'mono' }, domain),
              h('button', { type: 'button', 'aria-label': t('options_domain_remove', domain), onclick: () => update(current.filter((d) => d !== domain)) }, t('options_remove')),
            ),
          )),
    );
  };

  const update = (next: string[]): void => {
    current = next;
    renderList();
    onChange(current);
  };

  input.addEventListener('input', showCheck);
  const form = h(
    'form',
    { class: 'row', novalidate: true },
    h('label', { for: input.id }, t('options_domain_label')),
    input,
    h('button', { type: 'submit' }, t('options_add')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = check();
    if (!result?.ok) return showCheck();
    input.value = '';
    update([...current, result.domain].sort());
    feedback.className = 'status muted';
    feedback.textContent = t('options_domain_added', result.domain);
  });
  renderList();
  return h('section', { class: 'card', id, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), h('p', {}, explain), form, feedback, list);
}

/** Why a typed entry is no site, in the user's language. */
function problemText(problem: DomainInputProblem, text: string): string {
  switch (problem) {
    case 'empty':
      return t('options_domain_empty');
    case 'not-a-site':
      return t('options_domain_not_a_site', text);
    case 'suffix-only':
      return t('options_domain_suffix_only', text);
  }
}
