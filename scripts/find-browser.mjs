#!/usr/bin/env node
// Finds a Chromium to drive: CHROME_PATH if set, else Debian's `chromium` package, else a
// Chromium or Chrome on PATH. It never downloads a browser. Plain JavaScript with no
// dependencies, so CI can call it before `npm ci`.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const INSTALL_HINT =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or point CHROME_PATH at a Chromium or Chrome binary.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | null} */
export function locateChromium(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : null;
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ON_PATH) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/** @returns {string} the browser's path; throws with install instructions when there is none. */
export function findChromium(env = process.env) {
  const found = locateChromium(env);
  if (found) return found;
  if (env.CHROME_PATH) throw new Error(`CHROME_PATH=${env.CHROME_PATH} is not an executable file. ${INSTALL_HINT}`);
  throw new Error(INSTALL_HINT);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = locateChromium();
  if (found) {
    console.log(found);
  } else {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}
