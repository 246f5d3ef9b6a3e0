// Chromium reads extension policy ("3rdparty") only from the system's policy folder. A test that
// needs a policy copies the built extension to a folder of its own, so the policy names an
// extension id that no other browser or test uses, and removes the policy file afterwards.
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_DIST, launchExtension, type Launched, type LaunchOptions } from './launch.ts';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: its folder's absolute path, SHA-256, first 32 hex
 * digits written with the letters a–p. */
export function extensionIdForPath(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Whether this machine lets a test write Chromium's policy folder (root in CI containers). */
export function canSetPolicy(): boolean {
  try {
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    const probe = join(CHROMIUM_POLICY_DIR, `.iso-guard-probe-${process.pid}`);
    writeFileSync(probe, '{}');
    rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

export async function launchWithPolicy(policy: Record<string, unknown>, options: LaunchOptions = {}): Promise<Launched> {
  const dist = realpathSync(mkdtempSync(join(tmpdir(), 'iso-guard-policy-dist-')));
  cpSync(CHROME_DIST, dist, { recursive: true });
  const id = extensionIdForPath(dist);
  const file = join(CHROMIUM_POLICY_DIR, `iso-guard-e2e-${id}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  try {
    const launched = await launchExtension({ ...options, dist });
    if (launched.extensionId !== id) throw new Error(`extension id ${launched.extensionId}, expected ${id}`);
    const close = launched.close.bind(launched);
    return Object.assign(launched, {
      async close() {
        await close();
        rmSync(file, { force: true });
        rmSync(dist, { recursive: true, force: true });
      },
    });
  } catch (error) {
    rmSync(file, { force: true });
    rmSync(dist, { recursive: true, force: true });
    throw error;
  }
}
