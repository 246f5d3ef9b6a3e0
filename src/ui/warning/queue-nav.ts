// "N more downloads held": the other pending holds, each a button that shows it here.
import type { HoldView } from '../../shared/messages.ts';
import { h } from '../components/dom.ts';
import { t } from '../components/i18n.ts';
import { baseName, revealInvisible } from '../components/reveal-invisible.ts';
import { siteLabel } from '../components/site-label.ts';

/** The name as `<bdi dir="ltr">` would show it inside a sentence: LEFT-TO-RIGHT ISOLATE … POP
 * DIRECTIONAL ISOLATE, so a name starting with a right-to-left letter keeps its true order.
 * revealInvisible has turned any bidi control of its own into a marker, so none can end it early. */
function isolatedName(name: string): string {
  return `\u2066${revealInvisible(name)}\u2069`;
}

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
            t('warning_queue_item', [isolatedName(baseName(hold.filename) || hold.url), siteLabel(hold.site)]),
          ),
        ),
      ),
    ),
  );
}
