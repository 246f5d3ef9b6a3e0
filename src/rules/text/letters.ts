// Character classes of folded text (lower-case ASCII letters and digits), by char code: the
// word reading runs on every name that may claim Windows, so it looks at codes, not strings.
export const isLetter = (c: number): boolean => c >= 97 && c <= 122;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAlnum = (c: number): boolean => isLetter(c) || isDigit(c);

export function isLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isLetter(text.charCodeAt(i))) return false;
  return true;
}
