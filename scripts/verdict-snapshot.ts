// Writes the rules' answer for ~12,000 downloads under four rule sets as JSON lines, so a change
// meant only to make the rules faster can be checked to change no verdict:
//
//   npm run --silent verdicts > before.jsonl   (on the old code)
//   npm run --silent verdicts > after.jsonl    (on the new code)
//   cmp before.jsonl after.jsonl
//
// The downloads: the benchmark's mixed set, the lure lab's samples, fields of those recombined
// (url equal to finalUrl, referrer equal to pageUrl …), and fast-check's hostile inputs with a
// fixed seed. Each is classified with the host cache cold, warm and cleared before each call;
// classifyPage, guardedByUrl and describeHost are written too.
import fc from 'fast-check';
import { mixedDownloads, syntheticDomains } from '../bench/rules.ts';
import { SAMPLES } from '../e2e/lab/samples.ts';
import {
  bundledRuleset, bundledRulesData, classify, classifyPage, createRuleset, describeHost, guardedByUrl, mergeRulesData, parseRulesData,
  type DownloadInput, type Ruleset,
} from '../src/rules/index.ts';

const domains = syntheticDomains(100_000);
const bench = mixedDownloads(domains, 2000);

function labDownloads(): DownloadInput[] {
  return SAMPLES.flatMap((sample) => {
    const url = `https://${sample.host}${sample.path}`;
    const filename = /filename="?([^";]+)/.exec(sample.disposition)?.[1];
    return [
      { url, mime: sample.mime, totalBytes: sample.bytes },
      { url, finalUrl: url, mime: sample.mime, totalBytes: sample.bytes, filename, referrer: 'https://lab.example/', pageUrl: 'https://lab.example/' },
    ];
  });
}

/** The bench's fields mixed: the same address twice, a page that is also the referrer, and so on. */
function recombined(pool: readonly DownloadInput[], count: number): DownloadInput[] {
  const numbers = fc.sample(fc.nat(), { seed: 42, numRuns: count * 10 });
  let at = 0;
  const next = () => numbers[at++ % numbers.length] ?? 0;
  const field = <K extends keyof DownloadInput>(key: K): DownloadInput[K] | undefined => pool[next() % pool.length]?.[key];
  const out: DownloadInput[] = [];
  for (let i = 0; i < count; i++) {
    const url = field('url') ?? field('finalUrl') ?? 'https://x.example/';
    const page = field('pageUrl') ?? field('referrer');
    const choice = next() % 6;
    const download: DownloadInput = { url };
    if (choice === 0) download.finalUrl = url;
    else if (choice < 3) download.finalUrl = field('finalUrl') ?? field('url');
    if (next() % 2) download.pageUrl = page;
    const referrer = next() % 3;
    if (referrer === 0) download.referrer = page;
    else if (referrer === 1) download.referrer = field('referrer');
    if (next() % 3) download.filename = field('filename');
    if (next() % 2) download.mime = field('mime');
    if (next() % 2) download.totalBytes = field('totalBytes');
    out.push(download);
  }
  return out;
}

function hostileDownloads(count: number): unknown[] {
  const tricky = fc.constantFrom(
    '\u202E', '\u200B', '\uFEFF', 'і', 'о', 'Ｗ', '１２', '%', '%2', '%E2%80%AE', '@', '\\', '/', '.', '..', 'xn--', ':', '?', '#',
    'windows', 'win12', 'Windows 12', '.iso', '.exe', '.iso.exe', 'microsoft', 'microsoft.com', 'blob:', 'data:', 'https://', '[', ']', '\uD800',
    'Win11_24H2_English_x64.iso', 'kms', 'valley', 'hudson', 'lite', 'tiny11', 'W12', 'x64', 'activator', 'MediaCreationTool.exe', 'virtio', 'A', '_', '-', ' ',
  );
  const messy = fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string()), { maxLength: 8 }).map((parts) => parts.join(''));
  const hosts = [...domains.slice(0, 50), 'microsoft.com', 'software.download.prss.microsoft.com', 'github.com', 'MICROSOFT.COM', 'micros0ft.com', '127.0.0.1', '8.8.8.8', '[::1]'];
  const address = fc.oneof(
    messy,
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.tuple(fc.constantFrom('https://', 'http://', 'blob:https://', 'data:', 'ftp://', '', 'HTTPS://', 'https:\\\\', 'https://user@'), messy, messy).map(([a, b, c]) => `${a}${b}/${c}`),
    fc.tuple(fc.constantFrom('https://', 'http://'), fc.constantFrom(...hosts), messy).map(([a, b, c]) => `${a}${b}/${c}`),
  );
  const download = fc.record(
    {
      url: address, finalUrl: address, referrer: address, pageUrl: address, filename: messy,
      mime: fc.oneof(messy, fc.constantFrom('application/x-iso9660-image', 'application/x-msdownload', 'application/pdf')),
      totalBytes: fc.oneof(fc.integer(), fc.double(), fc.constant(-1), fc.constant(250_000_000)),
    },
    { requiredKeys: ['url'] },
  );
  return [...fc.sample(download, { seed: 1234, numRuns: count }), null, undefined, 3, {}, [], { url: null }, { url: 5, filename: {} }];
}

const inputs: unknown[] = [...bench, ...labDownloads(), ...recombined(bench, 4000), ...hostileDownloads(6000)];
const rulesets: Record<string, Ruleset> = {
  bundled: bundledRuleset(),
  userLists: bundledRuleset({ allow: ['trusted.example', 'mirror.example', 'example.org'], block: ['blocked.example', 'mirror.example', 'cdn.example.net'] }),
  custom: createRuleset(
    { version: 'test', fileTypes: { diskImages: ['iso'], executables: ['exe'], decoys: ['iso'] }, blocklist: ['evil.example', 'dropboxusercontent.com'], allowlist: ['good.evil.example'], sharedHosts: ['dropboxusercontent.com'] },
    'custom.json',
    { allow: ['files.example'], block: ['mirror.example'] },
  ),
  blocklist100k: createRuleset(mergeRulesData([bundledRulesData(), parseRulesData({ version: 'bench', blocklist: domains }, 'bench-feed')]), 'bench'),
};

const write = (line: string) => process.stdout.write(`${line}\n`);
const asDownload = (input: unknown) => input as DownloadInput;
for (const [name, ruleset] of Object.entries(rulesets)) {
  for (const pass of ['cold', 'warm']) inputs.forEach((input, i) => write(`${name} ${pass} ${i} ${JSON.stringify(classify(asDownload(input), ruleset))}`));
  inputs.forEach((input, i) => {
    ruleset.hostCache.clear();
    write(`${name} cleared ${i} ${JSON.stringify(classify(asDownload(input), ruleset))}`);
  });
  inputs.forEach((input, i) => {
    const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    const urls = [record.url, record.pageUrl, record.finalUrl];
    const pages = urls.map((url) => classifyPage(url as string, ruleset));
    const hosts = urls.map((url) => (typeof url === 'string' ? describeHost(url) : null));
    write(`${name} page ${i} ${JSON.stringify(pages)} ${JSON.stringify(guardedByUrl(asDownload(record), ruleset))} ${JSON.stringify(hosts)}`);
  });
}
process.stderr.write(`${inputs.length} inputs × ${Object.keys(rulesets).length} rule sets\n`);
