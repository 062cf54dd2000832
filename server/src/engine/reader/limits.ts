// Reading a draft without ever falling over. Four guards sit in front of the
// block reader, and each one that fires leaves a notice the `engine/limits`
// check turns into an info finding — nothing is skipped in silence:
//   1. size: beyond `maxChars` only the first part is read (cut at a line break);
//   2. nesting: remark's container parsing grows far faster than linearly with
//      list/quote depth (400 levels ≈ 6 s, 1,000 ≈ 90 s), so a Markdown draft
//      nested deeper than `maxNesting` is read as plain text;
//   3. parser failure: if the Markdown reader throws (RangeError from a stack
//      overflow, or anything else) the draft is read as plain text;
//   4. time: with a deadline from the front end, a parse past its budget is
//      stopped and the draft read as plain text.
import type { Block, DocumentKind, EngineNotice } from '../types.js';
import { readMarkdown, readPlainText, shiftBlock } from './blocks.js';
import type { ChunkBlocks, RunMemo } from '../run/cache.js';
import { snapToCharBoundary } from '../text/positions.js';
import { DeadlineExceeded, type Bounds } from '../run/deadline.js';

export interface EngineLimits {
  /** Largest number of UTF-16 units read, per kind. */
  maxChars: Record<DocumentKind, number>;
  /** Deepest Markdown list/quote nesting given to the Markdown parser. */
  maxNesting: number;
}

export const LIMITS: EngineLimits = {
  maxChars: { text: 500_000, markdown: 200_000 },
  maxNesting: 32,
};

/** Where to stop reading: the last line break before `max`, else a character boundary. */
export function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const nl = Math.max(text.lastIndexOf('\n', max - 1), text.lastIndexOf('\r', max - 1));
  if (nl >= max - 10_000 && nl > 0) return nl + 1;
  return snapToCharBoundary(text, max);
}

/** Space, tab, `>`, `-`, `*`, `+` and the digits. */
const OPENS_CONTAINER = new Set([32, 9, 62, 45, 42, 43, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);
const CONTAINER = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/** Estimated container depth of each line (block quotes + list markers + indentation); the first line past `max`. */
export function deepLine(text: string, max: number): { start: number; end: number; depth: number } | undefined {
  const n = text.length;
  for (let at = 0; at < n;) {
    // The line [at, e) and its break [e, next).
    let e = at;
    while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    const next = e < n && text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : Math.min(n, e + 1);
    const start = at;
    at = next;
    // Only a line that opens with a space, a tab or a container marker can be nested (a draft's prose lines never are).
    if (!OPENS_CONTAINER.has(text.charCodeAt(start))) continue;
    const line = text.slice(start, next);
    const lead = /^[ \t]*/.exec(line)![0];
    const prefix = CONTAINER.exec(line)?.[0] ?? '';
    if (!prefix && lead.length < 2 * max) continue;
    let cols = 0;
    for (const c of prefix || lead)
      if (c === ' ') cols++;
      else if (c === '\t') cols += 4;
    const markers = (line.slice(0, prefix.length + 1).match(/>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])/g) ?? []).length;
    const depth = markers + Math.floor(cols / 2);
    if (depth > max) return { start, end: e, depth };
  }
  return undefined;
}

/**
 * Brackets and emphasis marks by the thousand in one paragraph are the shapes that make the
 * Markdown parser slow down far faster than linearly (95k [ then 95k ]: 30 s; 20k *_ pairs:
 * 90 s). A draft never has a paragraph like that; a time budget would catch it too, but only
 * after spending the budget, so such text is read as plain text at once.
 */
const MAX_DELIMITERS = 2_000;
// [ ] * _ ` < >, by ASCII code: this scan runs over every character of every draft (a Set
// look-up per character was ~1 % of a `shengao check`; Chinese text fails `c < 128` at once).
const DELIMITER = new Uint8Array(128);
for (const c of [0x5b, 0x5d, 0x2a, 0x5f, 0x60, 0x3c, 0x3e]) DELIMITER[c] = 1;

function denseDelimiters(text: string): { start: number; end: number; count: number } | undefined {
  // Paragraphs: runs of lines between blank lines.
  let start = 0;
  let count = 0;
  let blank = true;
  let lineStart = 0;
  let lineHasText = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (!lineHasText) {
        if (count > MAX_DELIMITERS) return { start, end: i, count };
        count = 0;
        blank = true;
      }
      lineStart = i + 1;
      lineHasText = false;
      continue;
    }
    if (c !== 32 && c !== 9) {
      if (blank) {
        start = lineStart;
        blank = false;
      }
      lineHasText = true;
    }
    if (c < 128 && DELIMITER[c] === 1 && ++count > MAX_DELIMITERS && i === text.length - 1) return { start, end: i + 1, count };
  }
  return count > MAX_DELIMITERS ? { start, end: text.length, count } : undefined;
}

function lineEndAfter(text: string, at: number): number {
  let e = at;
  while (e < text.length && e - at < 200 && text[e] !== '\n' && text[e] !== '\r') e++;
  return snapToCharBoundary(text, Math.max(e, Math.min(at + 1, text.length)));
}

/**
 * micromark drops a leading BOM but reports some node offsets as if it were not
 * there (a paragraph after a BOM ended one character early), so a Markdown draft
 * with a BOM is parsed without it and its offsets shifted back by one.
 */
export function readMarkdownBom(source: string, cache?: RunMemo<ChunkBlocks>): Block[] {
  let k = 0;
  while (source.charCodeAt(k) === 0xfeff) k++; // micromark would strip the next one again
  if (k === 0) return readMarkdown(source, cache);
  // Copies, not in place: cached blocks are shared between runs.
  return readMarkdown(source.slice(k), cache).map((b) => shiftBlock(b, k));
}

/** Reads blocks under the engine limits; notices say what was limited and why. */
export function readGuarded(
  text: string,
  kind: DocumentKind,
  limits: EngineLimits = LIMITS,
  readMarkdown: (s: string) => Block[] = readMarkdownBom,
  bounds?: Bounds,
): { blocks: Block[]; notices: EngineNotice[] } {
  const notices: EngineNotice[] = [];
  const cut = cutPoint(text, limits.maxChars[kind]);
  const source = cut < text.length ? text.slice(0, cut) : text;
  if (cut < text.length) {
    const lineNo = (source.match(/\r\n|\r|\n/g) ?? []).length + 1;
    // Cut at a line break: the lines before it were checked. Cut inside a line (one very long
    // line): that line was checked up to a column, and the note says so, not "from line N on".
    const atLineStart = cut === 0 || source.endsWith('\n') || source.endsWith('\r');
    const lineStart = Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r')) + 1;
    const column = [...source.slice(lineStart)].length;
    const checked = atLineStart
      ? `只检查了前 ${lineNo - 1} 行，从第 ${lineNo} 行起未检查`
      : `只检查到第 ${lineNo} 行第 ${column.toLocaleString('en-US')} 个字，其后未检查`;
    notices.push({
      reason: 'size',
      start: cut,
      end: lineEndAfter(text, cut),
      message: `文稿过长（${text.length.toLocaleString('en-US')} 个字符），超过单次检查上限 ${limits.maxChars[kind].toLocaleString('en-US')} 个字符：${checked}。请把文稿拆成几个文件后再检查。`,
      data: { length: text.length, limit: limits.maxChars[kind], checkedUpTo: cut },
    });
  }
  if (kind === 'text') return { blocks: readPlainText(source), notices };
  const deep = deepLine(source, limits.maxNesting);
  if (deep) {
    notices.push({
      reason: 'nesting',
      start: deep.start,
      end: Math.max(deep.end, lineEndAfter(text, deep.start)),
      message: `列表或引用嵌套过深（约 ${deep.depth} 层，上限 ${limits.maxNesting} 层），整篇按纯文本读取：Markdown 标题、列表等结构未识别。请减少嵌套层数。`,
      data: { depth: deep.depth, limit: limits.maxNesting },
    });
    return { blocks: readPlainText(source), notices };
  }
  const dense = denseDelimiters(source);
  if (dense) {
    notices.push({
      reason: 'delimiters',
      start: dense.start,
      end: Math.max(dense.end, lineEndAfter(text, dense.start)),
      message: `一段中有 ${dense.count.toLocaleString('en-US')} 个 Markdown 标记符（[ ] * _ \` < >），这样的文字会让 Markdown 解析极慢，整篇按纯文本读取：Markdown 标题、列表等结构未识别。`,
      data: { count: dense.count, limit: MAX_DELIMITERS },
    });
    return { blocks: readPlainText(source), notices };
  }
  try {
    // 4. time: some shapes inside the caps make the parser take minutes (190k characters of
    //    nested brackets ≈ 30 s, 80k of *_ runs ≈ 90 s); past the budget, plain text.
    const blocks = bounds ? bounds.deadline(() => readMarkdown(source), bounds.budgets.parseMs) : readMarkdown(source);
    return { blocks, notices };
  } catch (e) {
    if (e instanceof DeadlineExceeded) {
      notices.push({
        reason: 'time',
        start: 0,
        end: lineEndAfter(text, 0),
        message: `Markdown 解析超过 ${(e.ms / 1000).toLocaleString('en-US')} 秒仍未完成（文中可能有大量嵌套的括号或强调符号），整篇按纯文本读取：Markdown 标题、列表等结构未识别。`,
        data: { budgetMs: e.ms },
      });
      return { blocks: readPlainText(source), notices };
    }
    const what = e instanceof RangeError ? '解析时栈溢出' : `解析出错（${e instanceof Error ? e.message : String(e)}）`;
    notices.push({
      reason: 'parser',
      start: 0,
      end: lineEndAfter(text, 0),
      message: `Markdown ${what}，整篇按纯文本读取：Markdown 标题、列表等结构未识别。这是审稿的缺陷，欢迎附上文稿报告。`,
      data: { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) },
    });
    return { blocks: readPlainText(source), notices };
  }
}
