// The disk-image inspector: inspect(source, name) tells what a file is and what was changed in it.
// Pure: it reads only through `source.read`, so it runs in the check page and in Node alike.
import { ImageReader, Unreadable } from './image/image-reader.ts';
import { detectMagic } from './magic/detect-magic.ts';
import type { ByteSource, Inspection } from './types.ts';

export type { ByteSource, Inspection } from './types.ts';

/** The most any inspection reads; a Windows-shaped image needs well under 2 MB. */
export const READ_BUDGET = 16 * 1024 * 1024;

const baseName = (name: string): string => name.replace(/^.*[\\/]/, '');

export async function inspect(source: ByteSource, name: string): Promise<Inspection> {
  const file = baseName(name);
  const reader = new ImageReader(source, READ_BUDGET);
  try {
    if (source.size === 0) throw new Unreadable('The file is empty (0 bytes).');
    const head = await reader.read(0, Math.min(4096, source.size), 'start of the file');
    const magic = detectMagic(head, file);
    if (magic) {
      return {
        file, format: magic.format, label: null, verdict: 'not-a-disk-image', windows: null,
        findings: [{ code: 'not-a-disk-image', detail: `This is no disk image: it is ${magic.what}.`, args: [magic.format] }],
      };
    }
    return {
      file, format: 'unknown', label: null, verdict: 'not-a-disk-image', windows: null,
      findings: [{ code: 'not-a-disk-image', detail: 'This is no disk image ISO Guard knows: no ISO 9660, UDF, WIM or VHD structure was found.', args: ['unknown'] }],
    };
  } catch (error) {
    const reason = error instanceof Unreadable ? error.message : `The inspector failed: ${error instanceof Error ? error.message : String(error)}`;
    return { file, format: 'unknown', label: null, verdict: 'unreadable', windows: null, findings: [{ code: 'unreadable', detail: reason, args: [reason] }] };
  }
}
