// The items of a list written in one sentence, for numbers/count: split at 、, ， or ；
// (whichever the list uses first), at ”“ between quoted names, never inside quotes
// or brackets. Each reader says how sure it is: too long or unparallel items give
// no list at all, since a wrong list would mean a false alarm.
import type { Span } from '../types.js';
import { quotedSpans } from '../reader/quotes.js';

export interface ItemList {
  /** Text-relative spans of the items. */
  spans: Span[];
  /** The list ends with 等, or is a subset (包括……在内, 含……, 如……): fewer items than stated is fine. */
  open: boolean;
  /** Items that join two things (A和B): each may stand for two of the stated count. */
  joins: number;
  /** Nothing but closing punctuation follows the list in its block (or its brackets). */
  endsBlock: boolean;
  /** How the items are separated. */
  kind: 'dun' | 'comma' | 'semicolon' | 'quotes';
  /** A ；-list whose first item opens with a 、-list: the items of that 、 reading (作业、睡眠、手机、读物、体质管理；…). */
  alt?: Span[];
}

const DUN = 0x3001; // 、
const COMMA = 0xff0c; // ，
const SEMI = 0xff1b; // ；
const OPEN_BRACKETS = new Set([0xff08, 0x28, 0x3010, 0x5b]); // （ ( 【 [
const CLOSE_BRACKETS = new Set([0xff09, 0x29, 0x3011, 0x5d]);
const SENTENCE_ENDS = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0x0a]); // 。！？!?\n
const JOIN = /[和及与暨]/;
/** Two names of four or more characters joined by one 和 or 及 (nothing else joining). */
// (…and quoted names in them: 面向村集体经济组织的“强村贷”和面向进城务工人员的“新市民安居贷”.)
const LONG_FINAL_JOIN = /^((?:(?![和及与])[\u4e00-\u9fff“”《》]){4,})[和及]((?:(?![和及与])[\u4e00-\u9fff“”《》]){4,})$/;
const OPEN_TAIL = /等+$/;
/** A document's number in brackets after its title: （岷政办发〔2025〕21号）. */
export const ISSUED_AS = /(?<=》)[（(][^（()）]{2,12}〔[0-9]{4}〕[0-9]{1,4}号[）)]/g;
/** Words that open a result or a remark, not another item of the list. */
const NOT_AN_ITEM = /^(?:通过|全年|共|累计|目前|截至|经过|以上|同时|此外|其中|另外|并|均|已)/;

/** Where each quote opens → where it closes (text-relative), for a block's quoted spans. */
function quoteEnds(text: string): Map<number, number> {
  const m = new Map<number, number>();
  for (const q of quotedSpans(text)) m.set(q.start, q.end);
  return m;
}

interface Split {
  spans: Span[];
  /** Where the stretch stopped (at the stopping character, or `to`). */
  end: number;
  /** The character that stopped the stretch, -1 at `to`. */
  stop: number;
}

/**
 * Split text[from, to) at top-level `seps`, stopping at the first top-level character
 * of `stops`. Quotes and brackets are skipped whole; ”“ between two quotes is a boundary.
 */
function split(text: string, from: number, to: number, seps: ReadonlySet<number>, stops: ReadonlySet<number>): Split | undefined {
  const ends = quoteEnds(text);
  const spans: Span[] = [];
  let s = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const q = ends.get(i);
    if (q !== undefined) {
      // “A”“B”: a new quote right where one closed starts a new item.
      if (i > s && ends.size > 1 && isQuoteEnd(text, i)) {
        spans.push({ start: s, end: i });
        s = i;
      }
      i = q;
      continue;
    }
    if (OPEN_BRACKETS.has(c)) {
      const close = closeOf(text, i, to);
      if (close < 0) return undefined;
      i = close + 1;
      continue;
    }
    if (stops.has(c)) return done(i, c);
    if (seps.has(c)) {
      spans.push({ start: s, end: i });
      s = i + 1;
    }
    i++;
  }
  return done(Math.min(i, to), -1);

  function done(end: number, stop: number): Split {
    spans.push({ start: s, end });
    return { spans, end, stop };
  }
}

/** The character before `i` closes a quote (”’」』》〉"). */
function isQuoteEnd(text: string, i: number): boolean {
  return /["’”」』》〉]/.test(text[i - 1] ?? '');
}

/** The bracket closing the one at `open` (nesting counted), or -1 before `to`. */
function closeOf(text: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    const c = text.charCodeAt(i);
    if (OPEN_BRACKETS.has(c)) depth++;
    else if (CLOSE_BRACKETS.has(c) && --depth === 0) return i;
  }
  return -1;
}

/** The bracket opening the one that closes at `close`, or -1 after `floor`. */
export function openOf(text: string, close: number, floor = 0): number {
  let depth = 0;
  for (let i = close; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (CLOSE_BRACKETS.has(c)) depth++;
    else if (OPEN_BRACKETS.has(c) && --depth === 0) return i;
  }
  return -1;
}

function trimmed(text: string, spans: Span[]): Span[] {
  return spans.map((x) => {
    let { start, end } = x;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /[\s。；;，,.]/.test(text[end - 1])) end--;
    return { start, end };
  });
}

function joinsOf(text: string, spans: Span[]): number {
  const quotes = quotedSpans(text);
  let n = 0;
  for (const x of spans) {
    // A join inside a quoted name (“学习和实践”) does not make the name two items.
    let item = text.slice(x.start, x.end);
    for (const q of quotes) if (q.start >= x.start && q.end <= x.end) item = item.replace(text.slice(q.start, q.end), '');
    if (JOIN.test(item) || item.includes('以及')) n++;
  }
  return n;
}

const SEPS_DUN = new Set([DUN]);
const SEPS_COMMA = new Set([COMMA, 0x2c]);
const SEPS_SEMI = new Set([SEMI, 0x3b]);
const STOPS_CLAUSE = new Set([COMMA, 0x2c, SEMI, 0x3b, 0xff1a, 0x3a, ...SENTENCE_ENDS]);
const STOPS_SEMI = new Set([0xff1a, 0x3a, ...SENTENCE_ENDS]);
const STOPS_COMMA = new Set([SEMI, 0x3b, 0xff1a, 0x3a, ...SENTENCE_ENDS]);
const NONE = new Set<number>();

/**
 * The list that starts at `s` (after 三项措施： or 五项制度（): its separator is the
 * first top-level 、, ， or ； met; a list of quoted names needs none.
 */
export function listAfter(text: string, s: number, to = text.length): ItemList | undefined {
  while (s < to && /\s/.test(text[s])) s++;
  // 《学习制度》《积分办法》《谈心制度》，全年…: names set side by side, the clause going on after them.
  const run = quoteRun(text, s, to);
  if (run) return run;
  const first = split(text, s, to, NONE, FIRST_SEP);
  if (!first) return undefined;
  // A ； before the sentence ends makes the list a ；-list, whatever 、 and ， its items hold.
  const semi = first.stop === SEMI || first.stop === 0x3b ? first : split(text, s, to, NONE, SEMI_OR_END);
  if (semi && (semi.stop === SEMI || semi.stop === 0x3b)) {
    const list = read(text, s, to, 'semicolon');
    // (…but its first item may itself be the list counted, the ； opening the next clause: both readings are kept.)
    if (list && first.stop === DUN) list.alt = read(text, s, to, 'dun')?.spans;
    if (list || first.stop !== DUN) return list;
  }
  if (first.stop === DUN) return read(text, s, to, 'dun');
  if (first.stop === COMMA || first.stop === 0x2c) return read(text, s, to, 'comma');
  // No separator before the sentence ends: only “A”“B”“C” is a list.
  return read(text, s, to, 'quotes');
}

/**
 * Two or more quoted names right after one another from `s` (“A”“B” or 《A》《B》, 等 after the last allowed),
 * ended by a clause mark or the end: a list of quotes whatever follows in the clause. Undefined otherwise.
 */
function quoteRun(text: string, s: number, to: number): ItemList | undefined {
  const ends = quoteEnds(text);
  const spans: Span[] = [];
  let i = s;
  let joined = false;
  for (let e = ends.get(i); e !== undefined && e <= to; e = ends.get(i)) {
    if (e - i > MODES.quotes.maxLen) return undefined;
    spans.push({ start: i, end: e });
    i = e;
    // 《A》《B》和《C》: a 和 (及, 与, 以及) before the last name closes the run.
    const join = joined || spans.length < 2 ? null : /^(?:以及|和|及|与)/.exec(text.slice(i, i + 2));
    if (join && ends.has(i + join[0].length)) {
      i += join[0].length;
      joined = true;
    } else if (joined) break;
  }
  if (spans.length < 2 || (joined && spans.length < 3)) return undefined;
  const open = text[i] === '等';
  while (text[i] === '等') i++;
  if (i < to && !STOPS_CLAUSE.has(text.charCodeAt(i))) return undefined;
  if (open) spans[spans.length - 1] = { start: spans[spans.length - 1].start, end: i };
  return { spans, kind: 'quotes', open, joins: joinsOf(text, spans), endsBlock: /^[\s。；;，,！!]*$/.test(text.slice(i, to)) };
}

const FIRST_SEP = new Set([DUN, COMMA, 0x2c, SEMI, 0x3b, ...SENTENCE_ENDS]);
const SEMI_OR_END = new Set([SEMI, 0x3b, ...SENTENCE_ENDS]);
const MODES = {
  dun: { seps: SEPS_DUN, stops: STOPS_CLAUSE, maxLen: 20 },
  semicolon: { seps: SEPS_SEMI, stops: STOPS_SEMI, maxLen: 40 },
  comma: { seps: SEPS_COMMA, stops: STOPS_COMMA, maxLen: 8 },
  quotes: { seps: NONE, stops: SEMI_OR_END, maxLen: 20 },
} as const;

function read(text: string, s: number, to: number, kind: keyof typeof MODES): ItemList | undefined {
  const mode = MODES[kind];
  const got = split(text, s, to, mode.seps, mode.stops);
  if (!got) return undefined;
  const spans = trimmed(text, got.spans);
  if (spans.length < 2) return undefined;
  // A、B、C和D where C和D runs over an item's length: the 和 (及) is the list's closing conjunction when
  // both sides are names of an item's length and no other item holds a join.
  if (kind === 'dun' && spans.length >= 2) {
    const last = spans[spans.length - 1];
    const m = LONG_FINAL_JOIN.exec(text.slice(last.start, last.end));
    if (
      last.end - last.start > mode.maxLen &&
      m &&
      m[1].length <= mode.maxLen &&
      m[2].length <= mode.maxLen &&
      spans.slice(0, -1).every((x) => !JOIN.test(text.slice(x.start, x.end)))
    )
      spans.splice(-1, 1, { start: last.start, end: last.start + m[1].length }, { start: last.end - m[2].length, end: last.end });
  }
  const last = text.slice(spans[spans.length - 1].start, spans[spans.length - 1].end);
  const open = OPEN_TAIL.test(last) || text[got.end] === '等';
  for (const x of spans) {
    const item = text.slice(x.start, x.end);
    // (《公共数据管理办法》（岷政办发〔2025〕21号）: a title and the number it was issued under are one item.)
    const own = item.replace(ISSUED_AS, '').length;
    if (x.end <= x.start || own > mode.maxLen) return undefined;
    if (NOT_AN_ITEM.test(item)) return undefined;
    if (kind === 'comma' && /[0-9０-９]/.test(item)) return undefined;
  }
  if (kind === 'comma') {
    // 抓党建，促发展，保稳定 / 坚持…，坚持…: comma lists only when the items are of one build
    // (早发现，早报告，确保安全 is three measures and their aim).
    const items = spans.map((x) => text.slice(x.start, x.end));
    const sameLength = items.every((x) => x.length === items[0].length);
    const sameStart = items.every((x) => x[0] === items[0][0]);
    const sameEnd = items.every((x) => x[x.length - 1] === items[0][items[0].length - 1]);
    if (!sameLength && !sameStart && !sameEnd) return undefined;
  }
  if (kind === 'quotes') {
    // Quoted names only: every item must be a quote (optionally closing with 等).
    const ends = quoteEnds(text);
    if (!spans.every((x) => ends.get(x.start) !== undefined && /^(?:等+)?$/.test(text.slice(ends.get(x.start)!, x.end)))) return undefined;
  }
  const rest = text.slice(got.end, to);
  return { spans, kind, open, joins: joinsOf(text, spans), endsBlock: /^[\s。；;，,！!]*$/.test(rest) };
}

/** The list inside the brackets that open at `open` (五项制度（首问负责、限时办结、一次告知）). */
export function listInBrackets(text: string, open: number): ItemList | undefined {
  const close = closeOf(text, open, text.length);
  if (close < 0) return undefined;
  let s = open + 1;
  let subset = false;
  const lead = /^(?:即|包括|分别是|分别为|具体是|具体为|含|如|例如|比如)[：:]?/.exec(text.slice(s, close));
  if (lead) {
    subset = /^(?:含|如|例如|比如)/.test(lead[0]);
    s += lead[0].length;
  }
  const list = listAfter(text, s, close);
  if (!list) return undefined;
  const last = list.spans[list.spans.length - 1];
  // The whole bracket must be the list: nothing left after its last item.
  if (!/^[\s。；;，,等]*$/.test(text.slice(last.end, close))) return undefined;
  return { ...list, open: list.open || subset || text.slice(last.end, close).includes('等') };
}

/** Items split at top-level 、 and ”“ in text[from, to) (for a list that ends at the count). */
export function splitBefore(text: string, from: number, to: number): Span[] | undefined {
  return split(text, from, to, SEPS_DUN, NONE)?.spans;
}

export { joinsOf };
