// The rules' table tests by kind share one row shape: a download, the verdict it must get and
// the reason codes that must explain it.
import type { DownloadInput, VerdictKind } from '../types.ts';

export interface VerdictRow {
  desc: string;
  input: DownloadInput;
  verdict: VerdictKind;
  codes: string[];
}

export const MB = 1024 * 1024;
export const GB = 1024 * MB;

/** A download of `filename` from an ordinary host that is nobody's in particular. */
export const at = (filename: string, totalBytes?: number, url = 'https://files.example.net/d/1'): DownloadInput => ({ url, filename, ...(totalBytes ? { totalBytes } : {}) });
