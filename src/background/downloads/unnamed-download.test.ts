import { describe, expect, it } from 'vitest';
import { nameUnknownFromUrl } from './unnamed-download.ts';

describe('nameUnknownFromUrl', () => {
  it.each([
    { desc: 'an opaque id', input: { url: 'https://files.example/get?id=7', mime: 'application/octet-stream' }, expected: true },
    { desc: 'a server script', input: { url: 'https://x.example/download.php?f=1', mime: 'application/octet-stream' }, expected: true },
    { desc: 'a trailing slash', input: { url: 'https://x.example/file/', mime: '' }, expected: true },
    { desc: 'a redirect to an opaque URL', input: { url: 'https://x.example/a.pdf', finalUrl: 'https://cdn.example/blob', mime: 'application/octet-stream' }, expected: true },
    { desc: 'a named PDF', input: { url: 'https://docs.example/manual.pdf', mime: 'application/pdf' }, expected: false },
    { desc: 'a named zip with a generic type', input: { url: 'https://x.example/tool.zip', mime: 'application/octet-stream' }, expected: false },
    { desc: 'an opaque URL with a specific type', input: { url: 'https://x.example/get?id=1', mime: 'image/png' }, expected: false },
    { desc: 'a malformed URL', input: { url: 'not a url', mime: 'application/octet-stream' }, expected: true },
  ])('$desc → $expected', ({ input, expected }) => {
    expect(nameUnknownFromUrl(input)).toBe(expected);
  });
});
