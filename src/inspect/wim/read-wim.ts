// Reads a WIM's header and XML metadata through any byte reader (a whole file, or a file inside
// a disk image), and nothing else: never the lookup table or file data.
import { Unreadable } from '../image/image-reader.ts';
import { decodeWimXml, readWimImages, type WimImage } from './wim-xml.ts';
import { readWimHeader, WIM_HEADER_SIZE, type WimHeader } from './wim-header.ts';

export const MAX_WIM_XML = 1024 * 1024;

export interface WimFacts {
  header: WimHeader;
  images: WimImage[];
  /** The XML as text, for marks of rebuilding tools. */
  xml: string;
}

export async function readWim(read: (offset: number, length: number) => Promise<Uint8Array>, size: number): Promise<WimFacts> {
  if (size < WIM_HEADER_SIZE) throw new Unreadable('The WIM is shorter than its own header: it is truncated.');
  const header = readWimHeader(await read(0, WIM_HEADER_SIZE));
  const { offset, size: xmlSize } = header.xml;
  if (xmlSize === 0 || offset === 0) throw new Unreadable('The WIM has no XML metadata: it is incomplete or damaged.');
  if (xmlSize > MAX_WIM_XML) throw new Unreadable(`The WIM's XML metadata claims ${xmlSize} bytes, far more than any real image's.`);
  if (offset + xmlSize > size) throw new Unreadable('The WIM\'s XML metadata lies beyond the end of the file: it is truncated.');
  const xml = decodeWimXml(await read(offset, xmlSize));
  return { header, images: readWimImages(xml), xml };
}
