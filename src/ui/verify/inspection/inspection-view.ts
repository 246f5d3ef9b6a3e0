// What the check page shows about the inside of a picked file: the answer in plain words, what
// the file is, the Windows editions it installs and each finding with its path. Text nodes only.
import type { Finding, Inspection, WindowsImage } from '../../../inspect/types.ts';
import { h, replaceChildren } from '../../components/dom.ts';
import { t } from '../../components/i18n.ts';
import { revealInvisible } from '../../components/reveal-invisible.ts';
import { revealedText } from '../../components/revealed-text.ts';
import { WINDOWS_11_PAGE } from '../../../shared/microsoft-links.ts';
import { findingSpecific } from './finding-specifics.ts';
import { answerFileActions, answerFor, findingText, formatText, quotedValues } from './inspection-text.ts';

/** `26100.1742`, `26100`, or a dash when the metadata gives no build. */
export function buildText(image: Pick<WindowsImage, 'build' | 'spBuild'>): string {
  if (image.build === null) return '—';
  return image.spBuild === null ? String(image.build) : `${image.build}.${image.spBuild}`;
}

function fact(term: string, value: Node | string): Node[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function factsList(inspection: Inspection): HTMLElement {
  return h(
    'dl',
    { class: 'facts', id: 'inspection-facts' },
    ...fact(t('verify_fact_file'), revealedText('span', inspection.file, { class: 'mono' })),
    ...fact(t('verify_fact_format'), formatText(inspection.format)),
    ...(inspection.label !== null ? fact(t('verify_fact_label'), revealedText('span', inspection.label, { class: 'mono' })) : []),
    ...(inspection.windows ? fact(t('verify_fact_release'), inspection.windows.release ?? t('verify_windows_unknown_release')) : []),
  );
}

function editionsTable(images: readonly WindowsImage[]): HTMLElement {
  const columns = [t('verify_edition_name'), t('verify_edition_id'), t('verify_edition_build'), t('verify_edition_arch'), t('verify_edition_languages')];
  return h(
    'table',
    { class: 'editions', id: 'editions' },
    h('thead', {}, h('tr', {}, ...columns.map((name) => h('th', { scope: 'col' }, name)))),
    h(
      'tbody',
      {},
      ...images.map((image) =>
        h(
          'tr',
          { 'data-index': image.index },
          h('td', {}, image.name === null ? '—' : revealedText('span', image.name)),
          h('td', {}, image.edition === null ? '—' : revealedText('span', image.edition, { class: 'mono' })),
          h('td', { class: 'mono' }, buildText(image)),
          h('td', { class: 'mono' }, image.arch ?? '—'),
          h('td', { class: 'mono' }, image.languages.length ? image.languages.join(', ') : '—'),
        ),
      ),
    ),
  );
}

function findingItem(finding: Finding, inspection: Inspection): HTMLElement {
  const actions = finding.code === 'answer-file' ? answerFileActions(finding) : [];
  const quoted = quotedValues(finding);
  const specific = findingSpecific(finding);
  // Where no localized sentence says exactly what was seen, the engine's own (English) words do.
  const showDetail = specific === undefined && (finding.code === 'recaptured-image' || finding.code === 'unreadable');
  return h(
    'li',
    { 'data-code': finding.code },
    h('p', { class: 'finding-text' }, findingText(finding, inspection)),
    specific !== undefined && h('p', { class: 'finding-specific' }, specific),
    actions.length > 0 && h('ul', { class: 'finding-actions' }, ...actions.map((action) => h('li', {}, action))),
    quoted.length > 0 && h('p', { class: 'finding-values' }, ...quoted.flatMap((value, i) => [i > 0 ? ', ' : '', revealedText('code', value)])),
    showDetail && finding.detail.trim() !== '' && h('p', { class: 'muted', lang: 'en' }, finding.detail),
    finding.path !== undefined && h('p', { class: 'finding-path' }, h('span', { class: 'muted' }, t('verify_finding_path')), ' ', revealedText('code', finding.path, { class: 'mono' })),
  );
}

/** The inspection cards; the answer's heading takes focus only when the caller asks. */
export function renderInspection(target: HTMLElement, inspection: Inspection): HTMLElement {
  const answer = answerFor(inspection.verdict, inspection.format);
  const heading = h('h2', { id: 'inspection-title', tabindex: -1 }, answer.title);
  const images = inspection.windows?.images ?? [];
  replaceChildren(
    target,
    h(
      'section',
      { class: `card answer tone-${answer.tone}`, 'aria-labelledby': 'inspection-title', 'data-verdict': inspection.verdict },
      h('span', { class: 'badge' }, t('verify_inspection_badge')),
      heading,
      h('p', { class: 'answer-body' }, answer.body),
      // Where the answer says not to use the file, the way to the real one is one step away.
      answer.tone === 'dangerous' &&
        h('p', {}, h('a', { href: WINDOWS_11_PAGE, target: '_blank', rel: 'noopener noreferrer', class: 'download-again' }, t('verify_download_again_link'))),
    ),
    h('section', { class: 'card', 'aria-labelledby': 'facts-title' }, h('h3', { id: 'facts-title' }, t('verify_facts_title')), factsList(inspection)),
    images.length > 0 &&
      h('section', { class: 'card', 'aria-labelledby': 'editions-title' }, h('h3', { id: 'editions-title' }, t('verify_editions_title')), editionsTable(images)),
    inspection.findings.length > 0 &&
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'findings-title' },
        h('h3', { id: 'findings-title' }, t('verify_findings_title')),
        h('ul', { class: 'findings', id: 'findings' }, ...inspection.findings.map((finding) => findingItem(finding, inspection))),
      ),
  );
  return heading;
}

export function renderInspecting(target: HTMLElement, name: string): void {
  replaceChildren(target, h('p', { class: 'card', 'data-inspecting': '' }, t('verify_inspecting', revealInvisible(name))));
}
