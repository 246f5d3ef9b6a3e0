// File names are attacker-chosen. A right-to-left override (U+202E) makes "Windows12\u202Eosi.exe"
// display as "Windows12exe.iso", and zero-width or padding characters hide the real extension.
// This turns every such character into a visible marker, e.g. ⟦RLO⟧, so the user sees the truth.
import { isHiddenCharacter } from '../../rules/text/hidden-characters.ts';

export type Segment = { kind: 'text'; text: string } | { kind: 'hidden'; label: string };

const NAMED: Record<number, string> = {
  0x061c: 'ALM',
  0x200b: 'ZWSP',
  0x200c: 'ZWNJ',
  0x200d: 'ZWJ',
  0x200e: 'LRM',
  0x200f: 'RLM',
  0x202a: 'LRE',
  0x202b: 'RLE',
  0x202c: 'PDF',
  0x202d: 'LRO',
  0x202e: 'RLO',
  0x2060: 'WJ',
  0x2066: 'LRI',
  0x2067: 'RLI',
  0x2068: 'FSI',
  0x2069: 'PDI',
  0xfeff: 'BOM',
  0x00ad: 'SHY',
  0x00a0: 'NBSP',
  0x3000: 'IDEOGRAPHIC SPACE',
};

/** Control, format, separator and unassigned characters (a plain space is handled apart). The
 * rules' own set (isHiddenCharacter) adds letters and marks that draw nothing, e.g. U+3164. */
const UNSEEN_CATEGORIES = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}\p{Cn}]/u;
/** Long runs of spaces are used to push the real extension out of sight. */
const SPACE_RUN_MIN = 3;

function labelFor(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return NAMED[code] ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function revealSegments(name: string): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  const flush = (): void => {
    if (text) segments.push({ kind: 'text', text });
    text = '';
  };
  const chars = Array.from(name);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (char === ' ') {
      let run = 1;
      while (chars[i + run] === ' ') run++;
      if (run >= SPACE_RUN_MIN) {
        flush();
        segments.push({ kind: 'hidden', label: `${run}×SPACE` });
        i += run - 1;
        continue;
      }
    }
    if (char !== ' ' && (UNSEEN_CATEGORIES.test(char) || isHiddenCharacter(char))) {
      flush();
      segments.push({ kind: 'hidden', label: labelFor(char) });
      continue;
    }
    text += char;
  }
  flush();
  return segments;
}

/** The name as one plain string with markers, e.g. "Windows12⟦RLO⟧osi.exe". */
export function revealInvisible(name: string): string {
  return revealSegments(name)
    .map((s) => (s.kind === 'text' ? s.text : `⟦${s.label}⟧`))
    .join('');
}

export function hasHiddenCharacters(name: string): boolean {
  return revealSegments(name).some((s) => s.kind === 'hidden');
}

/** The last part of a path, Windows or POSIX. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
