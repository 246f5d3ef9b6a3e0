// A download made inside a web page (a Blob and <a download>), as lure pages do to pick any
// file name they like, including hidden characters the lab's server samples cannot carry.
import type { Page } from '@playwright/test';

export async function clickPageMadeDownload(page: Page, fileName: string, bytes = 4096): Promise<void> {
  await page.evaluate(
    ({ name, size }) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([new Uint8Array(size)], { type: 'application/octet-stream' }));
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
    },
    { name: fileName, size: bytes },
  );
}

/** Big enough for an archive named for a Windows build not to be "far too small" (under 16 MiB
 * it would be dangerous): the size of a lite build's suspicious-only case. */
export const LITE_BUILD_BYTES = 20 * 1024 * 1024;
