// The one message the page sends its hashing worker. Checked by hand rather than with zod so the
// worker bundle stays small and free of zod's `Function` capability probe (which Firefox's
// add-on linter reports as eval).

export interface HashRequest {
  type: 'hash';
  file: Blob;
}

export function isHashRequest(data: unknown): data is HashRequest {
  if (typeof data !== 'object' || data === null) return false;
  const keys = Object.keys(data);
  const { type, file } = data as Record<string, unknown>;
  return keys.length === 2 && type === 'hash' && file instanceof Blob;
}
