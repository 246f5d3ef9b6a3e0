// "Get Windows from Microsoft": the five official places, one line on checking the SHA-256,
// and the check page. Shown on the warning page; the popup links the same list.
import { GET_WINDOWS_LINKS, type GetWindowsLinkId } from '../../shared/microsoft-links.ts';
import { checkPageUrl } from './check-page.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';

const LABELS: Record<GetWindowsLinkId, () => string> = {
  win11: () => t('common_get_windows_win11'),
  win11arm: () => t('common_get_windows_win11arm'),
  win10: () => t('common_get_windows_win10'),
  mediaCreationTool: () => t('common_get_windows_media_creation_tool'),
  insider: () => t('common_get_windows_insider'),
};

export function officialLinkList(): HTMLUListElement {
  return h(
    'ul',
    { class: 'official-links' },
    ...GET_WINDOWS_LINKS.map((link) =>
      h('li', {}, h('a', { href: link.url, target: '_blank', rel: 'noopener noreferrer', 'data-link-id': link.id }, LABELS[link.id]())),
    ),
  );
}

export function getWindowsSection(): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'get-windows-title' },
    h('h2', { id: 'get-windows-title' }, t('common_get_windows_title')),
    officialLinkList(),
    h(
      'p',
      {},
      t('common_get_windows_sha256'),
      ' ',
      h('a', { href: checkPageUrl(), target: '_blank', rel: 'noopener' }, t('common_verify_link')),
    ),
  );
}
