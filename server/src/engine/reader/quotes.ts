// Spans of a block's text inside quotation marks or title marks: names, titles
// and quotations are reproduced as written, so terms and placeholders leave them alone.
import type { Span } from '../types.js';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '「': '」', '『': '』', '"': '"' };

// Several checks ask for the same block's spans (terms, placeholders, quantities,
// counts…): remember the latest results. Callers only read the arrays.
const memo = new Map<string, Span[]>();
const MEMO_MAX = 4096;

/** Any opening mark (the keys of PAIRS). */
const ANY_OPENING = /["‘“《〈「『]/;
const NONE: readonly Span[] = Object.freeze([]);

/** Text-relative spans (including the marks) of quoted and titled text. Unclosed marks run to the end of the line. */
export function quotedSpans(text: string): readonly Span[] {
  // Most blocks quote nothing: one regex scan answers them without hashing the text for the memo.
  if (!ANY_OPENING.test(text)) return NONE;
  let hit = memo.get(text);
  if (!hit) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(text, (hit = scanQuotes(text)));
  }
  return hit;
}

// Opening mark → closing mark, by UTF-16 code (a `ch in PAIRS` test on every CJK
// character makes a fresh one-character string each time and costs 5× more).
const CLOSE_OF = new Map([...Object.entries(PAIRS)].map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const NEWLINE = 10;

function scanQuotes(text: string): Span[] {
  const out: Span[] = [];
  const stack: { close: number; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack.length ? stack[stack.length - 1] : undefined; // (reading stack[-1] takes V8's slow path)
    if (top && top.close === c) {
      stack.pop();
      if (stack.length === 0) out.push({ start: top.at, end: i + 1 });
      continue;
    }
    // “两会精神“的主题会: an opening “ typed for the closing one, a short name after the first (Chinese nests ‘’ inside “”, not ““).
    if (c === 0x201c && top && top.close === 0x201d && i - top.at <= 16 && text.charCodeAt(top.at) === 0x201c) {
      stack.pop();
      if (stack.length === 0) out.push({ start: top.at, end: i + 1 });
      continue;
    }
    // Opening marks are '"', U+2018–U+201C and U+3008–U+300E: two range tests settle most characters.
    const close = c === 0x22 || (c >= 0x2018 && c <= 0x201c) || (c >= 0x3008 && c <= 0x300e) ? CLOSE_OF.get(c) : undefined;
    if (close !== undefined) stack.push({ close, at: i });
    else if (c === NEWLINE && stack.length) {
      out.push({ start: stack[0].at, end: i });
      stack.length = 0;
    }
  }
  if (stack.length) out.push({ start: stack[0].at, end: text.length });
  return out;
}

export function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
