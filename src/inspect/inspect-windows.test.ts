// Windows-shaped images built with the real tools: Microsoft's layout (UDF 2.60, files in UDF
// only), UDF 1.02 with an ISO 9660 bridge, Rock Ridge/Joliet/El Torito, WIM, ESD and split SWM.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFileByteSource } from '../cli/file-byte-source.ts';
import { ImageReader } from './image/image-reader.ts';
import { readVolumeDescriptors } from './iso9660/volume-descriptor.ts';
import { readIso9660Tree } from './iso9660/iso9660-tree.ts';
import { readUdfTree } from './udf/udf-tree.ts';
import { codes, inspectFile } from './testing/inspect-file.ts';
import {
  bridgeImage, captureWim, exportEsd, isoImage, list7z, requireTools, splitSwm, tempDir, udfImage, windowsEdition, writeTree,
} from './testing/fixtures.ts';

const temp = tempDir('windows');
const at = (name: string): string => join(temp.dir, name);
const MEDIA = {
  'setup.exe': 'MZ\x90\0', 'bootmgr': 'boot manager', 'autorun.inf': '[AutoRun.Amd64]\r\nopen=setup.exe\r\n',
  'boot/etfsboot.com': 'boot sector', 'efi/boot/bootx64.efi': 'MZ', 'efi/microsoft/boot/efisys.bin': 'EFI system partition', 'sources/setup.exe': 'MZ', 'sources/boot.wim': 'x',
  'support/logging/setup.exe.mui': 'x',
};

beforeAll(() => {
  requireTools();
  const content = writeTree(at('content'), { 'Windows/System32/notepad.exe': 'MZ', 'Windows/win.ini': '; for 16-bit app support\r\n' });
  writeTree(at('media'), MEDIA);
  captureWim(at('media/sources/install.wim'), content, [
    windowsEdition('Windows 11 Home', 'Core', 26100),
    windowsEdition('Windows 11 Pro', 'Professional', 26100, '9', { 'WINDOWS/LANGUAGES/LANGUAGE': 'de-DE' }),
  ]);
  udfImage(at('media'), at('Win11_24H2_English_x64.iso'), 'CCCOMA_X64FRE_EN-US_DV9');
  bridgeImage(at('media'), at('bridge.iso'), 'BRIDGE_UDF');
  isoImage(at('media'), at('rockridge.iso'), 'ROCK_RIDGE', { bootFile: 'boot/etfsboot.com', efiBootFile: 'efi/microsoft/boot/efisys.bin' });
  isoImage(at('media'), at('rockridge-only.iso'), 'RR_ONLY', { joliet: false });
  exportEsd(at('media/sources/install.wim'), at('install.esd'));
  splitSwm(at('media/sources/install.wim'), at('install.swm'));
  copyFileSync(at('Win11_24H2_English_x64.iso'), at('Windows_12_Pro_x64_Official.iso'));

  const server = writeTree(at('server-media'), { 'setup.exe': 'MZ', 'sources/': '' });
  captureWim(join(server, 'sources/install.wim'), content, [windowsEdition('Windows Server 2025 Standard', 'ServerStandard', 26100, '9', { DESCRIPTION: 'This option is useful when a GUI is required' })]);
  udfImage(server, at('server.iso'), 'SSS_X64FRE_EN-US_DV9');
}, 60_000);
afterAll(() => temp.remove());

async function listed(image: string, udf: boolean): Promise<string[]> {
  const file = await openFileByteSource(image);
  try {
    const reader = new ImageReader(file, 16 << 20);
    const descriptors = (await readVolumeDescriptors(reader))!;
    const tree = udf ? await readUdfTree(reader) : await readIso9660Tree(reader, descriptors);
    return tree.entries.map((e) => e.path).sort();
  } finally {
    await file.close();
  }
}

describe('a Windows-shaped image', () => {
  it("reads Microsoft's layout (UDF 2.60, a README on the ISO 9660 side): label, every edition, the release", async () => {
    const result = await inspectFile(at('Win11_24H2_English_x64.iso'));
    expect(result).toMatchObject({ file: 'Win11_24H2_English_x64.iso', format: 'udf', label: 'CCCOMA_X64FRE_EN-US_DV9', verdict: 'no-sign-of-change', findings: [] });
    expect(result.windows).toEqual({
      release: 'Windows 11 24H2',
      images: [
        { index: 1, name: 'Windows 11 Home', edition: 'Core', build: 26100, spBuild: 1742, arch: 'x64', languages: ['en-US'] },
        { index: 2, name: 'Windows 11 Pro', edition: 'Professional', build: 26100, spBuild: 1742, arch: 'x64', languages: ['de-DE'] },
      ],
    });
    expect(result.summary).toContain("only a SHA-256 that matches Microsoft's published one proves an image unmodified");
    expect(result.bytesRead).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('lists what 7-Zip lists, through UDF 2.60, UDF 1.02 and Rock Ridge alike', async () => {
    const files = Object.keys(MEDIA).concat('sources/install.wim');
    for (const [image, udf] of [['Win11_24H2_English_x64.iso', true], ['bridge.iso', true], ['rockridge.iso', false], ['rockridge-only.iso', false]] as const) {
      const ours = await listed(at(image), udf);
      expect(ours, image).toEqual(expect.arrayContaining(files));
      // 7-Zip adds the ISO 9660 side's README and its own [BOOT] entries for El Torito images.
      expect(list7z(at(image)).filter((p) => p !== 'README.TXT' && !p.startsWith('[BOOT]')).sort(), image).toEqual(ours);
    }
  });

  it('reads UDF 1.02 with an ISO 9660 bridge, and Rock Ridge with El Torito for BIOS and UEFI', async () => {
    expect(await inspectFile(at('bridge.iso'))).toMatchObject({ format: 'udf', label: 'BRIDGE_UDF', verdict: 'no-sign-of-change', windows: { release: 'Windows 11 24H2' } });
    const rockRidge = await inspectFile(at('rockridge.iso'));
    expect(rockRidge).toMatchObject({ format: 'iso9660', label: 'ROCK_RIDGE', verdict: 'no-sign-of-change', boot: ['bios', 'uefi'] });
    expect(rockRidge.windows?.images).toHaveLength(2);
    expect((await inspectFile(at('rockridge-only.iso'))).windows?.images.map((i) => i.edition)).toEqual(['Core', 'Professional']);
  });

  it('reads a WIM, an ESD and the first part of a split SWM given directly', async () => {
    const wim = await inspectFile(at('media/sources/install.wim'));
    expect(wim).toMatchObject({ format: 'wim', label: null, verdict: 'no-sign-of-change', windows: { release: 'Windows 11 24H2' } });
    const esd = await inspectFile(at('install.esd'));
    expect(esd).toMatchObject({ format: 'esd', verdict: 'no-sign-of-change' });
    expect(esd.windows?.images.map((i) => i.name)).toEqual(['Windows 11 Home', 'Windows 11 Pro']);
    const swm = await inspectFile(at('install.swm'));
    expect(swm.windows?.images.map((i) => i.build)).toEqual([26100, 26100]);
  });

  it('names a server build by its server release', async () => {
    const result = await inspectFile(at('server.iso'));
    expect(result.windows).toMatchObject({ release: 'Windows Server 2025', images: [{ edition: 'ServerStandard', build: 26100 }] });
    expect(result.verdict).toBe('no-sign-of-change');
  });

  it('says which release an image named "Windows 12" really holds', async () => {
    const result = await inspectFile(at('Windows_12_Pro_x64_Official.iso'));
    expect(codes(result)).toEqual(['claims-windows-12']);
    expect(result.findings[0]!.detail).toBe('The file name claims Windows 12, which does not exist; the image holds Windows 11 24H2 (build 26100).');
    expect(result.findings[0]!.args).toEqual(['Windows 12', 'name', 'Windows 11 24H2', '26100']);
  });
});
