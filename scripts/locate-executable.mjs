// Finds a browser binary the same way for every browser: the path in an environment variable
// if set, else the Debian package's path, else the first of some names on PATH. Plain
// JavaScript with no dependencies, so CI can call the finders before `npm ci`.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {{ envVar: string, debianPath: string, onPath: string[], env: NodeJS.ProcessEnv, real?: (path: string) => string }} where
 * @returns {string | null}
 */
export function locateExecutable({ envVar, debianPath, onPath, env, real = (path) => path }) {
  const given = env[envVar];
  if (given) return isExecutable(given) ? real(given) : null;
  if (isExecutable(debianPath)) return real(debianPath);
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of onPath) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return real(candidate);
    }
  }
  return null;
}

/** Prints the binary's path, or the hint and exit status 1: the command-line use of a finder. */
export function printLocated(found, hint) {
  if (found) {
    console.log(found);
  } else {
    console.error(hint);
    process.exit(1);
  }
}
