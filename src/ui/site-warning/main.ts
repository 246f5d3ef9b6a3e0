// The site warning: shown in place of a site that ISO Guard judged dangerous. Its URL carries
// only an opaque warning id; what it shows comes from the background (`site/get`).
import type { SiteWarningView } from '../../shared/messages.ts';
import { h, replaceChildren } from '../components/dom.ts';
import { getWindowsSection } from '../components/get-windows.ts';
import { localizeDocument, t } from '../components/i18n.ts';
import { send } from '../components/messaging.ts';
import { reportSection } from '../components/report-site.ts';
import { refusalText } from '../warning/refusal-text.ts';
import { siteChoice } from './site-choice.ts';
import { siteDetails, siteHeadline, siteReasons } from './site-warning-view.ts';

const app = document.getElementById('app') as HTMLElement;

function show(warning: SiteWarningView): void {
  const choice = siteChoice(warning, {
    back: () =>
      void send({ type: 'site/back', warningId: warning.warningId }).then((answer) => {
        if (!answer.ok) choice.showError(refusalText(answer));
      }),
    continue: () =>
      void send({ type: 'site/continue', warningId: warning.warningId, confirm: true }).then((answer) => {
        if (!answer.ok) choice.showError(refusalText(answer));
      }),
  });
  replaceChildren(
    app,
    h(
      'div',
      { class: 'layout' },
      h('div', { class: 'main-column' }, siteHeadline(), choice.element, siteDetails(warning), siteReasons(warning)),
      h('div', { class: 'side-column' }, getWindowsSection(), reportSection({ siteUrl: warning.url, from: 'warning' })),
    ),
  );
  choice.focusBack();
}

async function start(): Promise<void> {
  const warningId = new URLSearchParams(location.search).get('w') ?? '';
  const answer = await send({ type: 'site/get', warningId });
  if (answer.ok) return show(answer.data);
  replaceChildren(
    app,
    h('section', { class: 'card', id: 'message' }, h('h1', { id: 'headline', tabindex: '-1' }, t('site_warning_gone_title')), h('p', {}, t('site_warning_gone_body'))),
  );
}

localizeDocument();
void start();
