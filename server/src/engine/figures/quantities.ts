// Quantities: every figure of a report with its exact span, its value (or bounds
// when approximate), its unit and the thing it counts. Shared by all numbers/* and
// metrics/* checks through `model.quantities` (computed once, on first use).
//
// What is NOT a count: years and dates (2023年, 3月15日), ordinals (第3期), phone and
// hotline numbers (12345), document numbers (〔2023〕5号), names that contain numbers
// (1552总体思路, “五个十佳”, 两学一做), outline markers (一、 1. 一是). The rule that
// carries most of this: a figure must be followed by a known unit or classifier that
// stands as a word of its own, and must not sit inside quotes or title marks.
import type { Block, Quantity, QuantityKind, Span } from '../types.js';
import type { TaggedWord } from '../segmenter.js';
import type { BlockQuantities, RunMemo } from '../run/cache.js';
import { blockSpan, PROSE_KINDS } from '../reader/blocks.js';
import { blockMarker, parseChineseNumeral } from '../reader/markers.js';
import { quotedSpans, inside } from '../reader/quotes.js';
import { lowerBound } from '../text/sorted.js';
import { scanBack, scanForward, charSet, CLAUSE_END, SENTENCE_END } from '../text/scan.js';
import { wordIndex, wordBoundary, wordEndingAt, wordStartingAt, type WordIndex } from './word-index.js';

// The shapes live in types.ts (every room reads them); re-exported here for the readers of figures.
export type { Quantity, QuantityKind } from '../types.js';

const DIGIT = '[0-9０-９]';
// (2 140: thousands grouped by a space, as some engineers write them; 2025 123 is no such group.)
const AR = `(?:${DIGIT}{1,3}(?: ${DIGIT}{3})+(?!${DIGIT})|${DIGIT}+(?:[,，]${DIGIT}{3})*)(?:[.．]${DIGIT}+)?`;
// (一万二千六百: a numeral may go on past 万, as reports write round figures out in full.)
const CN = '[零〇一二两三四五六七八九十百千]+(?:万[零〇一二两三四五六七八九十百千]+)?(?:点[零〇一二三四五六七八九]+)?';
const NUM = `(?:${AR}|${CN})`;
const PRE = '近|约|大约|将近|逾|超过|超|不到|不足|不少于|至少|最多|多达';
const POST = '左右|以上|以下|上下|之多|有余';
/** Units, longest first. Money units are scaled to 元. */
// prettier-ignore
export const UNITS = [
  // (Concentrations — PM2.5 32微克/立方米 — are levels a rate of change is computed from.)
  '微克/立方米', '毫克/立方米', '毫克/升', '微克/升',
  '个百分点', '百分点', '平方公里', '平方米', '立方米', '万千瓦', '标箱', '人次', '户次', '家次', '场次', '车次', '架次', '台次', '例次', '班次', '件次', '批次', '课时', '学时', '小时', '分钟', '毫秒', '秒', 'ms', '公里', '千米', '千瓦时', '千瓦', '公顷',
  '万元', '亿元', '千元', '元', '吨', '亩', '倍',
  '个', '名', '人', '位', '期', '次', '项', '场', '家', '户', '所', '篇', '件', '条', '批', '份', '本', '册', '部', '座', '处', '支', '台', '辆', '套', '间', '张', '起', '轮', '堂', '节', '门', '首', '幅', '类', '种', '株', '棵', '只', '头', '宗', '笔', '组', '天', '趟', '遍', '版', '则', '期次', '例', '单', '宗次', '床',
];
const UNIT_RE = [...UNITS].sort((a, b) => b.length - a.length).join('|');

// Numbered groups (G below), not named ones: a named match builds a `groups` object for
// every figure. No `u` flag: the pattern holds only BMP characters outside the surrogate
// range, so it matches the same spans either way.
// (The leading lookahead lets the scan reject most characters at once: a figure opens with a
// numeral, 百分之, or one of PRE's first characters.)
const QUANTITY = new RegExp(
  `(?=[0-9０-９零〇一二两三四五六七八九十百千近约大将逾超不至最多])(?:(${PRE}) ?)?(?:百分之(${NUM})|(${NUM})(?:[—–\\-－~～至到](${NUM}))?(余|多)?(?: ?(千万|百万|万|亿))?(余|多)? ?(?:([%％])|(${UNIT_RE})))(${POST})?`,
  'g',
);
/** QUANTITY's groups. */
const G = { pre: 1, pctcn: 2, n1: 3, n2: 4, a1: 5, mult: 6, a2: 7, pct: 8, unit: 9, post: 10 } as const;

const NOUNISH = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg', 'ng', 'l', 'j', 'b']);
/** Suffixes the segmenter cuts off a noun (网格/员, 志愿/者): still part of the thing counted. */
const NOUN_SUFFIX = new Set(['员', '者', '师', '生', '工', '手', '官']);
/** Verbal nouns that form compound nouns rather than govern the noun after them (志愿服务队伍, 城市管理队员; not 培训党员). */
const INNER_VN = new Set(['服务', '管理', '执法', '监测', '保障', '救援', '调解', '巡逻']);
const CJK_WORD = /^[\u4e00-\u9fff]+$/;
/**
 * Nouns the segmenter tags as verbs (收集用水诉求/v 231件, 收集的213件诉求/v): what was asked for, counted — the head of
 * the thing, next to the figure. (Inside a name, 群众诉求工单, the reading stops at them as before.)
 */
const VERB_TAGGED_NOUNS = new Set(['诉求', '需求']);
const verbTaggedNoun = (t: TaggedWord) => t.tag === 'v' && VERB_TAGGED_NOUNS.has(t.word);
/**
 * Nouns the segmenter does not know and cuts across the words next to them: 处理线上工单 as 线/上工/单, 34个工单里 as
 * 个工/单里. Where a cut runs through one of them next to a figure, the noun is the thing counted.
 */
const SPLIT_NOUNS = ['工单'];
/** The split noun written from `at` (ending at `at` when `before`), when the segmenter cut across it; '' otherwise. */
function splitNoun(text: string, ix: WordIndex, at: number, before: boolean): string {
  for (const n of SPLIT_NOUNS) {
    const from = before ? at - n.length : at;
    if (from >= 0 && text.startsWith(n, from) && (!wordBoundary(ix, from) || !wordBoundary(ix, from + n.length))) return n;
  }
  return '';
}

/** Words the segmenter does not know (营收/x, 月活/x) are mostly abbreviations of nouns. */
// (Not 逐 and a classifier — 逐块, 逐户 — an adverb: 2.1万亩高标准农田逐块落实管护 counts the 高标准农田.)
// (Nor 中 glued to the word after it — 中约, 中有 — which picks some out of the batch: 1280台电梯中约三成… counts the 电梯.)
const nounish = (t: TaggedWord) =>
  NOUNISH.has(t.tag) || NOUN_SUFFIX.has(t.word) || (t.tag === 'x' && CJK_WORD.test(t.word) && !(t.word.length === 2 && GLUED_AFTER.test(t.word)));
/** Two characters the segmenter glued that open with an adverb or a preposition (逐块; 中约, 中有, 中近): no part of a noun. */
const GLUED_AFTER = /^(?:逐.|中[约有近超逾])$/;
/** A change right after a classifier (个降至, 家增加到): the classifier ends the figure. */
const CHANGE_AFTER_UNIT = /^(?:降至|降到|降为|增至|增到|增为|升至|升到|减至|减到|下降|增加|减少|增长|提高|提升|上升|降低)/;
// prettier-ignore
const CLASSIFIER_ONLY = new Set(['个', '名', '位', '项', '家', '户', '所', '篇', '件', '条', '批', '份', '本', '册', '部', '座', '处', '支', '台', '辆', '套', '间', '张', '起', '堂', '节', '门', '首', '幅', '类', '种', '株', '棵', '只', '头', '宗', '笔', '组', '期', '场', '次', '轮', '单', '例']);

function toHalf(s: string): string {
  return s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[,，\s]/g, '');
}

/** Parses an Arabic or Chinese numeral (no multiplier). NaN when not a number. */
export function parseNumber(s: string): { value: number; decimals: number } {
  if (isDigit(s.charCodeAt(0))) return parseArabic(s);
  const [int, frac] = s.split('点');
  const v = parseChineseNumeral(int);
  if (frac === undefined) return { value: v, decimals: 0 };
  const digits = [...frac].map((c) => String(parseChineseNumeral(c))).join('');
  return { value: Number(`${v}.${digits}`), decimals: digits.length };
}

/**
 * Arabic digits, ASCII or full-width, with thousands separators and one decimal point:
 * Number(toHalf(s)) in one pass without the strings (Number() on a fresh string showed
 * in the profile). Up to 15 digits N with k decimals, N / 10^k is exact division of exact
 * doubles, so it rounds to the same double as reading the decimal string.
 */
function parseArabic(s: string): { value: number; decimals: number } {
  let n = 0;
  let digits = 0;
  let decimals = -1; // digits after the point; -1 before one
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
    if (d >= 0) {
      n = n * 10 + d;
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 0x2e || c === 0xff0e) decimals = 0; // . ．  (, and ， are separators)
  }
  if (digits > 15) {
    const h = toHalf(s);
    const dot = h.indexOf('.');
    return { value: Number(h), decimals: dot < 0 ? 0 : h.length - dot - 1 };
  }
  return { value: decimals > 0 ? n / 10 ** decimals : n, decimals: Math.max(decimals, 0) };
}

function multiplier(m: string | undefined): number {
  switch (m) {
    case '万':
      return 1e4;
    case '亿':
      return 1e8;
    case '千万':
      return 1e7;
    case '百万':
      return 1e6;
    default:
      return 1;
  }
}

/** Step of a `余/多` approximation: 6100余 → 100, 40余 → 10, 十余 → 10, 6000多 → 1000. */
function approxStep(n: number): number {
  if (!Number.isFinite(n) || n <= 0) return 1;
  if (!Number.isInteger(n)) return 1;
  let step = 1;
  while (n % (step * 10) === 0) step *= 10;
  return step;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

// The looks at the characters right before a figure, as character codes: these run for
// every candidate, and a slice plus a regex per test cost more than the extraction itself.
/** Part of a longer number or word: 2023年 handled by units; G20, 3.5.1, 编号123. */
const GLUED_BEFORE = charSet('0123456789０１２３４５６７８９ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.．');
/** 7×24小时, 1:3 (ratios). */
const RATIO_BEFORE = charSet('×xX*:：∶/');
const COLONS = charSet(':：∶');
/** What ends 第1、2批 (an ordinal list) right before a figure. */
const ORDINAL_LIST_SEP = charSet('、，,和至到—-');
const ORDINAL_LIST = /第[0-9０-９一二三四五六七八九十]+[、，,和至到—-]$/;
/** Vague Chinese numerals: 数十, 几百, 上千, 成百… */
const VAGUE_BEFORE = charSet('数几上成好千万百');
/** 预约、签约、节约、制约、合约… : 约 as the end of a word before a figure. */
const YUE_WORD_BEFORE = charSet('预签节制合公条契践违履誓盟邀相隐');
/** 三四, 两三, 五六十: neighbouring digits read as a range, not as a digit string (34). */
const NEIGHBOUR_DIGITS = /^([一两二三四五六七八])([二三四五六七八九])(十|百|千)?$/;
const NO_COUNT_BEFORE = ['第', '热线', '电话', '编号', '代码', '号码', '手机', '邮编', '〔', '[', '【'];

/** The last characters of NO_COUNT_BEFORE: most candidates are settled by one bit test. */
const NO_COUNT_LAST = charSet('第线话号码机编〔[【');

const LATIN = /[A-Za-z]/;

/** Whether the digits ending at `colon` open with a Latin letter (P0, Q3, G1): a label's code. */
function codeLabelBefore(text: string, colon: number): boolean {
  let k = colon - 1;
  while (k >= 0 && isDigit(text.charCodeAt(k))) k--;
  return k >= 0 && k < colon - 1 && LATIN.test(text[k]);
}

function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (at >= w.length && text.startsWith(w, at - w.length)) return true;
  return false;
}

/**
 * A classifier the segmenter glued to what follows (48个降至, 25家限上企业): the glued word starts at the
 * classifier and goes on with a change (降至, 增加), or is no word of the dictionary (tagged x).
 */
function gluedClassifier(ix: WordIndex, text: string, to: number, unit: string): boolean {
  if (!CLASSIFIER_ONLY.has(unit)) return false;
  const w = wordStartingAt(ix, to - unit.length);
  if (w < 0) return false;
  return CHANGE_AFTER_UNIT.test(text.slice(to, to + 4)) || (ix.words[w].tag === 'x' && /^[\u4e00-\u9fff]{2,4}$/.test(ix.words[w].word));
}

/**
 * Extracts the quantities of one block (prose blocks only). `item` (when the outline read the block's
 * opening digits as an item number run into the figure after it: 3.4名教师 after 2.) is where the
 * item's own text starts: the figure is read from there (4名), not across the number.
 */
export function blockQuantities(block: Block, blockIndex: number, words: (text: string) => TaggedWord[], item?: number): Quantity[] {
  const text = block.text;
  const out: Quantity[] = [];
  // Quotes and the outline marker are looked up for the first candidate: many blocks have none.
  let quotes: readonly Span[] | undefined;
  let skipTo = item ?? -1;
  // The words are looked up when a candidate first needs them: many blocks have numerals but no figure.
  let ixMemo: WordIndex | undefined;
  const index = () => (ixMemo ??= wordIndex(words(text)));
  QUANTITY.lastIndex = item ?? 0;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY.exec(text)) !== null) {
    let pre: string | undefined = m[G.pre];
    let from = m.index;
    const to = m.index + m[0].length;
    // (降幅约 78%: Markdown writers may space the figure from its 约 as well.)
    const numStart = from + (pre ? pre.length + (text.charCodeAt(from + pre.length) === 0x20 ? 1 : 0) : 0);
    // 线上预约830人次, 签约12家: 约 ends a word there, it is no approximation.
    if (pre === '约' && from > 0 && YUE_WORD_BEFORE.has(text.charCodeAt(from - 1))) {
      pre = undefined;
      from = numStart;
    }
    if (skipTo < 0) skipTo = block.kind === 'tableRow' ? 0 : (blockMarker(text, block.kind === 'heading')?.end ?? 0);
    if (numStart < skipTo) continue;
    // (Right after a run-in item number, 3.|4名, the point ends the number: nothing is glued to it.)
    const last = from > 0 && from !== item ? text.charCodeAt(from - 1) : 0;
    if (GLUED_BEFORE.has(last)) continue;
    if (NO_COUNT_LAST.has(last) && endsWithAny(text, from, NO_COUNT_BEFORE)) continue;
    // Spaced figures (本科上线 486 人, as Markdown writers space them): 第 3 名 is still an ordinal.
    if (last === 0x20 && m[0].includes(' ') && endsWithAny(text, from - 1, NO_COUNT_BEFORE)) continue;
    // 第1、2批 (an ordinal list), 7×24小时, 1:3 (ratios).
    // A colon makes a ratio only after a figure (1:3, 1∶1); after a label (定向捐赠：1942万元) the figure is the label's value.
    // (P0：36 条, Q3：120 单: a code of letter and digit before the colon is a label, not a ratio's first term.)
    const ratio = RATIO_BEFORE.has(last) && (!COLONS.has(last) || (GLUED_BEFORE.has(text.charCodeAt(from - 2)) && !codeLabelBefore(text, from - 1)));
    if ((ORDINAL_LIST_SEP.has(last) && ORDINAL_LIST.test(text.slice(Math.max(0, from - 6), from))) || ratio) continue;
    if (inside((quotes ??= quotedSpans(text)), from, to)) continue;
    const pct = m[G.pct];
    const pctcn = m[G.pctcn];
    const numText = pctcn ?? m[G.n1] ?? '';
    const isCn = !isDigit(numText.charCodeAt(0));
    if (isCn) {
      if (numText === '一' || numText === '零' || numText === '〇') continue;
      if (VAGUE_BEFORE.has(last) && !pre) continue;
      // Chinese numerals must be words of their own: 千家万户, 三令五申 are idioms.
      if (!wordBoundary(index(), from) && !wordBoundary(index(), numStart)) continue;
    }
    if (!wordBoundary(index(), to)) {
      // 12部门, 5人大代表: the unit is the start of a longer word. 百分之二十 and % are always whole.
      // (48个降至30个: the segmenter may glue a classifier to the verb after it; the verb says it is one.)
      if (!pct && !pctcn && !gluedClassifier(index(), text, to, m[G.unit] ?? '')) continue;
    }
    // A unit that is really the head of a word: 3月, 12号线 never match; 5年 is not a unit.
    const parsed = parseNumber(numText);
    if (!Number.isFinite(parsed.value)) continue;
    const mult = multiplier(m[G.mult]);
    let unit = pct || pctcn ? '%' : (m[G.unit] ?? '');
    let scale = mult;
    if (unit === '万元') {
      unit = '元';
      scale *= 1e4;
    } else if (unit === '亿元') {
      unit = '元';
      scale *= 1e8;
    } else if (unit === '千元') {
      unit = '元';
      scale *= 1e3;
    } else if (unit === '百分点') unit = '个百分点';
    const kind: QuantityKind = unit === '%' ? 'percent' : unit === '个百分点' ? 'points' : unit === '元' ? 'money' : unit === '倍' ? 'multiple' : 'count';
    const v = parsed.value * scale;
    let min = v;
    let max = v;
    let range = false;
    const n2 = m[G.n2];
    // 三四个, 两三次, 五六十人: two neighbouring digits are an approximate range (GB/T 15835 keeps them in Chinese).
    const pair = isCn && !n2 ? NEIGHBOUR_DIGITS.exec(numText) : null;
    if (pair) {
      const lo = parseChineseNumeral(pair[1]);
      const hi = parseChineseNumeral(pair[2]);
      if (hi === lo + 1) {
        const tens = pair[3] ? parseChineseNumeral(pair[3]) : 1;
        min = lo * tens * scale;
        max = hi * tens * scale;
        range = true;
      }
    }
    if (n2) {
      const p2 = parseNumber(n2);
      if (!Number.isFinite(p2.value) || p2.value <= parsed.value) continue;
      max = p2.value * scale;
      range = true;
    }
    const a1 = m[G.a1];
    const a2 = m[G.a2];
    const post = m[G.post];
    let approx = '';
    if (a1 || a2) {
      const step = a1 ? approxStep(parsed.value) * scale : mult;
      max = max + step;
      approx = (a1 ?? a2) as string;
    }
    if (pre) {
      approx = pre + approx;
      if (pre === '近' || pre === '将近' || pre === '不到' || pre === '不足' || pre === '最多') {
        min = pre === '近' || pre === '将近' ? min * 0.8 : 0;
      } else if (pre === '约' || pre === '大约') {
        min *= 0.85;
        max *= 1.15;
      } else if (pre === '逾' || pre === '超过' || pre === '超' || pre === '不少于' || pre === '至少' || pre === '多达') {
        max = Infinity;
      }
    }
    if (post) {
      approx += post;
      if (post === '左右' || post === '上下') {
        min *= 0.85;
        max *= 1.15;
      } else if (post === '以上' || post === '之多' || post === '有余') max = Infinity;
      else if (post === '以下') min = 0;
    }
    if (pre === '多达') from = numStart;
    // Past 10^15 a double no longer adds exactly (and 1e23 prints as 1e+23): such a figure is
    // kept as written but never used in arithmetic, as if approximate.
    const exact = !approx && !range && Math.abs(v) <= 1e15;
    const span = blockSpan(block, from, to);
    const q: Quantity = {
      blockIndex,
      from,
      to,
      start: span.start,
      end: span.end,
      raw: text.slice(from, to),
      value: exact ? v : undefined,
      min,
      max,
      approx: approx || undefined,
      range: range || undefined,
      unit,
      kind,
      decimals: parsed.decimals,
      thing: '',
      verb: '',
    };
    if (block.cells) {
      const ci = block.cells.findIndex((c) => from >= c.start && to <= c.end);
      if (ci >= 0) q.cell = ci;
    }
    findThing(q, block, index(), numStart);
    out.push(q);
  }
  return out;
}

/** Verbal nouns that name things counted (宣讲活动7次, 完成投资3亿元). */
// prettier-ignore
const NOUN_VN = new Set(['活动', '会议', '讲座', '竞赛', '比赛', '投资', '交流', '演出', '展览', '调研', '检查', '督查', '考核', '座谈', '论坛', '收入', '支出', '就业', '贷款', '融资', '补贴', '救助', '援助', '宣讲', '培训班', '研讨', '观摩', '演练', '评审', '巡查', '服务']);
/** Verbs that modify the noun after them (违法/案件, 在建/项目, 留守/儿童): part of the thing, not its verb. */
const MODIFIER_VERB = new Set([
  '违法',
  '违规',
  '违纪',
  '违章',
  '涉案',
  '涉诉',
  '涉企',
  '涉农',
  '涉税',
  '涉黑',
  '涉恶',
  '失信',
  '在建',
  '在岗',
  '在校',
  '在册',
  '在职',
  '在编',
  '留守',
  '退役',
  // (文明示范单位, 放心消费示范单位: 示范 inside the name of a kind of unit.)
  '示范',
  // (对公结算账户, 结算账户: the kind of account a bank opens, not what was done.)
  '结算',
]);
const TIME_WORDS = new Set(['年度', '全年', '今年', '当年', '本年', '本年度', '上年', '去年', '期间', '同期', '以来', '累计', '共计', '合计', '总计']);

// (全部, 均, 都… after the noun say what is done with all of them: 15名网格员全部参加培训.)
const FORWARD_STOP = new Set([
  '的',
  '和',
  '与',
  '及',
  '、',
  '，',
  '。',
  '；',
  '等',
  '共',
  '其中',
  '全部',
  '均',
  '都',
  '全',
  '已',
  '已经',
  '分别',
  '陆续',
  '先后',
  '一律',
]);
const PUNCT_OR_SPACE_FIRST = /^[\s\p{P}]/u;
/** Approximation prefixes the segmenter may cut as words of their own, before the figure. */
const APPROX_WORD = new Set(['近', '约', '逾', '超', '将近', '大约', '超过', '不到', '不足', '多达', '至少']);
/** Verbs that only state a figure (完成, 实现…), between a thing and its figure. */
const LIGHT_VERB = new Set(['完成', '实现', '达到', '达', '为', '共', '共计', '累计', '总计', '合计']);
/** 排查各类隐患: words saying every kind, between a verb and the thing it counts. */
const EVERY_KIND = new Set(['各类', '各项', '各种', '各式']);
/** Tags that may stand between a verb and its figure (已, 了, 约…). */
const BEFORE_FIGURE = new Set(['d', 'ul', 'uz', 'm', 'zg']);

function findThing(q: Quantity, block: Block, ix: WordIndex, numStart: number): void {
  const { words, start } = ix;
  // Forward: 12个试点单位, 两个宣讲团 — a classifier followed by the noun it counts; any
  // measure after an attributive 的 (新建的1.5万亩高标准农田).
  // (A Markdown writer may space the figure: 新签约的 118 家客户.)
  let before = q.from - 1;
  while (before > 0 && block.text.charCodeAt(before) === 0x20) before--;
  const attributive = q.from > 0 && block.text.charCodeAt(before) === 0x7684; /* 的 */
  if ((CLASSIFIER_ONLY.has(q.unit) || attributive) && !q.approx?.match(/左右|以上|以下/)) {
    // (经手的 34 个工单里: 个工/单里 cut through 工单.)
    let after = q.to;
    while (block.text.charCodeAt(after) === 0x20) after++;
    const cut = splitNoun(block.text, ix, after, false);
    if (cut) {
      q.thing = cut;
      q.thingSpan = blockSpan(block, after, after + cut.length);
      q.verb = verbBefore(ix, wordEndingAt(ix, numStart));
      return;
    }
    const first = wordStartingAt(ix, q.to);
    let i = first;
    // (Three words, and a fourth when it is the head noun after a verbal noun: 农村/物流/服务/站点.)
    while (i >= 0 && i < words.length && (i - first < 3 || (i - first === 3 && words[i - 1].tag === 'vn' && words[i].tag === 'n'))) {
      const t = words[i];
      if (FORWARD_STOP.has(t.word) || PUNCT_OR_SPACE_FIRST.test(t.word)) break;
      // A verbal noun after the head noun starts what is said of it (高标准农田/管护/责任), unless it forms a compound.
      // (5次应急/vn 演练/vn: a verbal noun that names things counted, after another, ends the name.)
      const vn = t.tag === 'vn' && (i === first || INNER_VN.has(t.word) || (NOUN_VN.has(t.word) && words[i - 1].tag === 'vn' && i - 1 === first));
      // (实施的38个审计/v 项目: after 的, a verb the segmenter cut from the noun it names starts the thing.)
      // (368万户迁移/v 账户中: a verb and a noun, then 中, name the batch a sentence picks some out of.)
      const verbNoun =
        i === first &&
        t.tag === 'v' &&
        (t.word.length >= 3 ||
          (i + 1 < words.length && NOUNISH.has(words[i + 1].tag) && (attributive || (t.word.length === 2 && words[i + 2]?.word === '中'))));
      if (!(nounish(t) || vn || verbNoun || (i === first && verbTaggedNoun(t)))) break;
      i++;
    }
    // 已创建的19家放心/v 消费/vn 示范/v 单位/n: after 的, a name the segmenter cut into verbs ends in its noun
    // (up to four words, the last a noun, nothing but verbs, verbal nouns and nouns before it).
    // (诚信/nz 经营/vn 示范/v 单位/n: the same, past a noun the reading above stopped after.)
    if (attributive && first >= 0) i = Math.max(i, attributiveName(words, first));
    // 25家限上/x 企业: the classifier glued to the start of the thing; the glued word's rest opens it.
    const glued = first < 0 ? wordStartingAt(ix, q.to - q.unit.length) : -1;
    if (glued >= 0 && ix.words[glued].tag === 'x' && ix.words[glued].word.startsWith(q.unit)) {
      let k = glued + 1;
      while (k < words.length && k - glued <= 1 && !FORWARD_STOP.has(words[k].word) && !PUNCT_OR_SPACE_FIRST.test(words[k].word) && nounish(words[k])) k++;
      if (k > glued + 1) {
        q.thing = ix.words[glued].word.slice(q.unit.length) + joinWords(words, glued + 1, k);
        q.thingSpan = blockSpan(block, q.to, start[k]);
        q.verb = verbBefore(ix, wordEndingAt(ix, numStart));
        return;
      }
    }
    // Words first..i-1 name the thing.
    if (first >= 0 && i > first) {
      q.thing = joinWords(words, first, i);
      q.thingSpan = blockSpan(block, start[first], start[i]);
      q.verb = verbBefore(ix, wordEndingAt(ix, numStart));
      return;
    }
  }
  // Backward: 培训党员6100余人次, 一等奖10名, 五星级党支部59个.
  // (处理线上工单 37 个: 线/上工/单 cut through 工单; what comes before it is read no further.)
  let end = numStart;
  while (end > 0 && block.text.charCodeAt(end - 1) === 0x20) end--;
  const cut = splitNoun(block.text, ix, end, true);
  if (cut) {
    q.thing = cut;
    q.thingSpan = blockSpan(block, end - cut.length, end);
    q.verb = verbBefore(ix, wordEndingAt(ix, end - cut.length));
    return;
  }
  let i = wordEndingAt(ix, numStart);
  // The prefix (近/约) may be glued into the word before; try the match start.
  // (不少/d 于/p 4500批次: a prefix the segmenter cut in two is no word before the figure either.)
  if (i < 0 || (q.from < numStart && start[i] >= q.from)) i = wordEndingAt(ix, q.from);
  // (A Markdown writer may space the figure from its thing: 实现营业收入 3.2 亿元.)
  while (i >= 0 && /^\s+$/.test(words[i].word)) i--;
  // 举办讲座近/a 十场: the prefix cut as a word of its own.
  if (i >= 0 && APPROX_WORD.has(words[i].word)) i--;
  // 地方财政收入完成3.4亿元: a light verb after the thing says nothing of its identity.
  if (i >= 1 && LIGHT_VERB.has(words[i].word) && NOUNISH.has(words[i - 1].tag)) i--;
  // 完成高标准农田/n 建设/vn 1.2万亩: a verbal noun after its object, right before the figure, is the doing;
  // the noun before it is the thing (as in 建设高标准农田1.2万亩).
  let doing = '';
  if (
    i >= 1 &&
    words[i].tag === 'vn' &&
    !NOUN_VN.has(words[i].word) &&
    !INNER_VN.has(words[i].word) &&
    NOUNISH.has(words[i - 1].tag) &&
    !TIME_WORDS.has(words[i - 1].word)
  ) {
    doing = words[i].word;
    i--;
  }
  const last = i;
  while (i >= 0 && last - i < 3) {
    const t = words[i];
    // A verbal noun inside a compound (志愿/服务/队伍) belongs to it, not the verb slot.
    const inner = (i < last && INNER_VN.has(t.word) && i > 0 && nounish(words[i - 1])) || (i < last && MODIFIER_VERB.has(t.word));
    // (排查各类安全隐患/i 2137处: a four-character set phrase right before the figure is its thing.)
    const phrase = i === last && t.tag === 'i' && t.word.length === 4 && CJK_WORD.test(t.word);
    const head = i === last && (((t.tag === 'vn' || t.tag === 'v') && NOUN_VN.has(t.word)) || verbTaggedNoun(t));
    if (!(nounish(t) || inner || phrase || head) || TIME_WORDS.has(t.word)) break;
    i--;
  }
  // 有效/a 客户, 月活/x 客户: a modifier the segmenter left out of the noun still tells two things apart.
  if (i >= 0 && i < last && words[i].word.length >= 2 && (words[i].tag === 'a' || (words[i].tag === 'x' && CJK_WORD.test(words[i].word)))) i--;
  // Words i+1..last name the thing.
  if (i < last) {
    q.thing = joinWords(words, i + 1, last + 1);
    q.thingSpan = blockSpan(block, start[i + 1], start[last + 1]);
  }
  q.verb = doing && i < last ? doing : verbBefore(ix, i);
}

/** The end (exclusive) of a name of up to four words after an attributive figure that ends in a noun; `first` when none. */
function attributiveName(words: TaggedWord[], first: number): number {
  let end = first;
  for (let j = first; j < words.length && j - first < 4; j++) {
    const t = words[j];
    if (FORWARD_STOP.has(t.word) || PUNCT_OR_SPACE_FIRST.test(t.word)) break;
    if (nounish(t)) end = j + 1;
    // (After a noun only a verbal noun or a modifying verb goes on: 企业/获得/资质 says what the 企业 did.)
    else if (t.tag === 'vn' || (t.tag === 'v' && (end === first || MODIFIER_VERB.has(t.word)))) continue;
    else break;
  }
  return end;
}

function joinWords(words: TaggedWord[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += words[k].word;
  return s;
}

function verbBefore(ix: WordIndex, i: number): string {
  // (Spaces a Markdown writer put before the figure: 新签约的 118 家.)
  while (i >= 0 && /^\s+$/.test(ix.words[i].word)) i--;
  // An approximation word cut as a word of its own (近/a 千户) stands between the verb and the figure.
  if (i >= 0 && APPROX_WORD.has(ix.words[i].word)) i--;
  // An attributive figure names its verb before 的: 新招聘的12名社区工作者 counts those 招聘.
  if (i >= 1 && ix.words[i].word === '的') {
    const v = ix.words[i - 1];
    // (迁移完成的 45 个服务: a doing done, 完成 after it — the doing names what they are.)
    const w = ix.words[i - 2];
    if ((v.word === '完成' || v.word === '结束') && w && (w.tag === 'v' || w.tag === 'vn') && w.word.length >= 2) return w.word;
    // 新建 is tagged as a place name by the segmenter: a 新… word before 的 is the action too.
    return v.tag === 'v' || v.tag === 'vn' || (v.word.length === 2 && v.word[0] === '新') ? v.word : '';
  }
  for (let k = i, n = 0; k >= 0 && n < 3; k--, n++) {
    const t = ix.words[k];
    if (PUNCT_OR_SPACE_FIRST.test(t.word)) return '';
    if (t.tag === 'v' || t.tag === 'vn' || t.tag === 'vd') return t.word;
    if (!BEFORE_FIGURE.has(t.tag) && !EVERY_KIND.has(t.word)) return '';
  }
  return '';
}

/**
 * All quantities of a document, in order. `items` maps a block whose opening digits the outline read as an
 * item number run into a figure (3.4名教师 after 2.) to where the item's text starts (see blockQuantities).
 */
export function extractQuantities(
  blocks: Block[],
  words: (t: string) => TaggedWord[],
  memo?: RunMemo<BlockQuantities>,
  items?: ReadonlyMap<number, number>,
): Quantity[] {
  const out: Quantity[] = [];
  blocks.forEach((b, i) => {
    if (!PROSE_KINDS.has(b.kind)) return;
    if (!/[0-9０-９零〇一二两三四五六七八九十百千]/.test(b.text)) return;
    const item = items?.get(i);
    // (Such a block's figures depend on the list before it, not on its text alone: not cached by text. They are rare.)
    if (!memo || item !== undefined) {
      for (const q of blockQuantities(b, i, words, item)) out.push(q);
      return;
    }
    // Cached per text: what a figure is depends only on its block's text (and whether the
    // block is a table row); its source spans are mapped again through this block's offsets.
    // Keyed by the text itself: the block's string keeps its hash from run to run.
    let entry = memo.get(b.text);
    if (!entry) memo.set(b.text, (entry = {}));
    const as = b.kind === 'tableRow' ? 'row' : 'prose';
    let rel = entry[as];
    if (!rel) rel = entry[as] = blockQuantities(b, 0, words).map((q) => toBlockRelative(q, b));
    // The same block object at the same index (a chunk before the edit): its figures as placed last time.
    const placed = entry.placed;
    if (placed && placed.block === b && placed.index === i) {
      for (const q of placed.qs) out.push(q);
      return;
    }
    const qs = rel.map((q) => fromBlockRelative(q, b, i));
    entry.placed = { block: b, index: i, qs };
    for (const q of qs) out.push(q);
  });
  return out;
}

/** Index of the text position whose source offset is `offset` (offsets only grow). */
function textIndexOf(block: Block, offset: number): number {
  return Math.min(lowerBound(block.offsets, offset), block.offsets.length - 1);
}

/** A quantity whose spans are text positions of its block (start/end = from/to). */
function toBlockRelative(q: Quantity, b: Block): Quantity {
  const r: Quantity = { ...q, start: q.from, end: q.to };
  if (q.thingSpan) r.thingSpan = { start: textIndexOf(b, q.thingSpan.start), end: textIndexOf(b, q.thingSpan.end - 1) + 1 };
  return r;
}

function fromBlockRelative(r: Quantity, b: Block, blockIndex: number): Quantity {
  const q: Quantity = { ...r, blockIndex, ...blockSpan(b, r.from, r.to) };
  if (r.thingSpan) q.thingSpan = blockSpan(b, r.thingSpan.start, r.thingSpan.end);
  return q;
}

// ---------------------------------------------------------------- unfilled figures

export interface UnfilledFigure {
  blockIndex: number;
  from: number;
  to: number;
  /** The unit standing where a figure belongs. */
  unit: string;
}

const TOTAL_BEFORE = new Set(['共', '共计', '合计', '总计', '累计', '达', '达到', '约', '计']);
/** 全年完成健康体检人，: a service done for people, its head count left out before 人 at the clause's end. */
const SERVED = /(?:体检|筛查|接种|培训|救助|慰问|走访|帮扶|接待|安置)$/;
const DONE_BEFORE = /(?:完成|累计|全年|共)/;
function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !'，,。；;：:！？!?\n'.includes(text[i - 1])) i--;
  return text.slice(i, at);
}
/** A meeting's head count left blank: 应到人、实到人 (the template's 应到 人，实到 人). */
const ATTENDANCE_BEFORE = new Set(['应到', '实到', '到会', '缺席']);
// prettier-ignore
const FIGURE_UNITS = new Set(['亿元', '万元', '元', '人次', '户次', '名', '个', '家', '项', '期', '场', '户', '所', '篇', '件', '次', '个百分点', '万人次', '万人', '余人次', '余人', '余名', '份', '例', '宗', '起', '万条', '万件', '万次', '万个', '万份', '万户', '万名', '万家']);
/**
 * The last characters of FIGURE_UNITS and 人: one bit test rules out most words before
 * a set lookup (which hashes every word of the report).
 */
const UNIT_LAST = charSet('元次名个家项期场户所篇件点人份例宗起亩里米吨条');
/** Measures of work done on land or roads (完成造林亩，): their figure left out. */
const MEASURES = new Set(['亩', '万亩', '公里', '千米', '平方米', '立方米', '吨', '万吨']);

/** The next % or ％ from `from`, -1 when none (indexOf is a fast native scan; most blocks have neither). */
function nextPercent(text: string, from: number): number {
  const a = text.indexOf('%', from);
  const b = text.indexOf('％', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}
/** A figure, a closing bracket or code (a URL, a format string) right before a percent sign. */
const FIGURE_OR_CODE_BEFORE = charSet(
  '0123456789０１２３４５６７８９.．零〇一二两三四五六七八九十百千%％)）ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_\\/:=?&',
);
const FORMAT_AFTER = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_{');
const NUMERALISH = /[0-9０-９零〇一二两三四五六七八九十百千万亿余多数几上成每各该某这那其]$/;

/**
 * Units and measure words standing where a figure belongs (完成投资亿元, 占比%,
 * 共培训入党积极分子名。): the figure was left for later and never filled in.
 */
export function unfilledFigures(block: Block, blockIndex: number, words: TaggedWord[]): UnfilledFigure[] {
  const text = block.text;
  const out: UnfilledFigure[] = [];
  let quotes: readonly Span[] | undefined; // for the first candidate (most blocks have none)
  // A percent sign with no figure before it.
  for (let i = nextPercent(text, 0); i >= 0; i = nextPercent(text, i + 1)) {
    if (i > 0 && FIGURE_OR_CODE_BEFORE.has(text.charCodeAt(i - 1))) continue;
    // (占8.33 %: a space typed between the figure and its sign.)
    if (/[0-9０-９][ \u3000]{1,2}$/.test(text.slice(Math.max(0, i - 3), i))) continue;
    if (i + 1 < text.length && FORMAT_AFTER.has(text.charCodeAt(i + 1))) continue; // %s, %d, %20, %{x}
    // (增长比例% closing a header line or cell: the unit of the figures below, not a blank.)
    if (/(?:比例|比率|比重|占比|增幅|增速|幅度|率)$/.test(text.slice(Math.max(0, i - 2), i)) && /^[ \t]*(?:\t|\r?\n|$)/.test(text.slice(i + 1))) continue;
    // (增速（%） in a label: the unit of the figures beside it, not a blank.)
    if (i > 0 && /[（(]/.test(text[i - 1]) && /[）)]/.test(text[i + 1] ?? '')) continue;
    if (inside((quotes ??= quotedSpans(text)), i, i + 1)) continue;
    out.push({ blockIndex, from: i, to: i + 1, unit: text[i] });
  }
  // 1.门急诊人次。 / 2.住院人次。: an item's short title naming the measure it then gives; no figure belongs there.
  const marker = UNIT_LAST_SOMEWHERE.test(text) ? blockMarker(text, block.kind === 'heading') : undefined;
  const stop = marker ? text.slice(marker.end).search(/[。：:]/) : -1;
  // (…with the item's text after it: 3.全年接待来访人次。 alone is a sentence whose figure is missing.)
  const labelEnd = marker && stop >= 0 && stop <= 10 && text.slice(marker.end + stop + 1).trim() ? marker.end + stop : -1;
  // Words cover the text end to end: `at` is where word k starts.
  let at = words.length ? words[0].word.length : 0;
  for (let k = 1; k < words.length; at += words[k].word.length, k++) {
    const t = words[k];
    // 完成发电量亿千瓦时: jieba takes 亿千瓦时 for a numeral, and the figure before 亿 is missing.
    // (突破亿元、过亿 have a verb before them: 亿 is the figure there.)
    if (
      t.word.charCodeAt(0) === 0x4ebf /* 亿 */ &&
      t.word.length > 1 &&
      YI_UNIT.test(t.word) &&
      /^(?:n|vn)$/.test(words[k - 1].tag) &&
      !PASSING.test(words[k - 1].word)
    ) {
      // (亿元以上的企业、亿元级项目: 亿 is the threshold itself.)
      const after = text.slice(at + t.word.length, at + t.word.length + 2);
      if (
        !NUMERALISH.test(words[k - 1].word) &&
        // (…and 亿元楼宇、亿元企业、亿元村: a class named by its threshold.)
        !/^(?:以上|以下|级|大关|规模|左右|楼|企业|村|镇|乡|县|项目|产业|园区)/.test(after) &&
        !inside((quotes ??= quotedSpans(text)), at, at + t.word.length)
      )
        out.push({ blockIndex, from: at, to: at + t.word.length, unit: t.word });
      continue;
    }
    if (!UNIT_LAST.has(t.word.charCodeAt(t.word.length - 1))) continue;
    let unit = t.word;
    let end = at + t.word.length;
    // 提高个百分点: jieba cuts 个 / 百分点.
    if (t.word === '个' && words[k + 1]?.word === '百分点') {
      unit = '个百分点';
      end += words[k + 1].word.length;
    }
    const isUnit = FIGURE_UNITS.has(unit);
    if (!isUnit && unit !== '人' && !MEASURES.has(unit)) continue;
    // 共计人 / 达到名: a total word right before a measure word leaves no doubt.
    // (各项收入为 万元: the space left for the figure stands between; the word before it counts.)
    const spaced = /^[ \u3000]+$/.test(words[k - 1].word) && k >= 2;
    const prev = spaced ? words[k - 2] : words[k - 1];
    const afterTotal =
      TOTAL_BEFORE.has(prev.word) ||
      (unit === '人' && ATTENDANCE_BEFORE.has(prev.word)) ||
      (unit === '人' && SERVED.test(prev.word) && DONE_BEFORE.test(clauseBefore(text, at - prev.word.length)) && /^[，,。；;]/.test(text.slice(end)));
    // 完成高标准农田建设亩，: a measure of land or length after the work done, at the clause's end.
    const doneMeasure =
      MEASURES.has(unit) && /^(?:n|vn|v)$/.test(prev.tag) && DONE_BEFORE.test(clauseBefore(text, at - prev.word.length)) && /^[，,。；;]/.test(text.slice(end));
    if (doneMeasure) {
      if (!inside((quotes ??= quotedSpans(text)), at, end)) out.push({ blockIndex, from: at, to: end, unit });
      continue;
    }
    if (!isUnit && !afterTotal) continue;
    // (不管是达人还是直播间: 达人 is a word, a person good at something; 人数达人 has the measure it reaches before 达.)
    if (unit === '人' && prev.word === '达' && !spaced && !/^(?:n|vn|nz|l|j)$/.test(words[k - 2]?.tag ?? '')) continue;
    if (inside((quotes ??= quotedSpans(text)), at, end)) continue;
    if (NUMERALISH.test(prev.word) || prev.tag === 'm' || prev.tag === 'r' || prev.tag === 'q') continue;
    // (266人次人次: the unit typed twice after its figure, a doubled word rather than a blank.)
    if (prev.word.endsWith(unit)) continue;
    // 近千人 / 上百人 + 次: jieba joins the approximate numeral to 人, the figure is there.
    if (/[零〇一二两三四五六七八九十百千万亿几数][人名户家]$/.test(prev.word)) continue;
    const next = words[unit === '个百分点' && t.word === '个' ? k + 2 : k + 1]; // words are contiguous: the one starting at `end`
    const atClauseEnd = !next || /^[，,。；;：:、！？!?）)\s]/.test(next.word);
    // (登记数据元 4,620 个: a figure right after the word is that word's own count; the word is a name, not a unit.)
    if (/^[ \u3000]*[0-9０-９]/.test(text.slice(end))) continue;
    const isMoney = /元$/.test(unit);
    if (afterTotal && (t.tag === 'q' || t.tag === 'm' || t.tag === 'n') && (atClauseEnd || /^(?:v|d|p|c|uj)$/.test(next?.tag ?? ''))) {
      // fall through: reported below
    } else if (unit === '个百分点') {
      if (!/^(?:v|ul)$/.test(prev.tag)) continue;
    } else if (isMoney && spaced && APPROX_BEFORE.test(prev.word) && (t.tag === 'm' || t.tag === 'q' || t.tag === 'n')) {
      // (每年节省约 万元云资源费用: an approximation, a space, then the unit — the figure was to stand in the space.)
    } else if (isMoney) {
      // 完成投资亿元 / 实现营业收入万元: a money unit straight after a noun or verb.
      if (!/^(?:n|vn|v|l|j|nz)$/.test(prev.tag) && !(spaced && /^(?:p|c)$/.test(prev.tag))) continue;
      if (PASSING.test(prev.word)) continue; // 突破亿元: 亿 is the figure
      if (t.tag !== 'm' && t.tag !== 'q' && t.tag !== 'n') continue;
      if (!atClauseEnd && !/^(?:v|d|p|c)$/.test(next?.tag ?? '')) continue;
    } else {
      // Measure words need a noun before and the end of the clause after: 培训入党积极分子名。
      if (!atClauseEnd) continue;
      // (签约服务覆盖万人，: 万 with no figure before it after a verb is as empty as after a noun.)
      // (…超过万人, 突破亿元: after a verb of passing a mark, 万 is the figure itself.)
      if (!/^(?:n|nr|ns|nt|nz|l|j|vn)$/.test(prev.tag) && !(/^[万亿]/.test(unit) && /^v/.test(prev.tag) && !PASSING.test(prev.word))) continue;
      // 监测户、搬迁户、改造户: an action before 户 names a kind of household, whatever the segmenter makes of it.
      if (unit === '户' && /^(?:vn|v)$/.test(prev.tag)) continue;
      // …and so do 问题户、困难户、低保户: a noun that names the household's case, not what was counted.
      if (unit === '户' && HOUSEHOLD_KIND.test(prev.word)) continue;
      // 去了姐姐家、回老家: 家 after a person one goes to is a home, not a count of firms.
      if (
        unit === '家' &&
        (HOME_OF.test(prev.word) || /(?:去|回|到|住|在)了?$/.test(text.slice(Math.max(0, at - prev.word.length - 2), at - prev.word.length)))
      )
        continue;
      // 客运站场、养殖场、停车场: 场 closing a compound noun is a place, not a count of events.
      if (unit === '场' && PLACE_BEFORE.test(prev.word)) continue;
      // 年度总结之项目篇、## 幻灯篇: 篇 names a part of a series, not a count of articles.
      // (基础知识(工程化篇): a part's name in brackets after a title.)
      if (unit === '篇' && (block.kind === 'heading' || text.charCodeAt(at - prev.word.length - 1) === 0x4e4b /* 之 */ || /^[)）》]/.test(text.slice(end))))
        continue;
      // 小区名、街巷名: 名 is the name of a thing, not a head count.
      if (unit === '名' && NAMED_THING.test(prev.word)) continue;
      // 174个网点次: the figure stands before the thing counted, and 次 closes a compound unit.
      if (unit === '次' && COUNTED_BEFORE.test(text.slice(Math.max(0, at - prev.word.length - 12), at - prev.word.length))) continue;
      // (万人 the segmenter does not know, tagged x: 万 and a unit, the figure left out all the same.)
      if (t.tag !== 'q' && t.tag !== 'm' && !(unit === '人次' && t.tag === 'n') && !(t.tag === 'x' && /^[万亿][\u4e00-\u9fff]{1,2}$/.test(unit))) continue;
    }
    if (end === labelEnd) continue;
    out.push({ blockIndex, from: at, to: end, unit });
  }
  for (const gap of listGaps(text, words)) if (!out.some((o) => o.from < gap.to && gap.from < o.to)) out.push({ blockIndex, ...gap });
  return out;
}

/** A block worth asking for its title's end: one with 次 or 数 anywhere (人次、户数…). */
const UNIT_LAST_SOMEWHERE = /[次数]/;

/** Kinds of household (问题户、低保户、钉子户): 户 after them names the kind. */
const HOUSEHOLD_KIND = /(?:问题|困难|贫困|低保|五保|特困|钉子|重点|示范|专业|个体|养殖|种植|脱贫|边缘|留守|空巢|孤寡|危房|拆迁|遗留)$/;
/** Words that approximate the figure after them: 约, 近, 超, 逾. */
const APPROX_BEFORE = /^(?:约|近|超|逾|大约|将近|超过|累计|合计|共计|共)$/;
/** People whose home 家 names after them (姐姐家、朋友家). */
const HOME_OF =
  /(?:姐姐|哥哥|弟弟|妹妹|父母|爸妈|爸爸|妈妈|奶奶|爷爷|外婆|外公|姥姥|姥爷|亲戚|朋友|同学|舅舅|姑姑|阿姨|叔叔|老师|邻居|岳父|岳母|公婆|老|娘|婆)$/;
/** Words that 场 turns into a place (站场、农场、停车场、养殖场). */
const PLACE_BEFORE = /(?:站|农|林|牧|渔|市|广|机|球|现|操|会|赛|考|商|工|养殖|屠宰|停车|训练|战)$/;

/** Things that have names (小区名、文件名): 名 after them is a name. */
const NAMED_THING =
  /(?:小区|街巷|街道|路|文件|项目|公司|企业|单位|产品|商品|品牌|店|网站|域|地|姓|书|站|学校|村|镇|区|县|市|省|景点|变量|字段|表|库|类|函数|方法|包|目录|用户|账号|菜|指标|接口|服务|主机|机器|镜像|分支|标签|参数|属性|模块|组件|应用|系统|任务|队列|主题|频道|群|节点|集群|数据库|仓库)$/;
/** A figure and its measure word right before the counted thing: 174个 in 174个网点次. */
const COUNTED_BEFORE = /[0-9０-９]+(?:[.．][0-9０-９]+)?[个家户名所台辆座处]$/;

/** Verbs of passing a mark (突破亿元、超过万元): the bare 亿 or 万 after them is the figure itself. */
const PASSING = /^(?:突破|超过|超|过|逾|破|达|达到|接近|近|上)$/;
/** 亿 and the unit it scales: 亿元、亿千瓦时、亿立方米. */
const YI_UNIT = /^亿(?:元|千瓦时|千瓦|度|吨|立方米|平方米|人次|美元)$/;
/** Where a clause of a list ends (、 does not end one). */
const LIST_CLAUSE_END = charSet('，,。；;：:！？!?\n');
const LIST_ITEM_UNIT = /([0-9０-９]+(?:[.．][0-9０-９]+)?)?(次|场|期|人次|家|个|项|名|人|户|件|篇|份|所|起|例)$/;

/**
 * A figure left out of one item of a list whose other items all carry theirs: 支部党员大会4次、
 * 支部委员会12次、党小组会次、讲党课2次. Two siblings with figures and the same unit make the
 * gap certain; the unit must stand as a word of its own (or one the segmenter did not know: 会次),
 * not end a noun (走访企业20家、商家).
 */
function listGaps(text: string, words: TaggedWord[]): { from: number; to: number; unit: string }[] {
  if (text.indexOf('、') < 0) return [];
  const out: { from: number; to: number; unit: string }[] = [];
  // Where the words sit, for "is the unit its own word?": built for the first bare item only
  // (most blocks with a 、 have none).
  let ix: WordIndex | undefined;
  const wordBefore = (end: number): TaggedWord | undefined => {
    const j = wordEndingAt((ix ??= wordIndex(words)), end);
    // (A word of more than six characters ending in the unit is no unit standing alone.)
    return j >= 0 && words[j].word.length <= 6 ? words[j] : undefined;
  };
  // Clause by clause (the runs between LIST_CLAUSE_END characters), scanned by character code:
  // a regex match per clause of every block was most of what this allocated.
  // `mark`: the first 、 at or after the clause, when it is not before it (each found once: linear).
  let mark = -1;
  for (let next = 0; next < text.length;) {
    if (LIST_CLAUSE_END.has(text.charCodeAt(next))) {
      next++;
      continue;
    }
    // The clause [a, b).
    const a = next;
    let b = a + 1;
    while (b < text.length && !LIST_CLAUSE_END.has(text.charCodeAt(b))) b++;
    next = b;
    // Three items or more: two 、 at least.
    if (mark < a && (mark = text.indexOf('、', a)) < 0) break;
    if (mark >= b) continue;
    const second = text.indexOf('、', mark + 1);
    if (second < 0) break; // one 、 in this clause, none after it
    if (second >= b) {
      mark = second;
      continue;
    }
    const clause = text.slice(a, b);
    const items: { from: number; to: number }[] = [];
    let from = a;
    for (const part of clause.split('、')) {
      items.push({ from, to: from + part.length });
      from += part.length + 1;
    }
    if (items.length < 3) continue;
    const filled = new Map<string, number>();
    const bare: { from: number; to: number; unit: string }[] = [];
    for (const it of items) {
      const m = LIST_ITEM_UNIT.exec(text.slice(it.from, it.to));
      if (!m) continue;
      const unit = m[2];
      if (m[1]) {
        filled.set(unit, (filled.get(unit) ?? 0) + 1);
        continue;
      }
      const end = it.to;
      const before = text.slice(Math.max(it.from, end - unit.length - 1), end - unit.length);
      if (!/[\u4e00-\u9fff]/.test(before) || NUMERALISH.test(before)) continue;
      const w = wordBefore(end);
      if (!w || (w.word !== unit && w.tag !== 'x')) continue;
      bare.push({ from: end - unit.length, to: end, unit });
    }
    for (const b of bare) if ((filled.get(b.unit) ?? 0) >= 2) out.push(b);
  }
  return out;
}

/** Clause boundaries around a text position (，；。：and line breaks; 、 does not split). */
export function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  return { start: scanBack(text, from, CLAUSE_END), end: scanForward(text, to, CLAUSE_END) };
}

/** Sentence boundaries (；。！？ and line breaks). */
export function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  return { start: scanBack(text, from, SENTENCE_END), end: scanForward(text, to, SENTENCE_END) };
}

/** Formats a number the way a report writes it: 6100, 12.5, 1.2万. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  const r = Math.round(n * 100) / 100;
  return String(r);
}

/** A whole count written out in full (320家, 2316人): exact, unlike 186万元 or 3.6万. */
export function isWhole(q: Quantity): boolean {
  return q.value !== undefined && q.decimals === 0 && writtenScale(q) === 1 && !q.approx && !q.range;
}

/**
 * How far a rounded figure may be from what it stands for, as a share of it: 13亿 is 12.5亿–13.5亿 (±3.8%), 3.6万
 * ±1.4%; a whole count written in full (320家) is exact.
 */
export function roundingShare(q: Quantity): number {
  if (isWhole(q) || q.value === undefined || q.value === 0) return 0;
  const shown = Math.abs(q.value / writtenScale(q));
  return (0.5 * Math.pow(10, -q.decimals)) / shown;
}

/** What the written numeral is multiplied by: 1e4 for 3.6万, 1 for 320. */
function writtenScale(q: Quantity): number {
  // (4,480 is 4480 shown: its thousands separators are no scale.)
  const m = /[0-9０-９](?:[0-9０-９]|[,，](?=[0-9０-９]{3}))*(?:[.．][0-9０-９]+)?/.exec(q.raw);
  if (!m || q.value === undefined) return 1;
  const shown = parseNumber(m[0].replace(/[,，]/g, '')).value;
  const scale = shown ? Math.abs(q.value / shown) : 1;
  return scale >= 1e3 - 1e-6 ? scale : 1;
}

const ANY_DIGIT = /[0-9０-９]/;

/**
 * Whether a stretch of prose carries any figure at all, independent of the segmenter:
 * Arabic digits once years, dates, ordinals and document numbers are set aside. The
 * metrics checks use it next to `model.quantities`, so that a figure the extractor does
 * not read as a count (联合12部门, or any figure while only the basic segmenter is
 * loaded) still counts as data.
 */
export function hasFigure(text: string): boolean {
  // The replacements below only remove digits: no digit at all, no figure (most sentences).
  if (!ANY_DIGIT.test(text)) return false;
  // Each pattern needs its 号, 年, 月 or 第: a text without it is not scanned for the pattern.
  let t = text;
  if (t.includes('号')) t = t.replace(/[〔［[(（][0-9０-９]{4}[〕］\])）][0-9０-９]+号/g, '');
  if (t.includes('年')) t = t.replace(/(?:19|20)[0-9]{2}[-—至到](?:19|20)?[0-9]{2}年/g, '').replace(/[0-9０-９]{4}\s*年(?:度)?/g, '');
  if (t.includes('月')) t = t.replace(/[0-9０-９]{1,2}\s*月(?:[0-9０-９]{1,2}\s*日)?/g, '');
  if (t.includes('第')) t = t.replace(/第\s*[0-9０-９]+/g, '');
  return ANY_DIGIT.test(t);
}
