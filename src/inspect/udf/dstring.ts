// ECMA-167 1/7.2.12 dstrings and OSTA UDF 2.60 2.1.1 CS0: the first byte of the characters is the
// compression id: 8 means one byte per character, 16 means UTF-16 big-endian.

/** Decodes OSTA compressed Unicode of `bytes` (the compression id included). */
export function decodeCs0(bytes: Uint8Array): string {
  if (bytes.length === 0) return '';
  const body = bytes.subarray(1);
  if (bytes[0] === 8 || bytes[0] === 254) return new TextDecoder('latin1').decode(body);
  if (bytes[0] === 16 || bytes[0] === 255) return new TextDecoder('utf-16be').decode(body.subarray(0, body.length & ~1));
  return '';
}

/** A fixed-size dstring field: its last byte is the length used. */
export function decodeDstring(field: Uint8Array): string {
  const used = field[field.length - 1] ?? 0;
  if (used === 0 || used >= field.length) return '';
  return decodeCs0(field.subarray(0, used)).replace(/\0+$/, '').trim();
}
