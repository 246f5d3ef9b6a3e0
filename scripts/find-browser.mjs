#!/usr/bin/env node
// Finds a Chromium to drive: CHROME_PATH if set, else Debian's `chromium` package, else a
// Chromium or Chrome on PATH. It never downloads a browser. Plain JavaScript with no
// dependencies, so CI can call it before `npm ci`.
import { pathToFileURL } from 'node:url';
import { locateExecutable, printLocated } from './locate-executable.mjs';

export const INSTALL_HINT =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or point CHROME_PATH at a Chromium or Chrome binary.';

/** @returns {string | null} */
export function locateChromium(env = process.env) {
  return locateExecutable({
    envVar: 'CHROME_PATH',
    debianPath: '/usr/bin/chromium',
    onPath: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    env,
  });
}

/** @returns {string} the browser's path; throws with install instructions when there is none. */
export function findChromium(env = process.env) {
  const found = locateChromium(env);
  if (found) return found;
  if (env.CHROME_PATH) throw new Error(`CHROME_PATH=${env.CHROME_PATH} is not an executable file. ${INSTALL_HINT}`);
  throw new Error(INSTALL_HINT);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printLocated(locateChromium(), INSTALL_HINT);
