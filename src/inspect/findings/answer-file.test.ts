import { describe, expect, it } from 'vitest';
import { describeAnswerFile, readAnswerFile } from './answer-file.ts';

const wrap = (body: string): string => `<?xml version="1.0"?><unattend xmlns="urn:schemas-microsoft-com:unattend" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">${body}</unattend>`;

const CASES: { desc: string; xml: string; actions: string[] }[] = [
  { desc: 'Defender turned off through its component', xml: wrap('<settings pass="specialize"><component name="Security-Malware-Windows-Defender"><DisableAntiSpyware>true</DisableAntiSpyware></component></settings>'), actions: ['disables-defender'] },
  { desc: 'Defender turned off by a command', xml: wrap('<FirstLogonCommands><SynchronousCommand wcm:action="add"><CommandLine>powershell Set-MpPreference -DisableRealtimeMonitoring $true</CommandLine></SynchronousCommand></FirstLogonCommands>'), actions: ['disables-defender', 'runs-commands'] },
  { desc: 'BypassNRO by a command', xml: wrap('<RunSynchronous><RunSynchronousCommand><Path>reg add HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\OOBE /v BypassNRO /t REG_DWORD /d 1</Path></RunSynchronousCommand></RunSynchronous>'), actions: ['runs-commands', 'skips-online-account'] },
  { desc: 'auto logon turned off is no auto logon', xml: wrap('<AutoLogon><Enabled>false</Enabled></AutoLogon>'), actions: [] },
  { desc: 'a local user who is no administrator', xml: wrap('<LocalAccount><Name>kid</Name><Group>Users</Group></LocalAccount>'), actions: [] },
  { desc: 'namespace prefixes on element names', xml: '<u:unattend xmlns:u="urn:x"><u:AutoLogon><u:Enabled>true</u:Enabled></u:AutoLogon></u:unattend>', actions: ['logs-on-automatically'] },
];

describe('reading answer files', () => {
  for (const c of CASES) {
    it(c.desc, () => {
      expect(readAnswerFile(c.xml)).toEqual({ actions: c.actions, error: null });
    });
  }

  it('refuses entity declarations instead of expanding them (billion laughs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><unattend>&lol2;</unattend>`;
    const reading = readAnswerFile(bomb);
    expect(reading.error).toBe('DOCTYPE and entity declarations are refused');
    expect(describeAnswerFile('autounattend.xml', reading)).toBe('An answer file (autounattend.xml) changes how Windows Setup runs; it could not be read as XML (DOCTYPE and entity declarations are refused).');
  });

  it('says a malformed or cut-off answer file could not be read', () => {
    expect(readAnswerFile(wrap('<AutoLogon><Enabled>true</AutoLogon>')).error).toBe('mismatched closing tag </AutoLogon>');
    expect(readAnswerFile('<unattend><settings').error).toBe('the document ends inside a tag');
    expect(readAnswerFile('').error).toBe('no root element');
  });

  it('refuses absurd nesting', () => {
    expect(readAnswerFile('<a>'.repeat(100) + '</a>'.repeat(100)).error).toBe('elements nest deeper than 64');
  });

  it('describes the actions in one sentence', () => {
    expect(describeAnswerFile('sources/unattend.xml', { actions: ['creates-local-admin', 'logs-on-automatically'], error: null }))
      .toBe('An answer file (sources/unattend.xml) makes Windows Setup run unattended: it creates a local administrator account and logs on automatically.');
  });
});
