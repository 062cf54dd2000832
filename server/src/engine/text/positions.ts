// Offsets ↔ positions. Internally everything is a UTF-16 offset; LSP wants
// {line, character} in UTF-16 units and the CLI wants 1-based line/column in
// characters (code points), so a non-BMP character such as 𠮷 counts once there.
import { lowerBound } from './sorted.js';

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column (LSP). */
  character: number;
}

export class LineIndex {
  /** Offset of the first character of each line. CRLF, LF and lone CR all end a line. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Line containing `offset` (clamped to the document). */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.lineStarts[line] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[pos.line];
    const end = this.lineEnd(pos.line);
    return Math.max(start, Math.min(start + pos.character, end));
  }

  /** Offset of the end of `line`, before its line break. */
  lineEnd(line: number): number {
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Offsets of every surrogate pair's first half, ascending; built on first use (most drafts have none). */
  private pairs: number[] | undefined;

  /** 1-based line and 1-based column counted in Unicode code points (what a person counts). */
  lineColumn(offset: number): { line: number; column: number } {
    const p = this.positionAt(offset);
    const start = this.lineStarts[p.line];
    const end = start + p.character;
    // A pair counts once when both halves lie before `end`: two binary searches, not a walk
    // along the line (a 300k-character line with thousands of findings took minutes).
    const pairs = (this.pairs ??= surrogatePairs(this.text));
    const inLine = pairs.length ? lowerBound(pairs, end - 1) - lowerBound(pairs, start) : 0;
    return { line: p.line + 1, column: 1 + p.character - inLine };
  }
}

/** Moves an offset off the second half of a surrogate pair, so no range splits a character. */
export function snapToCharBoundary(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  const c = text.charCodeAt(offset);
  const p = text.charCodeAt(offset - 1);
  if (c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff) return offset - 1;
  return offset;
}

/**
 * The same characters in a string of their own. `text.slice()` makes a view that keeps
 * the whole parent alive, so anything cached across versions (a chunk, a word) would
 * keep the whole document version it was cut from (an editing session of a 100k draft
 * kept 30 versions, 6 MB). Copy what outlives its text.
 */
export function detach(text: string): string {
  // Flattening a concatenation writes its characters into a new string.
  return text.length < 13 ? text : (' ' + text).slice(1);
}

function surrogatePairs(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) out.push(i++);
    }
  }
  return out;
}
