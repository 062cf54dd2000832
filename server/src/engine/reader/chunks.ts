// Cutting a Markdown draft into chunks that parse the same alone as in place.
//
// A Chinese report is mostly plain paragraphs separated by blank lines. After a
// blank line, a line that starts in column 0 always opens a new top-level block
// in CommonMark — lists, block quotes, tables and indented code all end there —
// except inside a fenced code block or an HTML block of types 1–5 (which run to
// their end marker), and link reference definitions reach across the whole
// document. A draft with none of those can be read chunk by chunk: plain chunks
// (no Markdown syntax at all) without remark, the rest through remark, and, when
// the caller keeps a cache, unchanged chunks not at all.

export interface Chunk {
  start: number;
  end: number;
}

/**
 * Constructs that make a chunk depend on text outside it: a fence or an HTML block
 * at the start of a line (a complete one-line comment is fine: it ends on its own
 * line), a link/footnote definition (`]:`), a BOM (micromark drops one at the start
 * of any parse).
 */
const NOT_CHUNKABLE = /^[ \t]*(?:```|~~~|<(?!!--(?:(?!-->).)*-->[ \t]*\r?$))|\]:|\uFEFF/m;

/** Chunks covering the whole source in order, or undefined when it must be parsed whole. */
export function splitChunks(source: string): Chunk[] | undefined {
  if (NOT_CHUNKABLE.test(source)) return undefined;
  const out: Chunk[] = [];
  let start = 0;
  let blankBefore = false;
  let i = 0;
  const n = source.length;
  while (i < n) {
    // Line [i, e), its ending [e, next).
    let e = i;
    while (e < n) {
      const c = source.charCodeAt(e);
      if (c === 10 || c === 13) break;
      e++;
    }
    let next = e;
    if (next < n) next += source.charCodeAt(next) === 13 && source.charCodeAt(next + 1) === 10 ? 2 : 1;
    let k = i;
    while (k < e && (source.charCodeAt(k) === 32 || source.charCodeAt(k) === 9)) k++;
    const blank = k === e;
    if (!blank && k === i && blankBefore && i > start) {
      out.push({ start, end: i });
      start = i;
    }
    blankBefore = blank;
    i = next;
  }
  if (start < n || out.length === 0) out.push({ start, end: n });
  return out;
}

/**
 * Characters that open some Markdown or GFM construct inside a line: emphasis,
 * code, links, HTML and autolinks, entities, escapes, tables, strikethrough, email
 * autolinks; tabs and NUL (micromark rewrites both).
 */
const INLINE_SYNTAX = /[\\`*_[\]<&|~@\t\0]|www\.|:\/\//i;
/** A line start that opens a block: headings, quotes, bullets, rules, setext underlines, ordered items. */
const BLOCK_START = /^(?:[#>*+\-=_]|[0-9]{1,9}[.)](?:[ \t]|$))/;

/** One block of a plain chunk: its text is exactly the source in [start, end). */
export interface PlainPiece {
  kind: 'heading' | 'paragraph';
  /** Heading depth (1–6). */
  depth?: number;
  start: number;
  end: number;
}

/** `# 标题` … `###### 标题`: an ATX heading with plain text and no closing #s. */
const ATX = /^(#{1,6}) +(?=[^ #])[^#]*$/;

/**
 * A chunk made only of plain lines — prose with no syntax, and ATX headings of such
 * prose; no leading or trailing spaces and tabs, no blank line but at its end — reads
 * the same with or without remark: each heading is a heading, each run of other lines
 * one paragraph whose text is exactly the source. Returns those blocks, or undefined
 * when the chunk needs the parser.
 */
export function plainPieces(source: string, chunk: Chunk): PlainPiece[] | undefined {
  let end = chunk.end;
  for (;;) {
    const c = source.charCodeAt(end - 1);
    if (end > chunk.start && (c === 10 || c === 13 || c === 32 || c === 9)) end--;
    else break;
  }
  if (end <= chunk.start) return undefined;
  const text = source.slice(chunk.start, end);
  if (INLINE_SYNTAX.test(text)) return undefined;
  const pieces: PlainPiece[] = [];
  let para: PlainPiece | undefined;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i === lineStart) return undefined; // an empty line inside: not one paragraph
    const first = text.charCodeAt(lineStart);
    if (first === 32 || text.charCodeAt(i - 1) === 32) return undefined;
    if (first === 35 /* # */) {
      const m = ATX.exec(text.slice(lineStart, i));
      if (!m) return undefined;
      let from = lineStart + m[1].length;
      while (text.charCodeAt(from) === 32) from++;
      pieces.push({ kind: 'heading', depth: m[1].length, start: chunk.start + from, end: chunk.start + i });
      para = undefined;
    } else {
      if (BLOCK_START.test(text.slice(lineStart, Math.min(i, lineStart + 12)))) return undefined;
      if (para) para.end = chunk.start + i;
      else pieces.push((para = { kind: 'paragraph', start: chunk.start + lineStart, end: chunk.start + i }));
    }
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return pieces;
}
