// numbers/conflict: restatements — when a later figure names the measure of an earlier one another way (in brief,
// by its head noun, by its deed, abbreviated), so the two are one quantity stated twice.
import type { ReportModel } from '../../types.js';
import type { Quantity } from '../../figures/quantities.js';
import { scanBack, scanForward, CLAUSE_END } from '../../text/scan.js';
import type { Stated } from './stated.js';
import { LIGHT_VERBS } from './naming.js';
import type { ConflictRun } from './context.js';
import { oneTransfer } from './transfers.js';

/**
 * Whether `b`, written as an attributive restatement (新认定的21家专精特新企业), names the batch `a`
 * counted (全年新认定省级专精特新中小企业十九家): its verb is in `a`'s clause before the figure, and its
 * thing is `a`'s in brief — the same head, its characters in order, four or more of them.
 */
function briefer(aText: string, a: Quantity, b: Quantity, aThing = a.thing, bThing = b.thing): boolean {
  // (主题党日活动 / 主题党日: a trailing 活动 or 工作 names nothing more.)
  if (aThing.length !== bThing.length) {
    aThing = bareOf(aThing);
    bThing = bareOf(bThing);
  }
  const long = aThing.length >= bThing.length ? aThing : bThing;
  const short = long === aThing ? bThing : aThing;
  if (short.length < 4 || long.slice(-2) !== short.slice(-2)) return false;
  // (非居民用户 is the complement of 居民用户, not its name in full.)
  if (long.includes('非') && !short.includes('非')) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  if (k < short.length) return false;
  // (迁移客户账户386万户 … 368万户迁移账户中: a restatement whose thing opens with the other's verb names the doing too.)
  if (!b.verb) return a.verb.length >= 2 && bThing.startsWith(a.verb) && aThing.startsWith(a.verb);
  const clause = aText.slice(scanBack(aText, a.from, CLAUSE_END), a.from);
  return clause.includes(b.verb) || a.verb === b.verb || sameDeed(a.verb, b.verb) || deedIn(clause, b.verb);
}

/** Abbreviations of a qualifier reports put before a thing: 限上企业 for 限额以上企业, 规上 for 规模以上. */
const QUALIFIER_SHORT: readonly (readonly [string, string])[] = [
  ['限上', '限额以上'],
  ['规上', '规模以上'],
];

/**
 * Whether `b`'s thing opens with an abbreviated qualifier (限上企业) that `a` writes in full right before its
 * thing (限额以上商贸企业): then both are compared written in full.
 */
function abbreviated(aText: string, a: Quantity, b: Quantity): boolean {
  // (A loop, not find() with a destructuring callback: this is asked of every pair whose later figure refers back.)
  let k = 0;
  while (k < QUALIFIER_SHORT.length && !b.thing.startsWith(QUALIFIER_SHORT[k][0])) k++;
  if (k === QUALIFIER_SHORT.length || !a.thingSpan) return false;
  const short = QUALIFIER_SHORT[k][0];
  const full = QUALIFIER_SHORT[k][1];
  const at = aText.indexOf(a.thing, Math.max(0, a.from - a.thing.length - 8));
  if (at < 0 || !aText.slice(0, at).endsWith(full)) return false;
  return briefer(aText, a, b, full + a.thing, full + b.thing.slice(short.length));
}

/** A measure's name less a trailing 活动 / 工作 (four characters or more left). */
function bareOf(t: string): string {
  return t.length >= 6 && GENERAL_END.test(t) ? t.slice(0, -2) : t;
}
// (Made once, as the other patterns asked of pairs: a literal in the function is a new RegExp object per call.)
const GENERAL_END = /(?:活动|工作)$/;

/** What a count in 户 names when it names no more than the unit does: the households served, the business done for them. */
const HOUSEHOLDS = /^(?:业务|用户|客户)$/;

/**
 * Whether `b`, an attributive restatement (上半年报装的1864户用户), counts in 户 what `a` did under the same verb
 * (办理居民用气报装业务1846户): both things name no more than the households, so the doing is the measure.
 */
function sameDoing(a: Quantity, b: Quantity): boolean {
  return (
    a.unit === '户' &&
    b.unit === '户' &&
    a.verb.length >= 2 &&
    a.verb === b.verb &&
    !LIGHT_VERBS.has(a.verb) &&
    HOUSEHOLDS.test(a.thing) &&
    HOUSEHOLDS.test(b.thing)
  );
}

/** Verbs that report one deed, done (建设高标准农田1.2万亩 / 新建高标准农田2.3万亩 / 今年建成的1.5万亩高标准农田). */
const DEEDS: readonly (readonly string[])[] = [['建设', '建成', '新建']];

function sameDeed(a: string, b: string): boolean {
  return a !== b && DEEDS.some((d) => d.includes(a) && d.includes(b));
}

/** Whether `clause` writes a verb of `verb`'s deed other than it (全年新建高标准农田 for 建成: 新建 is read into the thing, tagged a place). */
function deedIn(clause: string, verb: string): boolean {
  return DEEDS.some((d) => d.includes(verb) && d.some((w) => w !== verb && clause.includes(w)));
}

/**
 * Whether `b`, an attributive restatement, counts `a`'s measure with more words run on after it:
 * 新招聘的12名社区工作者群众工作经验不足 reads as 招聘/社区工作者群众, the measure 招聘社区工作者 and
 * what is said of it. Only a measure of three characters or more, with its verb or of four or more.
 */
function runsOn(a: Stated, b: Stated): boolean {
  return a.thing.length >= 3 && b.thing.length > a.thing.length && b.thing.startsWith(a.thing) && !!a.q && (!!a.q.verb || a.thing.length >= 4);
}

/**
 * Whether `b`, an attributive restatement, names `a`'s batch by its head noun under the same verb:
 * 公开招录专职网格员16名 … 新招录的15名网格员. The verb must be one that says what was done (not 完成、实现),
 * and the head three characters or more (网格员, not 干部).
 */
function byHead(a: Quantity, b: Quantity): boolean {
  return !!a.verb && a.verb === b.verb && !LIGHT_VERBS.has(a.verb) && b.thing.length >= 3 && a.thing.length > b.thing.length && a.thing.endsWith(b.thing);
}

/**
 * Whether `a` says what was done to its things after them (完成42个核心服务的容器化迁移: a light verb, the
 * count, its thing, 的 and the deed) and `b` restates the batch by that deed and the thing's head
 * (今年迁移的40个服务): the deed is the measure's verb, written last.
 */
function deedAfter(aText: string, a: Quantity, b: Quantity): boolean {
  if (!LIGHT_VERBS.has(a.verb) || !b.verb || LIGHT_VERBS.has(b.verb) || b.verb.length < 2 || !a.thingSpan) return false;
  if (b.thing.length < 2 || a.thing.length <= b.thing.length || !a.thing.endsWith(b.thing)) return false;
  const at = aText.indexOf(a.thing, a.to);
  if (at < 0 || at > a.to + 1) return false;
  const rest = aText.slice(at + a.thing.length, scanForward(aText, at + a.thing.length, CLAUSE_END));
  const k = rest.indexOf(b.verb);
  // (Only the deed closing the clause: 的, a modifier of up to six characters, the verb and at most 工作/任务.)
  return rest.startsWith('的') && k >= 1 && k <= 7 && DEED_CLOSES.test(rest.slice(k + b.verb.length)) && !DEED_MODIFIER_BREAK.test(rest.slice(1, k));
}
const DEED_CLOSES = /^(?:工作|任务)?\s*$/;
const DEED_MODIFIER_BREAK = /[的，,、]/;

/** Two figures of one head noun (惠及居民 / 涉及居民) whose sentences name two or more of the same things. */
function sameBatch(a: Stated, b: Stated): boolean {
  if (a.thing.length < 2 || b.thing.length < 2 || a.thing.slice(-2) !== b.thing.slice(-2)) return false;
  const bw = new Set(b.words);
  return new Set(a.words.filter((w) => bw.has(w))).size >= 2;
}

/** One measure's name ending the other's (产值 / 施工产值), the shorter of two characters or more. */
function nested(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 2 && l.endsWith(s);
}

/**
 * Whether `b`, a level reached or judged short (全年新开对公账户仅198户), names `a`'s measure in brief (新开对公结算账户
 * 218户): `a` with no verb of its own, or one `b`'s name opens with (走访规上工业企业 / 走访企业), the shorter name four
 * characters or more, in the longer one's order, the same last two; or `b`'s name, four characters or more, written right
 * before `a`'s figure, `a`'s thing read as its end (本科上线412人, read 上线).
 */
function shortOf(model: ReportModel, a: Stated, b: Stated): boolean {
  if (!b.short || !a.q || !b.q || (a.q.verb && !LIGHT_VERBS.has(a.q.verb) && !b.thing.startsWith(a.q.verb))) return false;
  // (本科上线412人 … 今年本科上线虽然达到408人: or the name written right before `a`'s figure, whatever its thing was read as.)
  if (b.thing.length >= 4 && a.thing.length < b.thing.length && b.thing.endsWith(a.thing)) {
    const text = model.blocks[a.q.blockIndex].text;
    if (text.slice(Math.max(0, a.q.from - b.thing.length), a.q.from) === b.thing) return true;
  }
  const [long, short] = a.thing.length >= b.thing.length ? [a.thing, b.thing] : [b.thing, a.thing];
  if (short.length < 4 || long.slice(-2) !== short.slice(-2) || (long.includes('非') && !short.includes('非'))) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k >= short.length;
}

// 现有注册护士486名 … 全院468名护士中…: a group named as all of the reporting body's (全院, 全校: a generic word)
// restates what there is of it, named in full before.
function wholeOfBody(cx: ConflictRun, a: Stated, b: Stated): boolean {
  if (
    a.stock !== true ||
    b.stock !== undefined ||
    !b.q ||
    !b.refersBack ||
    b.thing.length < 2 ||
    a.thing.length <= b.thing.length ||
    !a.thing.endsWith(b.thing)
  )
    return false;
  const text = cx.model.blocks[b.q.blockIndex].text;
  const lead = text.slice(Math.max(0, b.q.from - 6), b.q.from).trimEnd();
  if (cx.wholeBody.some((w) => lead.endsWith(w))) return true;
  // (支部现有党员23名 … 支部22名党员中: the body that has them, named right before the figure as before the stock.)
  const owner = a.thing.slice(0, a.thing.length - b.thing.length).replace(/(?:现有|共有|拥有|在册)$/, '');
  return owner.length >= 2 && owner !== a.thing.slice(0, a.thing.length - b.thing.length) && lead.endsWith(owner);
}

// 全年共开展主题党日活动12次 … 从全年十一次主题党日的签到情况看: a restatement with no verb and no attributive of
// its own names the measure by its thing alone, all of it (less a trailing 活动), four characters or more.
function thingAlone(model: ReportModel, a: Quantity, b: Quantity): boolean {
  if (b.verb || b.thing.length < 4 || bareOf(a.thing) !== bareOf(b.thing)) return false;
  const text = model.blocks[b.blockIndex].text;
  return !ATTRIBUTIVE_END.test(text.slice(scanBack(text, b.from, CLAUSE_END), b.from)) && !doneBy(model, a);
}
const ATTRIBUTIVE_END = /的\s*$/;

/**
 * Whether `a`'s thing, written before its figure, is qualified by what some of it did: a verb and 的 right before the
 * thing (全市接入的餐饮单位达到1.08万家) counts those that did it, not all of the thing a bare restatement names
 * (全市2.3万余家餐饮单位中).
 */
function doneBy(model: ReportModel, a: Quantity): boolean {
  const text = model.blocks[a.blockIndex].text;
  const at = text.lastIndexOf(a.thing, a.from - a.thing.length);
  if (at < 1 || a.from - at - a.thing.length > 4 || text[at - 1] !== '的') return false;
  const words = model.words(text.slice(scanBack(text, at, CLAUSE_END), at - 1));
  const w = words[words.length - 1];
  return !!w && w.word.length >= 2 && w.tag === 'v';
}

/** 把 right before a figure: what it counts is done to by the verb after it (把83个服务迁到…). */
const DISPOSAL = /把\s*$/;
const MOVED_TO = ['到', '至', '进', '入'];

/**
 * 全年把 60 个业务服务从物理机迁到容器平台 … 迁移的 62 个服务: a 把-figure's thing, what the verb after it did to them,
 * restated by that verb (its first character, then 到/至/进/入, said after the thing) and the thing's head.
 */
function movedBy(aText: string, a: Stated, b: Stated): boolean {
  if (!a.q || b.thing.length < 4 || !DISPOSAL.test(aText.slice(a.sentence, a.q.from))) return false;
  const verb = b.thing.slice(0, 2);
  const head = b.thing.slice(2);
  if (!a.thing.endsWith(head) || a.thing === head) return false;
  return a.purpose.includes(verb) || MOVED_TO.some((t) => a.purpose.includes(verb[0] + t));
}

/** 本科上线412人 … 本科上线人数达到421人: a measure of people named with 人数 is the same measure (two characters or more before it). */
function headcount(a: Stated, b: Stated): boolean {
  if (a.unit !== '人' || a.thing.length === b.thing.length) return false;
  const [long, short] = a.thing.length > b.thing.length ? [a.thing, b.thing] : [b.thing, a.thing];
  return short.length >= 2 && long === `${short}人数`;
}

/** All of an area's things, named by their number right after the area (全镇16个行政村). */
const AREA_BEFORE = /(?:全镇|全乡|全县|全市|全区|全省|全村|全街道|辖区)\s*$/;

/** The area a figure counts all the things of, written right before it ('' for none). */
function areaBefore(cx: ConflictRun, q: Quantity): string {
  const text = cx.model.blocks[q.blockIndex].text;
  return AREA_BEFORE.exec(text.slice(Math.max(0, q.from - 4), q.from))?.[0].trim() ?? '';
}

/**
 * 全镇16个行政村村集体经济收入… … 全镇15个行政村中…: all of one area's things, each time named right after the area,
 * one name running on into what is said of them (行政村村集体经济 read as one thing): the area's number of them, stated
 * twice. The shorter name three characters or more, opening the longer.
 */
export function areaWhole(cx: ConflictRun, a: Stated, b: Stated): boolean {
  if (!a.q || !b.q) return false;
  const [short, long] = a.thing.length <= b.thing.length ? [a.thing, b.thing] : [b.thing, a.thing];
  if (short.length < 3 || !long.startsWith(short)) return false;
  const area = areaBefore(cx, a.q);
  return area !== '' && area === areaBefore(cx, b.q);
}

/** Whether two figures of one unit and scope name one measure: the same name, or `b` restating `a`'s another way. */
/** Verbs that hold events, one for another: 组织集中学习20次 and 开展集中学习22次 count the same sessions. */
const HOLD = /^(?:组织|开展|举办|举行|召开)(?=[\u4e00-\u9fff]{2})/;
const EVENT_UNITS = new Set(['次', '场', '期', '轮']);

function sameEvents(a: Stated, b: Stated): boolean {
  return EVENT_UNITS.has(a.unit) && HOLD.test(a.thing) && HOLD.test(b.thing) && a.thing.slice(2) === b.thing.slice(2);
}

export function sameMeasure(cx: ConflictRun, a: Stated, b: Stated): boolean {
  return (
    a.thing === b.thing ||
    (!!b.refersBack && sameEvents(a, b)) ||
    headcount(a, b) ||
    (a.q && b.q
      ? (!!b.refersBack &&
          a.q.blockIndex !== b.q.blockIndex &&
          (briefer(cx.model.blocks[a.q.blockIndex].text, a.q, b.q) ||
            // (新增的1.18万户用户 restates 新增供水用户12,860户: the measures, verb and all, are the same in brief.)
            briefer(cx.model.blocks[a.q.blockIndex].text, a.q, b.q, a.thing, b.thing) ||
            // (新增限额以上商贸企业二十三家 … 新增的25家限上企业: 限上 is 限额以上 in brief.)
            abbreviated(cx.model.blocks[a.q.blockIndex].text, a.q, b.q) ||
            runsOn(a, b) ||
            byHead(a.q, b.q) ||
            // (办理报装业务1846户 … 上半年报装的1864户用户: one doing counted in households.)
            sameDoing(a.q, b.q) ||
            deedAfter(cx.model.blocks[a.q.blockIndex].text, a.q, b.q) ||
            wholeOfBody(cx, a, b) ||
            movedBy(cx.model.blocks[a.q.blockIndex].text, a, b) ||
            thingAlone(cx.model, a.q, b.q) ||
            areaWhole(cx, a, b) ||
            // (争取上级项目资金380万元 … 上级下拨的350万元项目资金: one transfer, named from its two ends.)
            oneTransfer(cx.model, a.q, b.q))) ||
        shortOf(cx.model, a, b)
      : a.exact || b.exact
        ? a.thing === b.thing
        : a.thing.endsWith(b.thing) || b.thing.endsWith(a.thing))
  );
}

/**
 * Whether two figures written with the same digits in another order (`longSwap`: four digits or more) name one
 * measure, one of them in brief: then the digits are a slip of the keys.
 *
 * 全年完成产值3.62亿元 … 全年累计完成施工产值3.26亿元: the same digits in another order, both the
 * year's whole, one measure named in brief inside the other's — a slip of the keys, not a part.
 * 3个老旧小区改造，惠及居民1126户 … 3个小区改造涉及的1162户居民中: a restatement of the batch (its
 * sentence naming two or more of the same things) with the same head and the digits transposed.
 */
export function transposedRestatement(a: Stated, b: Stated, longSwap: boolean): boolean {
  return (
    (a.whole && b.whole && nested(a.thing, b.thing)) ||
    // (全年共处理工单1,284个 … 上线后1,248个工单全部留痕: the year's whole restated, its thing named in brief.)
    (longSwap && (a.whole || b.whole) && nested(a.thing, b.thing)) ||
    // (全年新增信用卡客户3420户 … 信用卡业务…新增3240户中: the doing restated without its object, its
    // sentence naming the other's thing.)
    (longSwap && !!b.verbOnly && !!a.q && !!b.q && a.q.verb === b.q.verb && a.q.thing.length >= 2 && b.words.some((w) => a.q!.thing.includes(w))) ||
    // (排查各类安全隐患2137处 … 共排查隐患2173处: one doing, its thing named in brief.)
    (!!a.q && !!b.q && !!a.q.verb && a.q.verb === b.q.verb && !LIGHT_VERBS.has(a.q.verb) && nested(a.q.thing, b.q.thing)) ||
    // (住院分娩2136人 … 全年分娩量2163例: the year's whole of one doing, one of them named by the doing alone.)
    (longSwap &&
      (a.whole || b.whole) &&
      (!!a.verbOnly || !!b.verbOnly) &&
      !!a.q &&
      !!b.q &&
      !!a.q.verb &&
      a.q.verb === b.q.verb &&
      !LIGHT_VERBS.has(a.q.verb)) ||
    (!!b.refersBack && !!a.q && !!b.q && a.q.blockIndex !== b.q.blockIndex && sameBatch(a, b))
  );
}
