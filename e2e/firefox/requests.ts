// Every HTTP request the browser makes, seen in its own code (the `http-on-modify-request`
// observer), keeping those an ISO Guard page or its background caused: their triggering or
// loading principal is the add-on's. Reached through `--remote-allow-system-access`.
import type { FirefoxGuard } from './guard-driver.ts';

export interface ExtensionRequests {
  read(): Promise<string[]>;
  clear(): Promise<void>;
}

export async function watchExtensionRequests(fx: FirefoxGuard): Promise<ExtensionRequests> {
  const id = JSON.stringify(fx.ff.extensionId);
  await fx.ff.bidi.chrome(`(() => {
    if (globalThis.isoGuardRequests) return true;
    globalThis.isoGuardRequests = [];
    const byAddOn = (principal) => principal?.addonId === ${id};
    Services.obs.addObserver({
      observe(subject) {
        const channel = subject.QueryInterface(Ci.nsIHttpChannel);
        const info = channel.loadInfo;
        if (byAddOn(info?.triggeringPrincipal) || byAddOn(info?.loadingPrincipal)) globalThis.isoGuardRequests.push(channel.URI.spec);
      },
    }, 'http-on-modify-request');
    return true;
  })()`);
  return {
    read: () => fx.ff.bidi.chrome<string[]>('globalThis.isoGuardRequests.slice()'),
    clear: async () => void (await fx.ff.bidi.chrome('(globalThis.isoGuardRequests.length = 0)')),
  };
}
