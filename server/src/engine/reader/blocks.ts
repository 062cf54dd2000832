// Reading a draft into prose blocks with exact source offsets. Markdown goes
// through unified + remark-parse (+ GFM tables); a plain-text draft is one
// paragraph per line. Checks never see raw markup: they read `Block.text` and
// map back through `Block.offsets`.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Block, BlockKind, DocumentKind, Span } from '../types.js';
import { startsWithMarker } from './markers.js';
import { splitChunks, plainPieces } from './chunks.js';
import type { ChunkBlocks, RunMemo } from '../run/cache.js';

/** The blocks that hold prose (what the text checks read): not code, comments, HTML or tables of contents. */
export const PROSE_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'listItem', 'heading', 'tableRow']);
import { detach } from '../text/positions.js';
import { SPACE } from '../text/scan.js';
import { blankNonProse } from './nonprose.js';

/** Minimal mdast shape we rely on (positions are always present from remark-parse). */
interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const FURNITURE =
  /^[\s\u3000]*(?:第[\s\u3000]*[0-9０-９一二三四五六七八九十]+[\s\u3000]*页(?:[\s\u3000]*[，,、/]?[\s\u3000]*共[\s\u3000]*[0-9０-９一二三四五六七八九十]+[\s\u3000]*页)?|[-—–－][\s\u3000]*[0-9０-９]+[\s\u3000]*[-—–－]|[0-9]+[\s\u3000]*\/[\s\u3000]*[0-9]+)[\s\u3000]*$/;

export function isFurniture(line: string): boolean {
  return FURNITURE.test(line);
}

const COMMENT = /^\s*<!--([\s\S]*?)-->\s*$/;

/** Plain text with the source offset of each of its UTF-16 units. */
const NO_OFFSETS = new Int32Array(0);

class TextBuilder {
  text = '';
  /** Source offset of each unit of `text`, in a typed buffer that doubles as it fills (no array of numbers per character). */
  private offs = NO_OFFSETS;
  /** `offsets`: the source offset of each unit, or of the first one when the rest follow on. */
  push(s: string, offsets: number[] | number): void {
    const at = this.text.length;
    this.text += s;
    if (this.offs.length < this.text.length) {
      const grown = new Int32Array(Math.max(this.text.length, 2 * this.offs.length));
      grown.set(this.offs.subarray(0, at));
      this.offs = grown;
    }
    const o = this.offs;
    if (typeof offsets === 'number') for (let i = 0; i < s.length; i++) o[at + i] = offsets + i;
    else for (let i = 0; i < s.length; i++) o[at + i] = offsets[i];
  }
  get length(): number {
    return this.text.length;
  }
  /** The offsets of units [from, to). The whole buffer when it is exactly that (it is never written again: a push would outgrow it). */
  offsets(from = 0, to = this.text.length): Int32Array {
    return from === 0 && to === this.offs.length ? this.offs : this.offs.slice(from, to);
  }
}

function startOf(n: MdNode): number {
  return n.position?.start.offset ?? 0;
}
function endOf(n: MdNode): number {
  return n.position?.end.offset ?? 0;
}

/** Aligns a node's value with its source slice (escapes, stripped indentation, entities). */
function align(value: string, src: string, base: number): number[] | number {
  if (value === src) return base;
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    let k = j;
    // micromark reads NUL as U+FFFD: match it to the NUL it replaced.
    while (k < src.length && src[k] !== value[i] && !(src[k] === '\0' && value[i] === '\uFFFD')) k++;
    if (k < src.length) {
      out.push(base + k);
      j = k + 1;
    } else {
      out.push(base + Math.min(j, Math.max(0, src.length - 1)));
    }
  }
  return out;
}

/**
 * GFM autolink literals after `[` or `/` (`[a@b.cn`) come out of remark without positions;
 * such nodes are found in the source after the last positioned sibling (`cursor`).
 * Returns the source offset reached.
 */
function collectInline(node: MdNode, source: string, tb: TextBuilder, lo = startOf(node), hi = endOf(node)): number {
  let cursor = lo;
  for (const child of node.children ?? []) {
    const known = child.position?.start.offset !== undefined && child.position?.end.offset !== undefined;
    switch (child.type) {
      case 'text': {
        const v = child.value ?? '';
        if (known) tb.push(v, align(v, source.slice(startOf(child), endOf(child)), startOf(child)));
        else {
          const at = source.indexOf(v, cursor);
          const s = at >= 0 && at + v.length <= hi ? at : cursor;
          tb.push(v, align(v, source.slice(s, hi), s));
          cursor = s + (at >= 0 ? v.length : 0);
        }
        break;
      }
      case 'inlineCode':
        // Code is not prose: a space stands for it (no placeholder, figure or term inside).
        tb.push(' ', startOf(child));
        break;
      case 'break':
        tb.push('\n', startOf(child));
        break;
      case 'html':
        break; // inline HTML is markup, not prose
      case 'emphasis':
      case 'strong': {
        // 《*推进……》……《*》: asterisks that touch a book-title mark are template blanks
        // (text/placeholder), not emphasis — keep them in the text.
        const s = startOf(child);
        const e = endOf(child);
        if (known && source[s] === '*' && (source[s - 1] === '《' || source[e] === '》')) {
          const open = child.type === 'strong' ? 2 : 1;
          tb.push(source.slice(s, s + open), s);
          collectInline(child, source, tb, s + open, e - open);
          tb.push(source.slice(e - open, e), e - open);
        } else if (child.children) cursor = collectInline(child, source, tb, known ? s : cursor, known ? e : hi);
        break;
      }
      default:
        if (child.children) cursor = collectInline(child, source, tb, known ? startOf(child) : cursor, known ? endOf(child) : hi);
    }
    if (known) cursor = endOf(child);
  }
  return cursor;
}

function makeBlock(kind: BlockKind, tb: TextBuilder, from: number, to: number, nesting: number, extra?: Partial<Block>): Block | undefined {
  // Trim leading/trailing whitespace while keeping offsets exact.
  const t = tb.text;
  while (from < to && SPACE.has(t.charCodeAt(from))) from++;
  while (to > from && SPACE.has(t.charCodeAt(to - 1))) to--;
  if (to <= from) return undefined;
  const offsets = tb.offsets(from, to);
  return { kind, nesting, text: t.slice(from, to), offsets, start: offsets[0], end: offsets[offsets.length - 1] + 1, ...extra };
}

// Not a #话题# tag (a second #) nor an issue number (#123 修复).
const HASH_HEADING = /^#{1,6}(?=[^\s#])(?![0-9]+(?:\s|$))(?=[^#\n]*$)/;

/** Splits a paragraph's lines so that every line opening with an outline marker (or page furniture) is its own block. */
function splitParagraph(kind: BlockKind, tb: TextBuilder, nesting: number, out: Block[]): void {
  // A lone CR ends a line in Markdown too: read it as \n (its offset still points at the CR).
  if (tb.text.includes('\r')) tb.text = tb.text.replace(/\r(?!\n)/g, '\n');
  const t = tb.text;
  let from = 0;
  const flush = (to: number, k: BlockKind) => {
    const b = makeBlock(k, tb, from, to, nesting);
    if (b) out.push(b);
  };
  let currentKind = kind;
  // 「###一、关于今年」: a writer's heading without the space CommonMark wants; read as the heading it is meant to be.
  const hashHeading = (lineStart: number, lineEnd: number): boolean => {
    const m = HASH_HEADING.exec(t.slice(lineStart, lineEnd));
    if (!m) return false;
    const b = makeBlock('heading', tb, lineStart + m[0].length, lineEnd, nesting, { depth: m[0].length });
    if (b) out.push(b);
    return true;
  };
  if (t.charCodeAt(0) === 35 /* # */) {
    const firstEnd = t.indexOf('\n') < 0 ? t.length : t.indexOf('\n');
    if (hashHeading(0, firstEnd)) from = firstEnd + 1;
  }
  for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
    let lineEnd = t.indexOf('\n', i + 1);
    if (lineEnd < 0) lineEnd = t.length;
    const line = t.slice(i + 1, lineEnd);
    if (line.charCodeAt(0) === 35 && HASH_HEADING.test(line)) {
      if (from < i) flush(i, currentKind);
      hashHeading(i + 1, lineEnd);
      from = lineEnd + 1;
      currentKind = 'paragraph';
    } else if (startsWithMarker(line) || isFurniture(line)) {
      flush(i, currentKind);
      from = i + 1;
      currentKind = isFurniture(line) ? 'furniture' : 'paragraph';
    } else if (currentKind === 'furniture') {
      flush(i, currentKind);
      from = i + 1;
      currentKind = 'paragraph';
    }
  }
  flush(t.length, currentKind);
}

function walk(node: MdNode, source: string, nesting: number, out: Block[]): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'heading': {
        const tb = new TextBuilder();
        collectInline(child, source, tb);
        const b = makeBlock('heading', tb, 0, tb.length, nesting, { depth: child.depth });
        if (b) out.push(b);
        break;
      }
      case 'paragraph': {
        const tb = new TextBuilder();
        collectInline(child, source, tb);
        splitParagraph('paragraph', tb, nesting, out);
        break;
      }
      case 'list':
        for (const item of child.children ?? []) readListItem(item, child.ordered === true, source, nesting, out);
        break;
      case 'blockquote':
        walk(child, source, nesting + 1, out);
        break;
      case 'table':
        readTable(child, source, nesting, out);
        break;
      case 'html': {
        const v = child.value ?? '';
        if (COMMENT.test(v)) {
          const tb = new TextBuilder();
          tb.push(v, startOf(child));
          const b = makeBlock('comment', tb, 0, tb.length, nesting);
          if (b) out.push(b);
        } else readHtmlText(child, source, nesting, out);
        break;
      }
      case 'code': {
        if (
          indentedProse(source, startOf(child), endOf(child)) &&
          /^[ \t]*$/.test(source.slice(source.lastIndexOf('\n', startOf(child) - 1) + 1, startOf(child)))
        ) {
          readIndentedProse(source, startOf(child), endOf(child), nesting, out);
          break;
        }
        const tb = new TextBuilder();
        tb.push(source.slice(startOf(child), endOf(child)), startOf(child));
        const b = makeBlock('code', tb, 0, tb.length, nesting);
        if (b) out.push(b);
        break;
      }
      default:
        if (child.children && child.type !== 'definition' && child.type !== 'footnoteDefinition') walk(child, source, nesting, out);
    }
  }
}

/**
 * An HTML block runs on to the next blank line, so a writer's `<h2>年终总结</h2>` swallows the
 * `###一、关于今年` written right under it. The block's lines that hold no markup at all are the
 * text the writer meant (the renderer shows them too); plain ones are read as a paragraph would be.
 * Script, style and preformatted blocks hold no prose.
 */
function readHtmlText(node: MdNode, source: string, nesting: number, out: Block[]): void {
  const start = startOf(node);
  const end = endOf(node);
  if (/^\s*<(?:script|style|pre|textarea)\b/i.test(source.slice(start, start + 12))) return;
  let tb = new TextBuilder();
  const flush = () => {
    if (tb.length) splitParagraph('paragraph', tb, nesting, out);
    tb = new TextBuilder();
  };
  for (let at = start; at < end;) {
    let e = source.indexOf('\n', at);
    if (e < 0 || e > end) e = end;
    const line = source.slice(at, e).replace(/\r$/, '');
    // (Inline Markdown is not parsed in there: a line with emphasis, links or code stays out.)
    if (/[<>*_`[\]|{}]/.test(line) || !line.trim()) flush();
    else {
      if (tb.length) tb.push('\n', at - 1);
      const lead = /^[ \t]*/.exec(line)![0].length;
      tb.push(line.slice(lead), at + lead);
    }
    at = e + 1;
  }
  flush();
}

/**
 * Chinese writers indent paragraphs (首行缩进) with four spaces, which CommonMark reads as code. An
 * indented (not fenced) code block that is mostly Chinese prose and has none of code's punctuation
 * is read as the paragraphs its writer meant.
 */
function indentedProse(source: string, start: number, end: number): boolean {
  const src = source.slice(start, end);
  if (/^[ \t]*(?:```|~~~)/.test(src) || /^[ \t]*>/m.test(src) || /[{};=<>$\\]|\(\)|=>|::/.test(src)) return false;
  const cjk = src.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return cjk >= 4 && cjk >= src.replace(/\s/g, '').length * 0.4;
}

function readIndentedProse(source: string, start: number, end: number, nesting: number, out: Block[]): void {
  let tb = new TextBuilder();
  const flush = () => {
    if (tb.length) splitParagraph('paragraph', tb, nesting, out);
    tb = new TextBuilder();
  };
  // (The first line's indentation is not part of the node: remark starts it at the text.)
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  for (let at = lineStart; at < end;) {
    let e = source.indexOf('\n', at);
    if (e < 0 || e > end) e = end;
    const line = source.slice(at, e).replace(/\r$/, '');
    // (A bullet — `* 特点：…` — is list syntax that was indented too far, not text.)
    const lead = /^[ \t\u3000]*(?:[*+-][ \t]+)?/.exec(line)![0].length;
    if (lead === line.length) flush();
    else {
      if (tb.length) tb.push('\n', at - 1);
      tb.push(line.slice(lead), at + lead);
    }
    at = e + 1;
  }
  flush();
}

/** A list item that is only a link to an anchor of this document (`[二、不足](#二不足)`). */
function isTocEntry(p: MdNode): boolean {
  const kids = (p.children ?? []).filter((c) => !(c.type === 'text' && !(c.value ?? '').trim()));
  return kids.length === 1 && kids[0].type === 'link' && /^#/.test((kids[0] as MdNode & { url?: string }).url ?? '');
}

function readListItem(item: MdNode, ordered: boolean, source: string, nesting: number, out: Block[]): void {
  const kids = item.children ?? [];
  const first = kids[0];
  let rest = kids;
  if (first && first.type === 'paragraph' && isTocEntry(first)) {
    rest = kids.slice(1); // a table of contents: links to the document's own headings, not sections
  } else if (first && first.type === 'paragraph') {
    const tb = new TextBuilder();
    let marked = false;
    if (ordered) {
      // Keep the list marker (`1.`) in the text: it is an outline marker to us.
      const markerSrc = source.slice(startOf(item), startOf(first));
      const m = /^\s*(\d+[.)])/.exec(markerSrc);
      if (m) {
        tb.push(m[1] + ' ', [...Array.from({ length: m[1].length }, (_, i) => startOf(item) + markerSrc.indexOf(m[1]) + i), startOf(first)]);
        marked = true;
      }
    }
    collectInline(first, source, tb);
    const at = out.length;
    splitParagraph('listItem', tb, nesting, out);
    if (marked && out.length > at) out[at].listMarker = true;
    rest = kids.slice(1);
  } else if (ordered) {
    // An empty item (`1.` alone on its line) is still a numbered item: keep its marker,
    // or the numbering of its siblings reads as skipped.
    const markerSrc = source.slice(startOf(item), first ? startOf(first) : endOf(item));
    const m = /^\s*(\d+[.)])/.exec(markerSrc);
    if (m) {
      const tb = new TextBuilder();
      tb.push(m[1], startOf(item) + markerSrc.indexOf(m[1]));
      const at = out.length;
      splitParagraph('listItem', tb, nesting, out);
      if (out.length > at) out[at].listMarker = true;
    }
  }
  walk({ type: 'root', children: rest }, source, nesting + 1, out);
}

function readTable(table: MdNode, source: string, nesting: number, out: Block[]): void {
  for (const row of table.children ?? []) {
    const tb = new TextBuilder();
    const cells: Span[] = [];
    for (const cell of row.children ?? []) {
      if (tb.length > 0) tb.push('\t', startOf(cell));
      const s = tb.length;
      collectInline(cell, source, tb);
      cells.push({ start: s, end: tb.length });
    }
    if (tb.length === 0) continue;
    out.push({ kind: 'tableRow', nesting, text: tb.text, offsets: tb.offsets(), cells, start: startOf(row), end: endOf(row) });
  }
}

/**
 * GFM constructs need one of these characters: tables `|`, strikethrough `~`, autolink
 * literals `www.` / `http(s)://` / `@`, footnotes `[^`, task lists `[ ]` `[x]`. A draft
 * with none of them parses to the same tree without the GFM extensions, which cost a
 * good part of the parse on Chinese prose (the autolink-literal pass rescans every text node).
 */
const MAYBE_GFM = /[|~@]|www\.|https?:\/\/|\[\^|\[[ \txX]\]/i;
/** Built on the first draft that may hold GFM syntax (setting up remark-gfm's extensions took ~2 ms of every start). */
let withGfm: ReturnType<typeof gfmProcessor> | undefined;
const gfmProcessor = () => unified().use(remarkParse).use(remarkGfm).freeze();
const withoutGfm = unified().use(remarkParse).freeze();

/** The whole draft through remark in one parse (what `readMarkdown` must always agree with). */
export function parseBlocks(source: string): Block[] {
  const tree = (MAYBE_GFM.test(source) ? (withGfm ??= gfmProcessor()) : withoutGfm).parse(source) as unknown as MdNode;
  const out: Block[] = [];
  walk(tree, source, 0, out);
  return out;
}

/** A copy of a block moved by `delta` source characters (blocks are never changed in place). */
export function shiftBlock(b: Block, delta: number): Block {
  const offsets = new Int32Array(b.offsets.length);
  for (let i = 0; i < offsets.length; i++) offsets[i] = b.offsets[i] + delta;
  return { ...b, offsets, start: b.start + delta, end: b.end + delta };
}

/** `b` moved by `delta` in place: only for a block just made and not yet handed to anyone. */
function moveFresh(b: Block, delta: number): Block {
  const o = b.offsets;
  for (let i = 0; i < o.length; i++) o[i] += delta;
  b.start += delta;
  b.end += delta;
  return b;
}

/**
 * Reads a Markdown draft. When it falls into independent chunks (see chunks.ts),
 * plain paragraphs are read without a parser and each run of other chunks between
 * them goes through remark in one parse (micromark reads a chunk differently after
 * some constructs — `2)` after indented code is no list — but never after a plain
 * paragraph). With a `cache`, unchanged plain chunks and runs come from the last run.
 */
export function readMarkdown(original: string, cache?: RunMemo<ChunkBlocks>): Block[] {
  const source = blankNonProse(original);
  const chunks = splitChunks(source);
  if (!chunks) return parseBlocks(source);
  const out: Block[] = [];
  let runStart = -1;
  let runEnd = -1;
  const read = (start: number, end: number, make: (text: string) => Block[], found?: ChunkBlocks) => {
    if (!cache) {
      // Fresh blocks nobody else holds: moved where they are, not copied.
      for (const b of make(source.slice(start, end))) out.push(start ? moveFresh(b, start) : b);
      return;
    }
    let entry = found ?? cache.get(source.slice(start, end));
    if (!entry) {
      const text = detach(source.slice(start, end));
      cache.set(text, (entry = { blocks: make(text), at: 0, plain: make !== parseBlocks }));
    }
    // A chunk where it was last time (everything before an edit) reuses its blocks as they are.
    if (!entry.placed || entry.at !== start) {
      entry.placed = entry.blocks.map((b) => shiftBlock(b, start));
      entry.at = start;
    }
    for (const b of entry.placed) out.push(b);
  };
  const flush = () => {
    if (runStart < 0) return;
    read(runStart, runEnd, parseBlocks);
    runStart = -1;
  };
  for (const c of chunks) {
    // A chunk read as plain last run is plain again (same text): no need to look at it.
    const known = cache?.peek(source.slice(c.start, c.end));
    if (known?.plain) {
      flush();
      read(c.start, c.end, () => [], cache!.get(source.slice(c.start, c.end)));
      continue;
    }
    const pieces = plainPieces(source, c);
    if (!pieces) {
      if (runStart < 0) runStart = c.start;
      runEnd = c.end;
      continue;
    }
    flush();
    read(c.start, c.end, (text) => {
      const blocks: Block[] = [];
      for (const p of pieces) {
        const tb = new TextBuilder();
        tb.push(text.slice(p.start - c.start, p.end - c.start), p.start - c.start);
        if (p.kind === 'paragraph') splitParagraph('paragraph', tb, 0, blocks);
        else {
          const b = makeBlock('heading', tb, 0, tb.length, 0, { depth: p.depth });
          if (b) blocks.push(b);
        }
      }
      return blocks;
    });
  }
  flush();
  return out;
}

export function readPlainText(source: string): Block[] {
  const out: Block[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    if (m[0] === '') break;
    const raw = m[0].replace(/[\r\n]+$/, '');
    const base = m.index;
    const tb = new TextBuilder();
    tb.push(raw, base);
    const kind: BlockKind = COMMENT.test(raw) ? 'comment' : isFurniture(raw) ? 'furniture' : 'paragraph';
    const b = makeBlock(kind, tb, 0, tb.length, 0);
    if (b) out.push(b);
  }
  return out;
}

export function readBlocks(source: string, kind: DocumentKind): Block[] {
  return kind === 'markdown' ? readMarkdown(source) : readPlainText(source);
}

/** Source span of a text span inside a block. */
export function blockSpan(block: Block, from: number, to: number): Span {
  const len = block.text.length;
  const f = Math.max(0, Math.min(from, len));
  const t = Math.max(f, Math.min(to, len));
  if (len === 0) return { start: block.start, end: block.start };
  const start = f < len ? block.offsets[f] : block.offsets[len - 1] + 1;
  const end = t > f ? block.offsets[t - 1] + 1 : start;
  return { start, end };
}
