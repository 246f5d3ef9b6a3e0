// The warning page. Its URL carries only an opaque hold id; everything shown comes from the
// background (`hold/get`). Holds that arrive while this tab is open join it: the page lists
// them, and after each decision moves on to the next one still waiting.
import browser from '../../shared/browser.ts';
import type { HoldView } from '../../shared/messages.ts';
import { h, replaceChildren } from '../components/dom.ts';
import { getWindowsSection } from '../components/get-windows.ts';
import { localizeDocument, t } from '../components/i18n.ts';
import { send } from '../components/messaging.ts';
import { reportSection } from '../components/report-site.ts';
import { decisionControls, type DecisionChoice } from './decision-controls.ts';
import { refusalText } from './refusal-text.ts';
import { nextPending, otherPending } from './held-queue.ts';
import { downloadSection, headlineCard, quarantineNote, reasonsSection } from './hold-details.ts';
import { queueNav } from './queue-nav.ts';
import { reportTarget } from './report-target.ts';

const app = document.getElementById('app') as HTMLElement;
const announce = h('p', { class: 'status', role: 'status', id: 'announce' });
const queueSlot = h('div', { id: 'queue' });
const content = h('div', { id: 'content' });
let currentId: string | undefined;
let deciding = false;

function messageView(title: string, body: string): HTMLElement {
  return h('section', { class: 'card', id: 'message' }, h('h1', { id: 'headline', tabindex: '-1' }, title), h('p', {}, body));
}

function holdView(hold: HoldView): void {
  const reportUrl = reportTarget(hold);
  const controls = decisionControls(hold, (choice) => void decide(hold, choice, controls.showError));
  replaceChildren(
    content,
    h(
      'div',
      { class: 'layout' },
      h('div', { class: 'main-column' }, headlineCard(hold), controls.element, downloadSection(hold), reasonsSection(hold)),
      h('div', { class: 'side-column' }, getWindowsSection(), reportUrl ? reportSection({ siteUrl: reportUrl, from: 'warning' }) : null),
    ),
  );
  controls.focusCancel();
}

async function show(holdId: string | undefined): Promise<void> {
  currentId = holdId;
  if (holdId) history.replaceState(null, '', `?hold=${encodeURIComponent(holdId)}`);
  const answer = holdId ? await send({ type: 'hold/get', holdId }) : undefined;
  if (!answer?.ok) replaceChildren(content, messageView(t('warning_invalid_title'), t('warning_invalid_body')));
  else if (answer.data.state === 'decided') replaceChildren(content, messageView(t('warning_decided_title'), t('warning_decided_body')));
  else holdView(answer.data);
  await refreshQueue();
}

async function refreshQueue(): Promise<HoldView[]> {
  const answer = await send({ type: 'hold/list' });
  const list = answer.ok ? answer.data : [];
  replaceChildren(queueSlot, queueNav(otherPending(list, currentId), (id) => void show(id)));
  return list;
}

async function decide(hold: HoldView, choice: DecisionChoice, showError: (message: string) => void): Promise<void> {
  deciding = true;
  const answer = await send({ type: 'hold/decide', holdId: hold.holdId, ...choice });
  deciding = false;
  if (!answer.ok) return showError(refusalText(answer));
  announce.textContent = answer.data.decided === 'cancel' ? t('warning_done_cancelled') : t('warning_done_proceeded');
  const next = nextPending(await refreshQueue(), hold.holdId);
  if (next) return show(next.holdId);
  currentId = undefined;
  replaceChildren(content, messageView(t('warning_all_done_title'), t('warning_all_done_body')));
  replaceChildren(queueSlot);
  // The button that had focus is gone: move it to the news, not to the page's start.
  document.getElementById('headline')?.focus();
}

localizeDocument();
replaceChildren(app, announce, queueSlot, content);
void show(new URLSearchParams(location.search).get('hold') ?? undefined);

// storage.session holds only the guard's holds: any change there (another download held, a
// decision taken elsewhere) is a signal to re-fetch, never data to trust. Twenty lures at once
// make twenty changes, so re-fetch once they settle.
let refetch: ReturnType<typeof setTimeout> | undefined;
browser.storage.session.onChanged.addListener(() => {
  clearTimeout(refetch);
  refetch = setTimeout(() => {
    if (deciding) return;
    void refreshQueue().then((list) => {
      const current = list.find((hold) => hold.holdId === currentId);
      if (currentId && !current) void show(currentId);
      // Set aside while the user reads: say so in place, keeping focus and any half-made choice.
      else if (current?.quarantined && !document.getElementById('file-quarantined')) {
        document.querySelector('[aria-labelledby="download-title"]')?.append(quarantineNote());
      }
    });
  }, 100);
});
