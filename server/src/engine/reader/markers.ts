// Outline markers at the opening of a paragraph, per GB/T 9704-2012 §7.3.3:
// 一、 → （一） → 1. → （1）, plus ① and the 一是/二要 enumerators. Recognition is
// deliberately tolerant (1、, （一）、, (1)., 一. are read as markers) so that
// outline/style can flag the non-standard forms instead of losing the structure.
import type { MarkerKind } from '../types.js';
import { charSet, SPACE } from '../text/scan.js';

/** 零〇 → 0, 一 … 九 (两 = 2), else −1. By character code: numerals are parsed for every marker and counted phrase. */
function cnDigit(c: number): number {
  switch (c) {
    case 0x96f6: // 零
    case 0x3007: // 〇
      return 0;
    case 0x4e00: // 一
      return 1;
    case 0x4e8c: // 二
    case 0x4e24: // 两
      return 2;
    case 0x4e09: // 三
      return 3;
    case 0x56db: // 四
      return 4;
    case 0x4e94: // 五
      return 5;
    case 0x516d: // 六
      return 6;
    case 0x4e03: // 七
      return 7;
    case 0x516b: // 八
      return 8;
    case 0x4e5d: // 九
      return 9;
    default:
      return -1;
  }
}

/** 一 → 1, 十二 → 12, 二十一 → 21, 一百零八 → 108. NaN when not a Chinese numeral. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let section = 0;
  let digit = -1;
  let units = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = cnDigit(c);
    if (d >= 0) {
      digit = d;
      continue;
    }
    // 十 百 千 万
    const unit = c === 0x5341 ? 10 : c === 0x767e ? 100 : c === 0x5343 ? 1000 : c === 0x4e07 ? 10000 : 0;
    if (!unit) return NaN;
    units = true;
    if (unit === 10000) {
      section = (section + Math.max(digit, 0)) * unit;
      total += section;
      section = 0;
    } else {
      section += (digit < 0 ? 1 : digit) * unit;
    }
    digit = -1;
  }
  // Digit strings without units (二〇二三) read digit by digit.
  if (!units) {
    let digits = '';
    for (let i = 0; i < s.length; i++) digits += cnDigit(s.charCodeAt(i));
    return Number(digits);
  }
  return total + section + Math.max(digit, 0);
}

const CN_NUMS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export function toChineseNumeral(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return CN_NUMS[n];
  if (n < 20) return '十' + CN_NUMS[n - 10];
  if (n < 100) return CN_NUMS[Math.floor(n / 10)] + '十' + CN_NUMS[n % 10];
  return String(n);
}

export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Rank of each kind: smaller is higher in the outline. Headings rank by depth (1–6). */
export const KIND_RANK: Record<MarkerKind, number> = {
  heading: 0,
  cn: 10,
  cnParen: 11,
  arabic: 12,
  // 2.1 under 2., 2.1.1 under 2.1 (outline.ts adds a tenth per further component).
  decimal: 12.5,
  arabicParen: 13,
  circled: 14,
  shi: 15,
};

export const KIND_LABEL: Record<MarkerKind, string> = {
  heading: '标题',
  cn: '“一、”',
  cnParen: '“（一）”',
  arabic: '“1.”',
  decimal: '“1.1”',
  arabicParen: '“（1）”',
  circled: '“①”',
  shi: '“一是”',
};

/** Text-relative marker found at the start of a string. */
export interface RawMarker {
  kind: MarkerKind;
  ordinal: number;
  text: string;
  style: string;
  punct: string;
  /** Offsets relative to the string passed in. */
  start: number;
  end: number;
  ordinalStart: number;
  ordinalEnd: number;
  punctStart: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const LEAD = '^[\\s\\u3000]*';
// 🌟一、2023年工作回顾: a page's emoji ahead of a part's number decorates it (the top two levels only).
const EMOJI_LEAD = '^[\\s\\u3000]*(?:[\\p{Extended_Pictographic}\\uFE0F\\u200D]+[\\s\\u3000]*)?';
const EMOJI = /\p{Extended_Pictographic}/u;

/** An emoji opens `s` at `i`. (Only a surrogate pair or a symbol block can: most lines open with a Chinese character, never asked.) */
function emojiAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return ((c >= 0xd800 && c <= 0xdbff) || (c >= 0x2100 && c <= 0x2bff)) && EMOJI.test(String.fromCodePoint(s.codePointAt(i)!));
}
// Each pattern: groups (open, ordinal, close, punct). Order matters. A bracketed marker takes
// the whole run of punctuation after it (（一）、，), so removing it is one fix.
const PATTERNS: { kind: MarkerKind; re: RegExp }[] = [
  // (〔一〕: the hexagonal brackets of a 文号, written for round ones — read, for outline/style to flag.)
  // (…and a bracket typed twice, (四)), is a stray mark of the same kind.)
  { kind: 'cnParen', re: new RegExp(`${EMOJI_LEAD}([（(〔])(${CN})([）)〕])([、.．，,:：）)]*)`, 'u') },
  { kind: 'arabicParen', re: new RegExp(`${LEAD}([（(〔])([0-9０-９]{1,2})([）)〕])([、.．，,:：）)]*)`) },
  { kind: 'cn', re: new RegExp(`${EMOJI_LEAD}()(${CN})()([、.．])`, 'u') },
  // `1.5万` and `2023.` are numbers, not markers: the punctuation must not be followed by a digit.
  // 1)、 1） with only the closing bracket: a bracketed number written by half (GB/T 15834 wants （1））.
  { kind: 'arabicParen', re: /^[\s\u3000]*()([0-9０-９]{1,2})([)）])([、.．，,:：]*)(?![0-9０-９])/ },
  // After 、 a digit may follow (1、1400协议…); a list of numbers (1、2月份) is caught below.
  // …unless they start a year or a date: 2.2025年高考 and 3.2025届毕业生 are items 2 and 3, 1.4月15日 item 1.
  // (1。乡镇中心幼儿园收尾工程: a full stop typed for the item's dot, before the item's words.)
  {
    kind: 'arabic',
    re: /^[\s\u3000]*()([0-9０-９]{1,2})()([.．，,：:](?!(?![0-9]{4}[年届级]|[0-9]{1,2}月[0-9]{1,2}[日号])[0-9０-９])|、|。(?=[\s\u3000]*[\u4e00-\u9fff“《（(]))/,
  },
  { kind: 'circled', re: new RegExp(`${LEAD}()([${CIRCLED}])()([、.．]?)`) },
  { kind: 'shi', re: new RegExp(`${LEAD}()(${CN})()([是要])`) },
];

const HEADING_CN_COMMA = new RegExp(`^([\\s\\u3000]*)(${CN})([，,：:])(?=[\\s\\u3000]*[\\u4e00-\\u9fff])`);

// …and 10、11两个月 (the two months named by their numbers).
const LIST_TAIL = '(?:[、和至到]|季度|月|年|等|类|级|期|批|次|号|线|[两三四五六]个?(?:月|季度|年|天|周))';
const CN_LIST = new RegExp(`^([一二三四五六七八九十]{1,3})${LIST_TAIL}`);
const CN_PAIR = /^([一二三四五六七八九十]{1,3})[\s\u3000]*$/;
// (1、2 月份: an engineer's space before the unit.)
const ARABIC_LIST = new RegExp(`^([0-9０-９]{1,2}) ?${LIST_TAIL}`);

const MONTHS_ONLY = /^((?:[一二三四五六七八九十]{1,3}、)*[一二三四五六七八九十]{1,3})(?:个)?(?:月份?|季度)[\s\u3000]*$/;

/** Whether a heading's text after `X、` is only the next months or quarters: 六月, 十、十一月 (ascending from X). */
function monthsOnly(ordinal: number, after: string): boolean {
  const m = MONTHS_ONLY.exec(after);
  if (!m) return false;
  let last = ordinal;
  for (const n of m[1].split('、').map(parseChineseNumeral)) {
    if (!(n > last)) return false;
    last = n;
  }
  return true;
}

function digitValue(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

// The outline, the figures and the metrics checks all ask about the same block texts:
// remember the latest answers (callers only read them).
const lineMemo = new Map<string, RawMarker | null>();
const headingMemo = new Map<string, RawMarker | null>();
const MEMO_MAX = 4096;

// Every marker opens (after spaces) with a bracket, a numeral or a circled digit. Most
// paragraphs open with something else: one look at that character answers them without
// hashing the whole text for the memo or running the patterns.
const MARKER_FIRST = charSet(`（(〔一二三四五六七八九十0123456789０１２３４５６７８９${CIRCLED}`);

/** Recognises an outline marker at the start of `s`, or returns undefined. */
export function matchMarker(s: string, heading = false): RawMarker | undefined {
  let i = 0;
  while (i < s.length && SPACE.has(s.charCodeAt(i))) i++;
  if (i === s.length || (!MARKER_FIRST.has(s.charCodeAt(i)) && !emojiAt(s, i))) return undefined;
  const memo = heading ? headingMemo : lineMemo;
  let hit = memo.get(s);
  if (hit === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(s, (hit = scanMarker(s, heading) ?? null));
  }
  return hit ?? undefined;
}

function scanMarker(s: string, heading: boolean): RawMarker | undefined {
  for (const { kind, re } of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const [all, open, ord, close, punct] = m;
    const start = all.length - (open.length + ord.length + close.length + punct.length);
    const ordinalStart = start + open.length;
    const ordinalEnd = ordinalStart + ord.length;
    const punctStart = ordinalEnd + close.length;
    let ordinal: number;
    if (kind === 'arabic' || kind === 'arabicParen' || kind === 'decimal') ordinal = digitValue(ord);
    else if (kind === 'circled') ordinal = CIRCLED.indexOf(ord) + 1;
    else ordinal = parseChineseNumeral(ord);
    if (!Number.isFinite(ordinal) || ordinal <= 0) continue;
    // 十分重视 / 一是一、二是二: a cn marker needs text after it; `shi` must not be 一是一 (idiom) or 一要素.
    const after = s.slice(all.length);
    // (二是二季度新建… is a marker: the idiom's numeral stands alone, 一是一，二是二.)
    if (kind === 'shi' && (/^[一二三四五六七八九十](?:[，、,。；;\s]|$)/.test(after) || (punct === '要' && /^素/.test(after)))) continue;
    // (四．GIT版本控制, 2，php后台: a Latin word opening a Chinese title.)
    if (kind === 'cn' && punct !== '、' && !/^(?:[\s\u3000]*[\u4e00-\u9fff“《（(]|[\s\u3000]+[0-9０-９]|[\s\u3000]*[A-Za-z]+[\u4e00-\u9fff])/.test(after))
      continue;
    // 1，2月份 / 1,000 / 1:30: a number, not 1，加强学习 or 1：做好工作.
    if (
      kind === 'arabic' &&
      (punct === '，' || punct === ',' || punct === '：' || punct === ':') &&
      !/^[\s\u3000]*(?:[\u4e00-\u9fff“《（(]|[A-Za-z]+[\u4e00-\u9fff])/.test(after) &&
      // (1，alarm_log.cpp 和 alarm.cpp: a full-width comma before a file or a name in Latin letters.)
      !(punct === '，' && /^[\s\u3000]*[A-Za-z][A-Za-z0-9_]*[._-][A-Za-z0-9_.-]*(?:[\s\u3000]|$)/.test(after))
    )
      continue;
    // 一、二季度 / 1、2月份: a list of numbers, not a marker.
    // The numbers of such a list ascend (一、二季度); 一、一年来的主要工作 is a heading.
    // A title line is its own heading, though: ## 三、四季度工作计划, or a short line with no
    // sentence in it (三、四季度工作计划 alone on its line) — 一、二季度，全县… is a sentence.
    const list = punct === '、' || punct === '，' ? (kind === 'cn' ? CN_LIST : kind === 'arabic' ? ARABIC_LIST : undefined)?.exec(after) : null;
    const titleLine = heading || (kind === 'cn' && s.length <= 24 && !/[，,。；;：:！？!?0-9０-９]/.test(s));
    if (list && !titleLine && (kind === 'cn' ? parseChineseNumeral(list[1]) : digitValue(list[1])) > ordinal) continue;
    // (## 五、六月 / ## 九、十、十一月 between ## 四月 and ## 十二月: a title that is nothing but ascending months or quarters.)
    if (list && heading && kind === 'cn' && monthsOnly(ordinal, after)) continue;
    // (八、九 alone on its line, a list item naming two months: a pair of numbers, never a title.)
    const pair = kind === 'cn' && punct === '、' ? CN_PAIR.exec(after) : null;
    if (pair && parseChineseNumeral(pair[1]) > ordinal) continue;
    let style: string;
    switch (kind) {
      case 'cnParen':
      case 'arabicParen':
        style =
          (open === '〔' || close === '〕' ? 'hex' : open === '（' && close === '）' ? 'full' : open === '(' && close === ')' ? 'half' : 'mixed') +
          (punct ? punct : '');
        break;
      case 'shi':
        style = punct;
        break;
      case 'decimal':
        style = `d${open.split(/[.．]/).length}`; // d2 = 2.1, d3 = 2.1.1
        break;
      default:
        style = punct;
    }
    return { kind, ordinal, text: all.slice(start), style, punct: kind === 'shi' ? '' : punct, start, end: all.length, ordinalStart, ordinalEnd, punctStart };
  }
  if (heading) {
    // ## 一，预约模块 / ## 二：性能优化: a heading's Chinese number with a comma or colon typed for 、 (outline/style
    // reports the mark; in a paragraph 一，… is as often a sentence).
    const cn = HEADING_CN_COMMA.exec(s);
    if (cn) {
      const ordinal = parseChineseNumeral(cn[2]);
      if (Number.isFinite(ordinal) && ordinal > 0) {
        const start = cn[1].length;
        const ordinalEnd = start + cn[2].length;
        return {
          kind: 'cn',
          ordinal,
          text: cn[0].slice(start),
          style: cn[3],
          punct: cn[3],
          start,
          end: cn[0].length,
          ordinalStart: start,
          ordinalEnd,
          punctStart: ordinalEnd,
        };
      }
    }
    // ## 四 我想说的一些话 beside ## 三、…: a heading's Chinese number with a space for its 、 (not ## 十 年 or ## 三 月).
    const spaced = HEADING_CN_SPACE.exec(s);
    if (spaced) {
      const ordinal = parseChineseNumeral(spaced[2]);
      if (Number.isFinite(ordinal) && ordinal > 0) {
        const start = spaced[1].length;
        const ordinalEnd = start + spaced[2].length;
        return { kind: 'cn', ordinal, text: spaced[2], style: ' ', punct: '', start, end: ordinalEnd, ordinalStart: start, ordinalEnd, punctStart: ordinalEnd };
      }
    }
    // ## 2 文件结构 beside ## 1. 概述: a heading's number written with no mark after it (outline/style
    // reports it when its siblings have one); ## 3 月总结, ## 2024 年度回顾 and ## 25 年度回顾 are no numbers of an outline
    // (## 1 年度成果 is item 1, and so are ## 1 项目概况, ## 3 个人成长, ## 2 人才培养).
    const m = HEADING_BARE.exec(s);
    const ordinal = m ? Number(m[1]) : 0;
    if (m && ordinal > 0) {
      const start = m[0].length - m[1].length;
      const end = m[0].length;
      return { kind: 'arabic', ordinal, text: m[1], style: '', punct: '', start, end, ordinalStart: start, ordinalEnd: end, punctStart: end };
    }
  }
  return undefined;
}

const HEADING_CN_SPACE = new RegExp(`^([\\s\\u3000]*)(${CN})[ \\u3000]+(?![年月日号个天周岁次项届期大部分类])(?=[\\u4e00-\\u9fff]{2})`);

const HEADING_BARE =
  /^[\s\u3000]*([0-9]{1,2})(?=[ \t\u3000]+(?![0-9０-９.．]*[0-9０-９]|年(?!度)|(?<=[0-9]{2}[ \t\u3000]+)年度|项(?!目)|个(?!人)|人(?![才员力事])|[月日号季度周天次条名元万亿%％大种类点位件倍届期])[^\s])/;

// In a heading a decimal number may run straight into its title (### 2.1自动插桩工具).
const HEADING_DECIMAL =
  /^[\s\u3000]*((?:[0-9]{1,2}[.．]){1,3})([0-9]{1,2})(?=[ \t\u3000]*[\u4e00-\u9fffA-Za-z“《（(「『【]|[ \t\u3000]+["'[])(?![万亿千百十个元%％倍])/;

/**
 * A decimal marker (2.1, 1.2.3) at the start of a heading's text. Only in headings: at the start of a
 * paragraph 1.10 is as often a date (1.10 结束所有修复) or an amount (1.5 万元) as an item number.
 */
export function matchHeadingDecimal(s: string): RawMarker | undefined {
  const m = HEADING_DECIMAL.exec(s);
  // ### 6.0和6.1: an outline counts from 1; x.0 is a version.
  if (!m || Number(m[2]) === 0) return undefined;
  const start = m[0].length - m[1].length - m[2].length;
  const ordinalStart = start + m[1].length;
  return {
    kind: 'decimal',
    ordinal: Number(m[2]),
    text: m[1] + m[2],
    style: `d${m[1].split(/[.．]/).length}`,
    punct: '',
    start,
    end: m[0].length,
    ordinalStart,
    ordinalEnd: ordinalStart + m[2].length,
    punctStart: ordinalStart + m[2].length,
  };
}

export function startsWithMarker(line: string): boolean {
  return matchMarker(line) !== undefined;
}

/** The marker text as GB/T 9704 writes it for `kind` and `ordinal`. */
export function canonicalMarker(kind: MarkerKind, ordinal: number): string {
  switch (kind) {
    case 'cn':
      return `${toChineseNumeral(ordinal)}、`;
    case 'cnParen':
      return `（${toChineseNumeral(ordinal)}）`;
    case 'arabic':
      return `${ordinal}.`;
    case 'arabicParen':
      return `（${ordinal}）`;
    case 'circled':
      return CIRCLED[ordinal - 1] ?? String(ordinal);
    default:
      return '';
  }
}

/** Ordinal text for renumbering in place, in the same script the writer used. */
export function ordinalText(kind: MarkerKind, ordinal: number, like: string): string {
  if (kind === 'arabic' || kind === 'arabicParen' || kind === 'decimal') {
    const full = /[０-９]/.test(like);
    const s = String(ordinal);
    return full ? s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : s;
  }
  if (kind === 'circled') return CIRCLED[ordinal - 1] ?? String(ordinal);
  return toChineseNumeral(ordinal);
}

/** The marker that opens a block's text: Chinese and arabic markers anywhere, decimal ones (2.1) in headings. */
export function blockMarker(text: string, heading: boolean): RawMarker | undefined {
  return matchMarker(text, heading) ?? (heading ? matchHeadingDecimal(text) : undefined);
}
