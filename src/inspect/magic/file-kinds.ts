// What a file is from its name alone, for entries inside an image: the findings need to know
// which names run code on Windows (programs, scripts, shortcuts).

const PROGRAM = new Set(['exe', 'com', 'scr', 'msi', 'msix', 'appx', 'pif', 'cpl']);
const SCRIPT = new Set(['bat', 'cmd', 'ps1', 'psm1', 'vbs', 'vbe', 'js', 'jse', 'wsf', 'wsh', 'hta', 'reg']);
const SHORTCUT = new Set(['lnk', 'url']);

export type RunnableKind = 'program' | 'script' | 'shortcut';

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** `program`, `script` or `shortcut` when opening the named file runs something; else null. */
export function runnableKind(name: string): RunnableKind | null {
  const extension = extensionOf(name);
  if (PROGRAM.has(extension)) return 'program';
  if (SCRIPT.has(extension)) return 'script';
  if (SHORTCUT.has(extension)) return 'shortcut';
  return null;
}
