// Placeholder service worker until the guard lands.
import browser from '../shared/browser.ts';

browser.runtime.onInstalled.addListener(() => undefined);
