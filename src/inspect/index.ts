// The disk-image inspector: inspect(source, name) tells what a file is and what was changed in it.
// Pure: it reads only through `source.read`, so it runs in the check page and in Node alike.
import { ImageReader, Unreadable } from './image/image-reader.ts';
import { detectMagic } from './magic/detect-magic.ts';
import type { ByteSource, Finding, Inspection } from './types.ts';
import { readVolumeDescriptors } from './iso9660/volume-descriptor.ts';
import { detectVirtualDisk } from './vhd/virtual-disk.ts';
import { isWim } from './wim/wim-header.ts';
import { readWim } from './wim/read-wim.ts';
import { claimFindings, recapturedFindings, windowsFacts } from './findings/windows-findings.ts';
import { imageVerdict, verdictSummary } from './findings/verdict.ts';
import { inspectDiskImage } from './inspect-disk-image.ts';

export type { ByteSource, Finding, Inspection } from './types.ts';

/** The most any inspection reads; a Windows-shaped image needs well under 2 MB. */
export const READ_BUDGET = 16 * 1024 * 1024;

const baseName = (name: string): string => name.replace(/^.*[\\/]/, '');

function answer(inspection: Omit<Inspection, 'summary'>): Inspection {
  return { ...inspection, summary: verdictSummary(inspection.verdict, inspection.findings) };
}

/** Whether the first 64 KB (boot area and volume descriptors) are all zero bytes. */
async function onlyZeros(reader: ImageReader): Promise<boolean> {
  const bytes = await reader.read(0, Math.min(reader.size, 65536), 'start of the file');
  return bytes.every((b) => b === 0);
}

export async function inspect(source: ByteSource, name: string): Promise<Inspection> {
  const file = baseName(name);
  const reader = new ImageReader(source, READ_BUDGET);
  try {
    if (!Number.isSafeInteger(source.size) || source.size < 0) throw new Unreadable('The file reports an impossible size.');
    if (source.size === 0) throw new Unreadable('The file is empty (0 bytes).');
    const head = await reader.read(0, Math.min(4096, source.size), 'start of the file');

    const descriptors = await readVolumeDescriptors(reader);
    if (descriptors) return answer(await inspectDiskImage(reader, file, descriptors));

    // A split image's (.swm) parts each carry the whole XML metadata, so any part is read alike.
    if (isWim(head)) {
      const wim = await readWim((offset, length) => reader.read(offset, length, 'WIM'), source.size);
      const windows = wim.images.length > 0 ? windowsFacts(wim.images) : null;
      const findings: Finding[] = [...recapturedFindings(wim.images, wim.xml, undefined, []), ...claimFindings(file, null, windows)];
      return answer({ file, format: wim.header.lzms ? 'esd' : 'wim', label: null, verdict: imageVerdict(findings, windows !== null), windows, findings });
    }

    const disk = await detectVirtualDisk(reader, head);
    if (disk) {
      const detail = `This is a ${disk.toUpperCase()} virtual hard disk. ISO Guard recognises it but does not read the file system inside, so it cannot say what it holds.`;
      return answer({ file, format: disk, label: null, verdict: 'unreadable', windows: null, findings: [{ code: 'unreadable', detail, args: [disk] }] });
    }

    const magic = detectMagic(head, file);
    if (!magic && (await onlyZeros(reader))) {
      throw new Unreadable('The file holds only zeros where a disk image\'s structures would be: it was never fully written (an unfinished download?).');
    }
    const what = magic?.what ?? 'no disk image ISO Guard knows: no ISO 9660, UDF, WIM or VHD structure was found';
    return answer({
      file, format: magic?.format ?? 'unknown', label: null, verdict: 'not-a-disk-image', windows: null,
      findings: [{ code: 'not-a-disk-image', detail: magic ? `This is no disk image: it is ${what}.` : `This is ${what}.`, args: [magic?.format ?? 'unknown'] }],
    });
  } catch (error) {
    const reason = error instanceof Unreadable ? error.message : `The inspector failed: ${error instanceof Error ? error.message : String(error)}`;
    return answer({ file, format: 'unknown', label: null, verdict: 'unreadable', windows: null, findings: [{ code: 'unreadable', detail: reason, args: [reason] }] });
  }
}
