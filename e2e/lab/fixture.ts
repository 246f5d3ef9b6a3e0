// The lure lab as a Playwright worker fixture: one server per worker, shared by the Chromium
// and the Firefox fixtures.
import type { Lab } from './server.ts';
import { startLab } from './server.ts';

async function lab({}, use: (lab: Lab) => Promise<void>): Promise<void> {
  const started = await startLab();
  await use(started);
  await started.close();
}

export const labFixture: [typeof lab, { scope: 'worker' }] = [lab, { scope: 'worker' }];
