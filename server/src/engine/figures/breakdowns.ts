// Stated totals and their enumerated parts, shared by numbers/sum and numbers/percent:
//   共100名，其中一等奖10名、二等奖30名、三等奖50名      (其中 after the total)
//   一等奖10名、二等奖30名、三等奖50名，共计90名          (parts before 共/合计/总计)
//   共培训320人次，分别为线上200人次、线下120人次          (分别 after the total)
//   共培训320人次，线上、线下两个班次分别培训200、120人次    (the kinds counted, 分别 + the total's verb)
//   贷款余额29.4亿元。分品种看，对公贷款15.2亿元、…       (a split by kind in the next sentence)
// Nested 其中 (…其中党员60名，其中女党员20名) take the last part as their total.
import type { Block, ReportModel, Span } from '../types.js';
import type { CheckContext } from '../rule.js';
import type { Quantity } from './quantities.js';
import { quotedSpans } from '../reader/quotes.js';
import { afterLast, charSet, scanBack, SENTENCE_END } from '../text/scan.js';
import { compiledBy } from '../run/compiled.js';
import { parseNumber } from './quantities.js';
import { blockSpan } from '../reader/blocks.js';
import { startsWithMarker } from '../reader/markers.js';
import { bracketParts } from './bracket-parts.js';
import { wholeBeforeAside } from './spread-aside.js';

const COLON_COMMA = charSet('，,：:');

export interface Breakdown {
  block: Block;
  total: Quantity;
  parts: Quantity[];
  /** Labels of the parts (the words before each figure): 一等奖, 二等奖… */
  labels: string[];
  /** The list ends with 等 (…等): the parts may be incomplete. */
  open: boolean;
  /**
   * How the breakdown was written ('split': a sentence of its own opening 分品种看, after the level; 'clauses': the
   * stated total's clause followed by clauses of a name and a figure each, 共26项，内科系统11项，外科系统9项，….
   */
  form: 'qizhong' | 'before' | 'fenbie' | 'split' | 'clauses';
  /**
   * The total is not said to be one (no 共/合计): a whole named before the kinds 分别 spreads over, or
   * items listed on the lines after it. Such a list may name the main kinds only.
   */
  implied?: boolean;
}

export interface BreakdownOptions {
  totalWords: string[];
  partWords: string[];
}

const SENT_END = /[；;。！？!?\n]/;

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SENTENCE_END.has(text.charCodeAt(i))) {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

const OPEN_PAREN = charSet('（(');
const CLOSE_PAREN = charSet('）)');
const ANY_PAREN = /[（()）]/;
const NO_PARENS = (): number => 0;

/** Parenthesis depth at each position (（…） and (…)). */
function parenDepth(text: string): (i: number) => number {
  // Most blocks have no parentheses: depth 0 everywhere, and no table to allocate.
  if (!ANY_PAREN.test(text)) return NO_PARENS;
  const d = new Int8Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    // Character codes: text[i] makes a one-character string of every CJK character.
    const c = text.charCodeAt(i);
    if (OPEN_PAREN.has(c)) depth++;
    d[i] = depth;
    if (CLOSE_PAREN.has(c) && depth > 0) depth--;
  }
  d[text.length] = depth;
  return (i) => d[i];
}

const LINKING = charSet('的达为');
// (改造提升0.9万亩 is an amount upgraded — works done on what there is — not a rise.)
const DELTA = /(?:增加|增长|提高|(?<!改造)提升|上升|下降|减少|降低|多|少|增|减|超|比上年|较上年|同比|环比)[了]?$/;

/** A figure stated as a change or a comparison, not as a level. */
export function isDelta(text: string, q: Quantity): boolean {
  // (比目标多 6 个: Markdown writers space their figures; the space is no part of the lead.)
  let at = q.from;
  while (at > 0 && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x09)) at--;
  const start = Math.max(0, at - 8);
  // The eight characters before the figure, less a trailing 的/达/为 (增加了的, 增长达).
  const end = at > start && LINKING.has(text.charCodeAt(at - 1)) ? at - 1 : at;
  return DELTA.test(text.slice(start, end));
}

/** The label of a part: the text between the previous separator and the figure. */
const LABEL_START = charSet('、，,：:；;。（(）)和及与');

function labelOf(text: string, q: Quantity, floor: number): string {
  // A parenthesised gloss belongs to the label: 街道（乡镇）45个.
  let s = q.from;
  while (s > floor) {
    const c = text.charCodeAt(s - 1);
    if (CLOSE_PAREN.has(c)) {
      let k = s - 2;
      while (k >= floor && !OPEN_PAREN.has(text.charCodeAt(k)) && s - k < 12) k--;
      if (k < floor || !OPEN_PAREN.has(text.charCodeAt(k)) || k === floor) break;
      s = k;
      continue;
    }
    // (初中及以下, 本科及以上: a level and those beyond it are one label.)
    if (LABEL_START.has(c) && !(c === 0x53ca /* 及 */ && /^(?:以上|以下)/.test(text.slice(s, s + 2)))) break;
    s--;
  }
  return text
    .slice(s, q.from)
    .replace(/^(?:其中|分别(?:为|是|有)?|包括|含)/, '')
    .trim();
}

/** Bare figures of a list sharing the unit written once at its end: 分别为38.2、6.5、4.1万人次, 2.1万、3.6万人次. */
// (分别为2,600、980、620万元: an item may carry a thousands separator; the list never starts inside a figure.)
const BARE_NUM = '(?:[0-9０-９]{1,3}(?:,[0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+)(?:[.．][0-9０-９]+)?';
const BARE_LIST = new RegExp(`(?<![0-9０-９.．]|[0-9０-９],)(?:${BARE_NUM}[万亿]?[、和及])+$`);
const BARE_ITEM = new RegExp(`(${BARE_NUM})([万亿]?)[、和及]`, 'g');
const LEAD_NUMERAL = new RegExp(`^(${BARE_NUM})([万亿]?)`);

export interface Bare {
  /** The figure whose unit the list shares. */
  ref: Quantity;
  from: number;
  to: number;
  value: number;
}

function bareBefore(text: string, q: Quantity, floor: number): Bare[] {
  if (q.value === undefined || q.approx || q.range) return [];
  const lead = LEAD_NUMERAL.exec(q.raw);
  if (!lead) return [];
  const own = parseNumber(lead[1]).value * (lead[2] === '万' ? 1e4 : lead[2] === '亿' ? 1e8 : 1);
  if (!own) return [];
  // 万元 → 元: the unit's own scale, applied to every item.
  const unitScale = q.value / own;
  const from = Math.max(floor, q.from - 60);
  const m = BARE_LIST.exec(text.slice(from, q.from));
  if (!m) return labelledBefore(text, q, from, unitScale, lead[2]);
  const base = from + m.index;
  const out: Bare[] = [];
  BARE_ITEM.lastIndex = 0;
  let it: RegExpExecArray | null;
  while ((it = BARE_ITEM.exec(m[0])) !== null) {
    const mult = it[2] === '万' ? 1e4 : it[2] === '亿' ? 1e8 : lead[2] === '万' ? 1e4 : lead[2] === '亿' ? 1e8 : 1;
    out.push({ ref: q, from: base + it.index, to: base + it.index + it[1].length + it[2].length, value: parseNumber(it[1]).value * mult * unitScale });
  }
  return out;
}

/** 车险保费2.93、非车险保费1.95亿元: named items, each bare but the last, the unit written once at the end. */
const LABELLED_LIST = /(?:[\u4e00-\u9fff]{2,8}[0-9０-９]+(?:[.．][0-9０-９]+)?[、和及])+([\u4e00-\u9fff]{2,8})$/;
const LABELLED_ITEM = /([\u4e00-\u9fff]{2,8}?)([0-9０-９]+(?:[.．][0-9０-９]+)?)[、和及]/g;

/**
 * The labelled bare items before `q`: only when every label ends with the same two or more characters
 * as the last one's (车险保费 / 非车险保费), so the items are kinds of one measure and not other things.
 */
function labelledBefore(text: string, q: Quantity, from: number, unitScale: number, mult: string): Bare[] {
  const m = LABELLED_LIST.exec(text.slice(from, q.from));
  if (!m) return [];
  const base = from + m.index;
  const last = m[1];
  const out: Bare[] = [];
  LABELLED_ITEM.lastIndex = 0;
  let it: RegExpExecArray | null;
  while ((it = LABELLED_ITEM.exec(m[0])) !== null) {
    if (commonSuffix(it[1], last) < 2) return [];
    const at = base + it.index + it[1].length;
    const scale = mult === '万' ? 1e4 : mult === '亿' ? 1e8 : 1;
    out.push({ ref: q, from: at, to: at + it[2].length, value: parseNumber(it[2]).value * scale * unitScale });
  }
  return out;
}

function bareQuantity(block: Block, b: Bare): Quantity {
  return {
    ...b.ref,
    ...blockSpan(block, b.from, b.to),
    from: b.from,
    to: b.to,
    raw: block.text.slice(b.from, b.to),
    value: b.value,
    min: b.value,
    max: b.value,
    approx: undefined,
    range: undefined,
    thing: '',
    thingSpan: undefined,
    verb: '',
  };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Words that split a whole into tiers, one list per dimension: 一等奖/二等奖, 县级/乡级,
 * 线上/线下, 男/女. Parts form a partition only when all their tier words come from one
 * dimension: 女党员 / 退休党员 mix gender and employment, and overlap.
 */
const TIER_SUFFIX = '(?:级|等|类|档|星|型|性|批|期|届|直|属)?';
const DIMENSIONS = [
  '[一二三四五六七八九十甲乙丙丁ABCD]+|[高中低初]',
  // (A school's own rungs below the county's: 组内研究课 / 校级公开课 / 县级示范课.)
  '厅|局|处|科|股|中央|省|市|县|区|乡|镇|乡镇|村|社区|街道|国家|省级|市级|县级|校级|院级|校内|组内',
  // (直播带岗 / 线下招聘会: a live stream is held online, one rung of the same cut.)
  '线上|线下|直播|网上',
  '男|女|男性|女性',
  '城镇|农村|城市|城区|乡村',
  '国有|民营|外资|集体|个体|私营',
  // (A bank's or a tax office's customers: persons and organisations; a person's deposits are 储蓄.)
  '个人|对公|企业|储蓄',
  // The kinds of 市场主体 as the registers count them.
  '企业|个体工商户|个体户|农民专业合作社|农民合作社|合作社',
  '规上|规下|规模以上|规模以下|小微|大中型|大型|中型|小型|微型',
  // (高标准农田 建成 = 新建 + 改造提升: building anew or upgrading what there is.)
  '新增|续建|新建|改建|扩建|新开工|新|老|改造|提升|改造提升|提升改造|提质改造|改造升级',
  // 门急诊 = 门诊 + 急诊.
  '门诊|急诊',
  // 漏点 = 明漏 + 暗漏: leaks seen on the surface or found underground.
  '明|暗',
  '在职|离退休|退休',
  '正式|预备|试用',
  '境内|境外|省内|省外|县内|县外|市内|市外|本地|外地|国内|国外',
  '上半年|下半年|[一二三四]季度|第[一二三四]季度|[0-9１-９一二三四五六七八九十]+月',
  '好|差|优|良|中|优秀|良好|合格|不合格|基本合格|称职|基本称职|不称职|满意|基本满意|不满意',
  '已|未|达标|未达标',
  '刑事|民事|行政|执行|商事|知识产权',
  '幼儿园|小学|初中|高中|中职|高职|大学|中专|大专|专科|本科|研究生|硕士|博士',
  '公办|民办',
].map((d) => new RegExp(`^(?:${d})${TIER_SUFFIX}$`));

/**
 * Remembered per string: partition() asks about every label's core, prefixes and suffixes
 * (17 regexes each), and the same few labels come back for every candidate list of a block
 * (~2–3 % of a 200-draft `shengao check`). Callers only read the result.
 */
const tierMemo = new Map<string, readonly number[]>();

function tierDimension(core: string): readonly number[] {
  let out = tierMemo.get(core);
  if (out) return out;
  const found: number[] = [];
  DIMENSIONS.forEach((re, i) => {
    if (re.test(core)) found.push(i);
  });
  if (tierMemo.size >= 20_000) tierMemo.clear();
  tierMemo.set(core, (out = found));
  return out;
}

/** Attributes that cut across a whole (女干部, 少数民族干部, 大专以上学历): their parts overlap. */
const ATTRIBUTE = /以上|以下|少数民族|党员|团员|青年|重点|骨干|优秀|示范|困难|残疾|留守|贫困|特殊|涉及|其他|其它|新[^建增开型]/;

/** A doing done for people that the attribute after it names (关爱留守儿童, 慰问困难党员): an activity, not a cut of a whole. */
const CARE_DOING = /^(?:关爱|慰问|走访|帮扶|资助|救助|看望|结对|联系)/;

const REMAINDER = /^(?:一般|其他|其它|其余|普通|剩余)$/;
const REST_ITEM = /^(?:其他|其它|其余)[\u4e00-\u9fff]{0,4}$/;

/** Labels with the head noun written once (刑事案件 / 民事案件 / 行政案件): the parts differ only in short modifiers. */
function sharedHead(labels: string[], cores: string[], suf: number): boolean {
  if (suf < 2 && !(suf >= 1 && labels.length >= 3)) return false;
  return cores.every((c) => c.length >= 1 && c.length <= 8 && !/[的和及与、]/.test(c) && !ATTRIBUTE.test(c));
}

/**
 * Parts that read as one partition of the total: their labels differ only in a tier word of
 * one dimension (一等奖/二等奖/三等奖, 县级培训/乡级培训, 中央资金/省级资金), or share a head
 * noun after short modifiers (刑事案件/民事案件). Overlapping attributes (女干部 / 少数民族干部)
 * are not a partition, so their sum says nothing about the total.
 */
export function parallel(labels: string[]): boolean {
  return partition(labels) !== undefined;
}

/**
 * How surely the labels split a whole: 'tier' (a tier word of one dimension, a remainder
 * item, short type names) or 'head' (only a shared head noun: 高新技术企业 / 科技型企业 may
 * still overlap or leave kinds out).
 */
export function partition(written: string[]): 'tier' | 'head' | undefined {
  // A gloss in parentheses (县级（含县直部门）) does not change which part a label names.
  const labels = written.map((l) => (l.includes('（') || l.includes('(') ? l.replace(/[（(][^（()）]*[）)]/g, '') : l));
  if (labels.length < 2 || labels.some((l) => !l)) return undefined;
  if (new Set(labels).size !== labels.length) return undefined;
  // 车险保费 / 非车险保费, 公益性 / 非公益性: a kind and its complement split the whole.
  if (labels.length === 2 && (labels[1] === `非${labels[0]}` || labels[0] === `非${labels[1]}`)) return 'tier';
  let suf = Infinity;
  let pre = Infinity;
  for (const l of labels.slice(1)) {
    suf = Math.min(suf, commonSuffix(labels[0], l));
    pre = Math.min(pre, commonPrefix(labels[0], l));
  }
  const cores = labels.map((l) => l.slice(Math.min(pre, l.length - 1), l.length - suf));
  // The tier word may follow a verb or scope the first label carries (审结刑事案件 / 民事案件).
  const dims = labels.map((l, i) => {
    // (…or is the whole label: 门诊 / 急诊 share 诊, and 门 / 急 alone name nothing.)
    const own = [...tierDimension(cores[i]), ...tierDimension(l.slice(0, l.length - suf)), ...tierDimension(l)];
    for (let k = 1; k < cores[i].length && k <= 4; k++) own.push(...tierDimension(cores[i].slice(k)));
    // …or open the label (街道综合养老服务中心 / 社区养老服务站 / 县级指导中心): two characters or more.
    // (Not an opening every label shares: 个人住房贷款 / 个人经营性贷款 are both 个人, split by something else.)
    for (let k = Math.max(2, pre + 1); k < l.length && k <= 3; k++) own.push(...tierDimension(l.slice(0, k)));
    return new Set(own);
  });
  const shared = [...dims[0]].filter((d) => dims.every((s) => s.has(d)));
  // (其中四级手术2140台次、三级手术4870台次: ranks counted down from the top, the first left out, are a selection.)
  if (shared.length === 1 && shared[0] === 0 && topRanks(cores)) return undefined;
  if (shared.length) return 'tier';
  if (dims.some((s) => s.size > 0) && cores.some((c) => ATTRIBUTE.test(c))) return undefined;
  // A remainder item (一般户, 其他企业) closes the list: the parts cover the whole.
  if (suf >= 1 && cores.some((c) => REMAINDER.test(c))) return 'tier';
  // …民政救助类694件、其他事项553件: a last item named as the rest (其他 and a head of its own) closes it too.
  if (labels.length >= 3 && REST_ITEM.test(labels[labels.length - 1])) return 'tier';
  // Every part a tier word, but of different dimensions (女党员 / 退休党员): they overlap.
  if (dims.every((s) => s.size > 0)) return undefined;
  if (sharedHead(labels, cores, suf)) return 'head';
  // Three or more short names of different kinds (幼儿园/小学/初中, 党委/党总支/党支部) are types, not attributes.
  return labels.length >= 3 && suf === 0 && labels.every((l) => l.length <= 4 && !/[的和及与]/.test(l)) ? 'tier' : undefined;
}

/** Ranks written as numerals (四级 / 三级), counted down, without the first: the top ones picked out of more. */
function topRanks(cores: string[]): boolean {
  const ranks = cores.map((c) => '一二三四五六七八九十'.indexOf(c.replace(/[级等类档星型]$/, '')) + 1);
  return ranks.every((r) => r > 1) && ranks.every((r, k) => k === 0 || r < ranks[k - 1]);
}

/**
 * Parts each named by a noun of its own (光伏发电收益 / 土地流转服务费 / 厂房租金): no head shared by all of them,
 * none an attribute that cuts across a whole (女, 重点, 特殊…). partition() has nothing to say of such a list.
 */
export function ownNames(labels: readonly string[]): boolean {
  if (labels.some((l) => l.length < 2 || (ATTRIBUTE.test(l) && !CARE_DOING.test(l)))) return false;
  return labels.slice(1).some((l) => commonSuffix(labels[0], l) === 0);
}

/**
 * No label opens with a tier word of two characters or more (省外游客, 乡村旅游, 新建项目): kinds of things, not
 * cuts of one whole by an attribute, which may overlap (省外游客 / 研学游客).
 */
export function tierless(labels: readonly string[]): boolean {
  return labels.every((l) => {
    for (let k = 2; k <= Math.min(4, l.length); k++) if (tierDimension(l.slice(0, k)).length) return false;
    return true;
  });
}

/**
 * 四级手术新技术 / 介入诊疗类 / 护理新技术 / 检验检查类: two parts or more named as classes (…类) sort the whole into classes,
 * which exclude each other, whatever tier word another part opens with.
 */
export function classed(labels: readonly string[]): boolean {
  let n = 0;
  for (const l of labels) if (l.length >= 3 && l.endsWith('类')) n++;
  return n >= 2;
}

/** The dimensions of the tier words opening `l` (two to four characters). */
function openingTiers(l: string): number[] {
  const out: number[] = [];
  for (let k = 2; k <= Math.min(4, l.length); k++) out.push(...tierDimension(l.slice(0, k)));
  return out;
}

/**
 * 硕士研究生 / 医学类本科生 / 紧缺专业人员: every tier word opening a label is of one dimension, and two labels or more
 * name a rung of it (anywhere in them): rungs of one ladder exclude each other, and the list reads as kinds of the
 * whole, not as cuts by attributes of several dimensions (省外游客 / 乡村民宿住客), which may overlap.
 */
export function oneLadder(labels: readonly string[]): boolean {
  const opening = labels.map(openingTiers).filter((d) => d.length);
  if (!opening.length) return false;
  return opening[0].some((d) => {
    if (!opening.every((o) => o.includes(d))) return false;
    let n = 0;
    for (const l of labels) if (holdsTier(l, d)) n++;
    return n >= 2;
  });
}

/** Whether `l` holds a tier word (two to four characters) of dimension `d` anywhere. */
function holdsTier(l: string, d: number): boolean {
  for (let i = 0; i + 2 <= l.length; i++) for (let k = 2; k <= 4 && i + k <= l.length; k++) if (tierDimension(l.slice(i, i + k)).includes(d)) return true;
  return false;
}

function isCountable(q: Quantity): boolean {
  return q.kind !== 'percent' && q.kind !== 'points';
}

function countable(qs: Quantity[]): number {
  let n = 0;
  for (const q of qs) if (isCountable(q)) n++;
  return n;
}

function sameMeasure(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit && a.kind === b.kind;
}

/** A part's measure fits its total's: the same, or 场 of a total in 场次 (各类活动共9场次，其中宣讲4场). */
function partMeasure(part: Quantity, total: Quantity): boolean {
  return sameMeasure(part, total) || (total.unit === '场次' && part.unit === '场' && part.kind === total.kind);
}

// numbers/sum and numbers/percent both read the breakdowns: found once per model and options.
export function findBreakdowns(model: ReportModel, opts: BreakdownOptions, ctx?: CheckContext): Breakdown[] {
  const key = JSON.stringify(opts);
  return model.shared(`breakdowns ${key}`, () => {
    const name = `breakdowns ${key}`;
    const perBlock: PerBlock = ctx ? (block, compute) => ctx.perBlock(block, name, compute) : (_, compute) => compute();
    return scanBreakdowns(model, opts, perBlock);
  });
}

/** A part: the index of a figure of the block, or a bare figure of a shared-unit list. */
type LocalPart = number | (Omit<Bare, 'ref'> & { ref: number });
type Local = Omit<Breakdown, 'block' | 'total' | 'parts'> & { total: number; parts: LocalPart[] };
type PerBlock = (block: Block, compute: () => Local[]) => Local[];

interface Patterns {
  totalRe: RegExp;
  beforeRe: RegExp;
  partRe: RegExp;
  cueStraddles: boolean;
  /** A total word anywhere in a clause (全年共立案查处各类违法案件). */
  anyTotalRe: RegExp;
  /** The same, less 全年 (a scope: 全年开展…26项 says nothing of a total). */
  ownTotalRe: RegExp;
}

const patternsFor = compiledBy((opts: BreakdownOptions): Patterns => ({
  totalRe: new RegExp(`(?:${opts.totalWords.map(totalWord).join('|')})[\\u4e00-\\u9fff]{0,8}$`),
  beforeRe: new RegExp(
    `(?:${opts.totalWords
      .filter((w) => w !== '累计' && w !== '全年')
      .map(totalWord)
      .join('|')})[\\u4e00-\\u9fff]{0,4}$`,
  ),
  partRe: new RegExp(opts.partWords.map(esc).join('|'), 'g'),
  cueStraddles: opts.partWords.some((w) => SENT_END.test(w)),
  anyTotalRe: new RegExp(opts.totalWords.map(totalWord).join('|')),
  ownTotalRe: new RegExp(
    opts.totalWords
      .filter((w) => w !== '全年')
      .map(totalWord)
      .join('|'),
  ),
}));

/** A balance at a date (贷款余额, 存款余额): a stock, the whole of its kinds. */
const BALANCE = /余额\s*$/;

function scanBreakdowns(model: ReportModel, opts: BreakdownOptions, perBlock: PerBlock): Breakdown[] {
  const out: Breakdown[] = [];
  const byBlock = new Map<number, Quantity[]>();
  for (const q of model.quantities) {
    if (model.blocks[q.blockIndex].kind === 'tableRow') continue;
    const list = byBlock.get(q.blockIndex);
    if (list) list.push(q);
    else byBlock.set(q.blockIndex, [q]);
  }
  const { totalRe, beforeRe, partRe, cueStraddles, anyTotalRe, ownTotalRe } = patternsFor(opts);
  // Bare figures made by this scan, with what they were made from (for the per-block cache).
  const bares = new Map<Quantity, Bare>();
  for (const [bi, qs] of byBlock) {
    // A breakdown takes a total and at least one part, neither a percentage: most blocks have none.
    if (countable(qs) < 2) continue;
    const block = model.blocks[bi];
    // Found once per block text (a block's figures are a function of its text): kept as
    // positions in `qs`, so the figures of this run take their places.
    const found = perBlock(block, () =>
      inBlock(block, qs).map((b) => ({
        ...b,
        total: qs.indexOf(b.total),
        parts: b.parts.map((q): LocalPart => (bares.has(q) ? { ...bares.get(q)!, ref: qs.indexOf(bares.get(q)!.ref) } : qs.indexOf(q))),
      })),
    );
    for (const f of found)
      out.push({ ...f, block, total: qs[f.total], parts: f.parts.map((p) => (typeof p === 'number' ? qs[p] : bareQuantity(block, { ...p, ref: qs[p.ref] }))) });
  }
  for (const [bi, qs] of byBlock) {
    const b = listed(bi, qs) ?? summedAbove(bi, qs);
    if (b) out.push(b);
  }
  // 培训36场次（线上14场、线下20场）: parts in brackets right after their total, without a cue.
  const taken = new Set(out.map((b) => b.total));
  for (const [bi, qs] of byBlock) {
    if (countable(qs) < 3) continue;
    // (比年初增加5名（新发展3名、转入4名、转出2名）: a change is what flows in less what flows out, not a sum.)
    for (const b of bracketParts(model.blocks[bi], qs, partMeasure, taken))
      if (!isDelta(model.blocks[bi].text, b.total)) out.push({ ...b, block: model.blocks[bi], open: false, form: 'qizhong' });
  }
  return out;

  /**
   * The items one per line, then 以上三项共计3286万元 in the paragraph after them (a Markdown list
   * of 定向捐赠：1942万元 / 非定向捐赠：874万元 / …): the total sums the items right above it.
   */
  function summedAbove(bi: number, qs: Quantity[]): Breakdown | undefined {
    const block = model.blocks[bi];
    const text = block.text;
    if (bi === 0) return undefined;
    const total = qs.find(isCountable);
    if (!total || total.value === undefined || total.approx) return undefined;
    // (总计70篇 opening the paragraph right after a list: the list's items are what it sums.)
    const sm = summary(text.slice(0, total.from)) ?? (LIST_TOTAL.test(text.slice(0, total.from)) ? { 0: '', group: false } : undefined);
    if (!sm || /[，,。]/.test(text.slice(sm[0].length, total.from))) return undefined;
    if (!sm[0] && model.blocks[bi - 1].kind !== 'listItem') return undefined;
    const n = sm[1] ? parseNumber(sm[1]).value : 0;
    const parts: Quantity[] = [];
    const labels: string[] = [];
    for (let k = bi - 1; k >= 0 && (!n || parts.length < n); k--) {
      const item = model.blocks[k];
      // (Lines without a marker are items only when the total says how many there are.)
      if (item.kind !== 'listItem' && !(item.kind === 'paragraph' && (n || startsWithMarker(item.text)))) break;
      const own = ownFigures(k, item, total, false);
      if (own.length !== 1 || !partOf(own[0], total) || isDelta(item.text, own[0])) return undefined;
      parts.unshift(own[0]);
      labels.unshift(labelOf(item.text, own[0], 0));
    }
    if (parts.length < 2 || (n && parts.length !== n) || (sm.group && !n)) return undefined;
    return { block, total, parts, labels, open: false, form: 'before' };
  }

  /**
   * 共512人，去向如下： with one item per line after it (- 升学128人；- 就业301人…): a stated total that
   * announces a list, each item one figure of its measure. Every item must hold one; the list ends
   * where the items do.
   */
  function listed(bi: number, qs: Quantity[]): Breakdown | undefined {
    const block = model.blocks[bi];
    const text = block.text;
    if (!/[：:]\s*$/.test(text) || block.kind === 'heading') return undefined;
    const counted = qs.filter(isCountable);
    // …共计27个，惠及居民4260户。其中：: a sentence of its own announces the parts of the sentence before,
    // whose total is its one figure of the first item's measure (the items checked against it below).
    const ownSentence = /[。；;]\s*其中[：:]\s*$/.test(text);
    const first = ownSentence ? (byBlock.get(bi + 1) ?? []).filter(isCountable) : [];
    const last = ownSentence ? text.lastIndexOf('其中') : text.length;
    // (余额48.6亿元，较年初增加5.3亿元。其中：: a change is no whole the parts could make up.)
    const prior = ownSentence ? counted.filter((q) => q.to <= last && q.from >= scanBack(text, last - 1, SENTENCE_END) && !isDelta(text, q)) : counted;
    const same = ownSentence && first.length === 1 ? prior.filter((q) => sameMeasure(q, first[0])) : prior;
    if (ownSentence && same.length !== 1) return undefined;
    const total = same[same.length - 1];
    if (!total || total.value === undefined || total.approx || isDelta(text, total)) return undefined;
    const lead = text.slice(scanBack(text, total.from, SENTENCE_END), total.from).trimEnd();
    // (A balance — 贷款余额48.6亿元。其中： — is a whole by nature: its parts follow 其中 as a total's do.)
    const clause = lead.slice(afterLast(lead, COLON_COMMA));
    if (!totalRe.test(clause) && !(ownSentence && BALANCE.test(clause))) return undefined;
    // Only the clause announcing the list may follow the total: ，去向如下： / ，分布如下：
    // (…，主要有： / 重点如下： announces a selection, not the whole.)
    if (/主要|重点|部分|典型|例如|举例|如[：:]/.test(text.slice(total.to))) return undefined;
    if (!ownSentence && !/^[，,]?[\u4e00-\u9fff]{0,8}(?:如下|为|是|包括)?[：:]\s*$/.test(text.slice(total.to))) return undefined;
    const bySplit = /按[\u4e00-\u9fff]{1,4}分/.test(text.slice(total.to));
    const parts: Quantity[] = [];
    const labels: string[] = [];
    for (let k = bi + 1; k < model.blocks.length; k++) {
      const item = model.blocks[k];
      // (After 其中： the parts may be lines of one sentence broken after each comma: 城东片区11个，/ 城西片区9个，/ …5个。)
      const line = ownSentence && item.kind === 'paragraph' && /[，,、；;。]\s*$/.test(item.text) && item.text.length <= 30;
      if (item.kind !== 'listItem' && !(item.kind === 'paragraph' && startsWithMarker(item.text)) && !line) break;
      // (An item announcing its list holds it nested below: the next item at its own depth is its sibling.)
      if (block.kind === 'listItem' && item.kind === 'listItem' && item.nesting <= block.nesting) break;
      const own = ownFigures(k, item, total, true, bySplit);
      if (own.length !== 1 || !partOf(own[0], total) || isDelta(item.text, own[0])) return undefined;
      parts.push(own[0]);
      labels.push(labelOf(item.text, own[0], 0));
      if (line && /。\s*$/.test(item.text)) break;
    }
    if (parts.length < 2) return undefined;
    const open = parts.some((q, i) => /等$/.test(labels[i]) || /^等/.test(model.blocks[q.blockIndex].text.slice(q.to)));
    // (共计27个…其中： says the items are the whole's parts; 全年…，去向如下： may list the main kinds only.)
    const stated = /其中[：:]\s*$/.test(text) && beforeRe.test(lead.slice(afterLast(lead, COLON_COMMA)));
    return { block, total, parts, labels, open, form: 'before', ...(stated ? {} : { implied: true }) };
  }

  /**
   * The figures of item block `k`, less those its own 其中 breaks its figure into (2. 故障类 187 张，其中 P1 级 4 张…);
   * `ofMeasure`: only those in the measure of `total` — in items announced by 其中：, figures of other measures beside
   * the part (平均响应时间 18 分钟) say more of it. (Lines above a 合计 get no such leeway: 全年接待游客620万人次，实现旅游
   * 收入51亿元。…情况如下： is no item.)
   */
  function ownFigures(k: number, item: Block, total: Quantity, ofMeasure: boolean, bySplit = false): Quantity[] {
    // (Only a 其中 that lists parts of its own: 其中男生 200 人 alone leaves it unclear which figure the item counts.)
    // (按类型分： / - 新功能 32 个，其中专区事项 9 个: under a list said to split the whole by a dimension, one part after
    // 其中 is some of the figure before it, of the same measure.)
    const at = item.text.indexOf('其中');
    const figs = byBlock.get(k) ?? [];
    const after = at >= 0 ? figs.filter((q) => q.from > at && isCountable(q)) : [];
    const before = bySplit && after.length === 1 ? figs.filter((q) => q.to <= at && isCountable(q)) : [];
    const sub = after.length >= 2 || (before.length === 1 && sameMeasure(before[0], after[0])) ? at : -1;
    const own = (byBlock.get(k) ?? []).filter((q) => isCountable(q) && (sub < 0 || q.to <= sub));
    return ofMeasure ? own.filter((q) => partOf(q, total)) : own;
  }

  function partOf(q: Quantity, total: Quantity): boolean {
    return sameMeasure(q, total);
  }

  function inBlock(block: Block, qs: Quantity[]): Omit<Breakdown, 'block'>[] {
    const out: Omit<Breakdown, 'block'>[] = [];
    const text = block.text;
    // Worked out for the first sentence with two figures (many blocks have none).
    let depthMemo: ((i: number) => number) | undefined;
    let quotes: readonly Span[] | undefined;
    const inQuote = (i: number) => (quotes ??= quotedSpans(text)).some((s) => i >= s.start && i < s.end);
    const sents = sentences(text);
    for (let si = 0; si < sents.length; si++) {
      const sent = sents[si];
      const sq = qs.filter((q) => q.from >= sent.start && q.to <= sent.end && isCountable(q));
      // 以上三项共计3815万元: the parts are the last figures of the sentences before.
      if (sq.length >= 1 && si > 0) {
        const sm = summary(text.slice(sent.start, sq[0].from));
        // (A counted group is summed over the lines above it only: in a paragraph its parts are not sure.)
        if (sm && !sm.group && !text.slice(sent.start + sm[0].length, sq[0].from).match(/[，,]/)) {
          const total = sq[0];
          const n = sm[1] ? parseNumber(sm[1]).value : 0;
          const depth = (depthMemo ??= parenDepth(text));
          const prior = qs.filter((q) => q.to <= sent.start && isCountable(q) && partOf(q, total) && !isDelta(text, q) && depth(q.from) === 0);
          const prev = sents[si - 1];
          const parts = n >= 2 ? prior.slice(-n) : prior.filter((q) => q.from >= prev.start);
          if (parts.length >= 2 && (!n || parts.length === n)) {
            out.push({ total, parts, labels: parts.map((q) => q.thing || q.verb), open: false, form: 'before' });
            continue;
          }
        }
      }
      // 贷款余额29.4亿元，较年初增加2.6亿元。分品种看，对公贷款15.2亿元、个人贷款10.1亿元…: a
      // sentence that opens by splitting (分品种看) breaks down the one level of the sentence before.
      if (sq.length >= 2 && si > 0 && SPLIT_OPENING.test(text.slice(sent.start, sq[0].from))) {
        const depth = (depthMemo ??= parenDepth(text));
        const prev = sents[si - 1];
        const parts = sq.filter((q) => !isDelta(text, q) && depth(q.from) === 0);
        let levels = qs.filter((q) => q.from >= prev.start && q.to <= prev.end && isCountable(q) && sameMeasure(q, parts[0]) && !isDelta(text, q));
        // 共立案查处违法案件163件，结案151件。从案件类型看，…: of several levels, the one said to be a total (共…) is split.
        if (levels.length > 1)
          levels = levels.filter((q) => {
            const lead = text.slice(prev.start, q.from);
            return anyTotalRe.test(lead.slice(afterLast(lead, COLON_COMMA)));
          });
        const labels = parts.map((q, i) => labelOf(text, q, i === 0 ? sent.start : parts[i - 1].to));
        if (
          parts.length >= 2 &&
          parts.length === sq.length &&
          parts.every((q) => sameMeasure(q, parts[0])) &&
          levels.length === 1 &&
          !levels[0].approx &&
          labels.every((l) => l && !/[，,；;]/.test(l))
        ) {
          const last = parts[parts.length - 1];
          const open = /^等/.test(text.slice(last.to, last.to + 2)) || /等$/.test(labels[labels.length - 1]) || REST_AFTER.test(text.slice(last.to, sent.end));
          out.push({ total: levels[0], parts, labels, open, form: 'split', implied: true });
          continue;
        }
      }
      // (A sentence opening with 其中 may hold its parts only: the total is in the sentence before.)
      if (sq.length < 2 && !(sq.length === 1 && si > 0 && /^\s*其中/.test(text.slice(sent.start, sq[0].from)))) continue;
      const depth = (depthMemo ??= parenDepth(text));
      const used = new Set<Quantity>();
      // 其中 / 分别 after a total.
      // Scan this sentence only (unless a cue word holds sentence punctuation and could straddle its start).
      partRe.lastIndex = cueStraddles ? 0 : sent.start;
      let m: RegExpExecArray | null;
      const cues: { at: number; end: number; word: string }[] = [];
      while ((m = partRe.exec(text)) !== null) {
        if (m.index >= sent.end) break;
        if (m.index < sent.start) continue;
        if (inQuote(m.index)) continue;
        cues.push({ at: m.index, end: m.index + m[0].length, word: m[0] });
      }
      // 分别 before the total's own verb: 共培训1260人次，三个班次分别培训520、410、350人次.
      if (partRe.source.includes('分别')) {
        FENBIE_VERB.lastIndex = sent.start;
        while ((m = FENBIE_VERB.exec(text)) !== null && m.index < sent.end) {
          if (!cues.some((x) => x.at === m!.index) && !inQuote(m.index)) cues.push({ at: m.index, end: m.index + m[0].length, word: m[0] });
        }
      }
      // 共培训320人次：线上200人次、线下120人次 — a colon right after a stated total opens its list.
      for (const q of sq) {
        const c = text.charCodeAt(q.to);
        if ((c !== 0xff1a && c !== 0x3a) || cues.some((x) => x.at === q.to)) continue;
        const lead = text.slice(sent.start, q.from);
        if (!totalRe.test(lead.slice(afterLast(lead, COLON_COMMA)))) continue;
        cues.push({ at: q.to, end: q.to + 1, word: '：' });
      }
      // 全年处理工单1268个，按类型看变更类512个、…: a clause that opens by splitting, right after a figure, lists its kinds.
      SPLIT_CLAUSE.lastIndex = sent.start;
      while ((m = SPLIT_CLAUSE.exec(text)) !== null && m.index < sent.end) {
        const at = m.index + 1;
        if (!cues.some((x) => x.at === at) && !inQuote(at)) cues.push({ at, end: m.index + m[0].length, word: SPLIT_CUE });
      }
      cues.sort((a, b) => a.at - b.at);
      for (let c = 0; c < cues.length; c++) {
        const cue = cues[c];
        const level = depth(cue.at);
        // The total: the last figure before the cue, at the same or an outer parenthesis level.
        const before = sq.filter((q) => q.to <= cue.at && depth(q.from) <= level && !isDelta(text, q));
        let total = before[before.length - 1];
        let skipped = false;
        // 全年实现保费收入4.86亿元，同比增长6.1%。其中，车险…: a sentence opening with 其中 breaks down the
        // one figure of the parts' measure in the sentence before it (a change or a rate is none).
        if (!total && si > 0 && cue.word === '其中' && /^\s*$/.test(text.slice(sent.start, cue.at))) {
          const prev = sents[si - 1];
          const firstPart = sq.find((q) => q.from > cue.at && !isDelta(text, q));
          const levels = firstPart
            ? qs.filter(
                (q) => q.from >= prev.start && q.to <= prev.end && isCountable(q) && sameMeasure(q, firstPart) && !isDelta(text, q) && depth(q.from) === 0,
              )
            : [];
          // 全年实现营业收入12.6亿元；利润总额8,600万元。其中上半年实现营业收入6.1亿元: a part that names what an
          // earlier figure of the block measures, and not what the one before it does, breaks that earlier one down.
          if (levels.length === 1 && firstPart && !namesPart(levels[0], firstPart, cue.end)) {
            const earlier = qs.filter(
              (q) =>
                q.to <= prev.start &&
                isCountable(q) &&
                sameMeasure(q, firstPart) &&
                !isDelta(text, q) &&
                depth(q.from) === 0 &&
                namesPart(q, firstPart, cue.end),
            );
            if (earlier.length) levels.splice(0, 1, earlier[earlier.length - 1]);
          }
          if (levels.length === 1) {
            total = levels[0];
            skipped = true;
          }
        }
        if (!total) continue;
        // (共接待群众12000人次，平均每站1000人次，其中…: a figure per unit is a rate on the one before it, which 其中 breaks down.)
        if (!skipped && PER_EACH_BEFORE.test(text.slice(Math.max(0, total.from - 6), total.from))) {
          const earlier = before[before.length - 2];
          if (!earlier || earlier.unit !== total.unit || !/^[，,]/.test(text.slice(earlier.to, total.from))) continue;
          total = earlier;
          skipped = true;
        }
        // 共实施项目36个，总投资4.28亿元，其中…项目14个: one clause with a figure of another
        // measure may stand between the total and 其中; the parts' measure says which is meant.
        // (…or one item of a 、-list of the whole's measures: 资产共计186处、面积约41.5万平方米，其中….)
        // (…and that clause may go on with the share of its plan it came to: 完成投资14.8亿元，占年度计划的103.5%，其中….)
        const firstPart = sq.find((q) => q.from > cue.at && !isDelta(text, q));
        if (firstPart && !partMeasure(firstPart, total) && before.length >= 2) {
          const earlier = before[before.length - 2];
          if (
            partMeasure(firstPart, earlier) &&
            // (新增医疗设备46台（套），总价值5860万元，其中…: a bracket of the unit's other name may follow the figure.)
            /^[，,、][^，,。；;]{1,16}[，,]$/.test(
              text.slice(earlier.to, total.from).replace(/^[（(][^（）()]{1,4}[）)]/, '') + text.slice(total.to, cue.at).slice(0, 1),
            ) &&
            (/^[，,\s]*$/.test(text.slice(total.to, cue.at)) || SHARE_GAP.test(text.slice(total.to, cue.at)))
          ) {
            total = earlier;
            skipped = true;
          }
        }
        const fenbie = cue.word.startsWith('分别');
        // 共培训1260人次，种植业、养殖业、电商三个班次分别为…: the kinds 分别 spreads over may be
        // counted (三个班次); that count is not the total, and it must match the parts.
        let kinds: Quantity | undefined;
        // (Where the places' names start, when a clause of another measure stands between them and the whole.)
        let asideEnd = -1;
        if (fenbie && !skipped && firstPart && !sameMeasure(firstPart, total) && before.length >= 2) {
          const earlier = before[before.length - 2];
          // (…3.2万亩，总投资4800万元，分布于城关、河口…4个乡镇，面积分别为…: one clause of another measure after the whole.)
          const aside = sameMeasure(firstPart, earlier) ? undefined : wholeBeforeAside(text, before, firstPart, cue.at);
          if (aside && total.value !== undefined && !total.approx) {
            kinds = total;
            total = aside.whole;
            asideEnd = aside.asideEnd;
          }
          if (
            sameMeasure(firstPart, earlier) &&
            total.value !== undefined &&
            !total.approx &&
            // (…柳营4个乡镇，分别为…: a comma may stand before 分别.)
            /^[\u4e00-\u9fff]{0,6}[，,]?$/.test(text.slice(total.to, cue.at)) &&
            SUBJECT_GAP.test(text.slice(earlier.to, total.from)) &&
            /[、和及与]/.test(text.slice(earlier.to, total.from))
          ) {
            kinds = total;
            total = earlier;
          }
        }
        // Nothing but the clause separator between total and cue (共100名，其中… / 100名（其中…）.
        // (现有党员52名（含预备党员3名），其中…: an aside in brackets closed before the cue says what the total holds; it is no gap.)
        let gap = (skipped ? '，' : kinds ? text.slice(asideEnd >= 0 ? asideEnd : total.to, kinds.from) : text.slice(total.to, cue.at)).replace(ASIDE, '');
        // (新签合同额46.8亿元，同比增长11.2%，房建、市政、水利三大板块分别为…: a rate compared with last year may stand before
        // the subjects 分别 spreads over.)
        if (fenbie) gap = gap.replace(RATE_COMPARED, '');
        // 分别 may follow the subjects it distributes over: 共计128.6万人次，总馆、东区分馆分别为…
        const subject = fenbie && (SUBJECT_GAP.test(gap) || (/^[，,]/.test(gap) && PERIOD_RANGE.test(gap.replace(/^[，,\s]+/, ''))));
        // (The total's own words may stand there: 14个服务的容器化迁移，其中…)
        // (…a comparison with last year may stand there too: 41.6万人次，较上年的38.9万人次增长6.9%，其中…)
        if (!subject && (!/^[\s，,：:（(]*(?:[\u4e00-\u9fff]{0,10}[，,])?[\s（(]*$/.test(gap) || gap.length > 12) && !COMPARISON_GAP.test(gap)) continue;
        // (…520人次，其中低、中、高年级家长分别为…: 其中 may open the subjects.)
        // (…5.2万亩，涉及城关、河口…4个乡镇，分别为…: a verb of reach may open them.)
        const named = gap.replace(/^[，,\s]+(?:其中[，,]?|涉及|覆盖|遍及|分布[在于])?/, '');
        let subjects = subject ? (periodsOf(named, text.slice(sent.start, total.from)) ?? named.split(/[、和及与]/)) : [];
        // 全年体检老人9800人，高血压、糖尿病患者规范管理人数分别为…: subjects that end in a count of a doing of their own
        // (管理人数) the total's clause never names are another measure, not its kinds.
        const measured = subject ? OWN_COUNT.exec(subjects[subjects.length - 1]) : null;
        if (measured && !text.slice(sent.start, total.from).includes(measured[1])) continue;
        // 全年共接待家长来访及咨询520人次，低、中、高年级家长分别为…: a total word further back in the total's clause
        // says it is one when the kinds 分别 spreads over are named.
        const saysTotal = (clause: string) => totalRe.test(clause) || (subject && anyTotalRe.test(clause));
        // (分别培训 counts as 分别为 only when the total is of the same doing: 共培训….)
        if (fenbie && !/^分别(?:为|是|有|用于|投向)/.test(cue.word)) {
          const verb = cue.word.slice(2).replace(/了$/, '');
          if (!text.slice(sent.start, total.from).slice(-16).includes(verb)) continue;
        }
        // 新增“四上”企业9家，分别为工业企业2家、批发零售业企业4家…: 分别为 right after a figure, each part
        // named after it, lists that figure's kinds in full (checked once the parts are known).
        const listed = fenbie && !subject && !kinds && !skipped && !total.approx && /^分别(?:为|是|有|用于|投向)$/.test(cue.word) && /^[，,]\s*$/.test(gap);
        if (fenbie && !listed) {
          // 分别 needs an explicit total (共培训320人次，分别为…), or the whole named by the kinds it
          // distributes over: 粮食播种面积8.6万亩，小麦、玉米、大豆分别为… — three or more kinds of one list.
          const lead = text.slice(sent.start, total.from);
          if (!saysTotal(lead.slice(afterLast(lead, COLON_COMMA))) && !(subjects.length >= 3 && !total.approx && partition(subjects) === 'tier')) continue;
        }
        const nextCue = cues.slice(c + 1).find((x) => depth(x.at) <= depth(cue.at));
        let limit = nextCue ? nextCue.at : sent.end;
        // (构思 3 天，包括调研…，然后正式开发用了 4 天: a clause that goes on in time ends the list.)
        const then = THEN_CLAUSE.exec(text.slice(cue.end, limit));
        if (then) limit = cue.end + then.index;
        // 新增存款3.4亿元，其中个人存款增加2.1亿元，单位存款增加1.3亿元: the parts of a rise rise too; 增加 there is
        // no comparison (比上年增加 still is).
        const rise = !fenbie && RISE_TOTAL.test(text.slice(Math.max(sent.start, total.from - 10), total.from));
        // (日均约2571件 after the parts is a rate, not one more part.)
        const parts = sq.filter(
          (q) =>
            q.from > cue.at &&
            q.to <= limit &&
            partOf(q, total) &&
            (!isDelta(text, q) || (rise && RISE_PART.test(text.slice(Math.max(cue.end, q.from - 10), q.from)))) &&
            !PER_UNIT_BEFORE.test(text.slice(Math.max(0, q.from - 5), q.from)) &&
            !threshold(text, q) &&
            !shareBase(text, q) &&
            !boundOf(text, q),
        );
        // Parts must be at the cue's own parenthesis level.
        let own = parts.filter((q) => depth(q.from) === depth(cue.at));
        if (!own.length) continue;
        // (其中，车险保费2.93、非车险保费1.95亿元: one figure with a unit may end a list of bare ones.)
        if (fenbie || own.length === 1) own = withBare(own, cue.end);
        // As many subjects as figures, or 分别 distributes over something else.
        if (subject) {
          const each = subjectsOf(named, own.length, text.slice(sent.start, total.from));
          if (!each) continue;
          subjects = each;
        }
        if (kinds && kinds.value !== own.length) continue;
        // 其中在编教师120人、骨干教师45人，骨干教师占在编教师的37.5%: one part stated as a share of another is inside it.
        if (
          !fenbie &&
          own.length >= 2 &&
          nestedShare(
            text.slice(own[own.length - 1].to, sent.end),
            own.map((q) => labelOf(text, q, cue.end)),
          )
        )
          continue;
        // 其中续建项目6个、新建项目3个、前期项目2个，已开工9个: a 、-list that adds up to the total, then a
        // clause of its own after a comma, is the breakdown; the figure after it is another fact of the whole.
        own = addingList(own, total, cue.end);
        const last = own[own.length - 1];
        // 收入20.4亿元、利润1.38亿元，分别为预算20亿元和1.3亿元的102%和106%: figures 分别 gives as the
        // wholes of shares are what the stated ones are measured against, not their parts.
        const shareOf = qs.find((q) => q.from >= last.to);
        if (fenbie && shareOf?.kind === 'percent' && /^\s*的\s*$/.test(text.slice(last.to, shareOf.from))) continue;
        const tail = text.slice(last.to, last.to + 2);
        // …科技类9门，其余为阅读、劳动等类别: a remainder named after the parts, without a figure, leaves the list open.
        // (…压力容器1,870台、气瓶充装单位7家、场内机动车辆1,279辆，其余为…: after figures of other measures in the list too.)
        let end = last;
        for (const q of qs) if (q.from >= end.to && q.to <= limit && /^、[^，,；;。、]{1,16}$/.test(text.slice(end.to, q.from))) end = q;
        const rest = REST_AFTER.test(text.slice(last.to, limit)) || (end !== last && REST_AFTER.test(text.slice(end.to, limit)));
        const lead = text.slice(sent.start, total.from);
        const stated = saysTotal(lead.slice(afterLast(lead, COLON_COMMA)));
        const labels = subjects.length === own.length ? subjects : own.map((q) => labelOf(text, q, cue.end));
        // (Without a total word, only parts each named by two or more characters of their own.)
        if (listed && !stated && (own.length < 2 || labels.some((l, i) => l.length < 2 || /[，,；;]/.test(l) || labels.indexOf(l) !== i))) continue;
        const implied = (fenbie && !stated && !listed) || (cue.word === SPLIT_CUE && !stated);
        out.push({
          ...(implied ? { implied } : {}),
          total,
          parts: own,
          labels,
          open: /^等/.test(tail) || /等$/.test(labelOf(text, last, cue.end)) || rest,
          form: cue.word.startsWith('分别') ? 'fenbie' : cue.word === SPLIT_CUE ? 'split' : 'qizhong',
        });
        own.forEach((q) => used.add(q));
        used.add(total);
        // 其中：市政道路项目9个、完成投资18.2亿元，保障性住房项目6个、完成投资15.3亿元…: each kind given a count and then
        // an amount; the amounts break down the one level of their own measure in the sentence before, as the counts do.
        if (skipped && si > 0 && cue.word === '其中' && own.length >= 2 && /^\s*$/.test(text.slice(sent.start, cue.at))) {
          const amounts = sq.filter((q) => q.from > cue.at && q.to <= limit && !own.includes(q) && !isDelta(text, q) && depth(q.from) === depth(cue.at));
          const paired =
            amounts.length === own.length &&
            amounts.every(
              (q, i) => sameMeasure(q, amounts[0]) && !sameMeasure(q, own[i]) && q.from > own[i].to && (i + 1 === own.length || q.to < own[i + 1].from),
            );
          const prev = sents[si - 1];
          const levels = paired
            ? qs.filter(
                (q) =>
                  q.from >= prev.start &&
                  q.to <= prev.end &&
                  isCountable(q) &&
                  sameMeasure(q, amounts[0]) &&
                  !isDelta(text, q) &&
                  depth(q.from) === 0 &&
                  !shareBase(text, q),
              )
            : [];
          if (levels.length === 1 && !levels[0].approx && levels[0].value !== undefined) {
            out.push({ total: levels[0], parts: amounts, labels, open: out[out.length - 1].open, form: 'qizhong' });
            amounts.forEach((q) => used.add(q));
          }
        }
      }
      // 全年共开展新技术、新项目26项，内科系统11项，外科系统9项，医技科室5项: a stated total, then three or more clauses
      // each a short name and a figure of its measure and nothing else, split it as 其中 would; the run ends at the
      // first clause that says more (，已有4项获奖). Not said to be its parts, they may name the main kinds only.
      for (let k = 0; k + 1 < sq.length; k++) {
        const total = sq[k];
        // (The first clause after it is tried first: most figures have none of a name and a figure only.)
        if (!CLAUSE_PART.test(text.slice(total.to, sq[k + 1].from))) continue;
        if (used.has(total) || total.value === undefined || total.approx || total.range || isDelta(text, total)) continue;
        const lead = text.slice(sent.start, total.from);
        if (!ownTotalRe.test(lead.slice(afterLast(lead, COLON_COMMA)))) continue;
        const parts: Quantity[] = [];
        const labels: string[] = [];
        for (let j = k + 1, prev = total; j < sq.length; j++) {
          const q = sq[j];
          const m = CLAUSE_PART.exec(text.slice(prev.to, q.from));
          if (!m || used.has(q) || !partOf(q, total) || q.approx || isDelta(text, q) || depth(q.from) !== depth(total.from)) break;
          if (!/^(?:[，,；;。]|$)/.test(text.slice(q.to, q.to + 1)) || /^v/.test(model.words(m[1])[0]?.tag ?? 'v')) break;
          parts.push(q);
          labels.push(m[1]);
          prev = q;
        }
        if (parts.length < 3) continue;
        const last = parts[parts.length - 1];
        out.push({ total, parts, labels, open: REST_AFTER.test(text.slice(last.to, sent.end)), form: 'clauses', implied: true });
        parts.forEach((q) => used.add(q));
        used.add(total);
        k += parts.length;
      }
      // Parts before a total: 一等奖10名、二等奖30名、三等奖50名，共100名.
      for (let k = 0; k < sq.length; k++) {
        const total = sq[k];
        if (used.has(total)) continue;
        const lead = text.slice(sent.start, total.from);
        const clauseLead = lead.slice(afterLast(lead, COLON_COMMA));
        if (!beforeRe.test(clauseLead)) continue;
        // 粮食总产20.45万吨，油料总产0.93万吨，水产总量为2.3万吨: a noun's own 总量 (总数, 总额) is its total, not the list's.
        if (OWN_TOTAL.test(clauseLead)) continue;
        // 新增9户、退出14户，总数由65户调整为60户: a total that changes is not the sum of the changes.
        if (/(?:由|从)[^，,；;。]{0,4}$/.test(clauseLead)) continue;
        // Only figures with a clause of their own count as the total (共100名), not 共举办…其中.
        const parts: Quantity[] = [];
        for (let j = k - 1; j >= 0; j--) {
          const q = sq[j];
          // (三项合计58.6亿元: the 三项 in the total's own clause counts the parts, it is not one.)
          if (q.from >= total.from - clauseLead.length) continue;
          if (!partOf(q, total)) break;
          if (used.has(q) || isDelta(text, q) || depth(q.from) !== depth(total.from)) break;
          // 41名党员每人结对帮扶学困生3名，共计123名: a figure after 每人 is a rate on the one before, which
          // the total multiplies; neither that one nor any before it is a part.
          if (parts.length && PER_HEAD.test(text.slice(q.to, parts[0].from))) break;
          // (在14个乡镇、52个社区各建成驿站1个，共66个: one each is no part — the places before it are what the total counts;
          // more than one each multiplies them.)
          if (!parts.length && EACH_BEFORE.test(text.slice(Math.max(0, q.from - 12), q.from))) {
            if (q.min === 1 && q.max === 1) continue;
            break;
          }
          parts.unshift(q);
        }
        // 门诊、急诊分别为38.2、6.5万人次，合计44.7万人次.
        if (parts.length && /分别(?:为|是|有|达到?)?$/.test(text.slice(Math.max(sent.start, parts[0].from - 40), parts[0].from).replace(BARE_LIST, ''))) {
          const more = withBare(parts.slice(0, 1), sent.start);
          parts.unshift(...more.slice(0, more.length - 1));
        }
        // 大会5次、支委会12次，书记讲党课2次、支委讲党课2次，共讲党课4次: when the figures before
        // the total fall into 、-lists split by ，, the list right before the total is the one it sums
        // if it names what the total counts (讲党课) and the lists before do not, or if it adds up to it
        // (一等奖5名、二等奖12名，三等奖20名、优秀奖30名 may be one list).
        // (…支委会12次，书记、副书记分别讲党课2次、1次，邀请党校教师讲党课1次，共讲党课4次: the lists it sums
        // may be the last two or more, so every comma is tried, the nearest first.)
        const cuts: number[] = [];
        for (let j = 1; j < parts.length; j++) if (/[，,；;]/.test(text.slice(parts[j - 1].to, parts[j].from))) cuts.unshift(j);
        const what = /(?:共计|合计|总计|总共|一共|共)([\u4e00-\u9fff]{2,4})$/.exec(clauseLead)?.[1];
        // (分别讲党课2次、1次: a bare figure of a 分别 list is named by the label before it.)
        const label = (j: number): string => labelOf(text, parts[j], j === 0 ? sent.start : parts[j - 1].to) || (j > 0 ? label(j - 1) : '');
        for (const cut of cuts) {
          if (parts.length - cut < 2) continue;
          const last = parts.slice(cut);
          const lo = last.reduce((a, q) => a + q.min, 0);
          const hi = last.reduce((a, q) => a + q.max, 0);
          const names = !!what && parts.every((_, j) => label(j).includes(what) === j >= cut);
          if (names || (lo <= total.max + 1e-9 && hi >= total.min - 1e-9)) {
            parts.splice(0, cut);
            break;
          }
        }
        if (parts.length < 2) continue;
        // The parts form one list right before the total: 、 or ， between them, nothing else with figures.
        const labels = parts.map((q, i) => labelOf(text, q, i === 0 ? sent.start : parts[i - 1].to));
        const gap = text.slice(parts[parts.length - 1].to, total.from);
        if (!/^[，,；;]?[\u4e00-\u9fff]{0,6}$/.test(gap.replace(/^(?:等)/, ''))) continue;
        out.push({ total, parts, labels, open: /^等/.test(gap), form: 'before' });
        parts.forEach((q) => used.add(q));
      }
    }
    return out;

    /**
     * Whether the noun right before `whole` (营业收入 of 全年实现营业收入12.6亿元: its last two to six characters,
     * less a linking verb) is named again in the label of `part` (上半年实现营业收入6.1亿元).
     */
    function namesPart(whole: Quantity, part: Quantity, floor: number): boolean {
      const lead = text.slice(scanBack(text, whole.from, LABEL_START, Math.max(0, whole.from - 16)), whole.from).replace(WHOLE_LINK, '');
      const label = text.slice(floor, part.from);
      for (let n = Math.min(lead.length, 6); n >= 2; n--) if (/^[\u4e00-\u9fff]+$/.test(lead.slice(-n)) && label.includes(lead.slice(-n))) return true;
      return false;
    }

    /** A part of `total`: the same measure, or the other unit a total names in brackets (579家（处）: 家 and 处). */
    function partOf(q: Quantity, total: Quantity): boolean {
      if (partMeasure(q, total)) return true;
      const alt = /^[（(]([\u4e00-\u9fff]{1,2})[）)]/.exec(text.slice(total.to, total.to + 4));
      return !!alt && alt[1] === q.unit && q.kind === total.kind;
    }

    /**
     * The first 、-list of `parts`, when the parts run on past a comma and that list adds up to the
     * total, or the clause after the comma says how far the whole has got (已开工9个): not one more part.
     */
    function addingList(parts: Quantity[], total: Quantity, floor: number): Quantity[] {
      let cut = 0;
      while (cut + 1 < parts.length && !/[，,；;]/.test(text.slice(parts[cut].to, parts[cut + 1].from))) cut++;
      if (cut < 1 || cut + 1 >= parts.length) return parts;
      const first = parts.slice(0, cut + 1);
      // (，已开工9个 / ，均已… / ，累计…: a clause saying how far the whole has got counts across the kinds.)
      if (/^[，,；;]\s*(?:已经|已|尚未|未|均|全部|累计|目前|现已)/.test(text.slice(parts[cut].to, parts[cut + 1].from))) return first;
      const lo = first.reduce((a, q) => a + q.min, 0);
      const hi = first.reduce((a, q) => a + q.max, 0);
      if (lo <= total.max + 1e-9 && hi >= total.min - 1e-9) return first;
      // 其中新建2.1万亩、改造提升0.9万亩，新增和改善灌溉面积1.4万亩: a 、-list of tiers of one dimension, then a
      // figure whose name is of no tier of it, is the breakdown; the clause after the comma is another fact.
      // (…unless the whole run adds up: 国家级一等奖2项、二等奖3项，省级41项 of 46项.)
      const allLo = parts.reduce((a, q) => a + q.min, 0);
      const allHi = parts.reduce((a, q) => a + q.max, 0);
      if (allLo <= total.max + 1e-9 && allHi >= total.min - 1e-9) return parts;
      const labels = parts.map((q, i) => labelOf(text, q, i === 0 ? floor : parts[i - 1].to));
      if (partition(labels.slice(0, cut + 1)) === 'tier' && partition(labels) === undefined) return first;
      // 其中定点医院42家、定点零售药店131家，查处违规机构53家: a clause after the comma opening with a verb of
      // its own (查处, 追回, 发现) says what was done to some of the whole, where the 、-list names kinds of it.
      const opensWithVerb = (l: string) => model.words(l)[0]?.tag === 'v';
      if (opensWithVerb(labels[cut + 1]) && !labels.slice(0, cut + 1).some(opensWithVerb)) return first;
      return parts;
    }

    /** The parts with the bare figures that share their unit (2.1万、3.6万人次) put in before them. */
    function withBare(parts: Quantity[], floor: number): Quantity[] {
      const res: Quantity[] = [];
      let prevEnd = floor;
      for (const q of parts) {
        for (const b of bareBefore(text, q, prevEnd)) {
          const bq = bareQuantity(block, b);
          bares.set(bq, b);
          res.push(bq);
        }
        res.push(q);
        prevEnd = q.to;
      }
      return res;
    }
  }
}

/** 水产总量为 / 贷款总额: 总量, 总数 or 总额 right after a noun of the clause (not 以上/上述/三项…), naming that noun's total. */
const OWN_TOTAL =
  /^(?!.*(?:以上|上述|前述|这些|[0-9０-９一二三四五六七八九十两]+(?:项|类|者|个方面))).*[\u4e00-\u9fff](?:总数|总量|总额)(?!.*(?:共|合计|总计|共计|总共|一共))[\u4e00-\u9fff]{0,4}$/;

/** A linking verb or total word between a whole's noun and its figure: 营业收入达到, 利润总额为, 营业收入共计. */
const WHOLE_LINK = /(?:达到|达|为|是|约|共计|合计|总计|累计|共|计)+\s*$/;

/** ，其余为… / ，另有… / ，其他… after the last part: kinds named but not counted. */
const REST_AFTER = /^[^，,；;。]{0,6}[，,、；;]\s*(?:其余|其他|其它|剩余|余下|另有|此外还有)(?![0-9０-９])/;

/** ，较上年的38.9万人次增长6.9%，: a clause comparing the total with last year's, between it and 其中. */
// (…或 ，比上年增加6.3万元，: the change may be stated as an amount as well as a rate.)
const COMPARISON_GAP =
  /^[，,]\s*(?:较|比|同比|环比)(?:上年|去年|上年同期|去年同期|年初)?[^，,。；;：:]{0,16}?(?:增长|增加|提高|上升|下降|减少|降低)了?\s*[0-9０-９.．]+\s*(?:[%％]|个百分点|(?:千万|百万|万|亿)?[\u4e00-\u9fff]{1,3})\s*[，,]\s*$/;

/** ，同比增长11.2%: a clause comparing the total with last year's by a rate, before more of the sentence. */
const RATE_COMPARED =
  /^[，,]\s*(?:较|比|同比|环比)(?:上年|去年|上年同期|去年同期|年初)?[^，,。；;：:0-9０-９]{0,8}?(?:增长|增加|提高|上升|下降|减少|降低)了?\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:[%％]|个百分点)(?=[，,])/;

/** 各 and a doing right before a figure: so many for each of the things before (各建成驿站1个). */
const EACH_BEFORE = /各[\u4e00-\u9fff]{1,10}$/;

/** 平均每站 / 人均 / 每个村 right before a figure: a figure per unit. */
const PER_EACH_BEFORE = /(?:(?:平均|人均|户均|日均|月均|年均|站均|校均)(?:每[\u4e00-\u9fff]{1,2})?|每[\u4e00-\u9fff]{1,2}平均)\s*约?\s*$/;

/** 每人 / 每名 / 每户 / 各 between two figures: the second is per head of the first. */
const PER_HEAD = /(?:每|各)(?:人|名|位|户|家|个|所|村|校|班|组|支部)/;

/** 日均约… / 人均… / 每月…: a rate, not a part. */
/** A mark passed (首次突破30万元大关, 迈上百亿台阶): a level the whole reached, not one more part of it. */
const THRESHOLD_BEFORE = /(?:突破|跨越|跨过|迈上|跃上|站上|越过)\s*$/;
const THRESHOLD_AFTER = /^\s*(?:大关|关口|台阶|门槛)/;

function threshold(text: string, q: Quantity): boolean {
  return THRESHOLD_BEFORE.test(text.slice(Math.max(0, q.from - 3), q.from)) || THRESHOLD_AFTER.test(text.slice(q.to, q.to + 3));
}

/** 收入超过50万元的村2个: a bound (超过, 以上…) then 的 marks out the things the part counts, it is no part itself. */
const BOUND = /^(?:超过|超|逾|不足|不到|至少|不少于|以上|以下)$/;
function boundOf(text: string, q: Quantity): boolean {
  return !!q.approx && BOUND.test(q.approx) && /^\s*的/.test(text.slice(q.to, q.to + 2));
}

const PER_UNIT_BEFORE = /(?:日均|月均|周均|年均|平均|人均|户均|每[日月周年天人户]?)\s*约?\s*$/;

/** 占专任教师152人的63.8%: the whole a share is taken of (占…的), not one more part. */
function shareBase(text: string, q: Quantity): boolean {
  return /占[^，,；;。、：:0-9０-９]{0,12}$/.test(text.slice(Math.max(0, q.from - 14), q.from)) && /^\s*的/.test(text.slice(q.to, q.to + 3));
}

/** 以上三项共计 / 上述资金合计: a sentence that sums what came before. */
const SUMMARY =
  /^\s*(?:以上|上述|前述)([0-9０-９一二三四五六七八九十两]+)?(?:项|类|笔|个方面|部分)?[^，,。；;：:]{0,12}?(?:共计|合计|总计|累计|共|总共|一共)[^，,。；;：:]{0,10}$/;
/** A paragraph opening with its total: 总计70篇 / 合计：42个. */
const LIST_TOTAL = /^\s*(?:总计|合计|共计|总共|一共|累计)[：:]?\s*$/;
/** 四大节会合计接待游客 / 三个园区共: a counted group summed, the group being the items right before. */
const GROUP_SUMMARY =
  /^\s*([0-9０-９一二三四五六七八九十两]+)(?:大|个|家|所|项|类|场|批|处|条)[\u4e00-\u9fff]{1,6}?(?:共计|合计|总计|累计|总共|一共)[^，,。；;：:]{0,10}$/;

/** The count a summing sentence names (0: none), or undefined when it sums nothing before it. */
function summary(lead: string): { 1?: string; group: boolean; 0: string } | undefined {
  const sm = SUMMARY.exec(lead);
  if (sm) return { 0: sm[0], 1: sm[1], group: false };
  const g = GROUP_SUMMARY.exec(lead);
  return g ? { 0: g[0], 1: g[1], group: true } : undefined;
}
/** 分别 and a verb of two characters right before a figure: 分别培训520, 分别完成了3项. */
// (分别用于 spreads a sum of money over the uses named with their figures: 共计380万元，分别用于A150万元、B….)
// (分别投向 over the fields it went to: 发放贷款6.2亿元，分别投向制造业2.4亿元、批发零售业….)
const FENBIE_VERB = /分别(?:用于|投向|(?![为是有])[\u4e00-\u9fff]{2}了?(?=[0-9０-９]))/g;
/** 分品种看， / 按行业分： / 从构成看，: a sentence that splits the level stated just before (not by time: balances do not add up over quarters). */
// (从案件类型看 / 按客户类别分: the dimension may follow the noun it sorts.)
const SPLIT_DIMENSION =
  '(?:分|按|从)(?:[\\u4e00-\\u9fff]{1,4}?)?(?:品种|类型|类别|种类|行业|产业|结构|构成|来源|用途|险种|业务类型|业务条线|条线|主体|对象|区域|地区|板块|渠道|层级|性别|年龄段|学段)';
const SPLIT_OPENING = new RegExp(`^\\s*${SPLIT_DIMENSION}(?:来看|看|划分|分)?[，,：:]`);
/** The same split opening a clause right after a figure: ，按类型看 / ，从来源看：. */
const SPLIT_CLAUSE = new RegExp(`[，,]\\s*${SPLIT_DIMENSION}(?:来看|看)[，,：:]?`, 'g');
const SPLIT_CUE = '按类看';
const RANGE_NUM = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
/** 第一至第四季度 / 一至四季度 / 1—6月: a run of quarters or months, each one subject of 分别. */
const PERIOD_RANGE = new RegExp(`^第?(${RANGE_NUM})(?:个?季度|月份?)?(?:至|到|—|－|-|~|～)第?(${RANGE_NUM})(个?季度|月份?)$`);

/**
 * The subjects 分别 distributes `n` figures over, or undefined when they are not `n`: 总馆、东区分馆; 居民、
 * 农业生产及其他 (X及其他 is one kind: the rest); 第一至第四季度 (a run of periods, which must cover the whole's:
 * 全年 four quarters or twelve months, 上半年 two or six — a run of part of it is no breakdown of it, nor is a stock's).
 */
function subjectsOf(gap: string, n: number, lead: string): string[] | undefined {
  if (PERIOD_RANGE.test(gap)) {
    const periods = periodsOf(gap, lead);
    return periods?.length === n ? periods : undefined;
  }
  const plain = gap.split(/[、和及与]/);
  if (plain.length === n) return plain;
  const rest = gap.split(/[、和及与](?!其他|其它|其余)/);
  return rest.length === n ? rest : undefined;
}

/** The periods of a run covering the whole's own (全年: 一至四季度, 1至12月), undefined for any other. */
function periodsOf(gap: string, lead: string): string[] | undefined {
  const range = PERIOD_RANGE.exec(gap);
  if (!range) return undefined;
  const a = parseNumber(range[1]).value;
  const b = parseNumber(range[2]).value;
  const quarters = range[3].includes('季度');
  const scope = /上半年/.test(lead) ? 'half' : /全年|年度|本年|今年/.test(lead) ? 'year' : undefined;
  const end = scope === 'half' ? (quarters ? 2 : 6) : quarters ? 4 : 12;
  if (!scope || a !== 1 || b !== end || /余额|平均|均|末/.test(lead)) return undefined;
  return Array.from({ length: b }, (_, i) => (quarters ? `第${'一二三四'[i]}季度` : `${i + 1}月`));
}

/** ，内科系统11项: a clause of a short name and its figure only (not 其中…, 已…, 同比…: a scope, a state or a change). */
/** A clause that goes on to what came next: 然后, 之后, 随后, 接着. */
const THEN_CLAUSE = /[，,；;]\s*(?:然后|之后|随后|接着|紧接着|后来)/;

const CLAUSE_PART = /^[，,]\s*((?!其中|分别|包括|含|合计|共|累计|总|全年|今年|本年|同比|较|比|占|另|已|均|达|约|近|超)[\u4e00-\u9fff]{2,6})\s*$/;

/** ，占年度计划的103.5%，: a clause giving the share of its plan or whole a figure came to, nothing else. */
const SHARE_GAP = /^[，,]\s*占[^，,。；;：:0-9０-９]{1,10}的\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％]\s*[，,]\s*$/;

/** An aside in brackets, closed (（含预备党员3名）): what a total holds or leaves out. */
const ASIDE = /^[（(][^（()），,。；;]{1,20}[）)]/;

/** A total that is itself a rise (新增存款 / 净增客户), whose parts may be written as rises. */
const RISE_TOTAL = /(?:新增|净增|增加)[\u4e00-\u9fff]{0,6}$/;
/** A part written as a rise, not against another time or figure (储蓄存款增加, not 比上年增加). */
const RISE_PART = /(?:^|[，,；;、])(?![^，,；;、]*(?:比|较))[^，,；;、]*(?:增加|新增|净增)了?$/;
/** The last subject of 分别 ending in a count of a doing (管理人数, 服务户数): its doing, to be found in the total's clause. */
const OWN_COUNT = /([\u4e00-\u9fff]{2})(?:人数|户数|人次数|件数|次数)$/;
/** 骨干教师占在编教师的: a share of one part (its name as written, quotes dropped) in another, right after the parts. */
function nestedShare(after: string, labels: readonly string[]): boolean {
  const m = /^[，,]\s*([^，,。；;占]{2,12})占([^，,。；;]{2,12}?)的/.exec(after.replace(/[“”"‘’]/g, ''));
  if (!m) return false;
  const names = labels.map((l) => l.replace(/[“”"‘’]/g, ''));
  return names.includes(m[1]) && names.includes(m[2]) && m[1] !== m[2];
}

/** A list of subjects (no figure, no clause break) between a total and 分别. */
const SUBJECT_GAP = /^[，,]\s*[^，,。；;：:0-9０-９]{1,30}$/;

/** 共 as a total word, not the 共 of 共同/共享/共建/公共. */
function totalWord(w: string): string {
  return w === '共' ? '(?<!公)共(?![同享建治商赢识性])' : esc(w);
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
