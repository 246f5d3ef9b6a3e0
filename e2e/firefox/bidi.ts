// Raw WebDriver BiDi on top of puppeteer-core's connection: tabs by URL (moz-extension://
// included), script in any tab, and script in the browser's own chrome window (allowed by
// `--remote-allow-system-access`). Scripts are strings: they run in the browser, not in Node.
import type { Browser } from 'puppeteer-core';

interface Context { context: string; url: string }
interface EvalResult { type: 'success' | 'exception'; result?: { value?: unknown }; exceptionDetails?: { text?: string } }

export interface Bidi {
  tabs(): Promise<Context[]>;
  openTab(url: string): Promise<string>;
  closeTab(context: string): Promise<void>;
  /** Starts loading `url` in a tab, as a typed address does; does not wait (it may end elsewhere). */
  navigate(context: string, url: string): Promise<void>;
  /** A real mouse click on the element (user activation included, as a person's click). */
  click(context: string, selector: string): Promise<void>;
  /** The tab's current address ('' once it is gone). */
  urlOf(context: string): Promise<string>;
  /** Runs `expression` (may return a promise) in a tab; resolves its JSON value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** Runs `expression` in the browser window's chrome code, with `ExtensionParent` in scope. */
  chrome<T>(expression: string): Promise<T>;
}

type Send = (method: string, params: object) => Promise<{ result: unknown }>;

export function createBidi(browser: Browser): Bidi {
  const send = (browser as unknown as { connection: { send: Send } }).connection.send.bind((browser as unknown as { connection: object }).connection) as Send;
  const run = async <T>(context: string, expression: string): Promise<T> => {
    const wrapped = `Promise.resolve((async () => (${expression}))()).then((v) => JSON.stringify(v ?? null))`;
    const { result } = await send('script.evaluate', { expression: wrapped, target: { context }, awaitPromise: true });
    const r = result as EvalResult;
    if (r.type !== 'success') throw new Error(`in the browser: ${r.exceptionDetails?.text ?? 'exception'}`);
    return JSON.parse(String(r.result?.value)) as T;
  };
  const tree = async (scope?: 'chrome'): Promise<Context[]> => {
    const { result } = await send('browsingContext.getTree', scope ? { 'moz:scope': scope, maxDepth: 0 } : { maxDepth: 0 });
    return (result as { contexts: Context[] }).contexts;
  };
  return {
    tabs: () => tree(),
    async openTab(url) {
      const { result } = await send('browsingContext.create', { type: 'tab' });
      const { context } = result as { context: string };
      await send('browsingContext.navigate', { context, url, wait: 'none' });
      const deadline = Date.now() + 10_000;
      for (;;) {
        const ready = await run<boolean>(context, `location.href === ${JSON.stringify(url)} && document.readyState !== 'loading'`).catch(() => false);
        if (ready) return context;
        if (Date.now() > deadline) throw new Error(`${url} did not load`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async closeTab(context) {
      await send('browsingContext.close', { context }).catch(() => undefined);
    },
    async navigate(context, url) {
      await send('browsingContext.navigate', { context, url, wait: 'none' });
    },
    async click(context, selector) {
      const at = await run<{ x: number; y: number } | null>(context, `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null; el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) }; })()`);
      if (!at) throw new Error(`no ${selector} to click`);
      const steps = [{ type: 'pointerMove', x: at.x, y: at.y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }];
      await send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps }] });
    },
    async urlOf(context) {
      return (await tree()).find((t) => t.context === context)?.url ?? '';
    },
    evaluate: run,
    async chrome(expression) {
      const [window] = await tree('chrome');
      if (!window) throw new Error('no browser window');
      return run(window.context, `(async () => { const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs'); return (${expression}); })()`);
    },
  };
}
