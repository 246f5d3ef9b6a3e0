// IEEE P1281 (SUSP) 4 and P1282 (RRIP) 4.1.4: the NM entry of a directory record's system use
// area carries the file's POSIX name, possibly in several NM entries (flag bit 0: continues).
// Continuation areas (CE) are not followed: names longer than one record are rare and the short
// ISO 9660 name is kept for them.
export function rockRidgeName(systemUse: Uint8Array): string | null {
  let name = '';
  let seen = false;
  for (let at = 0; at + 4 <= systemUse.length; ) {
    const length = systemUse[at + 2] ?? 0;
    if (length < 4 || at + length > systemUse.length) break;
    if (systemUse[at] === 0x4e && systemUse[at + 1] === 0x4d && length >= 5) {
      const flags = systemUse[at + 4] ?? 0;
      if (flags & 0x02) name += '.';
      else if (flags & 0x04) name += '..';
      else name += new TextDecoder('utf-8').decode(systemUse.subarray(at + 5, at + length));
      seen = true;
    }
    at += length;
  }
  return seen && name.length > 0 ? name : null;
}
