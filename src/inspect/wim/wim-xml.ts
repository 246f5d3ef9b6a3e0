// The WIM's XML metadata (UTF-16LE, stored uncompressed): per <IMAGE INDEX="n">, NAME,
// DESCRIPTION, DISPLAYNAME, WINDOWS/{ARCH, EDITIONID, LANGUAGES/LANGUAGE,
// VERSION/{BUILD, SPBUILD}}, CREATIONTIME/LASTMODIFICATIONTIME (FILETIME as HIGHPART/LOWPART hex).
import { Unreadable } from '../image/image-reader.ts';
import type { WindowsImage } from '../types.ts';
import { child, parseXml, XmlError, type XmlElement } from '../xml/small-xml.ts';

export interface WimImage extends WindowsImage {
  description: string | null;
  displayName: string | null;
  /** Milliseconds since 1970, or null. */
  created: number | null;
  modified: number | null;
}

const ARCH: Record<string, string> = { '0': 'x86', '9': 'x64', '12': 'arm64', '5': 'arm' };

const text = (e: XmlElement | undefined): string | null => (e && e.text.trim() ? e.text.trim() : null);
function int(e: XmlElement | undefined): number | null {
  const value = text(e);
  return value !== null && /^\d{1,10}$/.test(value) ? Number(value) : null;
}

function fileTime(e: XmlElement | undefined): number | null {
  const high = text(child(e, 'HIGHPART'));
  const low = text(child(e, 'LOWPART'));
  if (!high || !low || !/^0x[0-9a-f]{1,8}$/i.test(high) || !/^0x[0-9a-f]{1,8}$/i.test(low)) return null;
  const ticks = BigInt(high) * 0x100000000n + BigInt(low);
  return Number(ticks / 10000n) - 11644473600000;
}

export function decodeWimXml(bytes: Uint8Array): string {
  return new TextDecoder('utf-16le').decode(bytes).replace(/^\uFEFF/, '').replace(/\0+$/, '');
}

export function readWimImages(xmlText: string): WimImage[] {
  let root: XmlElement;
  try {
    root = parseXml(xmlText);
  } catch (error) {
    throw new Unreadable(`The WIM's XML metadata is malformed (${error instanceof XmlError ? error.message : 'unreadable'}).`);
  }
  if (root.name !== 'WIM') throw new Unreadable('The WIM\'s XML metadata has no <WIM> root.');
  return root.children.filter((e) => e.name === 'IMAGE').map((image, position) => {
    const windows = child(image, 'WINDOWS');
    const version = child(windows, 'VERSION');
    const arch = text(child(windows, 'ARCH'));
    const languages = child(windows, 'LANGUAGES')?.children.filter((e) => e.name === 'LANGUAGE').map((e) => e.text.trim()).filter(Boolean) ?? [];
    const index = Number(image.attributes.INDEX);
    return {
      index: Number.isSafeInteger(index) && index > 0 ? index : position + 1,
      name: text(child(image, 'NAME')),
      edition: text(child(windows, 'EDITIONID')),
      build: int(child(version, 'BUILD')),
      spBuild: int(child(version, 'SPBUILD')),
      arch: arch === null ? null : (ARCH[arch] ?? arch),
      languages: languages.slice(0, 64),
      description: text(child(image, 'DESCRIPTION')),
      displayName: text(child(image, 'DISPLAYNAME')),
      created: fileTime(child(image, 'CREATIONTIME')),
      modified: fileTime(child(image, 'LASTMODIFICATIONTIME')),
    };
  });
}
