// A small, strict XML reader for the two kinds of XML the inspector meets: a WIM's metadata and
// answer files. Hand-written because the engine must run unchanged in a page and in Node with no
// DOM, and it must refuse what general parsers allow by default: any DOCTYPE or entity
// declaration (no entity expansion at all), more than MAX_NODES elements, or deeper than
// MAX_DEPTH. Only the five predefined entities and character references are decoded.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class XmlError extends Error {}

const MAX_NODES = 20_000;
const MAX_DEPTH = 64;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeText(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    const known = ENTITIES[ref];
    if (known === undefined) throw new XmlError(`unknown entity &${ref};`);
    return known;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAME = /^[A-Za-z_:][\w.:-]*$/;

/** The document's root element, or XmlError with what was wrong. */
export function parseXml(text: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let nodes = 0;
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    const chunk = open < 0 ? text.slice(at) : text.slice(at, open);
    if (chunk.trim()) {
      const top = stack[stack.length - 1];
      if (!top) throw new XmlError('text outside the root element');
      top.text += decodeText(chunk);
    }
    if (open < 0) break;
    if (text.startsWith('<!--', open)) { at = end(text, '-->', open) ; continue; }
    if (text.startsWith('<![CDATA[', open)) {
      const close = end(text, ']]>', open);
      const top = stack[stack.length - 1];
      if (!top) throw new XmlError('CDATA outside the root element');
      top.text += text.slice(open + 9, close - 3);
      at = close;
      continue;
    }
    if (text.startsWith('<!', open)) throw new XmlError('DOCTYPE and entity declarations are refused');
    if (text.startsWith('<?', open)) { at = end(text, '?>', open); continue; }
    const close = end(text, '>', open);
    const tag = text.slice(open + 1, close - 1);
    at = close;
    if (tag.startsWith('/')) {
      const top = stack.pop();
      if (!top || top.name !== tag.slice(1).trim()) throw new XmlError(`mismatched closing tag </${tag.slice(1).trim()}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = body.split(/\s/, 1)[0] ?? '';
    if (!NAME.test(name)) throw new XmlError(`bad element name "${name.slice(0, 40)}"`);
    const element: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (const match of body.slice(name.length).matchAll(ATTRIBUTE)) element.attributes[match[1]!] = decodeText(match[2] ?? match[3] ?? '');
    if (++nodes > MAX_NODES) throw new XmlError(`more than ${MAX_NODES} elements`);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) throw new XmlError('more than one root element');
    else root = element;
    if (!selfClosing) {
      stack.push(element);
      if (stack.length > MAX_DEPTH) throw new XmlError(`elements nest deeper than ${MAX_DEPTH}`);
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new XmlError('no root element');
  return root;
}

function end(text: string, marker: string, from: number): number {
  const found = text.indexOf(marker, from + 1);
  if (found < 0) throw new XmlError('the document ends inside a tag');
  return found + marker.length;
}

/** Local name without a namespace prefix, for matching `unattend:Component` and `Component` alike. */
export const localName = (element: XmlElement): string => element.name.slice(element.name.indexOf(':') + 1);

/** The first child named `name` (case-insensitive local name). */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => localName(c).toLowerCase() === name.toLowerCase());
}

/** Every element below `element` (itself included), depth first. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const c of element.children) yield* descendants(c);
}
