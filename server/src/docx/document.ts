// The body of a Word document in reading order, as units of text: paragraphs
// (with their heading level and automatic number), table rows, then footnotes.
// Tracked changes read as if accepted (insertions kept, deletions dropped);
// comments, field codes and deleted text are not part of what the reader sees.
import type { Numbering } from './numbering.js';
import type { StyleInfo } from './styles.js';
import { child, elements, val, type XmlElement, type XmlNode } from './xml.js';

export interface Unit {
  kind: 'paragraph' | 'row' | 'footnote';
  /** The text as the reader sees it, automatic number included. */
  text: string;
  /** 1-based heading level, for paragraphs in a heading style. */
  heading?: number;
  /** How a writer finds it in Word: 第 12 段, 表 2 第 3 行, 脚注 1. */
  label: string;
}

/** Elements whose content the reader does not see. */
const HIDDEN = new Set([
  'del',
  'moveFrom',
  'instrText',
  'delText',
  'delInstrText',
  'commentReference',
  'annotationRef',
  'rPr',
  'pPr',
  'tblPr',
  'trPr',
  'tcPr',
  'sectPr',
  'Fallback',
  'txbxContent',
  'footnoteRef',
  'endnoteRef',
]);

interface Context {
  styles: Map<string, StyleInfo>;
  numbering: Numbering;
  /** Footnote ids in the order the body refers to them. */
  footnoteRefs: string[];
}

/** The visible text of a run-level subtree (a paragraph's content). */
function inlineText(nodes: XmlNode[], ctx: Context, out: string[], inField: { code: boolean }): void {
  for (const n of nodes) {
    if (typeof n === 'string') continue; // whitespace between elements; text is only inside w:t
    switch (n.name) {
      case 't':
        out.push(n.children.filter((c): c is string => typeof c === 'string').join(''));
        continue;
      case 'tab':
        out.push('\t');
        continue;
      case 'br':
      case 'cr':
        // A page break separates nothing in the text; a line break inside a paragraph is a new line.
        if (n.attrs.type !== 'page' && n.attrs.type !== 'column') out.push('\n');
        continue;
      case 'noBreakHyphen':
        out.push('-');
        continue;
      case 'footnoteReference':
        if (n.attrs.id !== undefined) ctx.footnoteRefs.push(n.attrs.id);
        continue;
      case 'fldChar':
        // Between "begin" and "separate" is the field's code (PAGE, HYPERLINK …); after it, its result.
        if (n.attrs.fldCharType === 'begin') inField.code = true;
        else if (n.attrs.fldCharType === 'separate' || n.attrs.fldCharType === 'end') inField.code = false;
        continue;
    }
    if (HIDDEN.has(n.name)) continue;
    if (n.name === 'r' && inField.code) {
      // Still look for the fldChar that ends the code part.
      for (const c of n.children) if (typeof c !== 'string' && c.name === 'fldChar') inlineText([c], ctx, out, inField);
      continue;
    }
    inlineText(n.children, ctx, out, inField);
  }
}

function paragraphText(p: XmlElement, ctx: Context): { text: string; heading?: number } {
  const pPr = child(p, 'pPr');
  const style = ctx.styles.get(val(pPr, 'pStyle') ?? '') ?? {};
  const outline = val(pPr, 'outlineLvl');
  const heading = outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : style.heading;
  const parts: string[] = [];
  inlineText(p.children, ctx, parts, { code: false });
  // Leading blanks would read as an indented code block in the Markdown the engine is given.
  const body = parts
    .join('')
    .replace(/^[ \t]+/, '')
    .replace(/[ \t]+$/, '');
  const numPr = child(pPr, 'numPr');
  const numId = numPr ? val(numPr, 'numId') : style.numId;
  const ilvl = Number((numPr ? val(numPr, 'ilvl') : undefined) ?? style.ilvl ?? 0);
  let text = body;
  if (numId && numId !== '0') {
    const { marker, suffix } = ctx.numbering.next(numId, ilvl);
    // Word shows a tab after the marker; a writer typing it writes "一、" "（一）" "1." "一是" straight
    // into the text (so "1." stays a marker, not a Markdown list). Only a bare number needs a space.
    const gap = marker && suffix !== 'nothing' && /[A-Za-z0-9]$/.test(marker) ? ' ' : '';
    text = marker + gap + body;
  }
  return heading !== undefined ? { text, heading } : { text };
}

/** The units of a body (document body, table cell, footnote), in order. */
function blocks(container: XmlElement, ctx: Context, units: Unit[], counters: { paragraph: number; table: number }, depth: number): void {
  for (const el of elements(container)) {
    if (el.name === 'p') {
      const { text, heading } = paragraphText(el, ctx);
      counters.paragraph++;
      if (!text.trim()) continue;
      const u: Unit = { kind: 'paragraph', text, label: `第 ${counters.paragraph} 段` };
      if (heading !== undefined) u.heading = heading;
      units.push(u);
    } else if (el.name === 'tbl') {
      const table = ++counters.table;
      elements(el, 'tr').forEach((tr, r) => {
        const cells = elements(tr, 'tc').map((tc) => {
          // A cell is a little body of its own; a nested table reads as its rows, inline.
          const inner: Unit[] = [];
          blocks(tc, ctx, inner, { paragraph: 0, table: 0 }, depth + 1);
          return inner.map((u) => u.text).join(' ');
        });
        const text = cells.filter((c) => c.trim()).join(' | ');
        if (text) units.push({ kind: 'row', text, label: `表 ${table} 第 ${r + 1} 行` });
      });
    } else if (el.name === 'sdt' || el.name === 'customXml' || el.name === 'ins' || el.name === 'moveTo' || el.name === 'sdtContent') {
      // Content controls and tracked insertions of whole paragraphs: their content is body.
      if (depth < 50) blocks(el, ctx, units, counters, depth + 1);
    }
  }
}

export function readBody(document: XmlElement, footnotes: XmlElement | undefined, styles: Map<string, StyleInfo>, numbering: Numbering): Unit[] {
  const ctx: Context = { styles, numbering, footnoteRefs: [] };
  const body = child(document, 'body');
  const units: Unit[] = [];
  if (body) blocks(body, ctx, units, { paragraph: 0, table: 0 }, 0);
  if (footnotes) {
    const byId = new Map(
      elements(footnotes, 'footnote')
        .filter((f) => !f.attrs.type || f.attrs.type === 'normal')
        .map((f) => [f.attrs.id, f]),
    );
    ctx.footnoteRefs.forEach((id, i) => {
      const note = byId.get(id);
      if (!note) return;
      const inner: Unit[] = [];
      blocks(note, { ...ctx, footnoteRefs: [] }, inner, { paragraph: 0, table: 0 }, 0);
      const text = inner.map((u) => u.text).join(' ');
      if (text.trim()) units.push({ kind: 'footnote', text: `注${i + 1}：${text}`, label: `脚注 ${i + 1}` });
    });
  }
  return units;
}
