// numbers/conflict: what a figure's own sentence says about it — the measure it names, its scope and years,
// whether it claims the whole, refers back to a batch named before, is a part, a change, a plan or a rate (then it
// states no measure here at all) — worked out once per block.
import type { Quantity } from '../../figures/quantities.js';
import { isDelta } from '../../figures/breakdowns.js';
import { lowerBound } from '../../text/sorted.js';
import { wordStartingAt } from '../../figures/word-index.js';
import { scanBack, scanForward, afterLast, CLAUSE_END, SENTENCE_END } from '../../text/scan.js';
import { COLON_COMMA, SEMI_COMMA, outerSentence } from './sentence.js';
import { doingOnly, nameOf, targetName, netMeasure, objectBefore, verbBeforeList, measureOf } from './naming.js';
import { GROUP_TOTAL, CLOSED_LIST, aggregatesApart, measuresAfter } from './parts.js';
import { PLAN, leadScope, planYear } from './scopes.js';
import { type ConflictRun, wordsAt, isContent } from './context.js';

/** A figure's facts that its own block determines. */
export interface Local {
  /**
   * The measure it states (measureOf): named another way than by its thing when its sentence says so (a net change:
   * 存款净增). (Worked out here, once per block: a name built anew on every run is a new string to hash for every figure.)
   */
  measure: string;
  scope: string;
  years: string;
  whole: boolean;
  /** Content words of its sentence before it. */
  words: string[];
  sentence: number;
  outer?: number;
  purpose: string;
  refersBack: boolean;
  stock?: boolean;
  subset?: string;
  verbOnly?: boolean;
  thisYear?: boolean;
  net?: boolean;
  short?: boolean;
}

// (整个项目只做了7次: the whole of the project a review is of, as 全年 is the year's.)
const WHOLE = /全年|今年|本年|共|累计|总计|合计|总数|整个(?:项目|周期)/;
/** A change right after the figure (增加20名, 提高到…): sticky, read from the figure's end. */
const CHANGE_AFTER = /[^，,；;。]{0,4}(?:增|减|提高|下降|上升|降|到|至)/y;
/** Verbs that move things to a place (137个服务迁移到K8s): their 到 names where, not a new level. */
const MOVED_TO = /(?:迁移|迁|转移|搬迁|部署|推广|延伸|下沉|接入|上线|选派|派驻|输送)(?:到|至)$/;

function changeAfter(text: string, at: number): boolean {
  CHANGE_AFTER.lastIndex = at;
  const m = CHANGE_AFTER.exec(text);
  return !!m && !MOVED_TO.test(m[0]);
}
/** A rate per head, household or month (每人每月补贴300元, 人均收入, 300元/人): not a total. */
const PER_UNIT_LEAD = /(?:每|人均|户均|平均|单价|标准为)[^，,；;。]{0,6}$/;
const PER_UNIT_AFTER = /^(?:\/|／|每)/;
const MEASURE_UNIT = /米|公里|吨|亩|公顷|瓦/;
/** What closes a 从… frame saying where a view comes from: 从…的复盘情况看, 从…来看, 从…分析. */
const FROM_VIEW = /^[^，,；;。]{0,20}?(?:来看|看|来说|分析|可以看出|可见)\s*$/;
/** What closes a 从… frame saying what some were picked out of: 从…活动中评选出, 从…名申报人中. */
const FROM_AMONG = /^[^，,；;。到至]{0,16}?中(?![国央心])(?:[，,]?(?:评选|遴选|选出|选拔|推选|择优|挑选|抽取|抽选|筛选|评出|推荐|确定|产生))/;
/** This year's level as the base of a plan: 较今年的4100批次, 比本年. */
const THIS_YEAR_BASE = /(?:较|比)(?:今年|本年度?|当年)(?:的)?\s*$/;

/** A clause lead before a figure that opens it: nothing, an item's number, or the year (全年, 今年). */
const OPENS_WITH_FIGURE =
  /^\s*(?:(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|[①-⑳])\s*)?(?:全年|今年|本年|年内)?\s*$/;

/** An attributive naming what is already done: 新建成的, 新落成的, 已投用的. */
const DONE_BATCH = /(?:新[\u4e00-\u9fff]?成|已[\u4e00-\u9fff]{1,3})的\s*$/;

/** 全镇 / 全县 / 辖区 right before a figure: all the area's things of a kind. */
const ALL_OF_AREA = /(?:全镇|全乡|全县|全市|全区|全省|全村|全街道|辖区)\s*$/;
/** A clause opened by all of an area (，全县186家…): nothing else before the figure. */
const AREA_CLAUSE = /^\s*(?:全镇|全乡|全县|全市|全区|全省|全村|全街道|辖区)\s*$/;
/** Taking part, the whole of what follows a figure and its thing to the clause's end: 参与, 参加, 报名参加. */
const TOOK_PART = /^\s*(?:报名)?(?:参与|参加|加入|响应)\s*$/;

/** What there is: 辖区各类经营主体, 现有党员. */
// (…覆盖已建成的38.6万亩高标准农田: what is built already, in all, against what was built this year.)
const STOCK = /(?:现有|辖区|辖|拥有|共有|在册|存量|各类)[\u4e00-\u9fff]{0,8}$|已(?:建成|建好|投用|投运|投入使用)的\s*$/;
/** What was added or taken off in the year: 新登记, 新增, 注销. */
const FLOW = /(?:新增|新登记|新注册|新设立|新建|新招|新发展|新认定|新引进|新接入|注销|净增)[\u4e00-\u9fff]{0,8}$/;

/** An attributive naming a condition some of the thing meet: 没有物业的, 尚未改造的, 存在隐患的 (the condition, 的 and nothing after). */
const SUBSET = /((?:没有|尚未|仍未|未(?!成年)|暂无|无(?!偿)|不具备|不符合|不满足|存在|仍有)[\u4e00-\u9fff]{1,8})的\s*$/;

/** This year's level as the base of a plan, before the figure: 在今年建成, 在2025年建成 (a year written out must be the one before the plan’s). */
const BASE_YEAR = /在(?:今年|本年度?|((?:19|20)[0-9]{2})年)[\u4e00-\u9fff]{1,8}$/;

/** 在今年(已)…, 在本年度… right before a figure taken as a base: this year's level. */
const YEAR_BASE = /在(?:今年|本年度?)[\u4e00-\u9fff]{1,8}$/;

/** Units of events: 7次疏散演练 names what the events were right after the figure. */
const EVENT_AFTER = new Set(['次', '场', '轮']);

/**
 * The doing a count of events names right after it, up to its clause's end: 7次疏散演练， → 疏散演练 (two to eight
 * characters of nouns and verbs, no more than three words); '' when anything else follows.
 */
function eventNamed(cx: ConflictRun, text: string, q: Quantity): string {
  const ix = wordsAt(cx, text);
  const first = wordStartingAt(ix, q.to);
  if (first < 0) return '';
  let k = first;
  while (k < ix.words.length && k - first < 3 && /^(?:n|vn|v)$/.test(ix.words[k].tag) && /^[\u4e00-\u9fff]+$/.test(ix.words[k].word)) k++;
  const end = k < ix.words.length ? ix.start[k] : text.length;
  const name = text.slice(q.to, end);
  return name.length >= 2 && name.length <= 8 && k > first && /^(?:[，,。；;]|$)/.test(text.slice(end, end + 1)) ? name : '';
}

/**
 * The doing done (已, 已经) or done this year, right before a figure whose thing and 的基础上 follow it: 在已建档4286户农户的
 * 基础上 → 建档 (two characters).
 */
const BASE_DONE = /在(?:已经?|今年|本年度?)([\u4e00-\u9fff]{2})\s*$/;

/** The thing right after a figure taken as a base: 6项授权专利的基础上. */
const BASE_THING = /^\s*([\u4e00-\u9fff]{2,8}?)的基础上/;

/** The thing after a money figure that a sentence splits: 28.8亿元营业收入中，. */
const AMONG_THING = /^\s*([\u4e00-\u9fff]{2,6}?)中[，,]/;

/** 实际 after a target, past a dash or a comma: what was done against it (KR2：用例数达到 500 条 —— 实际 438 条). */
const ACTUAL = /(?:——|—|－|-{2}|[，,；;])\s*实际(?:完成|达到|达成|为|是)?\s*$/;

/**
 * A measure's level reached short of what was wanted, the measure opening the clause: 单元测试用例只写到 483 条,
 * 覆盖页面仅做到 96 个 (只/仅/才, one verb character at most, 到/至); or judged short, the year before it at most:
 * 全年新开对公账户仅198户 (仅, 仅有, 只有; not 不仅, and not 才, which closes 人才); or granted before a but, the
 * same way: 全年受理投诉虽然达到 1,260 件，但… (虽, 虽然, 已 or not, then 达到 / 达).
 */
/** 以建设“书香城市”为目标: the aim the work was done for, framing a sentence of what was done. */
const AIM_FRAME = /以[^，,；;。]{1,24}为(?:目标|抓手|重点)[，,]?/g;
/** A measure held at a level: 粮食播种面积稳定在, 出生率保持在. */
const HELD_AT = /^\s*(?:全[县市区镇乡]|全年|今年|本年)?([\u4e00-\u9fff]{2,8}?)\s*(?:稳定在|保持在|维持在|稳定于|保持于)\s*$/;
const SHORT_LEVEL =
  /^\s*(?:[0-9０-９]{1,2}[.．、]\s*|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]\s*)?(?:全年|今年|本年)?((?:[A-Za-z0-9]+\s*)?[\u4e00-\u9fff]{2,8}?)\s*(?:(?:只|仅|才)[\u4e00-\u9fff]?(?:到|至)|仅有|只有|(?<![不仅])仅|虽然?(?:已经?)?达到?)\s*$/;

/** An ordinal naming a batch, a session or a round: 第二期, 第3批, 第十届. */
const ORDINAL = /第\s*[0-9０-９一二三四五六七八九十百]+\s*[期批届轮次季个]/g;

/** What `q`'s sentence in block text `text` says of it (`qs`: the block's figures); null when it states no measure here. */
export function localFacts(cx: ConflictRun, text: string, q: Quantity, qs: Quantity[]): Local | null {
  if (q.kind === 'percent' || q.kind === 'points') return null;
  const s = scanBack(text, q.from, SENTENCE_END);
  const net = q.value !== undefined ? netMeasure(cx, text, q, qs, s) : undefined;
  // 在今年获得6项授权专利的基础上: the thing a base figure counts, when the reader took none (授权 read as a verb).
  const baseThing = q.thing.length < 2 && !net && q.verb ? BASE_THING.exec(text.slice(q.to))?.[1] : undefined;
  // (全年28.8亿元营业收入中，经营性收入…: a base figure written before its thing, the group a sentence goes on to split.)
  const amongThing = q.thing.length < 2 && !net && !baseThing ? AMONG_THING.exec(text.slice(q.to, q.to + 12))?.[1] : undefined;
  const lead = text.slice(s, q.from);
  // 计划抽检不少于4500批次，较今年的4100批次增加400批次: the base a plan is set against is this year's
  // level, restated; it counts what the figure before it in its sentence counts.
  let base: Quantity | undefined;
  if (q.thing.length < 2 && THIS_YEAR_BASE.test(lead))
    for (const x of qs) if (x !== q && x.from >= s && x.to <= q.from && x.unit === q.unit && (x.thing.length >= 2 || doingOnly(x))) base = x;
  // 在今年建成24个的基础上，明年计划新建村级文化广场20个: this year's level as the base of the plan after it, in the
  // plan's sentence; it counts what the plan's figure counts.
  if (!base && q.thing.length < 2 && text.startsWith('的基础上', q.to)) {
    const y = BASE_YEAR.exec(lead);
    if (y && (!y[1] || planYear(cx, q.start) === Number(y[1]) + 1)) {
      const end = scanForward(text, q.to, SENTENCE_END);
      base = qs.find((x) => x.from > q.to && x.to <= end && x.unit === q.unit && (x.thing.length >= 2 || doingOnly(x)));
      // (全年新增市场主体1300户以上，在2025年新增1268户的基础上再上台阶: or the plan's figure before it, the base's verb
      // its own or written in its clause — 新增注册志愿者.)
      if (!base && q.verb)
        for (const x of qs)
          if (x.from >= s && x.to <= q.from && x.unit === q.unit && x.thing.length >= 2)
            if (x.verb === q.verb || text.slice(scanBack(text, x.from, CLAUSE_END), x.from).includes(q.verb)) base = x;
    }
  }
  const baseName = base ? nameOf(base) : '';
  // KR2：单元测试用例数达到 500 条 —— 实际 438 条: the figure after 实际 is what was done of the target's measure.
  let target: Quantity | undefined;
  if (!net && !base && ACTUAL.test(lead))
    for (const x of qs) if (x !== q && x.from >= s && x.to <= q.from && x.unit === q.unit && x.thing.length >= 2 && x.thing !== '实际') target = x;
  // 单元测试用例只写到 483 条: the measure opening the clause, reached short of what was wanted.
  const short = !net && !base && !target && !q.thing && !/由|从/.test(lead) ? SHORT_LEVEL.exec(lead.slice(afterLast(lead, COLON_COMMA))) : null;
  // (全县粮食播种面积稳定在52.6万亩: the measure opening the clause, held at a level.)
  const held = !net && !base && !target && !short && !q.thing && !/由|从/.test(lead) ? HELD_AT.exec(lead.slice(afterLast(lead, COLON_COMMA))) : null;
  const reached = target ? targetName(text, target) : short ? short[1] : held ? held[1] : '';
  const level = reached ? reached.replace(/\s+/g, '').replace(/(?:数量|数)$/, '') : '';
  // (在县内企业就业的517人: a doing with no object, restated by 的, is often some of those who did it.)
  // (全年分娩量2163例: 量 alone after a doing is the volume of that doing, named by the doing.)
  const doing = !base && !net && !baseThing && !amongThing && !level && (doingOnly(q) || (q.thing === '量' && doingOnly({ ...q, thing: '' })));
  // (实施老旧小区改造9个: a doing whose object is written before it names the measure with it — 改造老旧小区.)
  const object = doing ? objectBefore(cx, text, q, s) : '';
  const verbOnly = doing && !object;
  // (帮助企业解决用工、融资、用地等问题86个: the doing before a 、-list closed by 等 is what the thing after it counts.)
  const listed = !q.verb && !doing && !net && !level && !base && !baseThing && !amongThing ? verbBeforeList(cx, text, q, s) : '';
  // (整个项目只做了7次疏散演练，: events counted with no thing before them, the doing right after them to the clause's end.)
  const eventAfter =
    !q.thing && !net && !baseThing && !amongThing && !base && !doing && !level && !listed && EVENT_AFTER.has(q.unit) ? eventNamed(cx, text, q) : '';
  if (q.thing.length < 2 && !net && !baseThing && !amongThing && !base && !doing && !level && !eventAfter) return null;
  // (深化三项制度改革: a count in Chinese numerals before its thing, the thing running straight on into a doing — 改革 —
  // names a programme by what it covers, as 三会一课 does; it says nothing of how many of the thing were dealt with.)
  if (q.thing && !/[0-9０-９]/.test(q.raw) && text.startsWith(q.thing, q.to)) {
    const ix = wordsAt(cx, text);
    const k = wordStartingAt(ix, q.to + q.thing.length);
    if (k >= 0 && ix.words[k].tag === 'vn' && ix.words[k].word.length >= 2) return null;
  }
  // (新增的1.18万户用户 names the batch added, restated: 新增 before 的 is no change of a level.)
  // (新增3240户中激活率…: the batch added, split by 中, is named as 新增的 names it; a change is no group.)
  const addedBatch = /新增的\s*$/.test(lead) || (/新增\s*$/.test(lead) && /^中(?![国央心])/.test(text.slice(q.to)));
  // (从全年5次应急演练的复盘情况看: 从…看 frames where a view comes from; the figure is no starting level.)
  const fromAt = /(?:由|从)[^，,；;。]{0,8}$/.test(lead);
  // (从全年开展的463场活动中评选出…: 从…中 frames what some were picked out of, as much a view of a batch reported before.)
  const framed = fromAt ? text.slice(q.to, scanForward(text, q.to, CLAUSE_END)) : '';
  const view = fromAt && (FROM_VIEW.test(framed) || FROM_AMONG.test(framed));
  const from = fromAt && !view;
  if (net ? from : (isDelta(text, q) && !addedBatch && !base) || from || (changeAfter(text, q.to) && !base)) return null;
  const clauseLead = lead.slice(afterLast(lead, COLON_COMMA));
  // Breakdown parts: after 其中/分别 in the sentence, or right after a 、 (一等奖10名、二等奖30名).
  // Targets and plans (目标、计划、KR…) are not what was done.
  // (确保新建成的48个站点稳定运营: a batch already done — 新…成的, 已…的 — named inside a plan is no target.)
  // (以建设“书香栾坞”为目标，推进…，全年到馆读者18.6万人次: an aim framing the sentence says what the work was for.)
  if (PLAN.test(lead.replace(AIM_FRAME, '')) && !DONE_BATCH.test(lead) && !base && !target) return null;
  // (存款净增37900万元、贷款净增28500万元: net changes each named in full are no parts of one whole.)
  // (在商超、景区、餐饮等领域创建示范单位十七家: a list closed by 等 that says where, with no figure of its own, is no list of parts.)
  const clauseStart = q.from - clauseLead.length;
  const noFigure = !qs.some((x) => x !== q && x.from >= clauseStart && x.to <= q.from);
  // (开展新技术、新项目23项: names joined by 、 right before the figure, none with a figure of its own, are
  // what it counts together.)
  const lastName = clauseLead.slice(clauseLead.lastIndexOf('、') + 1);
  const joint = noFigure && q.thing.length >= 2 && lastName.length <= q.thing.length + 1 && lastName.endsWith(q.thing);
  // (桂园、樟园、竹园3个小区改造涉及的1162户: the names are the 3个's list, closed by that figure, not parts of this one.)
  const lastDun = clauseStart + clauseLead.lastIndexOf('、');
  const countedList = qs.some((x) => x !== q && x.from > lastDun && x.to <= q.from && /^、[\u4e00-\u9fff]{1,8}$/.test(text.slice(lastDun, x.from)));
  const whereList = (CLOSED_LIST.test(clauseLead) && noFigure) || joint || countedList;
  // (新发放贷款1286户、金额5.8亿元: the measures of one thing listed, the next of another unit and named, are
  // no parts of a whole; 一等奖10名、二等奖30名 lists parts of one measure.)
  const dunAfter = text.charCodeAt(q.to) === 0x3001; /* 、 */
  const otherMeasureAfter = dunAfter && measuresAfter(text, q, qs);
  const partsAfter = dunAfter && !otherMeasureAfter;
  // (营业收入42.6亿元、利润总额3.18亿元: the figure right before the 、 counts another aggregate; this one is no part.)
  const prevAggregate = qs.find((x) => x.to <= lastDun && /^\s*$/.test(text.slice(x.to, lastDun)));
  const ownAggregate = !!prevAggregate && aggregatesApart(prevAggregate.thing, q.thing);
  if (/其中|分别|包括|含/.test(lead) || (!net && ((clauseLead.includes('、') && !whereList && !ownAggregate) || partsAfter))) return null;
  // …其中保华镇…救助资金25380元；大河镇…救助资金33866元；…: parts go on past a semicolon.
  // (…其中七年级548人、…；教职工152人，其中专任教师131人: unless the figure opens a split of its own — a whole again.)
  if (
    /[；;]/.test(text.slice(Math.max(0, s - 1), s)) &&
    /其中|分别/.test(text.slice(Math.max(text.lastIndexOf('。', q.from), 0), q.from)) &&
    !/^\s*[，,]\s*其中/.test(text.slice(q.to))
  )
    return null;
  const after = text.slice(q.to, q.to + 2);
  // A figure taken as the base of what follows restates a total already given: 在今年新增就业5300人的
  // 基础上, 营收3.4亿元中约六成…, 占全年营收3.4亿元的两成.
  // (Only its first characters are read: a slice of the block's whole rest for every figure cost more than the rest of this.)
  let restAt = q.to;
  while (restAt < text.length && /\s/.test(text.charAt(restAt))) restAt++;
  const rest = text.slice(restAt, restAt + 8);
  const ix0 = wordsAt(cx, text);
  const next = wordStartingAt(ix0, restAt);
  // (在已建档4286户农户的基础上: this year's level, its thing after it and its doing before, as the base of a plan.)
  const thingBase = q.thing.length >= 2 && !q.verb && rest.startsWith(`${q.thing}的基础上`) ? BASE_DONE.exec(lead)?.[1] : undefined;
  const asBase =
    rest.startsWith('的基础上') ||
    !!thingBase ||
    !!baseThing ||
    !!amongThing ||
    // (新增3240户中激活率…: the segmenter may glue 中 to the unit — 户中 — and then no word starts at it.)
    (rest.startsWith('中') &&
      ((next >= 0 && ix0.words[next].word === '中') || /^中[约有近超逾，,]/.test(rest) || (next < 0 && !/^中[国央心层期小型级学医药]/.test(rest)))) ||
    (/占[^，,；;。]*$/.test(clauseLead) && rest.startsWith('的')) ||
    // (今年1268名毕业生中，…: the group a sentence goes on to split, named by its count and thing.)
    // (全校93名教职工中45岁以上的有41人: or any group a sentence picks some out of.)
    (q.thing.length >= 2 && text.startsWith(q.thing, q.to) && /^中(?![国央心层期小型级学医药华文])/.test(text.slice(q.to + q.thing.length)));
  // 投资8亿元的不锈钢项目: an amount or size attributed to something else, not a total of its own
  // (换届党组织76个的选举结果 still counts the 党组织).
  if (
    !asBase &&
    ((after.startsWith('的') && (q.kind === 'money' || MEASURE_UNIT.test(q.unit))) || PER_UNIT_AFTER.test(after) || PER_UNIT_LEAD.test(clauseLead))
  )
    return null;
  // What follows the figure (and the thing it counts) up to the clause's end: its purpose or object.
  const tail = q.to + (text.startsWith(q.thing, q.to) ? q.thing.length : 0);
  // (…386万户、历史交易数据约21亿条: the next measure of a 、-list is no purpose of this one.)
  const purpose = otherMeasureAfter ? '' : text.slice(tail, Math.min(scanForward(text, tail, CLAUSE_END), tail + 12));
  // 仍有27家会员单位未缴纳会费 / 有12名党员受到表彰: 有, the figure, its thing and what they did count
  // those of the thing that did it, not the thing.
  // (5名专任教师在市级评比中获奖: so does a clause, or an item, the figure opens — unless they all did it: 15名网格员全部参加….)
  if (
    !amongThing &&
    text.startsWith(q.thing, q.to) &&
    /^\s*[\u4e00-\u9fff]/.test(purpose) &&
    !/^\s*(?:等|的)/.test(purpose) &&
    (/有\s*$/.test(clauseLead) || (OPENS_WITH_FIGURE.test(clauseLead) && !/^\s*(?:中|全部|全都|均|都|全)/.test(purpose)))
  )
    return null;
  let scope = leadScope(cx, text, s, q.from);
  const years = lead.includes('年') ? (lead.match(/(?:19|20)[0-9]{2}年/g) ?? []).sort().join('|') : '';
  // The content words of the sentence up to the figure (the block's words, segmented once per block).
  const words: string[] = [];
  const ix = wordsAt(cx, text);
  // (处理工单 1,284 个 read as 处/理工/单: a word running into the thing written right before the figure is part of
  // it, as the thing's own words are.)
  let thingAt = q.from;
  while (thingAt > s && text.charCodeAt(thingAt - 1) === 0x20) thingAt--;
  thingAt = q.thing && text.startsWith(q.thing, thingAt - q.thing.length) ? thingAt - q.thing.length : q.from;
  // From the first word starting at or after the sentence to the last ending by the figure (or the thing before it).
  // (一是对公业务基础仍较薄弱，全年新开对公账户仅198户: of a level reached or judged short, its measure named in full
  // opening the clause, only that clause: the problem named before it makes it no other quantity.)
  for (let k = lowerBound(ix.start, short ? clauseStart : s); k < ix.words.length && ix.start[k + 1] <= thingAt; k++) {
    const w = ix.words[k];
    // (A net change's words name it as its thing does: 存款余额…较年初净增.)
    if (
      isContent(cx, w) &&
      !q.thing.includes(w.word) &&
      !net?.named.includes(w.word) &&
      !(level && reached.includes(w.word)) &&
      !object.includes(w.word) &&
      !(thingBase && w.word.includes(thingBase))
    )
      words.push(w.word);
  }
  // 第二期培训班…学员四十名 / 第三期培训班…学员35名: an ordinal names which batch, as a noun would.
  for (const o of lead.match(ORDINAL) ?? []) words.push(o.replace(/\s+/g, ''));
  // 新招聘的12名社区工作者: an attributive figure refers back to a batch already named; what its
  // sentence says around it (a problem, a plan) does not make it another quantity.
  // 推动全镇25个行政村…: all of an area's things, named by their number, restate what it has.
  // 从全年5次应急演练的复盘情况看: what a view is taken from was reported before.
  const refersBack = asBase || view || !!base || /的\s*$/.test(lead) || ALL_OF_AREA.test(lead);
  // 四大节会合计接待游客145万人次 / 以上三项共计…: a total over a group its clause names is not the whole's.
  if (GROUP_TOTAL.test(clauseLead)) scope = scope ? `${scope}|分组` : '分组';
  // (新增各类市场主体 is an addition: what was added is said last.)
  // (新增“四上”企业: a kind's name in quotes is a word of the thing like any other.)
  const plainLead = clauseLead.includes('“') ? clauseLead.replace(/[“”]/g, '') : clauseLead;
  const stock = FLOW.test(plainLead) ? false : STOCK.test(plainLead) ? true : undefined;
  // (走访慰问困难党员、老党员7名: kinds of the thing, each named with it and qualified, joined before the figure
  // count those kinds only. 新技术、新项目23项 names two things counted together.)
  const kinds = joint && clauseLead.includes('、') && lastName.length > q.thing.length && clauseLead.split('、').every((n) => n.endsWith(q.thing));
  // (全县186家会员单位参与: the area's things opening the clause, then taking part closing it, are those of them that took part.)
  const tookPart = AREA_CLAUSE.test(clauseLead) && text.startsWith(q.thing, q.to) && TOOK_PART.test(purpose) ? purpose.trim() : undefined;
  const subset = SUBSET.exec(clauseLead)?.[1] ?? (kinds ? lastName : tookPart);
  // (One shape for every figure, absent fields undefined: spreads of optional parts built a new,
  // slower shape per combination, for one in every few figures of a draft.)
  return {
    measure: measureOf(
      cx,
      text,
      q,
      net
        ? net.measure
        : level ||
            eventAfter ||
            amongThing ||
            (thingBase ? thingBase + q.thing : undefined) ||
            (baseThing ? q.verb + baseThing : base ? baseName : object ? q.verb + object : verbOnly ? q.verb : listed ? listed + q.thing : undefined),
    ),
    scope,
    years,
    whole: WHOLE.test(lead.slice(afterLast(lead, SEMI_COMMA))),
    words,
    sentence: s,
    outer: outerSentence(text, s),
    purpose,
    refersBack,
    stock,
    subset: subset || undefined,
    verbOnly: verbOnly || base?.thing === '' ? true : undefined,
    // (在今年已完成授信村41个的基础上: the plan's base is this year's level, said again.)
    thisYear: base || (asBase && YEAR_BASE.test(lead)) ? true : undefined,
    net: net ? true : undefined,
    short: short ? true : undefined,
  };
}
