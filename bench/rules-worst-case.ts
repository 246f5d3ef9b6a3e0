// The rules' worst case and the page verdict, for the rules section: a verdict must stay linear
// with a small constant (≤ 5 ms for any input up to 2 MB, the longest address browsers accept),
// and the popup's page verdict ≤ 50 µs warm. Each hostile input is judged several times and its
// median kept; the figure is the worst of those medians.
import type { DownloadInput, Ruleset, Verdict } from '../src/rules/index.ts';

type Judges = {
  classify: (download: DownloadInput, ruleset: Ruleset) => Verdict;
  classifyPage: (url: string, ruleset: Ruleset) => Verdict;
};

const MB2 = 2 * 1024 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB2 / unit.length)).slice(0, MB2);

/** Texts that cost the most to read: bad escapes, non-Latin, glued capitals, separators. */
const BODIES = ['%e0%a4%', '%ff', '%zz%C3%', 'windows%2012%20', 'aB', 'о%', '/a', 'a.', '@a.b', 'Ｗｉｎ１２', '1', 'xn--', '\u202E\u200B'];

function hostileDownloads(): DownloadInput[] {
  const out: DownloadInput[] = [];
  for (const unit of BODIES) {
    const body = fill(unit);
    out.push(
      { url: `https://example.com/${body}` },
      { url: `https://example.com/d.iso?${body}` },
      { url: 'https://example.com/x.iso', filename: `${body}.iso` },
      { url: 'https://example.com/x.iso', referrer: `https://a.example/${body}`, pageUrl: `https://b.example/?q=${body}` },
      { url: `https://${body.slice(0, 250)}.example/x.iso` },
      { url: `https://${body}@example.com/x.iso` },
    );
  }
  return out;
}

function medianMs(fn: () => unknown, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[times >> 1] ?? NaN;
}

const PAGES = [
  'https://www.theverge.com/2026/1/10/windows-12-release-date-rumors',
  'https://www.bing.com/search?q=windows+12+iso+download',
  'https://en.wikipedia.org/wiki/Windows_11',
  'https://www.microsoft.com/software-download/windows11',
  'https://windows12-download.ru/',
  'https://microsoft-download.net/windows-11',
  'https://contoso.sharepoint.com/sites/it/Shared%20Documents',
  'https://forum.example.org/t/is-windows-12-real/1234?page=2',
];

export function worstCaseFigures(judges: Judges, ruleset: Ruleset): Record<string, number | string> {
  let worstDownload = 0;
  let worstPage = 0;
  for (const download of hostileDownloads()) {
    worstDownload = Math.max(worstDownload, medianMs(() => judges.classify(download, ruleset), 7));
    worstPage = Math.max(worstPage, medianMs(() => judges.classifyPage(download.url, ruleset), 7));
  }
  // Warm: each page judged once before timing, as the popup asks for a tab it already knows.
  const pageTimes: number[] = [];
  for (let round = 0; round < 200; round++) {
    for (const page of PAGES) {
      const start = process.hrtime.bigint();
      judges.classifyPage(page, ruleset);
      if (round > 0) pageTimes.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  pageTimes.sort((a, b) => a - b);
  const pick = (p: number): number => pageTimes[Math.floor(p * (pageTimes.length - 1))] ?? NaN;
  return {
    'worst case: hostile 2 MB inputs': `${BODIES.length * 6} downloads (addresses, names, userinfo, pages)`,
    'worst case: classify ms (max of medians)': Number(worstDownload.toFixed(2)),
    'worst case: classifyPage ms (max of medians)': Number(worstPage.toFixed(2)),
    'classifyPage median µs (warm)': Number(pick(0.5).toFixed(2)),
    'classifyPage p99 µs (warm)': Number(pick(0.99).toFixed(2)),
  };
}
