// An untrusted name (a file, a path inside a disk image, an edition name) shown left to right
// with its hidden characters made visible, as the warning page shows a held file's name.
import { append, h } from './dom.ts';
import { t } from './i18n.ts';
import { revealSegments } from './reveal-invisible.ts';

export function revealedText<K extends 'span' | 'code' | 'p'>(tag: K, text: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = h(tag, { ...attrs, dir: 'ltr' });
  // Each part is its own isolated text node with `dir` set: a bare <bdi> takes its direction from
  // its first letter, and a leftover bidi control could reorder what follows it.
  for (const part of revealSegments(text)) {
    if (part.kind === 'text') append(el, h('bdi', { dir: 'ltr' }, part.text));
    else append(el, h('span', { class: 'hidden-char', title: t('warning_hidden_character') }, `⟦${part.label}⟧`));
  }
  return el;
}
