// The lure lab: a small local HTTPS server that serves the samples under real-looking host
// names (the browser maps them to loopback). Used by the e2e tests, `npm start` and the benchmark.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { LAB_HOST, MiB, PAGES, SAMPLES, type Sample } from './samples.ts';

export interface LabRequest {
  host: string;
  path: string;
  headers: IncomingMessage['headers'];
}

export interface Lab {
  port: number;
  /** The full URL of a sample, optionally with another size or a throttle (bytes per second). */
  sampleUrl(sample: Pick<Sample, 'host' | 'path'>, options?: { bytes?: number; rate?: number }): string;
  url(host: string, path?: string): string;
  indexUrl: string;
  /** Every request the lab saw, in order. */
  requests: LabRequest[];
  close(): Promise<void>;
}

const CHUNK = MiB;
const zeros = Buffer.alloc(CHUNK, 0x5a);

function html(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

/** A sample is served from its host and from any subdomain of it (`n7.<host>`), so a test can
 * spread downloads over hosts: Chromium opens at most 6 HTTP/1.1 connections per host, and a
 * paused download keeps its connection. */
function findSample(host: string, path: string): Sample | undefined {
  return SAMPLES.find((s) => (s.host === host || host.endsWith(`.${s.host}`)) && s.path.split('?')[0] === path);
}

/** Streams `bytes` bytes, honouring back-pressure, at `rate` bytes per second when given. */
function streamBody(res: ServerResponse, bytes: number, rate: number | undefined): void {
  let sent = 0;
  const tick = rate ? Math.min(CHUNK, Math.max(1024, Math.floor(rate / 20))) : CHUNK;
  const writeMore = (): void => {
    while (sent < bytes) {
      const n = Math.min(tick, bytes - sent);
      sent += n;
      const ok = res.write(zeros.subarray(0, n));
      if (rate) {
        setTimeout(writeMore, (n / rate) * 1000);
        return;
      }
      if (!ok) {
        res.once('drain', writeMore);
        return;
      }
    }
    res.end();
  };
  res.on('close', () => { sent = bytes; });
  writeMore();
}

function serveSample(sample: Sample, query: URLSearchParams, res: ServerResponse): void {
  const bytes = Number(query.get('bytes') ?? sample.bytes);
  const rate = query.has('rate') ? Number(query.get('rate')) : undefined;
  res.writeHead(200, {
    'Content-Type': sample.mime,
    'Content-Length': String(bytes),
    'Content-Disposition': sample.disposition,
    'Cache-Control': 'no-store',
  });
  streamBody(res, bytes, rate);
}

export async function startLab(options: { port?: number } = {}): Promise<Lab> {
  const pems = await generate([{ name: 'commonName', value: LAB_HOST }], { keySize: 2048, algorithm: 'sha256' });
  const requests: LabRequest[] = [];
  let port = 0;
  const url = (host: string, path = '/'): string => `https://${host}:${port}${path}`;

  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const target = new URL(req.url ?? '/', 'https://lab.invalid');
    requests.push({ host, path: req.url ?? '/', headers: req.headers });
    const sample = findSample(host, target.pathname);
    if (sample) return serveSample(sample, target.searchParams, res);
    const page = Object.values(PAGES).find((p) => p.host === host && p.path === target.pathname);
    if (page) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(html(page.title, '<p>A page served by the ISO Guard lure lab.</p>'));
    }
    if (host === LAB_HOST && target.pathname === '/') {
      const links = SAMPLES.map((s) => `<li><a id="${s.id}" href="${url(s.host, s.path)}">${s.title}</a></li>`).join('');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(html('ISO Guard lure lab', `<p>Sample downloads. Each is served from loopback.</p><ul>${links}</ul>`));
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url,
    indexUrl: url(LAB_HOST, '/'),
    sampleUrl(sample, opts = {}) {
      const u = new URL(url(sample.host, sample.path));
      if (opts.bytes !== undefined) u.searchParams.set('bytes', String(opts.bytes));
      if (opts.rate !== undefined) u.searchParams.set('rate', String(opts.rate));
      return u.href;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
