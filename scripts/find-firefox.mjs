#!/usr/bin/env node
// Finds a Firefox to drive: FIREFOX_PATH if set, else Debian's `firefox-esr` package, else a
// Firefox on PATH. It never downloads a browser. Plain JavaScript with no dependencies, so CI
// can call it before `npm ci`.
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';
const ON_PATH = ['firefox-esr', 'firefox'];

export const FIREFOX_INSTALL_HINT =
  'No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) ' +
  'or point FIREFOX_PATH at a Firefox binary (ESR 142 or newer).';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | null} the real path of the Firefox binary (not a launcher symlink) */
export function locateFirefox(env = process.env) {
  const real = (path) => realpathSync(path);
  if (env.FIREFOX_PATH) return isExecutable(env.FIREFOX_PATH) ? real(env.FIREFOX_PATH) : null;
  if (isExecutable(DEBIAN_FIREFOX)) return real(DEBIAN_FIREFOX);
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ON_PATH) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return real(candidate);
    }
  }
  return null;
}

/** @returns {string} the browser's path; throws with install instructions when there is none. */
export function findFirefox(env = process.env) {
  const found = locateFirefox(env);
  if (found) return found;
  if (env.FIREFOX_PATH) throw new Error(`FIREFOX_PATH=${env.FIREFOX_PATH} is not an executable file. ${FIREFOX_INSTALL_HINT}`);
  throw new Error(FIREFOX_INSTALL_HINT);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = locateFirefox();
  if (found) {
    console.log(found);
  } else {
    console.error(FIREFOX_INSTALL_HINT);
    process.exit(1);
  }
}
