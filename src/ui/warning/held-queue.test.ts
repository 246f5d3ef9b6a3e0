import { describe, expect, it } from 'vitest';
import type { HoldView } from '../../shared/messages.ts';
import { nextPending, otherPending } from './held-queue.ts';

function hold(holdId: string, heldAt: number, state: HoldView['state'] = 'pending'): HoldView {
  return {
    holdId, heldAt, state, canProceed: true, downloadId: heldAt, verdict: 'dangerous', reasons: [],
    url: 'https://a.example/x.iso', finalUrl: '', referrer: '', filename: 'x.iso', totalBytes: -1, site: 'a.example', host: null,
  };
}

const A = '00000000-0000-0000-0000-00000000000a';
const B = '00000000-0000-0000-0000-00000000000b';
const C = '00000000-0000-0000-0000-00000000000c';

describe('held queue', () => {
  it('lists the other pending holds oldest first, leaving out decided ones', () => {
    const list = [hold(C, 3), hold(A, 1), hold(B, 2, 'decided')];
    expect(otherPending(list, undefined).map((x) => x.holdId)).toEqual([A, C]);
    expect(otherPending(list, A).map((x) => x.holdId)).toEqual([C]);
  });

  it('moves on to the oldest hold still waiting', () => {
    expect(nextPending([hold(A, 1), hold(B, 2), hold(C, 3)], A)?.holdId).toBe(B);
    expect(nextPending([hold(A, 1, 'decided'), hold(C, 3)], C)).toBeUndefined();
  });
});
