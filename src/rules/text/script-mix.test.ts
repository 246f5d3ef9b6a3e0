import { describe, expect, it } from 'vitest';
import { mixesScripts } from './script-mix.ts';

describe('mixesScripts (UTS #39 moderately restrictive)', () => {
  it.each([
    ['bücher', false], ['ışık', false], ['straße', false], ['café-42', false], // Latin only, accents and all
    ['пример', false], ['испытание', false], ['παράδειγμα', false], ['例え', false], // one other script
    ['ソニーstore', false], ['東京tokyo', false], ['한국korea', false], ['中文abc', false], // highly restrictive CJK with Latin
    ['hindiहिंदी', false], ['ไทยthai', false], // Latin + one other script: moderately restrictive
    ['microsоft', true], ['аpple', true], ['pаypal', true], ['goοgle', true], // Latin with Cyrillic or Greek
    ['пример-παράδειγμα', true], ['ไทยहिंदी', true], // two scripts, neither Latin
  ])('%s → %s', (label, expected) => {
    expect(mixesScripts(label)).toBe(expected);
  });
});
