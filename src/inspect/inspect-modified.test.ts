// Images someone changed, and images that are no Windows at all: each finding says what was seen.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, inspectFile } from './testing/inspect-file.ts';
import { type Edition, captureWim, isoImage, requireTools, tempDir, udfImage, windowsEdition, writeTree } from './testing/fixtures.ts';

const temp = tempDir('modified');
const at = (name: string): string => join(temp.dir, name);

const ANSWER_FILE = `<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="windowsPE">
    <component name="Microsoft-Windows-Setup" processorArchitecture="amd64">
      <RunSynchronous><RunSynchronousCommand wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
        <Path>reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassTPMCheck /t REG_DWORD /d 1 /f</Path>
      </RunSynchronousCommand></RunSynchronous>
      <UserData><ProductKey><Key>VK7JG-NPHTM-C97JM-9MPGT-3V66T</Key></ProductKey></UserData>
    </component>
  </settings>
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup">
      <OOBE><HideOnlineAccountScreens>true</HideOnlineAccountScreens></OOBE>
      <UserAccounts><LocalAccounts><LocalAccount><Name>admin</Name><Group>Administrators</Group></LocalAccount></LocalAccounts></UserAccounts>
      <AutoLogon><Enabled>true</Enabled><Username>admin</Username></AutoLogon>
      <FirstLogonCommands><SynchronousCommand><CommandLine>reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender" /v DisableAntiSpyware /d 1</CommandLine></SynchronousCommand></FirstLogonCommands>
    </component>
  </settings>
</unattend>`;

const withDisplayName = (edition: Edition, shown: string): Edition => ({ ...edition, properties: { ...edition.properties, DISPLAYNAME: shown } });

beforeAll(() => {
  requireTools();
  const content = writeTree(at('content'), { 'Windows/win.ini': 'x' });
  const base = { 'setup.exe': 'MZ', 'bootmgr': 'x', 'sources/setup.exe': 'MZ' };
  writeTree(at('tweaked'), {
    ...base,
    'autounattend.xml': ANSWER_FILE,
    'sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd': '@echo off\r\nstart C:\\Tools\\KMS_VL_ALL.cmd\r\n',
    'sources/$OEM$/$1/Tools/KMS_VL_ALL.cmd': '@echo off\r\n',
    'sources/ei.cfg': '[EditionID]\r\nProfessional\r\n[Channel]\r\nRetail\r\n',
    'sources/pid.txt': '[PID]\r\nValue=VK7JG-NPHTM-C97JM-9MPGT-3V66T\r\n',
    'Tools/KMSAuto Net.exe': 'MZ',
    'Tools/install-drivers.ps1': 'Start-Process pnputil',
  });
  captureWim(at('tweaked/sources/install.wim'), content, [windowsEdition('Windows 11 Pro', 'Professional', 26100)]);
  udfImage(at('tweaked'), at('Win11_Pro_tweaked.iso'), 'CCCOMA_X64FRE_EN-US_DV9');

  writeTree(at('rebuilt'), base);
  captureWim(at('rebuilt/sources/install.wim'), content, [
    withDisplayName({ ...windowsEdition('Windows 11 Pro Lite', 'Professional', 26100), description: 'Debloated with NTLite' }, 'Windows 11 Pro Gamer'),
    { ...windowsEdition('Windows 10 Pro', 'Professional', 19045), captured: '2016-03-01' },
  ]);
  isoImage(at('rebuilt'), at('Windows 13 Lite.iso'), 'WIN13_LITE');

  writeTree(at('lone'), { 'Windows12_Setup.exe': 'MZ\x90\0\x03\0\0\0', 'autorun.inf': '[AutoRun]\r\nopen=Windows12_Setup.exe\r\n' });
  isoImage(at('lone'), at('Windows 12 Pro x64.iso'), 'WINDOWS12');

  writeTree(at('linux'), { 'casper/vmlinuz': '\x7fELF', 'isolinux/isolinux.bin': 'x', 'EFI/BOOT/BOOTx64.EFI': 'MZ', 'install.sh': '#!/bin/sh\n', 'README.diskdefines': 'x' });
  isoImage(at('linux'), at('ubuntu-24.04-desktop-amd64.iso'), 'Ubuntu 24.04 LTS amd64', { bootFile: 'isolinux/isolinux.bin' });
}, 60_000);
afterAll(() => temp.remove());

describe('a changed Windows image', () => {
  it('reads the answer file and says what it does', async () => {
    const result = await inspectFile(at('Win11_Pro_tweaked.iso'));
    expect(result.verdict).toBe('modified');
    const answer = result.findings.find((f) => f.code === 'answer-file')!;
    expect(answer.path).toBe('autounattend.xml');
    expect(answer.args).toEqual(['bypasses-tpm-or-secure-boot', 'creates-local-admin', 'disables-defender', 'logs-on-automatically', 'runs-commands', 'sets-product-key', 'skips-online-account']);
    expect(answer.detail).toMatch(/^An answer file \(autounattend\.xml\) makes Windows Setup run unattended: it skips the TPM, Secure Boot or hardware checks, creates a local administrator account, turns off Microsoft Defender/);
  });

  it('finds $OEM$, SetupComplete.cmd, keys in ei.cfg/pid.txt, activators and stray programs', async () => {
    const result = await inspectFile(at('Win11_Pro_tweaked.iso'));
    const scripts = result.findings.filter((f) => f.code === 'setup-scripts');
    expect(scripts.map((f) => f.args)).toEqual([
      ['oem-folder', 'sources/$OEM$'],
      ['setup-complete', 'sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd'],
      ['product-key-file', 'sources/pid.txt'],
    ]);
    expect(result.findings.filter((f) => f.code === 'activator').map((f) => f.path).sort()).toEqual(['Tools/KMSAuto Net.exe', 'sources/$OEM$/$1/Tools/KMS_VL_ALL.cmd']);
    const stray = result.findings.find((f) => f.code === 'unexpected-programs')!;
    expect(stray.args).toEqual(['Tools/install-drivers.ps1']);
  });

  it('sees a recaptured image: renamed edition, own description, an old timestamp, a rebuilding tool', async () => {
    const result = await inspectFile(at('Windows 13 Lite.iso'));
    expect(result.verdict).toBe('modified');
    const recaptured = result.findings.filter((f) => f.code === 'recaptured-image').map((f) => f.args);
    expect(recaptured).toEqual([
      ['renamed-edition', '1', 'Windows 11 Pro Lite', 'Windows 11 Pro'],
      ['custom-description', '1', 'Debloated with NTLite'],
      ['custom-display-name', '1', 'Windows 11 Pro Gamer'],
      ['timestamp', '2', '2016-03-01', 'Windows 10 22H2'],
      ['rebuild-tool', 'NTLite'],
    ]);
    expect(result.findings.every((f) => !/malware/i.test(f.detail))).toBe(true);
    const claims = result.findings.filter((f) => f.code === 'claims-windows-12');
    expect(claims.map((f) => f.args?.slice(0, 2))).toEqual([['Windows 13', 'name'], ['Windows 13', 'label']]);
    expect(claims[0]!.detail).toContain('the image holds Windows 11 24H2, Windows 10 22H2 (build 26100, 19045)');
  });
});

describe('an image that holds no Windows', () => {
  it('calls a "Windows 12" ISO holding one program what it is', async () => {
    const result = await inspectFile(at('Windows 12 Pro x64.iso'));
    expect(result).toMatchObject({ format: 'iso9660', verdict: 'not-windows', windows: null });
    expect(codes(result)).toEqual(['lone-program', 'claims-windows-12', 'claims-windows-12']);
    expect(result.findings[0]).toMatchObject({ path: 'Windows12_Setup.exe', args: ['Windows12_Setup.exe', 'program'] });
    expect(result.findings[1]!.detail).toBe('The file name claims Windows 12, which does not exist; the image holds no Windows setup at all.');
  });

  it('leaves a Linux image alone: no Windows, nothing to report', async () => {
    const result = await inspectFile(at('ubuntu-24.04-desktop-amd64.iso'));
    expect(result).toMatchObject({ format: 'iso9660', label: 'Ubuntu 24.04 LTS amd64', verdict: 'not-windows', windows: null, findings: [], boot: ['bios'] });
  });
});
