// Disk images for the check page's tests, made at test time with Debian's real tools: wimlib
// (install.wim with the XML fields Windows media carry), pycdlib (UDF 2.60 with only README.TXT
// on the ISO 9660 side, as on Microsoft's media) and xorriso (a plain ISO 9660 image).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Builds a UDF 2.60 image from [path inside, file on disk] pairs (pycdlib adds folders itself only for ISO 9660). */
const PYCDLIB_UDF = `
import io, sys, json, pycdlib
spec = json.load(open(sys.argv[1]))
iso = pycdlib.PyCdlib()
iso.new(udf='2.60', interchange_level=3, vol_ident=spec['label'])
readme = b'This disc contains a "UDF" file system and requires an operating system\\r\\nthat supports the ISO-13346 "UDF" file system specification.\\r\\n'
iso.add_fp(io.BytesIO(readme), len(readme), iso_path='/README.TXT;1')
made = set()
for path, src in spec['files']:
    parts = path.split('/')
    for i in range(1, len(parts)):
        folder = '/' + '/'.join(parts[:i])
        if folder not in made:
            iso.add_directory(udf_path=folder)
            made.add(folder)
    data = open(src, 'rb').read()
    iso.add_fp(io.BytesIO(data), len(data), udf_path='/' + path)
iso.write(sys.argv[2])
iso.close()
`;

export interface Edition {
  name: string;
  edition: string;
  build: number;
  spBuild: number;
}

function write(path: string, data: string | Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  return path;
}

/** A tiny program: the `MZ` magic of a Windows executable, nothing that runs. */
export const PROGRAM_STUB = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);

/** install.wim with one image per edition, x64, en-US. */
function installWim(work: string, editions: readonly Edition[]): string {
  const content = join(work, 'wim-content');
  write(join(content, 'Windows', 'System32', 'license.rtf'), 'Windows license placeholder\n');
  const wim = join(work, 'install.wim');
  editions.forEach((edition, i) => {
    const properties = [
      `WINDOWS/VERSION/MAJOR=10`, `WINDOWS/VERSION/MINOR=0`,
      `WINDOWS/VERSION/BUILD=${edition.build}`, `WINDOWS/VERSION/SPBUILD=${edition.spBuild}`,
      `WINDOWS/EDITIONID=${edition.edition}`, `WINDOWS/ARCH=9`, `WINDOWS/LANGUAGES/LANGUAGE=en-US`,
      `WINDOWS/INSTALLATIONTYPE=Client`, `DISPLAYNAME=${edition.name}`, `FLAGS=${edition.edition}`,
    ].flatMap((property) => ['--image-property', property]);
    execFileSync('wimlib-imagex', [i === 0 ? 'capture' : 'append', content, wim, edition.name, edition.name, ...properties], { stdio: 'ignore' });
  });
  return wim;
}

/** A Windows-shaped UDF image: setup.exe, autorun.inf, sources/install.wim, plus `extra` files. */
export function windowsImage(work: string, out: string, options: { label: string; editions: readonly Edition[]; extra?: Record<string, string> }): string {
  mkdirSync(work, { recursive: true });
  const files: [string, string][] = [
    ['setup.exe', write(join(work, 'files', 'setup.exe'), PROGRAM_STUB)],
    ['autorun.inf', write(join(work, 'files', 'autorun.inf'), '[AutoRun.Amd64]\r\nopen=setup.exe\r\n')],
    ['sources/install.wim', installWim(work, options.editions)],
  ];
  for (const [path, text] of Object.entries(options.extra ?? {})) files.push([path, write(join(work, 'extra', path), text)]);
  const spec = write(join(work, 'spec.json'), JSON.stringify({ label: options.label, files }));
  execFileSync('/usr/bin/python3', ['-c', PYCDLIB_UDF, spec, out], { stdio: 'ignore' });
  return out;
}

/** An ISO 9660 image (Rock Ridge and Joliet) whose only content is `name`, a program. */
export function loneProgramImage(work: string, out: string, name: string): string {
  const content = join(work, 'lone');
  write(join(content, name), PROGRAM_STUB);
  execFileSync('xorriso', ['-as', 'mkisofs', '-R', '-J', '-V', 'WIN12_SETUP', '-o', out, content], { stdio: 'ignore' });
  return out;
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
