// Percent-decoding that never throws and reads each character once. decodeURIComponent throws on
// the first malformed escape, and retrying it run by run made a 96 KB address of bad escapes cost
// half a second: here a byte sequence that is not valid UTF-8 simply stays as it was written.
// Hand-rolled because TextDecoder would turn bad bytes into U+FFFD and lose the original text.

const hex = (c: number): number =>
  c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;

/** The byte of the escape at `i` (`%XX`), or -1. */
function byteAt(text: string, i: number): number {
  if (i + 2 >= text.length || text.charCodeAt(i) !== 37) return -1;
  const hi = hex(text.charCodeAt(i + 1));
  const lo = hex(text.charCodeAt(i + 2));
  return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
}

/** How many continuation bytes a UTF-8 lead byte wants, and the smallest code point it may give. */
function lead(b: number): [number, number] {
  if (b >= 0xc2 && b <= 0xdf) return [1, 0x80];
  if (b >= 0xe0 && b <= 0xef) return [2, 0x800];
  if (b >= 0xf0 && b <= 0xf4) return [3, 0x10000];
  return [-1, 0];
}

/** Decodes valid %XX UTF-8 sequences; anything else is kept as written. Linear, never throws. */
export function percentDecode(text: string): string {
  let at = text.indexOf('%');
  if (at < 0) return text;
  const parts: string[] = [];
  let from = 0;
  while (at >= 0) {
    const b = byteAt(text, at);
    let width = 0; // characters of text consumed by one decoded character
    let cp = -1;
    if (b >= 0 && b < 0x80) [cp, width] = [b, 3];
    else if (b >= 0) {
      const [more, min] = lead(b);
      if (more > 0) {
        cp = b & (0x3f >> more);
        for (let k = 1; k <= more; k++) {
          const next = byteAt(text, at + 3 * k);
          if (next < 0x80 || next > 0xbf) {
            cp = -1;
            break;
          }
          cp = (cp << 6) | (next & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = -1;
        width = 3 * (more + 1);
      }
    }
    if (cp >= 0) {
      parts.push(text.slice(from, at), String.fromCodePoint(cp));
      from = at + width;
      at = text.indexOf('%', from);
    } else at = text.indexOf('%', at + 1);
  }
  parts.push(text.slice(from));
  return parts.join('');
}
