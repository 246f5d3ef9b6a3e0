// The worker's browser API without webextension-polyfill, whose evaluation cost each start of
// the worker ~12 ms. Firefox's `browser.*` is native (the polyfill hands it back unchanged);
// Chrome's `chrome.*` returns promises for every call the worker makes (MV3; notifications since
// Chrome 116, below minimum_chrome_version). Messages are answered through sendResponse (see
// index.ts): a listener's returned Promise is honoured natively only by newer Chrome.
import type { Browser } from '../shared/browser.ts';

const native = globalThis as unknown as { browser?: Browser; chrome?: Browser };

const api: Browser = (native.browser ?? native.chrome) as Browser;
export default api;
