// What a paragraph style means for the text: a heading level (Word's built-in
// "heading 1…9", shown as 标题 1…9 in a Chinese Word, or any style with an outline
// level) and the list a style numbers its paragraphs with (headings are often
// numbered this way, not by the paragraph itself).
import { child, elements, val, type XmlElement } from './xml.js';

export interface StyleInfo {
  /** 1-based heading level. */
  heading?: number;
  numId?: string;
  ilvl?: number;
}

interface RawStyle extends StyleInfo {
  basedOn?: string;
}

function headingLevel(name: string | undefined): number | undefined {
  const m = name && /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim());
  return m ? Number(m[1]) : undefined;
}

export function readStyles(xml: XmlElement | undefined): Map<string, StyleInfo> {
  const raw = new Map<string, RawStyle>();
  for (const s of xml ? elements(xml, 'style') : []) {
    if (s.attrs.type && s.attrs.type !== 'paragraph') continue;
    const pPr = child(s, 'pPr');
    const outline = val(pPr, 'outlineLvl');
    const numPr = child(pPr, 'numPr');
    const r: RawStyle = { basedOn: val(s, 'basedOn') };
    const h = headingLevel(val(s, 'name')) ?? (outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : undefined);
    if (h !== undefined) r.heading = h;
    if (numPr) {
      r.numId = val(numPr, 'numId');
      r.ilvl = Number(val(numPr, 'ilvl') ?? 0);
    }
    raw.set(s.attrs.styleId ?? '', r);
  }
  // A style inherits what it does not say from the style it is based on.
  const out = new Map<string, StyleInfo>();
  const resolve = (id: string, depth: number): StyleInfo => {
    const done = out.get(id);
    if (done) return done;
    const r = raw.get(id);
    if (!r) return {};
    const base = r.basedOn && depth < 20 ? resolve(r.basedOn, depth + 1) : {};
    const info: StyleInfo = { heading: r.heading ?? base.heading, numId: r.numId ?? base.numId, ilvl: r.ilvl ?? base.ilvl };
    out.set(id, info);
    return info;
  };
  for (const id of raw.keys()) resolve(id, 0);
  return out;
}
