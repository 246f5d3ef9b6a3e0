// Marks that someone changed how Windows Setup runs: an answer file at the root or in sources/,
// $OEM$ folders (copied onto the installed system), SetupComplete.cmd (run at the end of
// setup), and ei.cfg / pid.txt that carry a product key.
import type { ImageEntry, ImageTree } from '../image/image-tree.ts';
import type { Finding } from '../types.ts';
import { describeAnswerFile, MAX_ANSWER_FILE, readAnswerFile } from './answer-file.ts';

const ANSWER_FILES = new Set(['autounattend.xml', 'unattend.xml', 'sources/autounattend.xml', 'sources/unattend.xml']);
const KEY_FILES = new Set(['sources/pid.txt', 'sources/ei.cfg']);
const PRODUCT_KEY = /\b[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}\b/i;

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

export async function answerFileFindings(tree: ImageTree): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const entry of tree.entries.filter((e) => !e.isDirectory && ANSWER_FILES.has(e.path.toLowerCase()))) {
    const reading = readAnswerFile(decodeText(await tree.readFile(entry, 0, MAX_ANSWER_FILE)));
    findings.push({ code: 'answer-file', detail: describeAnswerFile(entry.path, reading), path: entry.path, args: reading.actions });
  }
  return findings;
}

export async function setupScriptFindings(tree: ImageTree): Promise<Finding[]> {
  const findings: Finding[] = [];
  const oemFolders = tree.entries.filter((e) => e.isDirectory && e.path.split('/').pop()!.toLowerCase() === '$oem$');
  for (const folder of oemFolders) {
    const inside = tree.entries.filter((e) => !e.isDirectory && e.path.startsWith(`${folder.path}/`)).length;
    findings.push({ code: 'setup-scripts', detail: `A $OEM$ folder (${folder.path}) copies ${inside} file(s) onto the installed Windows; Microsoft's media have none.`, path: folder.path, args: ['oem-folder', folder.path] });
  }
  for (const entry of tree.entries.filter((e: ImageEntry) => !e.isDirectory && e.path.split('/').pop()!.toLowerCase() === 'setupcomplete.cmd')) {
    findings.push({ code: 'setup-scripts', detail: `SetupComplete.cmd (${entry.path}) runs commands with full rights at the end of Windows Setup.`, path: entry.path, args: ['setup-complete', entry.path] });
  }
  for (const entry of tree.entries.filter((e) => !e.isDirectory && KEY_FILES.has(e.path.toLowerCase()))) {
    if (!PRODUCT_KEY.test(decodeText(await tree.readFile(entry, 0, 4096)))) continue;
    findings.push({ code: 'setup-scripts', detail: `${entry.path} carries a product key that Windows Setup uses without asking.`, path: entry.path, args: ['product-key-file', entry.path] });
  }
  return findings;
}
