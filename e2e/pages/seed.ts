// A believable history and report log, for the pages that show them (a11y checks, screenshots).
import type { Launched } from '../harness/launch.ts';

export async function seedLogs(ext: Launched): Promise<void> {
  await ext.serviceWorker.evaluate(() => {
    const now = Date.now();
    return chrome.storage.local.set({
      history: [
        { at: now - 3_600_000, verdict: 'official', reasons: [], url: 'https://software.download.prss.microsoft.com/dbazure/Win11_24H2_English_x64.iso', referrer: 'https://www.microsoft.com/software-download/windows11', site: 'microsoft.com', filename: 'Win11_24H2_English_x64.iso', decision: 'passed' },
        { at: now - 1_800_000, verdict: 'unknown', reasons: [], url: 'https://releases.ubuntu.com/24.04/ubuntu-24.04.3-desktop-amd64.iso', referrer: '', site: 'ubuntu.com', filename: 'ubuntu-24.04.3-desktop-amd64.iso', decision: 'passed' },
        { at: now - 600_000, verdict: 'dangerous', reasons: [{ code: 'lure-windows-12', detail: 'Microsoft has not released Windows 12.' }], url: 'https://win12-download.example/files/Windows_12_Pro_x64_Activated.iso', referrer: '', site: 'win12-download.example', filename: 'Windows_12_Pro_x64_Activated.iso', decision: 'cancel' },
      ],
      reports: [{ at: now - 590_000, url: 'https://win12-download.example/files/Windows_12_Pro_x64_Activated.iso', site: 'win12-download.example', to: 'microsoft', from: 'warning' }],
    });
  });
}

/** Page protection's mode, as the options page would store it (`badge` lets a test stay on a
 * dangerous site to look at it). */
export async function setPageProtection(ext: Launched, mode: 'warn' | 'badge' | 'off'): Promise<void> {
  await ext.serviceWorker.evaluate(async (pageProtection) => {
    const { settings } = await chrome.storage.local.get('settings');
    const base = { version: 1, protection: 'on', notifyUnknown: false, offerVerify: true, eraseCancelled: true, allowlist: [], blocklist: [] };
    await chrome.storage.local.set({ settings: { ...base, ...(settings as object | undefined), pageProtection } });
    // The worker's storage.onChanged listener reloads its settings; let it run.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }, mode);
}
