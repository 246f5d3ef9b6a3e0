import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DownloadCaseSchema, PageCaseSchema, parseCorpus } from './corpus.ts';

const good = '{"id":"a","expect":"warn","category":"lure/x","why":"w","input":{"url":"https://x.test/a.iso"}}';

describe('parseCorpus', () => {
  it('reports each broken line by number and keeps the good ones', () => {
    const text = [
      good,
      '',
      '{"id":"b","expect":"maybe","category":"lure/x","why":"w","input":{"url":"u"}}',
      '{not json',
      '{"id":"c","expect":"pass","category":"Lure X","why":"w","input":{"url":"u"}}',
      '{"id":"d","expect":"pass","category":"benign/x","why":"w","input":{"url":"u","totalBytes":"big"}}',
      '{"id":"e","expect":"pass","category":"benign/x","why":"w","input":{"url":"u","filname":"typo.iso"}}',
      good,
    ].join('\n');
    const { cases, problems } = parseCorpus(text, DownloadCaseSchema);
    expect(cases.map((c) => c.id)).toEqual(['a']);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(problems[0]?.message).toMatch(/^expect:/);
    expect(problems[1]?.message).toMatch(/not valid JSON/);
    expect(problems[3]?.message).toMatch(/^input\.totalBytes:/);
    expect(problems[5]?.message).toBe('id "a" already used on line 1');
  });

  it('a page case has only a URL as input', () => {
    const page = '{"id":"p","expect":"ignore","category":"page/x","why":"w","input":{"url":"https://x.test/"}}';
    expect(parseCorpus(page, PageCaseSchema).problems).toHaveLength(1);
  });
});

describe('the committed corpus', () => {
  const read = (name: string): string => readFileSync(fileURLToPath(new URL(`../../test/corpus/${name}`, import.meta.url)), 'utf8');

  it('every line of downloads.jsonl is valid, with at least 1,600 cases', () => {
    const { cases, problems } = parseCorpus(read('downloads.jsonl'), DownloadCaseSchema);
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(1600);
    for (const kind of ['official', 'pass', 'ignore', 'warn', 'block']) expect(cases.some((c) => c.expect === kind)).toBe(true);
  });

  it('every line of pages.jsonl is valid, with at least 320 pages', () => {
    const { cases, problems } = parseCorpus(read('pages.jsonl'), PageCaseSchema);
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(320);
  });
});
