// numbers/sum: a stated total (共/合计/总计/累计/全年…, 其中 and 分别 breakdowns)
// against its enumerated parts with the same unit. Approximate figures (6100余,
// 近千) give bounds: only bounds that cannot meet are reported.
import { isRecord, plainFields, range } from '../explain.js';
import { type Check, optionsSchema, stringList } from '../rule.js';
import type { Draft } from '../types.js';
import { fmt, type Quantity } from '../figures/quantities.js';
import { classed, findBreakdowns, oneLadder, ownNames, partition, tierless } from '../figures/breakdowns.js';
import { scanBack, charSet, CLAUSE_END, SENTENCE_END } from '../text/scan.js';
import { isDelta } from '../figures/breakdowns.js';
import { readTables } from '../figures/tables.js';
import { tableTotals } from './table-totals.js';
import { columnTotals } from './column-totals.js';
import { countsOtherThing, measureOfOne } from './sum-parts.js';
import { groupedRows, groupedTotals } from './table-groups.js';
import { rungsBesidePosts } from './numbers-sum-overlap.js';

const TOTAL_LEAD_END = charSet('，,；;。：:、\n（(');

export const SUM_DEFAULTS = {
  totalWords: ['共', '合计', '总计', '共计', '总共', '一共', '累计', '全年', '总数', '总量', '总额'],
  partWords: ['其中', '分别为', '分别是', '分别有', '包括'],
  tolerance: 0,
};

const EPS = 1e-9;

/** A total of every kind of a thing: 开展各类活动共, 各项培训合计. */
const EVERY_KIND = /各(?:类|项|种)[\u4e00-\u9fff]{1,6}(?:共计|合计|总计|共)?\s*$/;

/** The total as the report states it: 共100名, 合计90名. */
export function statedTotal(text: string, total: Quantity, totalWords: string[]): string {
  const s = scanBack(text, total.from, TOTAL_LEAD_END, Math.max(0, total.from - 12));
  const lead = text.slice(s, total.from);
  let best = -1;
  let word = '';
  for (const w of totalWords) {
    const at = lead.lastIndexOf(w);
    // The word closest to the figure wins (共计 over 共); 全年 is a scope, not a total word.
    if (w === '全年') continue;
    if (at >= 0 && (best < 0 || at > best || (at === best && w.length > word.length))) {
      best = at;
      word = w;
    }
  }
  return word + total.raw;
}

/** What the written figure is multiplied by (1.2万人次 → 1e4, 3815万元 → 1e4), 1 when nothing is. */
function writtenScale(q: Quantity): number {
  const m = /^[0-9０-９]+(?:[.．][0-9０-９]+)?/.exec(q.raw);
  if (!m || q.value === undefined) return 1;
  const n = Number(m[0].replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace('．', '.'));
  if (!n) return 1;
  const r = q.value / n;
  return r === 1e4 || r === 1e8 || r === 1e3 ? r : 1;
}

function numText(q: Quantity): string {
  return q.raw.replace(/[^0-9０-９.．,，零〇一二两三四五六七八九十百千万亿点余多近约]/g, '') || q.raw;
}

/** Whether the parts add up to a figure of the total's measure before it in its sentence (not a change); `all`: at least its block's figures. */
function addsUpToEarlier(all: readonly Quantity[], text: string, total: Quantity, parts: Quantity[], sumMin: number, sumMax: number, tol: number): boolean {
  if (sumMin !== sumMax) return false;
  const start = scanBack(text, total.from, SENTENCE_END);
  return all.some(
    (q) =>
      q.blockIndex === total.blockIndex &&
      q !== total &&
      q.from >= start &&
      q.to <= total.from &&
      q.unit === total.unit &&
      q.kind === total.kind &&
      !q.approx &&
      q.value !== undefined &&
      Math.abs(q.value - sumMin) <= tol &&
      !parts.includes(q) &&
      !isDelta(text, q),
  );
}

/** The step of a figure's last written digit: 100 for 5.83万, 1 for 586, 0.1 for 12.5. */
function lastDigitStep(q: Quantity): number {
  return writtenScale(q) * Math.pow(10, -q.decimals);
}

/**
 * Whether exact parts, some written to a finer digit than the total, sum to a figure that rounds to the total
 * as written (3.97万+1260+1.73万 = 5.826万 → 5.83万). Parts written no finer than the total are not rounded:
 * 12.4+9.8+15.2 = 37.4 is not 37.5.
 */
function roundsToTotal(total: Quantity, parts: readonly Quantity[], sumMin: number, sumMax: number): boolean {
  if (total.value === undefined || sumMin !== sumMax || parts.some((q) => q.value === undefined)) return false;
  const step = lastDigitStep(total);
  if (!parts.some((q) => lastDigitStep(q) < step - EPS)) return false;
  return Math.abs(Math.round(sumMin / step) * step - total.value) <= EPS * Math.max(1, Math.abs(total.value));
}

/** Where the things a total names start: after a clause break (not 、, which joins them). */
const KINDS_START = charSet('，,；;。：:\n（(');

/** The kinds a total names right before it (公开课、研讨课216节 → 公开课, 研讨课), undefined for fewer than two. */
function kindsOfTotal(text: string, total: Quantity): string[] | undefined {
  const lead = text.slice(scanBack(text, total.from, KINDS_START, Math.max(0, total.from - 30)), total.from);
  const m = /([\u4e00-\u9fff]{2,})((?:[、和及与][\u4e00-\u9fff]{2,8})+?)(?:共计|合计|总计|共|计)?\s*$/.exec(lead);
  if (!m) return undefined;
  // (The last kind without the total word the lazy list took in: 临时救助资金共计 → 临时救助资金.)
  const kinds = [m[1], ...m[2].slice(1).split(/[、和及与]/)].map((k) => k.replace(/(?:共计|合计|总计|共|计)$/, ''));
  return kinds.length < 2 || kinds.some((k) => k.length < 2) ? undefined : kinds;
}

/**
 * 发放低保金及临时救助资金共计596万元，其中低保金512万元、临时救助资金74万元: the total names its kinds and each
 * part names one of them, one part a kind: the parts are the whole of it. A part names a kind by what sets it
 * apart from the other parts (医疗救助资金 / 教育救助资金: 医疗, 教育), two characters at least.
 */
function namesEveryKind(text: string, total: Quantity, labels: readonly string[]): boolean {
  const kinds = kindsOfTotal(text, total);
  if (!kinds || kinds.length !== labels.length) return false;
  const bare = labels.map((l) => l.replace(/^[，,\s]+/, ''));
  if (bare.some((l) => l.length < 2 || l.length > 12 || !/^[\u4e00-\u9fff]+$/.test(l))) return false;
  let tail = Math.min(...bare.map((l) => l.length));
  while (tail > 0 && !bare.every((l) => l.endsWith(bare[0].slice(-tail)))) tail--;
  const cores = bare.map((l) => (l.length - tail >= 2 ? l.slice(0, l.length - tail) : l));
  const names = (core: string, kind: string) => kind.includes(core) || core.includes(kind);
  return kinds.every((k) => cores.filter((c) => names(c, k)).length === 1) && cores.every((c) => kinds.filter((k) => names(c, k)).length === 1);
}

/** The four kinds of a party branch's “三会一课”, in any wording: 支部党员大会, 支委会, 党小组会, 党课. */
const MEETING_KINDS = [/党员大会|大会/, /支委会|支部委员会/, /小组会/, /党课/];

/**
 * 落实“三会一课”制度，全年共开展58次，其中支部党员大会4次、支委会12次、党小组会36次、党课4次: four parts naming the
 * four kinds of the “三会一课” the sentence names, one each, are the whole of it.
 */
function meetingsAndLessons(text: string, total: Quantity, labels: readonly string[]): boolean {
  if (labels.length !== 4 || !text.slice(scanBack(text, total.from, SENTENCE_END), total.from).includes('三会一课')) return false;
  return MEETING_KINDS.every((k) => labels.filter((l) => k.test(l)).length === 1) && labels.every((l) => MEETING_KINDS.some((k) => k.test(l)));
}

/**
 * Whether the total names two or more kinds (公开课、研讨课216节) and every part's label names the first or
 * last of them only, none the others: the parts split that one kind.
 */
function oneKindOfSeveral(text: string, total: Quantity, labels: readonly string[]): boolean {
  const kinds = kindsOfTotal(text, total);
  if (!kinds) return false;
  // A kind is named by its last two characters or more (全年组织公开课 → 公开课).
  const names = (label: string, kind: string) => {
    for (let n = Math.min(kind.length, 6); n >= 2; n--) if (label.includes(kind.slice(-n))) return true;
    return false;
  };
  const named = kinds.filter((k) => labels.every((l) => names(l, k)));
  return named.length === 1 && kinds.every((k) => k === named[0] || labels.every((l) => !names(l, k)));
}

/**
 * 收入38.6万元，其中光伏收益12.4万元、流转服务费9.8万元、厂房租金15.2万元: three or more parts named after 其中,
 * each a noun of its own, that fall short of the total by a few percent are all of it summed wrong; kinds left
 * unnamed would leave more. (Parts sharing a head — 小学教师 / 初中教师 / 特殊教育教师 — are partition()'s to judge.)
 */
// (其中主要是… / 其中较大的有…: the parts picked out, not all of them.)
function nearlyAll(form: string, labels: readonly string[], short: number, total: number): boolean {
  return (
    form === 'qizhong' &&
    labels.length >= 3 &&
    short <= 0.05 * total &&
    !/^[，,\s]*(?:主要|重点|部分|较大|大额|典型)/.test(labels[0]) &&
    (ownNames(labels) || classed(labels))
  );
}

/** The top rungs of a staff's qualifications: 博士 / 硕士 (研究生), 正高 / 副高 / 高级 / 中级职称. */
const TOP_RUNG =
  /^(?:具有|拥有|取得)?(?:(?:博士|硕士)(?:研究生)?|研究生)(?:学历|学位)?的?(?:人员|教师|员工|职工)?$|^(?:具有|拥有|取得)?(?:正高级?|副高级?|高级|中级)(?:专业技术)?(?:职称|职务|技术职称)的?(?:人员|教师)?$/;

/** A member of an association above the body's own: 中国书协会员, 省书协会员, 市级会员, 省作家协会会员. */
const HIGHER_MEMBER = /^(?:中国|全国|国家级?|省级?|市级?)(?:[\u4e00-\u9fff]{1,4}(?:协会|学会|联合会|协))?会员$/;

/**
 * 在职职工356人，其中博士46人、硕士152人 / 在编职工42人，其中高级职称15人、中级职称19人: rungs from the top of a
 * ladder of qualifications show the staff's strength; the rungs below (本科, 初级…) are left out, not miscounted.
 * (会员286名，其中省书协会员18名、市书协会员64名: so do memberships of the associations above the body's own, which
 * nest — a member of the province's is mostly one of the city's too — and leave out those who are members of none.)
 */
function topRungs(labels: readonly string[]): boolean {
  return (
    labels.length >= 1 &&
    (labels.every((l) => TOP_RUNG.test(l.replace(/^[，,\s]+/, ''))) || labels.every((l) => HIGHER_MEMBER.test(l.replace(/^[，,\s]+/, ''))))
  );
}

/**
 * 教职工214人，其中专任教师183人，高级职称教师52人，占专任教师的28.4%: a part said to be a share of an earlier
 * part (占…的, naming that part) is some of it, not one more part of the total beside it.
 */
function shareOfPart(text: string, parts: readonly Quantity[], labels: readonly string[]): boolean {
  const names = labels.map((l) => l.replace(/^[，,\s]+/, ''));
  return parts.some((q, i) => {
    if (i === 0) return false;
    const m = /^\s*[，,]\s*(?:约)?占([\u4e00-\u9fff]{2,12}?)(?:总数|总人数|人数)?的/.exec(text.slice(q.to, q.to + 20));
    return !!m && names.slice(0, i).some((n) => n.length >= 2 && (n === m[1] || n.endsWith(m[1]) || m[1].endsWith(n)));
  });
}

/** A rung of the ladder of administrative levels opening a label: 国家级, 省级, 市级, 县级, 区级 (and a school's own: 校级, 院级). */
const LEVEL_RUNG = /^(?:(?:国家|省|市|县|区)级?|(?:校|院)级)/;

/**
 * 县级以上龙头企业…累计达到87家，其中省级龙头企业6家、市级龙头企业29家 / 开设专业9个，其中省级骨干专业2个、市级骨干专业3个:
 * parts naming rungs of the administrative ladder, one kind each, pick out the upper rungs of the whole — those
 * above a floor the whole's sentence sets (县级以上) that no part names, or of a kind narrower than the whole's noun
 * (骨干专业 of 专业). What they leave is the rungs below or the rest of the whole, not a slip.
 */
function upperRungs(text: string, total: Quantity, labels: readonly string[]): boolean {
  // (纳入省级重点项目库18个、市级重点项目库35个: the verb that picks them out stands before the first rung.)
  const bare = labels.map((l) => l.replace(/^[，,\s]+/, '').replace(/^(?:纳入|列入|进入|入选|获评|获批|被评为|评为)/, ''));
  const rungs = bare.map((l) => LEVEL_RUNG.exec(l)?.[0] ?? '');
  if (rungs.some((r) => !r)) return false;
  const cores = bare.map((l, i) => l.slice(rungs[i].length));
  if (cores.some((c) => c !== cores[0]) || cores[0].length < 2 || !/^[\u4e00-\u9fff]+$/.test(cores[0])) return false;
  const lead = text.slice(scanBack(text, total.from, SENTENCE_END), total.from);
  const floor = /(国家|省|市|县|区|校|院)级?以上/.exec(lead);
  if (floor) return !rungs.some((r) => r.startsWith(floor[1]));
  // (教学班48个，其中省级示范班3个、市级示范班8个: a title conferred by the rungs — 重点, 示范 — names the picked-out
  // kind even when the whole's noun is another word for the same things.)
  return (lead.includes(cores[0].slice(-2)) || CONFERRED.test(cores[0])) && !lead.includes(cores[0]);
}

/** A title a level of government confers on some of a kind: 重点学科, 示范校, 骨干专业, 特色学校, 精品课程. */
const CONFERRED = /^(?:重点|示范|骨干|特色|精品|品牌|标准化|星级)[\u4e00-\u9fff]{1,4}$|示范[\u4e00-\u9fff]{0,2}$/;

const ITEM_START = charSet('、，,；;。：:\n');

/** Whether `a` and `b` share two Chinese characters in a row. */
function shareWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const w = a.slice(i, i + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(w) && b.includes(w)) return true;
  }
  return false;
}

/**
 * 样式兼容类9个、逻辑类8个、性能类4个，其中Safari兼容问题5个: a 其中 after a 、-list may break down any item of it; parts
 * whose names share a word with an earlier item and none with the last one are that item's, not the last one's.
 */
function earlierItem(text: string, total: Quantity, labels: readonly string[], qs: readonly Quantity[]): boolean {
  let s = scanBack(text, total.from, ITEM_START);
  const last = text.slice(s, total.from);
  const earlier: string[] = [];
  while (s > 0 && text[s - 1] === '、') {
    const q = qs.filter((x) => x.to <= s - 1 && !text.slice(x.to, s - 1).trim()).pop();
    if (!q) break;
    s = scanBack(text, q.from, ITEM_START);
    earlier.push(text.slice(s, q.from));
  }
  return earlier.length > 0 && labels.every((l) => !shareWord(l, last) && earlier.some((e) => shareWord(l, e)));
}

/** Others' things (评审他人提交的合并请求, 帮别人…): what the writer did to them, beside the writer's own. */
const OTHERS = /他人|别人|其他同事/;
/** The last part named as the rest of the kinds: 其他机构, 其余, 其它类. */
const REST_LAST = /^(?:其他|其它|其余)[\u4e00-\u9fff]{0,4}$/;

/**
 * 全年提交代码合并请求168个，其中参与评审他人提交的合并请求245个: a part naming others' things, of a whole whose clause names
 * none, counts something the writer did beside the whole, not some of it (the whole counts the writer's own).
 */
function othersPart(text: string, total: Quantity, labels: readonly string[]): boolean {
  return labels.some((l) => OTHERS.test(l)) && !OTHERS.test(text.slice(scanBack(text, total.from, CLAUSE_END), total.from));
}

const PERIOD_OPENING = /^[，,\s]*(?:第?[一二三四]季度|上半年|下半年|[0-9一二三四五六七八九十]{1,2}月份?|当月|本月|年内)/;

/** Whether a part after the first opens with a period and names what an earlier part names (新开工 / 第三季度新开工). */
function periodOfEarlier(labels: readonly string[]): boolean {
  return labels.some((l, k) => {
    const m = k > 0 ? PERIOD_OPENING.exec(l) : null;
    // (Not parts of periods side by side: 一季度开工5个、二季度开工4个.)
    return !!m && labels.slice(0, k).some((e) => !PERIOD_OPENING.test(e) && shareWord(l.slice(m[0].length), e));
  });
}

/** Flows one way and the other: 收入 / 支出, 流入 / 流出. */
const FLOWS: readonly [string, string][] = [
  ['收入', '支出'],
  ['流入', '流出'],
  ['调入', '调出'],
  ['转入', '转出'],
];

/** Whether the total's clause names one flow and every part's label the opposite one. */
function oppositeFlow(text: string, total: Quantity, labels: readonly string[]): boolean {
  const clause = text.slice(scanBack(text, total.from, CLAUSE_END), total.from);
  return FLOWS.some(
    ([x, y]) =>
      (clause.includes(y) && !clause.includes(x) && labels.every((l) => l.includes(x))) ||
      (clause.includes(x) && !clause.includes(y) && labels.every((l) => l.includes(y))),
  );
}

/** 获区级奖 / 荣获一等奖: a part counting those that won something. */
const WON = /^(?:获得?|荣获|获评)/;

/**
 * 推出优质课24节，其中获区级奖7节、市级奖2节: parts counting those of the whole that won an award, of a whole whose clause
 * names none won, pick out the winners; the rest won nothing, which is no shortfall.
 */
function wonAwards(text: string, total: Quantity, labels: readonly string[]): boolean {
  return WON.test(labels[0].replace(/^[，,\s]+/, '')) && !/获|奖/.test(text.slice(scanBack(text, total.from, CLAUSE_END), total.from));
}

export const numbersSumCheck: Check = {
  name: 'numbers-sum',
  rules: [
    {
      id: 'numbers/sum',
      title: '分项之和与合计不符（共/合计/其中/分别）',
      titleEn: 'Parts do not add up to the stated total',
      rationale: '“共100名，其中……”的分项加起来不等于合计，是审稿时最先被核的硬伤；约数（余、多、近）按区间判断，区间能对上就不报。',
      defaultSeverity: 'error',
      fixable: false,
      options: optionsSchema({
        totalWords: stringList('表示合计的词（共、合计、总计、累计……）'),
        partWords: stringList('引出分项的词（其中、分别为……）'),
        tolerance: { type: 'number', minimum: 0, description: '允许的误差（绝对值，默认 0）' },
      }),
      example: {
        bad: '全年共评选表彰优秀党员100名，其中一等奖10名、二等奖30名、三等奖50名。',
        good: '全年共评选表彰优秀党员90名，其中一等奖10名、二等奖30名、三等奖50名。',
      },
      explain(d) {
        if (!isRecord(d.total) || !Array.isArray(d.parts)) return plainFields(d);
        const parts = d.parts.filter(isRecord).map((p) => String(p.raw));
        return [
          `分项 ${parts.join(' + ')} = ${range(d.sumMin, d.sumMax)}${String(d.total.unit ?? '')}`,
          `合计写的是 ${String(d.total.raw)}（${range(d.total.min, d.total.max)}）`,
        ];
      },
    },
  ],
  run(model, ctx) {
    const opts = ctx.options('numbers/sum', SUM_DEFAULTS);
    const out: Draft[] = [];
    // The figures of each block, gathered once: a breakdown compares its total with its own block's only
    // (scanning the draft's every figure for each breakdown made a long draft's check quadratic).
    let byBlock: Map<number, Quantity[]> | undefined;
    const ofBlock = (bi: number): readonly Quantity[] => {
      if (!byBlock) {
        byBlock = new Map();
        for (const q of model.quantities) {
          const list = byBlock.get(q.blockIndex);
          if (list) list.push(q);
          else byBlock.set(q.blockIndex, [q]);
        }
      }
      return byBlock.get(bi) ?? [];
    };
    for (const b of findBreakdowns(model, opts, ctx)) {
      const { total, parts } = b;
      const sumMin = parts.reduce((a, q) => a + q.min, 0);
      const sumMax = parts.reduce((a, q) => a + q.max, 0);
      const tol = opts.tolerance + EPS * Math.max(1, Math.abs(total.max));
      const explicit = b.form === 'before' || b.form === 'fenbie';
      // (分品种看 says the parts split the level by kind, even when their names share nothing.)
      const kind = explicit ? 'tier' : (partition(b.labels) ?? (b.form === 'split' ? 'head' : undefined));
      // (…or three parts each named by a noun of its own after 其中 that overshoot by a few percent: the same slip.)
      // (…、村卫生室248个、其他机构10个: a list closed by the rest of the kinds covers the whole.)
      const covered =
        !b.open &&
        !b.implied &&
        parts.length >= 2 &&
        (namesEveryKind(b.block.text, total, b.labels) ||
          meetingsAndLessons(b.block.text, total, b.labels) ||
          (parts.length >= 3 && REST_LAST.test(b.labels[b.labels.length - 1].replace(/^[，,、\s]+/, ''))));
      const over =
        sumMin > total.max + tol &&
        (parts.length === 1 ||
          kind !== undefined ||
          covered ||
          (!b.open && nearlyAll(b.form, b.labels, sumMin - total.max, total.max) && (tierless(b.labels) || oneLadder(b.labels) || classed(b.labels))));
      // Labels that only share a head noun may leave kinds out: a short list, or one far
      // below its total, is read as naming the main kinds only.
      // 开展各类活动共9场次，其中A4场、B2场、C2场: a total of every kind (各类/各项/各种) split into three or more
      // named kinds is meant to be covered by them, as parts sharing a head noun are.
      const everyKind = parts.length >= 3 && EVERY_KIND.test(b.block.text.slice(scanBack(b.block.text, total.from, TOTAL_LEAD_END), total.from));
      const under =
        sumMax < total.min - tol &&
        parts.length >= 2 &&
        !b.open &&
        (covered ||
          (kind === 'tier' && !topRungs(b.labels) && !upperRungs(b.block.text, total, b.labels)) ||
          ((kind === 'head' || everyKind) && parts.length >= 3 && total.min - sumMax <= 0.2 * total.min) ||
          nearlyAll(b.form, b.labels, total.min - sumMax, total.min)) &&
        // A whole not said to be the total may be followed by its main kinds only: a shortfall of a few
        // percent is a slip of arithmetic, a larger one the kinds left unnamed.
        (!b.implied || total.min - sumMax <= 0.05 * total.min);
      if (!over && !under) continue;
      // (培训近千人次，其中省级126人次、国家级18人次: parts far below a total given only roughly are picked out, not all of it.)
      if (under && total.approx && sumMax < 0.5 * total.min) continue;
      if (shareOfPart(b.block.text, parts, b.labels) || othersPart(b.block.text, total, b.labels) || rungsBesidePosts(b.labels)) continue;
      // (会费收入48.6万元，其他收入21.4万元，支出合计66.3万元: a total of what went out after parts of what came in.)
      if (oppositeFlow(b.block.text, total, b.labels)) continue;
      // (在建重点项目14个，其中新开工项目5个，第三季度新开工2个: a part of a period naming an earlier part's doing is some of it.)
      if (periodOfEarlier(b.labels)) continue;
      if (over && parts.length === 1 && (measureOfOne(b.block.text, total, b.labels[0]) || countsOtherThing(b.block.text, total, parts[0]))) continue;
      if (!over && wonAwards(b.block.text, total, b.labels)) continue;
      if (over && earlierItem(b.block.text, total, b.labels, ofBlock(total.blockIndex))) continue;
      // 5.83万件，其中3.97万件、1260件、1.73万件: a part written finer than the total (1260 is 0.126万) is rounded
      // with the rest into the total's last digit; a sum that rounds to the total as written adds up.
      if (roundsToTotal(total, parts, sumMin, sumMax)) continue;
      // 组织公开课、研讨课216节，其中市级公开课8节、县级公开课26节: the parts break down one kind of a total
      // that names several; what they leave is the other kinds, not a slip.
      if (!over && oneKindOfSeveral(b.block.text, total, b.labels)) continue;
      // 立案93件，结案81件，罚没款…万元，其中食品类案件41件…: parts that add up exactly to another figure of
      // their measure earlier in the sentence break that one down; the total was read from the wrong figure.
      if (b.form !== 'before' && addsUpToEarlier(ofBlock(total.blockIndex), b.block.text, total, parts, sumMin, sumMax, tol)) continue;
      const stated = statedTotal(b.block.text, total, opts.totalWords);
      const exact = parts.every((q) => q.value !== undefined);
      // In the total's own multiple (万, 亿): 21.5+4.3+2.2=28, not 215000+43000+22000=280000.
      const d = writtenScale(total);
      const arithmetic = exact
        ? `${parts.map((q) => fmt((q.value ?? 0) / d)).join('+')}=${fmt(sumMin / d)}`
        : `${parts.map(numText).join('+')}，合计在${fmt(sumMin)}～${fmt(sumMax)}之间`;
      const message =
        parts.length === 1
          ? `分项“${b.labels[0]}${parts[0].raw}”已超过“${stated}”，分项不能大于合计。`
          : `${arithmetic}，与“${stated}”不符${over ? '（分项之和大于合计）' : ''}。`;
      out.push({
        start: total.start,
        end: total.end,
        message,
        related: parts.map((q, i) => ({ start: q.start, end: q.end, message: `分项：${b.labels[i]}${q.raw}` })),
        data: {
          total: { raw: total.raw, min: total.min, max: total.max, unit: total.unit },
          parts: parts.map((q) => ({ raw: q.raw, min: q.min, max: q.max })),
          sumMin,
          sumMax,
        },
      });
    }
    // (A table grouped under bold rows is summed by its groups: its rows are not all parts of one total.)
    for (const d of tableTotals(readTables(model).filter((t) => !groupedRows(model, t)))) out.push(d);
    for (const d of groupedTotals(model, readTables(model))) out.push(d);
    for (const d of columnTotals(model, readTables(model), (text, q) => statedTotal(text, q, opts.totalWords))) out.push(d);
    return out;
  },
};
