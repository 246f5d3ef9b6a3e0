// The only import of webextension-polyfill: every other module gets the browser API from here,
// so tests can swap it and the rules module provably never touches it.
import browser from 'webextension-polyfill';

export type Browser = typeof browser;
export default browser;
export type { Runtime } from 'webextension-polyfill';
