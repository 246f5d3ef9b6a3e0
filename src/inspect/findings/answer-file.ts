// Reads an answer file (Windows Setup's unattend.xml schema: settings passes, components,
// their elements) and says what it makes Setup do. Read with the strict small XML reader (no
// entity expansion); commands are judged by their text, where the registry tweaks hide.
import type { AnswerFileAction } from '../types.ts';
import { descendants, localName, parseXml, XmlError, type XmlElement } from '../xml/small-xml.ts';

export const MAX_ANSWER_FILE = 512 * 1024;

export interface AnswerFileReading {
  actions: AnswerFileAction[];
  /** Why the file could not be read as XML, when it could not. */
  error: string | null;
}

const isTrue = (e: XmlElement): boolean => /^\s*true\s*$/i.test(e.text);
const named = (e: XmlElement, ...names: string[]): boolean => names.includes(localName(e).toLowerCase());

/** What each action looks like in the commands and values an answer file carries. */
const IN_TEXT: [AnswerFileAction, RegExp][] = [
  ['bypasses-tpm-or-secure-boot', /\bLabConfig\b|Bypass(?:TPM|SecureBoot|RAM|Storage|CPU)Check|AllowUpgradesWithUnsupportedTPMOrCPU/i],
  ['disables-defender', /DisableAntiSpyware|DisableRealtimeMonitoring|DisableBehaviorMonitoring|Set-MpPreference\s[^<]*-Disable|\\Windows Defender\\|\bWinDefend\b|SmartScreenEnabled/i],
  ['skips-online-account', /BypassNRO|HideOnlineAccountScreens/i],
];

export function readAnswerFile(text: string): AnswerFileReading {
  const actions = new Set<AnswerFileAction>();
  let error: string | null = null;
  try {
    const root = parseXml(text.replace(/^\uFEFF/, ''));
    for (const e of descendants(root)) {
      if (named(e, 'runsynchronouscommand', 'synchronouscommand', 'asynchronouscommand', 'firstlogoncommands', 'logoncommands')) actions.add('runs-commands');
      if (named(e, 'autologon') && e.children.some((c) => named(c, 'enabled') && isTrue(c))) actions.add('logs-on-automatically');
      if (named(e, 'localaccount') && e.children.some((c) => named(c, 'group') && /administrators/i.test(c.text))) actions.add('creates-local-admin');
      if (named(e, 'hideonlineaccountscreens') && isTrue(e)) actions.add('skips-online-account');
      if (named(e, 'productkey') && (/\w{5}(?:-\w{5}){4}/.test(e.text) || e.children.some((c) => named(c, 'key') && c.text.trim()))) actions.add('sets-product-key');
      if (named(e, 'disableantispyware') && isTrue(e)) actions.add('disables-defender');
      const value = e.text + Object.values(e.attributes).join(' ');
      for (const [action, pattern] of IN_TEXT) if (pattern.test(value)) actions.add(action);
      if (named(e, 'component') && /Windows-Defender|Security-Malware/i.test(e.attributes.name ?? '')) {
        if (e.children.some((c) => /^disable/i.test(localName(c)) && isTrue(c))) actions.add('disables-defender');
      }
    }
  } catch (failure) {
    error = failure instanceof XmlError ? failure.message : 'unreadable';
  }
  return { actions: [...actions].sort(), error };
}

const WORDS: Record<AnswerFileAction, string> = {
  'disables-defender': 'turns off Microsoft Defender',
  'bypasses-tpm-or-secure-boot': 'skips the TPM, Secure Boot or hardware checks',
  'creates-local-admin': 'creates a local administrator account',
  'logs-on-automatically': 'logs on automatically',
  'runs-commands': 'runs commands during setup',
  'skips-online-account': 'skips the Microsoft account sign-in',
  'sets-product-key': 'enters a product key',
};

export function describeAnswerFile(path: string, reading: AnswerFileReading): string {
  if (reading.error) return `An answer file (${path}) changes how Windows Setup runs; it could not be read as XML (${reading.error}).`;
  if (reading.actions.length === 0) return `An answer file (${path}) changes how Windows Setup runs.`;
  const words = reading.actions.map((a) => WORDS[a]);
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
  return `An answer file (${path}) makes Windows Setup run unattended: it ${list}.`;
}
