// What the downloaded file is: its name (given, or taken from the URL), its extension and kind,
// and the name tricks (two extensions, hidden characters) that disguise a program.
import { stripHidden } from '../text/hidden-characters.ts';
import { hiddenCharacterFlags, isPlainAscii, safeDecode, type TextFlags } from '../text/normalize-text.ts';
import { pathOf } from '../hosts/url-parts.ts';

export type FileKind = 'disk-image' | 'executable' | 'archive' | 'other' | 'none';

export interface FileTypeRules {
  diskImages: ReadonlySet<string>;
  diskImageMimes: ReadonlySet<string>;
  executables: ReadonlySet<string>;
  scripts: ReadonlySet<string>;
  executableMimes: ReadonlySet<string>;
  archives: ReadonlySet<string>;
  compressors: ReadonlySet<string>;
  decoys: ReadonlySet<string>;
}

export interface FileFacts {
  /** The bare name as given (hidden characters kept, for the signals). */
  name: string;
  ext: string;
  kind: FileKind;
  /** A program that is a script (`.ps1`, `.vbs`, `.hta` …). */
  script: boolean;
  doubleExtension: boolean;
  flags: TextFlags;
}

const NO_FLAGS: TextFlags = { bidi: false, invisible: false };
const NAME_IN_QUERY = /(?:^|[?&;\s])(?:filename|file|name|fn)\*?=(?:utf-8'')?["']?([^&;"']+)/i;
/** Script pages in a URL say nothing about the file they send. */
const WEB_PAGE = new Set(['php', 'asp', 'aspx', 'jsp', 'cgi', 'html', 'htm', 'do', 'action', 'pl']);

/** The last segment of a path given with `/` or `\\`. */
export function baseName(path: string): string {
  let end = path.length;
  while (end > 0 && isSlash(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSlash(path.charCodeAt(start - 1))) start--;
  return start === 0 && end === path.length ? path : path.slice(start, end);
}

const isSlash = (c: number): boolean => c === 47 || c === 92;

/** A candidate name from a URL's last path segment (or a `filename=` in its query), decoded. */
export function nameFromUrlRest(rest: string): string {
  const path = safeDecode(pathOf(rest));
  const fromPath = baseName(path);
  const dot = fromPath.lastIndexOf('.');
  if (dot > 0 && !WEB_PAGE.has(fromPath.slice(dot + 1).toLowerCase())) return fromPath;
  // Mirror sites such as SourceForge end with /x.iso/download.
  if (/^(?:download|dl|get)$/i.test(fromPath)) {
    const before = baseName(path.slice(0, path.length - fromPath.length));
    if (/\.[a-z0-9]{2,5}$/i.test(before)) return before;
  }
  const query = NAME_IN_QUERY.exec(safeDecode(rest));
  return query?.[1] ? baseName(query[1]) : fromPath;
}

/** Windows ignores trailing dots and spaces, so `x.exe. ` runs as `x.exe`. */
function extensionOf(name: string, ascii = isPlainAscii(name)): { ext: string; stem: string } {
  const visible = ascii ? name : stripHidden(name);
  let end = visible.length;
  while (end > 0 && (visible.charCodeAt(end - 1) === 46 || visible.charCodeAt(end - 1) === 32)) end--;
  const dot = visible.lastIndexOf('.', end - 1);
  if (dot <= 0) return { ext: '', stem: visible.slice(0, end) };
  let stemEnd = dot;
  while (stemEnd > 0 && (visible.charCodeAt(stemEnd - 1) === 95 || isSpace(visible.charCodeAt(stemEnd - 1)))) stemEnd--;
  return { ext: visible.slice(dot + 1, end).toLowerCase(), stem: visible.slice(0, stemEnd) };
}

/** What `\s` matches, without a one-letter string and a regex run per character. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `fromUrl`: the name was guessed from the URL, not given by the browser. */
export function fileFacts(name: string, mime: string | undefined, types: FileTypeRules, fromUrl = false): FileFacts {
  // One look for plain ASCII serves both the extension and the hidden-character flags.
  const ascii = isPlainAscii(name);
  let { ext, stem } = extensionOf(name, ascii);
  // A compressed or zipped image (`x.vhd.xz`, `x.iso.zip`, `ReactOS-…-iso.zip`) is the image
  // once unpacked: judged as one, lures and all; so is a compressed tar of one (`x.vhd.tar.gz`).
  if (types.compressors.has(ext)) {
    const inner = imageInside(stem, ascii, types) ?? imageInTar(stem, ascii, types);
    if (inner) ({ ext, stem } = inner);
  }
  let kind: FileKind = 'other';
  if (types.diskImages.has(ext)) kind = 'disk-image';
  else if (types.executables.has(ext)) kind = 'executable';
  else if (types.archives.has(ext)) kind = 'archive';
  else if (ext === '' || ext.length > 12 || (fromUrl && WEB_PAGE.has(ext))) kind = 'none';
  if (kind === 'none' && mime) {
    const cleanMime = plainMime(mime);
    if (types.diskImageMimes.has(cleanMime)) kind = 'disk-image';
    else if (types.executableMimes.has(cleanMime)) kind = 'executable';
  }
  const doubleExtension = kind === 'executable' && hasDecoyExtension(ascii ? stem : stem.normalize('NFKC'), types);
  const script = kind === 'executable' && types.scripts.has(ext);
  return { name, ext, kind, script, doubleExtension, flags: ascii ? NO_FLAGS : hiddenCharacterFlags(name) };
}

const IMAGE_WORD_AT_END = /[-_]([a-z0-9]{2,6})$/i;

/** The image a container's name says it holds: `x.iso` of `x.iso.zip`, or `x-iso` of `x-iso.zip`. */
function imageInside(stem: string, ascii: boolean, types: FileTypeRules): { ext: string; stem: string } | null {
  const inner = extensionOf(stem, ascii);
  if (types.diskImages.has(inner.ext)) return inner;
  const word = IMAGE_WORD_AT_END.exec(stem);
  const ext = word?.[1]?.toLowerCase();
  return word && ext && types.diskImages.has(ext) ? { ext, stem: stem.slice(0, word.index) } : null;
}

/** The image inside `x.vhd.tar` once `.gz` is off: a packer in a compressor, one level only. */
function imageInTar(stem: string, ascii: boolean, types: FileTypeRules): { ext: string; stem: string } | null {
  const packed = extensionOf(stem, ascii);
  return types.compressors.has(packed.ext) ? imageInside(packed.stem, ascii, types) : null;
}

/** `stem` ends in a harmless-looking extension (`x.iso` of `x.iso.exe`), also under a compressor's
 * (`x.img.bz2` of `x.img.bz2.exe`: a compressed image is what it shows). Non-ASCII stems come
 * NFKC-folded, so a look-alike dot (full-width U+FF0E, one-dot leader U+2024) counts as a dot:
 * on screen it is one. */
function hasDecoyExtension(stem: string, types: FileTypeRules): boolean {
  if (!stem.includes('.')) return false;
  const shown = extensionOf(stem);
  if (types.decoys.has(shown.ext)) return true;
  return types.compressors.has(shown.ext) && shown.stem.includes('.') && types.decoys.has(extensionOf(shown.stem).ext);
}

function plainMime(mime: string): string {
  const semi = mime.indexOf(';');
  return (semi >= 0 ? mime.slice(0, semi) : mime).trim().toLowerCase();
}

export function isDiskImageMime(mime: string | undefined, types: FileTypeRules): boolean {
  return typeof mime === 'string' && mime !== '' && types.diskImageMimes.has(plainMime(mime));
}
