// Windows-shaped and modified images built with the real tools (pycdlib UDF 2.60, genisoimage
// UDF 1.02 bridge, xorriso Rock Ridge/Joliet/El Torito, wimlib WIM/ESD/SWM), inspected whole.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFileByteSource } from '../cli/file-byte-source.ts';
import { ImageReader } from './image/image-reader.ts';
import { readUdfTree } from './udf/udf-tree.ts';
import { readIso9660Tree } from './iso9660/iso9660-tree.ts';
import { readVolumeDescriptors } from './iso9660/volume-descriptor.ts';
import { bridgeImage, captureWim, exportEsd, isoImage, list7z, requireTools, splitSwm, tempDir, udfImage, windowsEdition, writeTree } from './testing/fixtures.ts';
import { inspectFile } from './testing/sources.ts';

const ANSWER_FILE = `<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="windowsPE"><component name="Microsoft-Windows-Setup">
    <RunSynchronous><RunSynchronousCommand><Path>reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassTPMCheck /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand></RunSynchronous>
    <UserData><ProductKey><Key>VK7JG-NPHTM-C97JM-9MPGT-3V66T</Key></ProductKey></UserData>
  </component></settings>
  <settings pass="oobeSystem"><component name="Microsoft-Windows-Shell-Setup">
    <UserAccounts><LocalAccounts><LocalAccount><Name>admin</Name><Group>Administrators</Group></LocalAccount></LocalAccounts></UserAccounts>
    <AutoLogon><Enabled>true</Enabled><Username>admin</Username></AutoLogon>
    <OOBE><HideOnlineAccountScreens>true</HideOnlineAccountScreens></OOBE>
  </component></settings>
</unattend>`;

const tmp = tempDir('media');
const at = (name: string): string => join(tmp.dir, name);
const MEDIA = { 'setup.exe': 'MZ-setup', 'autorun.inf': '[AutoRun]\r\nopen=setup.exe\r\n', bootmgr: 'bootmgr', 'boot/bcd': 'bcd', 'boot/bootsect.exe': 'MZ', 'efi/boot/bootx64.efi': 'MZ', 'sources/setup.exe': 'MZ', 'sources/boot.wim': 'placeholder' };

beforeAll(() => {
  requireTools();
  const content = writeTree(at('content'), { 'Windows/System32/config/SOFTWARE': 'hive', 'Windows/explorer.exe': 'MZ' });
  // Genuine-shaped: two editions as Microsoft names them, build 26100.
  writeTree(at('genuine'), MEDIA);
  captureWim(at('genuine/sources/install.wim'), content, [windowsEdition('Windows 11 Home', 'Core', 26100), windowsEdition('Windows 11 Pro', 'Professional', 26100)]);
  udfImage(at('genuine'), at('Win11_24H2_English_x64.iso'), 'CCCOMA_X64FRE_EN-US_DV9');
  bridgeImage(at('genuine'), at('bridge.iso'), 'CCCOMA_X64FRE_EN-US_DV9');
  // Modified: answer file, $OEM$ with SetupComplete.cmd, an activator, a renamed edition with its own description.
  writeTree(at('modified'), {
    ...MEDIA,
    'autounattend.xml': ANSWER_FILE,
    'sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd': '@echo off\r\nstart KMS_VL_ALL.cmd\r\n',
    'sources/pid.txt': '[PID]\r\nValue=VK7JG-NPHTM-C97JM-9MPGT-3V66T\r\n',
    'Activators/KMSAuto Net.exe': 'MZ',
    'Optimize.ps1': 'Start-Process cmd',
  });
  captureWim(at('modified/sources/install.wim'), content, [
    { ...windowsEdition('Windows 11 Pro Lite', 'Professional', 26100), description: 'Debloated by NTLite, no Defender' },
  ]);
  udfImage(at('modified'), at('Windows 12 Pro x64.iso'), 'WIN12_PRO_X64');
  // A "Windows 12 ISO" that holds one program.
  writeTree(at('lone'), { 'Windows12Setup.exe': 'MZ\x90\0fake', 'autorun.inf': '[AutoRun]' });
  isoImage(at('lone'), at('Windows 12 Setup.iso'), 'WINDOWS12');
  // A Linux-like bootable ISO.
  writeTree(at('linux'), { 'isolinux/isolinux.bin': new Uint8Array(2048), 'casper/vmlinuz': 'kernel', 'casper/filesystem.squashfs': 'hsqs', 'README.diskdefines': '#define DISKNAME  Ubuntu', 'Très long nom de fichier à lire.txt': 'é' });
  isoImage(at('linux'), at('ubuntu.iso'), 'Ubuntu 24.04 LTS amd64', { bootFile: 'isolinux/isolinux.bin' });
  // WIM, ESD and SWM given directly.
  captureWim(at('install.wim'), content, [windowsEdition('Windows 10 Pro', 'Professional', 19045), windowsEdition('Windows 10 Education', 'Education', 19045, '0')]);
  exportEsd(at('install.wim'), at('install.esd'));
  splitSwm(at('install.wim'), at('install.swm'), 1);
}, 60_000);
afterAll(() => tmp.remove());

describe('Windows-shaped images', () => {
  it('reads a genuine-shaped UDF 2.60 image: label, editions, release, no sign of change', async () => {
    const result = await inspectFile(at('Win11_24H2_English_x64.iso'));
    expect(result).toMatchObject({ file: 'Win11_24H2_English_x64.iso', format: 'udf', label: 'CCCOMA_X64FRE_EN-US_DV9', verdict: 'no-sign-of-change', findings: [] });
    expect(result.windows).toEqual({
      release: 'Windows 11 24H2',
      images: [
        { index: 1, name: 'Windows 11 Home', edition: 'Core', build: 26100, spBuild: 1742, arch: 'x64', languages: ['en-US'] },
        { index: 2, name: 'Windows 11 Pro', edition: 'Professional', build: 26100, spBuild: 1742, arch: 'x64', languages: ['en-US'] },
      ],
    });
    expect(result.summary).toMatch(/only a SHA-256 that matches Microsoft's published one proves/);
    expect(result.bytesRead).toBeLessThan(2 * 1024 * 1024);
  });

  it('reads a UDF 1.02 image with an ISO 9660 bridge through UDF', async () => {
    const result = await inspectFile(at('bridge.iso'));
    expect(result).toMatchObject({ format: 'udf', label: 'CCCOMA_X64FRE_EN-US_DV9', verdict: 'no-sign-of-change' });
    expect(result.windows?.images.map((i) => i.name)).toEqual(['Windows 11 Home', 'Windows 11 Pro']);
  });

  it('lists the same UDF files as 7-Zip', async () => {
    for (const image of ['Win11_24H2_English_x64.iso', 'Windows 12 Pro x64.iso']) {
      const source = await openFileByteSource(at(image));
      const tree = await readUdfTree(new ImageReader(source, 1 << 24));
      await source.close();
      expect(tree.entries.map((e) => e.path).sort()).toEqual(list7z(at(image)).sort());
    }
  });

  it('finds every change in a modified image and says what each does', async () => {
    const result = await inspectFile(at('Windows 12 Pro x64.iso'));
    expect(result.verdict).toBe('modified');
    const answer = result.findings.find((f) => f.code === 'answer-file');
    expect(answer).toMatchObject({ path: 'autounattend.xml' });
    expect(answer?.args).toEqual(['bypasses-tpm-or-secure-boot', 'creates-local-admin', 'logs-on-automatically', 'runs-commands', 'sets-product-key', 'skips-online-account']);
    expect(answer?.detail).toContain('skips the TPM, Secure Boot or hardware checks');
    const scripts = result.findings.filter((f) => f.code === 'setup-scripts').map((f) => f.args?.[0]);
    expect(scripts).toEqual(['oem-folder', 'setup-complete', 'product-key-file']);
    expect(result.findings.find((f) => f.code === 'activator')).toMatchObject({ path: 'Activators/KMSAuto Net.exe' });
    expect(result.findings.find((f) => f.code === 'unexpected-programs')?.args).toEqual(['Optimize.ps1']);
    const recaptured = result.findings.filter((f) => f.code === 'recaptured-image').map((f) => f.args?.[0]);
    expect(recaptured).toEqual(expect.arrayContaining(['renamed-edition', 'custom-description', 'rebuild-tool']));
    const claims = result.findings.filter((f) => f.code === 'claims-windows-12');
    expect(claims.map((f) => f.args?.[1])).toEqual(['name', 'label']);
    expect(claims[0]?.detail).toBe('The file name claims Windows 12, which does not exist; the image holds Windows 11 24H2 (build 26100).');
    expect(result.findings.every((f) => !/malware/i.test(f.detail) || f.code === 'activator')).toBe(true);
  });

  it('calls a one-program "Windows 12 ISO" what it is', async () => {
    const result = await inspectFile(at('Windows 12 Setup.iso'));
    expect(result).toMatchObject({ format: 'iso9660', label: 'WINDOWS12', verdict: 'not-windows', windows: null });
    expect(result.findings.map((f) => f.code)).toEqual(['lone-program', 'claims-windows-12', 'claims-windows-12']);
    expect(result.findings[0]).toMatchObject({ path: 'Windows12Setup.exe', args: ['Windows12Setup.exe', 'program'] });
    expect(result.findings[1]?.detail).toContain('the image holds no Windows setup at all');
  });

  it('reads a Linux-like ISO with Rock Ridge and Joliet names and its El Torito boot entry', async () => {
    const result = await inspectFile(at('ubuntu.iso'));
    expect(result).toMatchObject({ format: 'iso9660', label: 'Ubuntu 24.04 LTS amd64', verdict: 'not-windows', windows: null, findings: [], boot: ['bios'] });
    const source = await openFileByteSource(at('ubuntu.iso'));
    const reader = new ImageReader(source, 1 << 24);
    const tree = await readIso9660Tree(reader, (await readVolumeDescriptors(reader))!);
    await source.close();
    expect(tree.entries.map((e) => e.path).sort()).toEqual(list7z(at('ubuntu.iso')).filter((p) => !p.startsWith('[')).sort());
    expect(tree.entries.map((e) => e.path)).toContain('Très long nom de fichier à lire.txt');
  });
});

describe('WIM, ESD and split WIM given directly', () => {
  it('reads a WIM: editions, architectures, Windows 10 22H2', async () => {
    const result = await inspectFile(at('install.wim'));
    expect(result).toMatchObject({ format: 'wim', label: null, windows: { release: 'Windows 10 22H2' } });
    expect(result.windows?.images.map((i) => [i.name, i.arch])).toEqual([['Windows 10 Pro', 'x64'], ['Windows 10 Education', 'x86']]);
  });

  it('reads an LZMS solid ESD as esd', async () => {
    const result = await inspectFile(at('install.esd'));
    expect(result.format).toBe('esd');
    expect(result.windows?.images).toHaveLength(2);
  });

  it('reads the first part of a split .swm', async () => {
    const parts = readdirSync(tmp.dir).filter((f) => /^install\d*\.swm$/.test(f));
    expect(parts.length).toBeGreaterThan(0);
    const result = await inspectFile(at('install.swm'));
    expect(result.format).toBe('wim');
    expect(result.windows?.images.map((i) => i.build)).toEqual([19045, 19045]);
  });
});
