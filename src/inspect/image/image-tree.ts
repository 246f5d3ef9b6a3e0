// What the findings see of a disk image, whatever file system held it: a bounded list of entries
// with their paths, and a way to read part of one file.

export interface ImageEntry {
  /** `/`-separated from the image's root, as the file system spells it. */
  path: string;
  isDirectory: boolean;
  size: number;
}

export interface ImageTree {
  format: 'iso9660' | 'udf';
  label: string | null;
  entries: ImageEntry[];
  /** Up to `length` bytes of a file from `offset` (fewer at its end). */
  readFile(entry: ImageEntry, offset: number, length: number): Promise<Uint8Array>;
}

/** Walk limits: a real Windows image has about a thousand entries, seven levels deep. */
export const WALK_LIMITS = { entries: 50_000, depth: 32, directoryBytes: 4 * 1024 * 1024 } as const;

export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
