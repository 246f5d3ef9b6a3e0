#!/usr/bin/env node
// Finds a Firefox to drive: FIREFOX_PATH if set, else Debian's `firefox-esr` package, else a
// Firefox on PATH. It never downloads a browser. Plain JavaScript with no dependencies, so CI
// can call it before `npm ci`.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { locateExecutable, printLocated } from './locate-executable.mjs';

export const FIREFOX_INSTALL_HINT =
  'No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) ' +
  'or point FIREFOX_PATH at a Firefox binary (ESR 142 or newer).';

/** @returns {string | null} the real path of the Firefox binary (not a launcher symlink) */
export function locateFirefox(env = process.env) {
  return locateExecutable({
    envVar: 'FIREFOX_PATH',
    debianPath: '/usr/bin/firefox-esr',
    onPath: ['firefox-esr', 'firefox'],
    env,
    real: (path) => realpathSync(path),
  });
}

/** @returns {string} the browser's path; throws with install instructions when there is none. */
export function findFirefox(env = process.env) {
  const found = locateFirefox(env);
  if (found) return found;
  if (env.FIREFOX_PATH) throw new Error(`FIREFOX_PATH=${env.FIREFOX_PATH} is not an executable file. ${FIREFOX_INSTALL_HINT}`);
  throw new Error(FIREFOX_INSTALL_HINT);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printLocated(locateFirefox(), FIREFOX_INSTALL_HINT);
