// Disk images for the check page's tests and screenshots, made at test time with Debian's real
// tools through the inspector's own fixture builders: wimlib for install.wim (with the XML fields
// Windows media carry), pycdlib for UDF 2.60 with only README.TXT on the ISO 9660 side (as on
// Microsoft's media), and xorriso for a plain ISO 9660 image.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { captureWim, isoImage, requireTools, udfImage, windowsEdition, writeTree } from '../../src/inspect/testing/fixtures.ts';

export interface Edition {
  name: string;
  edition: string;
  build: number;
}

/** A tiny program: the `MZ` magic of a Windows executable, nothing that runs. */
export const PROGRAM_STUB = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);

/** A Windows-shaped UDF image: setup.exe, autorun.inf, sources/install.wim (one image per
 * edition, x64, en-US, service build 1742), plus `extra` files (path → text). */
export function windowsImage(work: string, out: string, options: { label: string; editions: readonly Edition[]; extra?: Record<string, string> }): string {
  requireTools();
  const content = writeTree(join(work, 'wim-content'), { 'Windows/System32/license.rtf': 'Windows license placeholder\n' });
  const media = writeTree(join(work, 'media'), {
    'setup.exe': PROGRAM_STUB,
    'autorun.inf': '[AutoRun.Amd64]\r\nopen=setup.exe\r\n',
    ...options.extra,
  });
  mkdirSync(join(media, 'sources'), { recursive: true });
  captureWim(join(media, 'sources', 'install.wim'), content, options.editions.map((e) => windowsEdition(e.name, e.edition, e.build)));
  return udfImage(media, out, options.label);
}

/** An ISO 9660 image (Rock Ridge and Joliet) whose only content is `name`, a program. */
export function loneProgramImage(work: string, out: string, name: string): string {
  requireTools();
  return isoImage(writeTree(join(work, 'lone'), { [name]: PROGRAM_STUB }), out, 'WIN12_SETUP');
}

/** An answer file of the kind modified builds carry: TPM and Secure Boot checks skipped,
 * Defender off, a local administrator with a plain password that logs on by itself. */
export const HOSTILE_ANSWER_FILE = `<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="windowsPE">
    <component name="Microsoft-Windows-Setup" processorArchitecture="amd64">
      <RunSynchronous>
        <RunSynchronousCommand><Order>1</Order><Path>reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassTPMCheck /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand>
        <RunSynchronousCommand><Order>2</Order><Path>reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassSecureBootCheck /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand>
      </RunSynchronous>
    </component>
  </settings>
  <settings pass="specialize">
    <component name="Security-Malware-Windows-Defender" processorArchitecture="amd64"><DisableAntiSpyware>true</DisableAntiSpyware></component>
    <component name="Microsoft-Windows-Deployment" processorArchitecture="amd64"><RunSynchronous><RunSynchronousCommand><Order>1</Order><Path>reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender" /v DisableAntiSpyware /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand></RunSynchronous></component>
  </settings>
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">
      <UserAccounts><LocalAccounts><LocalAccount><Name>Admin</Name><Group>Administrators</Group><Password><Value>1234</Value><PlainText>true</PlainText></Password></LocalAccount></LocalAccounts></UserAccounts>
      <AutoLogon><Enabled>true</Enabled><Username>Admin</Username><Password><Value>1234</Value><PlainText>true</PlainText></Password></AutoLogon>
    </component>
  </settings>
</unattend>
`;
