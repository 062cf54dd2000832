// The parts of a Word file are XML; this reads one into a small tree of elements
// named by their local names (w:p → "p"). saxes is a strict, maintained XML parser
// with no dependencies: malformed XML is an error, never a half-read document.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Local name, without the namespace prefix. */
  name: string;
  /** Attributes by local name (w:val → "val"). */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Deeper than any Word document nests; deeper means a hostile file (and would overflow a recursive walk). */
const MAX_DEPTH = 256;

function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Parses `xml`; throws an Error whose message says where the XML is broken. */
export function parseXml(xml: string): XmlElement {
  // position: false is markedly faster; line numbers of a zipped part would help no writer.
  const parser = new SaxesParser({ position: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let error: Error | undefined;
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_DEPTH) throw new Error(`XML 嵌套超过 ${MAX_DEPTH} 层`);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = typeof v === 'string' ? v : v.value;
    const el: XmlElement = { name: local(tag.name), attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1].children.push(t);
  });
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw error;
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new Error('XML 没有根元素');
  return top;
}

export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The `val` attribute of a child element (`<w:numFmt w:val="decimal"/>` → "decimal"). */
export function val(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs.val;
}
