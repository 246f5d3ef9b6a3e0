// Runs the inspector on a picked file for the page: never throws, never waits forever, and a
// later pick makes an earlier answer stale (a slow first file must not overwrite the second).
import type { ByteSource, Inspection } from '../../../inspect/types.ts';
import { fileSource } from './file-source.ts';

export type Inspect = (source: ByteSource, name: string) => Promise<Inspection>;

/** The engine answers in milliseconds; this only bounds a bug or a stalled disk. */
export const INSPECTION_TIMEOUT_MS = 15_000;

function unreadable(name: string, why: string): Inspection {
  return { file: name, format: 'unknown', label: null, verdict: 'unreadable', windows: null, findings: [{ code: 'unreadable', detail: why }] };
}

export function createInspectionRunner(inspect: Inspect, timeoutMs = INSPECTION_TIMEOUT_MS) {
  let latest = 0;
  /** The inspection of `file`, or undefined when another file was picked meanwhile. */
  return async function run(file: File): Promise<Inspection | undefined> {
    const ticket = ++latest;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<Inspection>((resolve) => {
      timer = setTimeout(() => resolve(unreadable(file.name, `no answer after ${timeoutMs / 1000} s`)), timeoutMs);
    });
    let inspection: Inspection;
    try {
      inspection = await Promise.race([inspect(fileSource(file), file.name), timeout]);
    } catch (error) {
      inspection = unreadable(file.name, error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
    return ticket === latest ? inspection : undefined;
  };
}
