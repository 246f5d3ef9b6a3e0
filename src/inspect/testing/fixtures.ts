// Builds test images with Debian's real tools (wimtools, pycdlib, genisoimage, xorriso, 7zip)
// into a temporary folder. A missing tool fails the test with what to install; it never skips.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseOf } from '../data/windows-releases.ts';

const PYTHON = '/usr/bin/python3';
const TOOLS: [string, string][] = [['wimlib-imagex', 'wimtools'], ['genisoimage', 'genisoimage'], ['xorriso', 'xorriso'], ['7zz', '7zip']];

function onPath(tool: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => existsSync(join(dir, tool)));
}

/** Throws, naming the Debian package, when a tool the fixtures need is missing. */
export function requireTools(): void {
  for (const [tool, pkg] of TOOLS) if (!onPath(tool)) throw new Error(`${tool} is missing: install Debian's ${pkg} (.ci/run does)`);
  try {
    execFileSync(PYTHON, ['-c', 'import pycdlib'], { stdio: 'pipe' });
  } catch {
    throw new Error(`pycdlib is missing for ${PYTHON}: install Debian's python3-pycdlib (.ci/run does)`);
  }
}

export function tempDir(tag: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `iso-guard-${tag}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `files` (path → content) under `dir`; a path ending in `/` makes an empty folder. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    if (path.endsWith('/')) { mkdirSync(full, { recursive: true }); continue; }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

export interface Edition {
  name: string;
  description?: string;
  /** When the edition was captured (YYYY-MM-DD); set in the XML so findings do not drift with the clock. */
  captured?: string;
  /** --image-property pairs, e.g. { 'WINDOWS/EDITIONID': 'Professional' }. */
  properties: Record<string, string>;
}

/** The XML fields Microsoft's images carry for an edition at a build. */
export function windowsEdition(name: string, edition: string, build: number, arch = '9', extra: Record<string, string> = {}): Edition {
  return {
    name,
    description: name,
    captured: shortlyAfterRelease(build),
    properties: {
      'WINDOWS/ARCH': arch, 'WINDOWS/EDITIONID': edition, 'WINDOWS/INSTALLATIONTYPE': 'Client', 'WINDOWS/PRODUCTTYPE': 'WinNT',
      'WINDOWS/LANGUAGES/LANGUAGE': 'en-US', 'WINDOWS/VERSION/MAJOR': '10', 'WINDOWS/VERSION/MINOR': '0',
      'WINDOWS/VERSION/BUILD': String(build), 'WINDOWS/VERSION/SPBUILD': '1742', DISPLAYNAME: name, FLAGS: edition, ...extra,
    },
  };
}

function shortlyAfterRelease(build: number): string {
  const release = releaseOf(build);
  return release ? new Date(Date.parse(release.released) + 20 * 86_400_000).toISOString().slice(0, 10) : '2024-11-01';
}

/** FILETIME (100 ns since 1601) as the HIGHPART/LOWPART hex pair the WIM XML carries. */
function fileTimeParts(date: string): [string, string] {
  const ticks = (BigInt(Date.parse(date)) + 11_644_473_600_000n) * 10_000n;
  const hex = (n: bigint): string => `0x${n.toString(16).toUpperCase().padStart(8, '0')}`;
  return [hex(ticks >> 32n), hex(ticks & 0xffffffffn)];
}

/** Captures `content` once per edition into `out` (wimlib-imagex capture, then append). */
export function captureWim(out: string, content: string, editions: Edition[], compress = 'none'): string {
  mkdirSync(dirname(out), { recursive: true });
  editions.forEach((edition, i) => {
    const props = Object.entries(edition.properties).flatMap(([k, v]) => ['--image-property', `${k}=${v}`]);
    execFileSync('wimlib-imagex', [i === 0 ? 'capture' : 'append', content, out, edition.name, edition.description ?? edition.name, ...props, ...(i === 0 ? [`--compress=${compress}`] : [])], { stdio: 'pipe' });
    if (!edition.captured) return;
    // capture stamps the current time; `info` rewrites the two timestamps afterwards.
    const [high, low] = fileTimeParts(edition.captured);
    const stamps = ['CREATIONTIME', 'LASTMODIFICATIONTIME'].flatMap((t) => ['--image-property', `${t}/HIGHPART=${high}`, '--image-property', `${t}/LOWPART=${low}`]);
    execFileSync('wimlib-imagex', ['info', out, String(i + 1), ...stamps], { stdio: 'pipe' });
  });
  return out;
}

export function exportEsd(wim: string, out: string): string {
  execFileSync('wimlib-imagex', ['export', wim, 'all', out, '--compress=LZMS', '--solid'], { stdio: 'pipe' });
  return out;
}

/** Splits into parts of `partMiB`; returns the first part's path. */
export function splitSwm(wim: string, out: string, partMiB = 1): string {
  execFileSync('wimlib-imagex', ['split', wim, out, String(partMiB)], { stdio: 'pipe' });
  return out;
}

const MAKE_UDF = fileURLToPath(new URL('./make-udf-image.py', import.meta.url));

/** UDF 2.60 with the files in UDF only and a README on the ISO 9660 side (pycdlib). */
export function udfImage(source: string, out: string, label: string): string {
  execFileSync(PYTHON, [MAKE_UDF, source, out, label], { stdio: 'pipe' });
  return out;
}

/** UDF 1.02 with an ISO 9660 bridge (genisoimage -udf). */
export function bridgeImage(source: string, out: string, label: string): string {
  execFileSync('genisoimage', ['-quiet', '-udf', '-iso-level', '3', '-V', label, '-o', out, source], { stdio: 'pipe' });
  return out;
}

/** ISO 9660 with Rock Ridge and Joliet, and an El Torito boot entry when `bootFile` is given (xorriso). */
export function isoImage(source: string, out: string, label: string, options: { joliet?: boolean; bootFile?: string; efiBootFile?: string; deep?: boolean } = {}): string {
  // `deep` keeps directories deeper than 8 levels where they are (no Rock Ridge relocation).
  const args = ['-as', 'mkisofs', '-quiet', '-R', ...(options.joliet === false ? [] : ['-J']), ...(options.deep ? ['-D'] : []), '-V', label, '-o', out];
  if (options.bootFile) args.push('-b', options.bootFile, '-no-emul-boot', '-boot-load-size', '4');
  // A second boot entry for UEFI, the way Windows media boot both ways (a 0xEF platform section).
  if (options.efiBootFile) args.push('-eltorito-alt-boot', '-e', options.efiBootFile, '-no-emul-boot');
  execFileSync('xorriso', [...args, source], { stdio: 'pipe' });
  return out;
}

/** The paths 7-Zip lists inside an image, for cross-checking the readers. */
export function list7z(image: string): string[] {
  const out = execFileSync('7zz', ['l', '-slt', '-ba', image], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.startsWith('Path = ')).map((l) => l.slice(7).replaceAll('\\', '/'));
}
