// Names a file that is no disk image by its first bytes (magic numbers):
//   PE/MZ (Microsoft PE and COFF specification), ZIP "PK\3\4" (APPNOTE 4.3.7), 7z "7z\xBC\xAF\x27\x1C",
//   RAR "Rar!\x1A\x07", CAB "MSCF", shell link header 0x4C + CLSID 00021401 (MS-SHLLINK 2.1),
//   and scripts by their opening text (a shebang, `@echo off`, PowerShell or VBScript words).
import { startsWith } from '../image/fields.ts';
import { extensionOf, runnableKind } from './file-kinds.ts';

export interface MagicKind {
  format: 'program' | 'archive' | 'shortcut' | 'script';
  /** Plain words for the finding, e.g. `a Windows program (PE)`. */
  what: string;
}

const LNK_CLSID = [0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46];

function isLnk(head: Uint8Array): boolean {
  return LNK_CLSID.every((byte, i) => head[i] === byte);
}

function looksLikeScript(head: Uint8Array, name: string): boolean {
  // A script is text: no NUL bytes in what we looked at.
  const sample = head.subarray(0, 4096);
  if (sample.length === 0 || sample.includes(0)) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(sample).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.startsWith('#!')) return true;
  if (/^(?:@echo off|@?rem\b|::)/.test(text)) return true;
  if (/\b(?:invoke-webrequest|invoke-expression|iex\s*\(|start-process|set-executionpolicy|-encodedcommand)\b/.test(text)) return true;
  if (/\b(?:createobject\s*\(|wscript\.shell|activexobject)\b/.test(text)) return true;
  return runnableKind(name) === 'script';
}

/** What `head` (the file's first bytes) says the file is, or null when it is none of these. */
export function detectMagic(head: Uint8Array, name: string): MagicKind | null {
  if (startsWith(head, 0, 'MZ')) return { format: 'program', what: 'a Windows program (PE executable)' };
  if (startsWith(head, 0, '\x7fELF')) return { format: 'program', what: 'a Linux program (ELF executable)' };
  if (startsWith(head, 0, 'PK\x03\x04') || startsWith(head, 0, 'PK\x05\x06')) {
    const ext = extensionOf(name);
    return { format: 'archive', what: ext === 'msix' || ext === 'appx' ? 'a Windows app package (ZIP)' : 'a ZIP archive' };
  }
  if (startsWith(head, 0, '7z\xBC\xAF\x27\x1C')) return { format: 'archive', what: 'a 7-Zip archive' };
  if (startsWith(head, 0, 'Rar!\x1A\x07')) return { format: 'archive', what: 'a RAR archive' };
  if (startsWith(head, 0, 'MSCF')) return { format: 'archive', what: 'a Microsoft cabinet (CAB) archive' };
  if (isLnk(head)) return { format: 'shortcut', what: 'a Windows shortcut (.lnk)' };
  if (startsWith(head, 0, '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1') && extensionOf(name) === 'msi') {
    return { format: 'program', what: 'a Windows Installer package (MSI)' };
  }
  if (looksLikeScript(head, name)) return { format: 'script', what: 'a script' };
  return null;
}
