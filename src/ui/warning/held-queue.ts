// Grouping: while a warning tab is open the guard opens no new one, so this page shows every
// download still waiting and walks through them. Pure, so it is tested without a browser.
import type { HoldView } from '../../shared/messages.ts';

export function pendingHolds(list: readonly HoldView[]): HoldView[] {
  return list.filter((hold) => hold.state === 'pending').sort((a, b) => a.heldAt - b.heldAt);
}

/** The pending holds other than the one on screen, oldest first. */
export function otherPending(list: readonly HoldView[], currentId: string | undefined): HoldView[] {
  return pendingHolds(list).filter((hold) => hold.holdId !== currentId);
}

/** What to show after deciding `decidedId`: the oldest hold still waiting, if any. */
export function nextPending(list: readonly HoldView[], decidedId: string): HoldView | undefined {
  return otherPending(list, decidedId)[0];
}
