// When an official Windows ISO finishes, offer the check page (what is inside, and its SHA-256).
// The notification id carries the file name, so a click works even after the worker restarted.
import type { Ports } from '../ports.ts';

const PREFIX = 'verify:';
export const VERIFY_PAGE = 'src/ui/verify/index.html';

export function offerVerify(ports: Ports, fileName: string): Promise<void> {
  return ports.notifications.create(PREFIX + encodeURIComponent(fileName), ports.text('notify_verify_title'), ports.text('notify_verify_message', [fileName]));
}

/** The check page URL for a clicked notification, or undefined when it is not ours. */
export function verifyUrlFor(ports: Ports, notificationId: string): string | undefined {
  if (!notificationId.startsWith(PREFIX)) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(notificationId.slice(PREFIX.length));
  } catch {
    return undefined;
  }
  return `${ports.pageUrl(VERIFY_PAGE)}?name=${encodeURIComponent(name)}`;
}
