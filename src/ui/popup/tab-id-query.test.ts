import { describe, expect, it } from 'vitest';
import { tabIdFromQuery } from './tab-id-query.ts';

describe('tabIdFromQuery', () => {
  const cases = [
    { desc: 'a tab id', input: '?tabId=42', expected: 42 },
    { desc: 'no tab id', input: '', expected: undefined },
    { desc: 'not a number', input: '?tabId=abc', expected: undefined },
    { desc: 'a negative number', input: '?tabId=-1', expected: undefined },
    { desc: 'a number with junk', input: '?tabId=4e2', expected: undefined },
  ];
  for (const { desc, input, expected } of cases) it(desc, () => expect(tabIdFromQuery(input)).toBe(expected));
});
