// The check page ("Check a downloaded ISO"), and which files it is offered for.
import fileTypes from '../../rules/data/file-types.json' with { type: 'json' };
import browser from '../../shared/browser.ts';

export const CHECK_PAGE = 'src/ui/verify/index.html';

/** The disk-image types the rules guard, so the popup offers a check for exactly those. */
const DISK_IMAGE_EXTENSIONS = new Set(fileTypes.fileTypes.diskImages);

export function isDiskImageName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && DISK_IMAGE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

/** The check page, naming the file to pick when there is one (the page shows only a base name). */
export function checkPageUrl(fileName?: string): string {
  const page = browser.runtime.getURL(CHECK_PAGE);
  return fileName ? `${page}?name=${encodeURIComponent(fileName)}` : page;
}
