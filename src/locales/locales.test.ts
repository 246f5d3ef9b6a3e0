// Meta test for ISO Guard's strings: every key exists in every language with a message, the
// placeholders agree, every key used in the code exists, and no key is unused. Uses are found
// literally: `t('key')` calls (and the background's `ports.text('key')`, its port to t),
// `data-i18n="key"` in HTML, `__MSG_key__` in the manifest, and `reason_<code>` keys derived
// from the rules' reason codes.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocales } from '../../scripts/locales-plugin.ts';
import { REASON_CODES } from '../rules/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const LANGUAGES = ['de', 'en', 'es', 'fr'];
const locales = readLocales();
const english = locales.get('en') ?? {};
const allKeys = [...new Set([...locales.values()].flatMap((messages) => Object.keys(messages)))].sort();

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|html)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Every key the code uses, with the file that uses it. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const patterns = [/(?:\bt|\.text)\(\s*['"]([A-Za-z0-9_@]+)['"]/g, /data-i18n="([A-Za-z0-9_@]+)"/g, /__MSG_([A-Za-z0-9_@]+)__/g];
  const files = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'manifest.json')];
  for (const file of files) {
    // Comments may show a call as an example; they are not uses.
    const text = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\/\*|\*).*$/gm, '');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) used.set(match[1] ?? '', relative(ROOT, file));
  }
  for (const code of REASON_CODES) used.set(`reason_${code.replace(/-/g, '_')}`, 'src/rules/reason-codes.ts');
  return used;
}

function placeholderNames(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort();
}

describe('locales', () => {
  it('has exactly the four languages', () => {
    expect([...locales.keys()].sort()).toEqual(LANGUAGES);
  });

  it('has every key in every language, with a message', () => {
    const missing: string[] = [];
    for (const [lang, messages] of locales) {
      for (const key of allKeys) if (!messages[key]?.message.trim()) missing.push(`${lang}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('uses valid key names that differ in more than case', () => {
    expect(allKeys.filter((key) => !/^[A-Za-z0-9_@]+$/.test(key))).toEqual([]);
    const lower = allKeys.map((key) => key.toLowerCase());
    expect(lower.filter((key, i) => lower.indexOf(key) !== i)).toEqual([]);
  });

  it('declares every placeholder a message uses, the same way in every language', () => {
    const problems: string[] = [];
    for (const key of allKeys) {
      const reference = english[key]?.placeholders ?? {};
      for (const [lang, messages] of locales) {
        const entry = messages[key];
        if (!entry) continue;
        const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
        if (placeholderNames(entry.message).join() !== declared.join()) problems.push(`${lang}: ${key} uses [${placeholderNames(entry.message)}] but declares [${declared}]`);
        if (JSON.stringify(entry.placeholders ?? {}) !== JSON.stringify(reference)) problems.push(`${lang}: ${key} placeholders differ from English`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('defines every key the code uses', () => {
    const used = usedKeys();
    const undefinedKeys = [...used].filter(([key]) => !(key in english) && !key.startsWith('reason_')).map(([key, file]) => `${key} (${file})`);
    expect(undefinedKeys).toEqual([]);
  });

  it('has no unused key, and a reason key only for a code the rules can give', () => {
    const used = usedKeys();
    expect(allKeys.filter((key) => !used.has(key))).toEqual([]);
  });

  it('found uses in each of the places it looks (so the checks above can fail)', () => {
    const files = new Set(usedKeys().values());
    expect(files).toContain('manifest.json');
    expect([...files].some((file) => file.endsWith('.html'))).toBe(true);
    expect([...files].some((file) => file.startsWith('src/ui/'))).toBe(true);
  });
});
