// Pure scoring of the rules against the labelled corpus: which verdicts agree with the expectation,
// the figures per category and overall, and the thresholds. No I/O: eval.ts prints.
import { isHeld, type VerdictKind } from '../../src/rules/index.ts';

export type DownloadExpect = 'official' | 'pass' | 'ignore' | 'warn' | 'block';
export type PageExpect = 'official' | 'pass' | 'warn' | 'block';

export interface Outcome<E extends string = DownloadExpect> {
  id: string;
  category: string;
  expect: E;
  got: VerdictKind;
  codes: string[];
}

/** Does a download verdict meet its expectation? */
export function downloadAgrees(expect: DownloadExpect, got: VerdictKind): boolean {
  switch (expect) {
    case 'official': return got === 'official';
    case 'pass': return got === 'unknown';
    case 'ignore': return got === 'ignored';
    case 'warn': return isHeld(got);
    case 'block': return got === 'dangerous';
  }
}

/** Does a page verdict meet its expectation? An ordinary page only needs to be left alone. */
export function pageAgrees(expect: PageExpect, got: VerdictKind): boolean {
  switch (expect) {
    case 'official': return got === 'official';
    case 'pass': return !isHeld(got);
    case 'warn': return isHeld(got);
    case 'block': return got === 'dangerous';
  }
}

export interface Tally {
  cases: number;
  agree: number;
  /** Cases expected warn or block, and how many of them were held. */
  lures: number;
  luresHeld: number;
  /** Cases expected pass or ignore, and how many of them were held (false positives). */
  benign: number;
  benignHeld: number;
  official: number;
  officialRecognised: number;
  mustBlock: number;
  mustBlockOnlySuspicious: number;
}

const emptyTally = (): Tally => ({
  cases: 0, agree: 0, lures: 0, luresHeld: 0, benign: 0, benignHeld: 0,
  official: 0, officialRecognised: 0, mustBlock: 0, mustBlockOnlySuspicious: 0,
});

function count(tally: Tally, outcome: Outcome<string>, agrees: boolean): void {
  const held = isHeld(outcome.got);
  tally.cases += 1;
  if (agrees) tally.agree += 1;
  if (outcome.expect === 'warn' || outcome.expect === 'block') {
    tally.lures += 1;
    if (held) tally.luresHeld += 1;
  } else if (outcome.expect === 'pass' || outcome.expect === 'ignore') {
    tally.benign += 1;
    if (held) tally.benignHeld += 1;
  } else if (outcome.expect === 'official') {
    tally.official += 1;
    if (outcome.got === 'official') tally.officialRecognised += 1;
  }
  if (outcome.expect === 'block') {
    tally.mustBlock += 1;
    if (outcome.got === 'suspicious') tally.mustBlockOnlySuspicious += 1;
  }
}

export interface Threshold {
  name: string;
  /** The measured share (0..1), or null when the corpus has no case for it. */
  value: number | null;
  limit: number;
  direction: 'at-least' | 'at-most';
  ok: boolean;
}

export interface Score<E extends string> {
  overall: Tally;
  byCategory: Map<string, Tally>;
  disagreements: Outcome<E>[];
  thresholds: Threshold[];
}

export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function threshold(name: string, value: number | null, limit: number, direction: Threshold['direction']): Threshold {
  const ok = value === null || (direction === 'at-least' ? value >= limit : value <= limit);
  return { name, value, limit, direction, ok };
}

function score<E extends string>(outcomes: Outcome<E>[], agrees: (o: Outcome<E>) => boolean): Omit<Score<E>, 'thresholds'> {
  const overall = emptyTally();
  const byCategory = new Map<string, Tally>();
  const disagreements: Outcome<E>[] = [];
  for (const outcome of outcomes) {
    const ok = agrees(outcome);
    let tally = byCategory.get(outcome.category);
    if (!tally) byCategory.set(outcome.category, (tally = emptyTally()));
    count(overall, outcome, ok);
    count(tally, outcome, ok);
    if (!ok) disagreements.push(outcome);
  }
  return { overall, byCategory, disagreements };
}

/** The targets for downloads: ≥ 97% of lures held, ≤ 1% of benign held,
 *  100% of official recognised, ≤ 3% of must-block cases only suspicious. */
export function scoreDownloads(outcomes: Outcome<DownloadExpect>[]): Score<DownloadExpect> {
  const base = score(outcomes, (o) => downloadAgrees(o.expect, o.got));
  const t = base.overall;
  return {
    ...base,
    thresholds: [
      threshold('lures held', share(t.luresHeld, t.lures), 0.97, 'at-least'),
      threshold('benign held', share(t.benignHeld, t.benign), 0.01, 'at-most'),
      threshold('official recognised', share(t.officialRecognised, t.official), 1, 'at-least'),
      threshold('must-block only suspicious', share(t.mustBlockOnlySuspicious, t.mustBlock), 0.03, 'at-most'),
    ],
  };
}

/** Pages: no ordinary page flagged, every site-level fake dangerous and every weaker site-level
 * sign (`warn`: a site named for a Windows tool that is not its home) flagged, Microsoft's sites
 * official. */
export function scorePages(outcomes: Outcome<PageExpect>[]): Score<PageExpect> {
  const base = score(outcomes, (o) => pageAgrees(o.expect, o.got));
  const fakes = outcomes.filter((o) => o.expect === 'block');
  const signs = outcomes.filter((o) => o.expect === 'warn');
  const t = base.overall;
  return {
    ...base,
    thresholds: [
      threshold('ordinary pages flagged', share(t.benignHeld, t.benign), 0, 'at-most'),
      threshold('site-level fakes dangerous', share(fakes.filter((o) => o.got === 'dangerous').length, fakes.length), 1, 'at-least'),
      threshold('weaker site signs flagged', share(signs.filter((o) => o.got === 'dangerous' || o.got === 'suspicious').length, signs.length), 1, 'at-least'),
      threshold('official pages recognised', share(t.officialRecognised, t.official), 1, 'at-least'),
    ],
  };
}
