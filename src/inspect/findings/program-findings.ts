// Programs, scripts and shortcuts where Microsoft's media have none, activator tools by name,
// and the classic dressing of malware: an "ISO" that holds one program and nothing else.
import { baseName, type ImageEntry, type ImageTree } from '../image/image-tree.ts';
import { detectMagic } from '../magic/detect-magic.ts';
import { runnableKind } from '../magic/file-kinds.ts';
import type { Finding } from '../types.ts';
import { isActivatorName } from './rules-knowledge.ts';

const MAX_LISTED = 10;
/** Where Microsoft's install media keep programs (setup.exe at the root, the rest in these folders). */
const PROGRAM_HOMES = /^(?:sources|boot|efi|support)\//i;
/** Files that come with any image and say nothing of its content. */
const FURNITURE = /^(?:autorun\.inf|desktop\.ini|readme(?:\.\w+)?|[^/]*\.(?:ico|txt|md|htm|html))$/i;

const listed = (paths: string[]): string => paths.slice(0, MAX_LISTED).join(', ') + (paths.length > MAX_LISTED ? ` and ${paths.length - MAX_LISTED} more` : '');

export function activatorFindings(tree: ImageTree): Finding[] {
  const hits = tree.entries.filter((e) => isActivatorName(baseName(e.path)));
  // A folder named like an activator covers what is inside it.
  const top = hits.filter((e) => !hits.some((h) => h !== e && h.isDirectory && e.path.startsWith(`${h.path}/`)));
  return top.slice(0, MAX_LISTED).map((e) => ({
    code: 'activator',
    detail: `${e.path} is named like a Windows activation crack; such tools are a common way to hide malware.`,
    path: e.path,
    args: [baseName(e.path)],
  }));
}

/** Runnable files outside the places Microsoft's media keep them (not $OEM$ or activators: those have findings of their own). */
export function unexpectedProgramFindings(tree: ImageTree, windowsShaped: boolean): Finding[] {
  const paths = tree.entries
    .filter((e) => !e.isDirectory && runnableKind(e.path) !== null && !/(?:^|\/)\$oem\$\//i.test(e.path) && !isActivatorName(baseName(e.path)))
    .filter((e) => !windowsShaped || runnableKind(e.path) !== 'program' || !(PROGRAM_HOMES.test(e.path) || e.path.toLowerCase() === 'setup.exe'))
    .map((e) => e.path);
  if (paths.length === 0) return [];
  const where = windowsShaped ? "where Microsoft's install media have none" : 'in an image that holds no Windows setup';
  return [{ code: 'unexpected-programs', detail: `Programs, scripts or shortcuts ${where}: ${listed(paths)}.`, path: paths[0]!, args: paths.slice(0, MAX_LISTED) }];
}

export async function loneProgramFinding(tree: ImageTree): Promise<Finding | null> {
  const files = tree.entries.filter((e: ImageEntry) => !e.isDirectory && !FURNITURE.test(baseName(e.path)));
  if (files.length !== 1) return null;
  const only = files[0]!;
  const magic = detectMagic(await tree.readFile(only, 0, 4096), baseName(only.path));
  const kind = magic?.what ?? (runnableKind(only.path) ? `a ${runnableKind(only.path)}` : null);
  if (!kind) return null;
  return {
    code: 'lone-program',
    detail: `The image holds nothing but ${kind}, ${only.path}: no Windows image is made this way; it is how malware is dressed as one.`,
    path: only.path,
    args: [only.path, magic?.format ?? runnableKind(only.path)!],
  };
}
