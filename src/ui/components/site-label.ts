// A download with no web address, made by a page with none either, has no site: the background
// stores NO_SITE, and the pages say so in the user's language instead of showing a name.
import { t } from './i18n.ts';
import { NO_SITE } from '../../shared/records.ts';

export function hasSite(site: string): boolean {
  return site !== NO_SITE;
}

export function siteLabel(site: string): string {
  return hasSite(site) ? site : t('common_site_unknown');
}
