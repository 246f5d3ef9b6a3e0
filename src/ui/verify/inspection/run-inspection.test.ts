import { describe, expect, it } from 'vitest';
import type { ByteSource, Inspection } from '../../../inspect/types.ts';
import { createInspectionRunner } from './run-inspection.ts';

const answer = (file: string): Inspection => ({ file, format: 'iso9660', label: 'X', verdict: 'not-windows', windows: null, findings: [] });

describe('running the inspector for the page', () => {
  it('reads the picked file through the byte source and gives the engine its name', async () => {
    const run = createInspectionRunner(async (source: ByteSource, name) => {
      const head = new TextDecoder().decode(await source.read(0, 5));
      return { ...answer(name), label: head };
    });
    expect(await run(new File(['HELLO world'], 'a.iso'))).toMatchObject({ file: 'a.iso', label: 'HELLO' });
  });

  it('turns an engine error into an unreadable answer that says why', async () => {
    const run = createInspectionRunner(async () => {
      throw new Error('directory loop at sector 20');
    });
    expect(await run(new File(['x'], 'loop.iso'))).toEqual({
      file: 'loop.iso', format: 'unknown', label: null, verdict: 'unreadable', windows: null,
      findings: [{ code: 'unreadable', detail: 'directory loop at sector 20' }],
    });
  });

  it('stops waiting for an engine that never answers', async () => {
    const run = createInspectionRunner(() => new Promise<Inspection>(() => {}), 50);
    const result = await run(new File(['x'], 'hang.iso'));
    expect(result?.verdict).toBe('unreadable');
    expect(result?.findings[0]?.detail).toContain('no answer after');
  });

  it('drops the answer for a file picked before the current one', async () => {
    let releaseFirst: (() => void) | undefined;
    const run = createInspectionRunner((_source, name) =>
      name === 'first.iso' ? new Promise<Inspection>((resolve) => (releaseFirst = () => resolve(answer(name)))) : Promise.resolve(answer(name)));
    const first = run(new File(['1'], 'first.iso'));
    const second = await run(new File(['2'], 'second.iso'));
    releaseFirst?.();
    expect(second?.file).toBe('second.iso');
    expect(await first).toBeUndefined();
  });
});
