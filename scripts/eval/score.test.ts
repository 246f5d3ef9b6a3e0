import { describe, expect, it } from 'vitest';
import type { VerdictKind } from '../../src/rules/index.ts';
import { downloadAgrees, pageAgrees, scoreDownloads, scorePages, type DownloadExpect, type Outcome, type PageExpect } from './score.ts';

let n = 0;
function o<E extends string>(expect: E, got: VerdictKind, category = 'kind/case'): Outcome<E> {
  n += 1;
  return { id: `c${n}`, category, expect, got, codes: [] };
}

/** A hand corpus that meets every download target exactly. */
function passingDownloads(): Outcome<DownloadExpect>[] {
  return [
    ...Array.from({ length: 97 }, () => o<DownloadExpect>('warn', 'suspicious', 'lure/a')),
    ...Array.from({ length: 3 }, () => o<DownloadExpect>('block', 'dangerous', 'lure/b')),
    ...Array.from({ length: 99 }, () => o<DownloadExpect>('pass', 'unknown', 'benign/a')),
    o<DownloadExpect>('ignore', 'ignored', 'benign/b'),
    o<DownloadExpect>('official', 'official', 'official/a'),
  ];
}

const failed = (outcomes: Outcome<DownloadExpect>[]): string[] =>
  scoreDownloads(outcomes).thresholds.filter((t) => !t.ok).map((t) => t.name);

describe('agreement', () => {
  it('holds a lure with either hold verdict, but a must-block only with dangerous', () => {
    expect(downloadAgrees('warn', 'suspicious')).toBe(true);
    expect(downloadAgrees('warn', 'dangerous')).toBe(true);
    expect(downloadAgrees('block', 'suspicious')).toBe(false);
    expect(downloadAgrees('pass', 'ignored')).toBe(false);
    expect(downloadAgrees('ignore', 'unknown')).toBe(false);
    expect(downloadAgrees('official', 'unknown')).toBe(false);
  });

  it('leaves an ordinary page alone whatever quiet verdict it gets, and wants fakes dangerous', () => {
    for (const got of ['ignored', 'unknown', 'official'] as const) expect(pageAgrees('pass', got)).toBe(true);
    expect(pageAgrees('pass', 'suspicious')).toBe(false);
    expect(pageAgrees('block', 'suspicious')).toBe(false);
    expect(pageAgrees('official', 'unknown')).toBe(false);
  });
});

describe('download thresholds', () => {
  it('a corpus at the targets passes, with figures per category', () => {
    const score = scoreDownloads(passingDownloads());
    expect(failed(passingDownloads())).toEqual([]);
    expect(score.overall).toMatchObject({ cases: 201, lures: 100, luresHeld: 100, benign: 100, benignHeld: 0, official: 1, officialRecognised: 1 });
    expect(score.byCategory.get('lure/b')).toMatchObject({ cases: 3, mustBlock: 3 });
    expect(score.disagreements).toEqual([]);
  });

  it('fails when more than 3% of lures are let through', () => {
    const cases = passingDownloads();
    cases.splice(0, 4, ...Array.from({ length: 4 }, () => o<DownloadExpect>('warn', 'unknown')));
    expect(failed(cases)).toEqual(['lures held']);
    expect(scoreDownloads(cases).disagreements).toHaveLength(4);
  });

  it('fails when more than 1% of benign downloads are held', () => {
    const cases = passingDownloads();
    cases.splice(100, 2, o<DownloadExpect>('pass', 'suspicious'), o<DownloadExpect>('pass', 'dangerous'));
    expect(failed(cases)).toEqual(['benign held']);
  });

  it('fails when one official download is not recognised', () => {
    const cases = [...passingDownloads(), o<DownloadExpect>('official', 'unknown')];
    expect(failed(cases)).toEqual(['official recognised']);
  });

  it('fails when more than 3% of must-block cases are only suspicious (though still held)', () => {
    const cases = [...passingDownloads(), ...Array.from({ length: 3 }, () => o<DownloadExpect>('block', 'dangerous'))];
    expect(failed(cases)).toEqual([]);
    cases.push(o<DownloadExpect>('block', 'suspicious'));
    expect(failed(cases)).toEqual(['must-block only suspicious']);
    expect(scoreDownloads(cases).overall.luresHeld).toBe(104);
  });
});

describe('page thresholds', () => {
  const pages = (): Outcome<PageExpect>[] => [o('pass', 'unknown'), o('pass', 'ignored'), o('block', 'dangerous'), o('official', 'official')];
  const pageFailures = (cases: Outcome<PageExpect>[]): string[] => scorePages(cases).thresholds.filter((t) => !t.ok).map((t) => t.name);

  it('passes when nothing ordinary is flagged and every fake is dangerous', () => {
    expect(pageFailures(pages())).toEqual([]);
  });

  it('fails on one ordinary page flagged, one fake only suspicious, one Microsoft page missed', () => {
    expect(pageFailures([...pages(), o('pass', 'suspicious')])).toEqual(['ordinary pages flagged']);
    expect(pageFailures([...pages(), o('block', 'suspicious')])).toEqual(['site-level fakes dangerous']);
    expect(pageFailures([...pages(), o('official', 'unknown')])).toEqual(['official pages recognised']);
  });

  it('a weaker site-level sign must be flagged, as suspicious or dangerous, and is no fake that must be dangerous', () => {
    expect(pageFailures([...pages(), o('warn', 'suspicious'), o('warn', 'dangerous')])).toEqual([]);
    expect(pageFailures([...pages(), o('warn', 'unknown')])).toEqual(['weaker site signs flagged']);
  });
});
