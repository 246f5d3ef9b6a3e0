// The options page: domain lists checked as typed, settings import/export refused whole when
// bad, the logs, the deliberate pause, the corrupt-settings report and the rules version.
import { readFileSync } from 'node:fs';
import { waitFor, searchDownloads } from './harness/downloads.ts';
import { OptionsPage, stored } from './pages/options-page.ts';
import { expect, test } from './fixtures.ts';

const DEFAULTS = { version: 1, protection: 'on', notifyUnknown: false, offerVerify: true, eraseCancelled: true, pageProtection: 'warn', allowlist: [], blocklist: [] };

test('a domain is checked as it is typed and stored in its normal form', async ({ ext }) => {
  const options = await OptionsPage.open(ext);
  const blocklist = options.list('blocklist');
  await blocklist.input.fill('not a domain');
  await expect(blocklist.feedback).toContainText('Not a valid domain');
  await expect(blocklist.input).toHaveAttribute('aria-invalid', 'true');
  await blocklist.add.click();
  await expect(blocklist.items).toHaveText(['No sites yet.']);

  await blocklist.input.fill('https://www.Win12-Download.example/get');
  await expect(blocklist.feedback).toHaveText('Will add: win12-download.example');
  await expect(blocklist.input).toHaveAttribute('aria-invalid', 'false');
  await blocklist.add.click();
  await expect(blocklist.items).toHaveCount(1);
  await expect(blocklist.items.first()).toContainText('win12-download.example');
  await expect.poll(() => stored(ext, 'settings')).toMatchObject({ blocklist: ['win12-download.example'] });

  await blocklist.input.fill('win12-download.example');
  await expect(blocklist.feedback).toHaveText('win12-download.example is already in the list.');
  await options.page.getByRole('button', { name: 'Remove win12-download.example' }).click();
  await expect.poll(() => stored(ext, 'settings')).toMatchObject({ blocklist: [] });
});

test('a bad settings file is refused whole with the reason; a good one is imported', async ({ ext }) => {
  const options = await OptionsPage.open(ext);
  const bad = { ...DEFAULTS, notifyUnknown: true, allowlist: ['good.example'], blocklist: ['not a domain'] };
  await options.importFile.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(options.importStatus).toContainText('The file was refused and nothing changed');
  await expect(options.importStatus).toContainText('not a domain');
  expect(await stored(ext, 'settings')).toBeUndefined();

  await options.importFile.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1,') });
  await expect(options.importStatus).toContainText('not JSON');

  const good = { ...DEFAULTS, notifyUnknown: true, allowlist: ['good.example'] };
  // A file that would pause protection imports everything else; pausing stays a deliberate act.
  await options.importFile.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...good, protection: 'paused' })) });
  await expect(options.importStatus).toHaveText('Settings imported.');
  expect(await stored(ext, 'settings')).toEqual(good);
  await expect(options.page.getByLabel(/Notify me when a disk image/)).toBeChecked();
  await expect(options.list('allowlist').items).toContainText(['good.example']);
});

test('the settings export as a file that imports back', async ({ ext }) => {
  await ext.serviceWorker.evaluate((s) => chrome.storage.local.set({ settings: s }), { ...DEFAULTS, blocklist: ['win12-download.example'] });
  const options = await OptionsPage.open(ext);
  await options.page.getByRole('button', { name: 'Export settings' }).click();
  const file = await waitFor(async () => {
    const done = (await searchDownloads(ext.serviceWorker)).find((d) => d.filename.endsWith('iso-guard-settings.json') && d.state === 'complete');
    return done?.filename;
  }, 'the exported settings file');
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...DEFAULTS, blocklist: ['win12-download.example'] });
});

test('the history and report log are shown and cleared after a second click', async ({ ext }) => {
  await ext.serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      history: [{ at: Date.now(), verdict: 'dangerous', reasons: [], url: 'https://win12-download.example/a.iso', referrer: '', site: 'win12-download.example', filename: 'Windows12\u202Eosi.exe', decision: 'cancel' }],
      reports: [{ at: Date.now(), url: 'https://win12-download.example/get', site: 'win12-download.example', to: 'microsoft', from: 'warning' }],
    }),
  );
  const options = await OptionsPage.open(ext);
  const history = options.page.locator('#history-table tbody tr');
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText('Windows12⟦RLO⟧osi.exe');
  await expect(history.first()).toContainText('Dangerous');
  await expect(history.first()).toContainText('Cancelled');
  await expect(options.page.locator('#reports-table tbody tr').first()).toContainText('https://win12-download.example/get');

  const clear = options.page.locator('#history-clear');
  await clear.click();
  await expect(clear).toHaveText('Click again to clear');
  expect(await stored(ext, 'history')).toHaveLength(1);
  await clear.click();
  await expect(options.page.locator('#history')).toContainText('No downloads checked yet.');
  expect(await stored(ext, 'history')).toEqual([]);
  expect(await stored(ext, 'reports')).toHaveLength(1);
});

test('pausing protection takes a confirmation, and the toggles save at once', async ({ ext }) => {
  const options = await OptionsPage.open(ext);
  await options.page.getByRole('button', { name: 'Pause protection…' }).click();
  await expect(options.page.getByRole('alert')).toContainText('fake Windows downloads are not stopped');
  await expect(options.page.getByRole('button', { name: 'Keep protection on' })).toBeFocused();
  await options.page.getByRole('button', { name: 'Keep protection on' }).click();
  expect(await stored(ext, 'settings')).toBeUndefined();

  await options.page.getByRole('button', { name: 'Pause protection…' }).click();
  await options.page.getByRole('button', { name: 'Pause protection', exact: true }).click();
  await expect(options.page.locator('#protection')).toHaveAttribute('data-state', 'paused');
  await expect.poll(() => stored(ext, 'settings')).toMatchObject({ protection: 'paused' });

  await expect(options.page.getByLabel(/Notify me when a disk image/)).not.toBeChecked();
  await options.page.getByLabel(/Notify me when a disk image/).check();
  await options.page.getByLabel(/Remove cancelled downloads/).uncheck();
  await expect.poll(() => stored(ext, 'settings')).toMatchObject({ protection: 'paused', notifyUnknown: true, eraseCancelled: false });
});

test('corrupt stored settings are reported, and the rules version is shown', async ({ ext }) => {
  await ext.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { version: 1, protection: 'sometimes' } }));
  const options = await OptionsPage.open(ext);
  await expect(options.page.locator('#settings-problem')).toContainText('defaults are in use');
  await expect(options.page.locator('#settings-problem')).toContainText('protection');
  await expect(options.page.locator('#rules-version')).toHaveText(/^Rules version: \S+/);
});
