// The action badge: how many downloads wait for a decision, or OFF while protection is paused.
import type { Ports } from '../ports.ts';

export async function showBadge(ports: Pick<Ports, 'badge' | 'text'>, held: number, paused: boolean): Promise<void> {
  if (paused) return ports.badge.set('OFF', '#6b6b6b', ports.text('badge_paused'));
  if (held > 0) return ports.badge.set(String(held), '#b3261e', ports.text('badge_held', [String(held)]));
  return ports.badge.set('', '#b3261e', ports.text('extName'));
}
