// "N more downloads held": the other pending holds, each a button that shows it here.
import type { HoldView } from '../../shared/messages.ts';
import { h } from '../components/dom.ts';
import { t } from '../components/i18n.ts';
import { baseName } from '../components/reveal-invisible.ts';
import { revealInvisible } from '../components/reveal-invisible.ts';

export function queueNav(others: readonly HoldView[], onSwitch: (holdId: string) => void): HTMLElement | null {
  if (others.length === 0) return null;
  const count = String(others.length);
  return h(
    'nav',
    { class: 'card queue', 'aria-labelledby': 'queue-title' },
    h('h2', { id: 'queue-title' }, others.length === 1 ? t('warning_queue_one') : t('warning_queue_many', count)),
    h(
      'ul',
      {},
      ...others.map((hold) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'link-like', 'data-hold': hold.holdId, onclick: () => onSwitch(hold.holdId) },
            t('warning_queue_item', [revealInvisible(baseName(hold.filename) || hold.url), hold.site]),
          ),
        ),
      ),
    ),
  );
}
