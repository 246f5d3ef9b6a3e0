// `npm run --silent inspect -- [--json] FILE…`: what each disk image is and what was changed
// in it, offline. One report (or one JSON line) per file, in order; a file that cannot be
// opened gets an `unreadable` answer and the command goes on. Exit status 0 when every file was
// read, 1 when any was unreadable, 2 for bad usage. See docs/cli.md.
import { basename } from 'node:path';
import { inspect } from '../inspect/index.ts';
import type { Inspection } from '../inspect/types.ts';
import { openFileByteSource } from './file-byte-source.ts';
import { jsonLine, readableReport } from './inspect-report.ts';

async function inspectPath(path: string): Promise<Inspection> {
  let source;
  try {
    source = await openFileByteSource(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'The file does not exist.' : code === 'EISDIR' ? 'This is a folder, not a file.' : `The file could not be opened (${code ?? String(error)}).`;
    return { file: basename(path), format: 'unknown', label: null, verdict: 'unreadable', windows: null, findings: [{ code: 'unreadable', detail }], summary: `ISO Guard could not read this file: ${detail}` };
  }
  try {
    return await inspect(source, path);
  } finally {
    await source.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((arg) => arg !== '--json');
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
    console.error('usage: npm run --silent inspect -- [--json] FILE…');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    const inspection = await inspectPath(file);
    if (inspection.verdict === 'unreadable') status = 1;
    console.log(json ? jsonLine(inspection) : `${readableReport(inspection)}\n`);
  }
  return status;
}

process.exitCode = await main(process.argv.slice(2));
