// numbers/conflict: the same quantity — same thing counted, same verb, same unit,
// same scope — stated with different values in one document (87名 on page one,
// 85名 on page three). Compatible approximations (6100余 / 6000多) are not
// conflicts. Figures of a GFM table (this year's column) count too.
//
// Precision guards: breakdown parts (其中…), changes (增加20名) and prior-year
// figures (去年/上年/由…) never take part; two figures whose sentences (and
// outline items) each name something the other does not are different quantities.
import { isRecord, plainFields, range } from '../explain.js';
import { type Check, optionsSchema, stringList } from '../rule.js';
import type { Draft, OutlineNode } from '../types.js';
import type { Quantity } from '../figures/quantities.js';
import { isDelta } from '../figures/breakdowns.js';
import { readTables } from '../figures/tables.js';
import { lowerBound } from '../text/sorted.js';
import { wordIndex, wordAt, wordBoundary, wordEndingAt, wordStartingAt, type WordIndex } from '../figures/word-index.js';
import { scanBack, scanForward, afterLast, CLAUSE_END, SENTENCE_END } from '../text/scan.js';
import type { Stated } from './conflict/stated.js';
import { COLON_COMMA, SEMI_COMMA, outerSentence } from './conflict/sentence.js';
import { digitsKeyed, transposed } from './conflict/digits.js';
import { LIGHT_VERBS, unitKin, NEW_REGISTER, SHORT_FORMS, NEW_THING, doingOnly, asWritten, nameOf, volumeOf, plainOf, targetName } from './conflict/naming.js';
import { briefer, abbreviated, bareOf, sameDoing, runsOn, byHead, deedAfter, shortOf, sameBatch, nested } from './conflict/restatements.js';
import { GROUP_TOTAL, CLOSED_LIST, measuresAfter, itemOfBreakdown } from './conflict/parts.js';
import { cellsRestated, tableFigure, headCountCells, sentenceStates } from './conflict/tables.js';
import { PLAN, AREA_BEFORE_YEAR, MONTHS, halfOpening, scopeFinder, titlePeriods } from './conflict/scopes.js';
import { rateLevels } from './conflict/rates.js';
import { amongOf, echoes } from './conflict/evidence.js';
import { TITLE_FIELD, FIELD_TITLE, BASIC_FACTS, BODY_END, nodeOf, sameCampaign, namesOther } from './conflict/context-words.js';

export const CONFLICT_DEFAULTS = {
  /** Words that make a figure a part or a different scope. */
  scopeWords: [
    '上半年',
    '下半年',
    '一季度',
    '二季度',
    '三季度',
    '四季度',
    '第一季度',
    '第二季度',
    '第三季度',
    '第四季度',
    '去年',
    '上年',
    '同期',
    '截至',
    // (截止2025年12月20日: the common miswriting of 截至, as much a date a stock is counted at.)
    '截止',
    '累计',
    '开累',
    '历年',
    '以来',
    '首批',
    '近三年',
    '近五年',
    '其中',
    '当月',
    '本月',
    '月份',
    '线上',
    '线下',
    // (省外市场新签合同额 is a part of the year's 新签合同额, named by where.)
    '省内',
    '省外',
    '市外',
    '县外',
    '境内',
    '境外',
    '国内',
    '国外',
    '海外',
    '全县',
    '全市',
    '全省',
    '全区',
    '全镇',
    '全乡',
    '本单位',
    '机关',
    // (集团本级实现营业收入9.8亿元 after the group's consolidated 42.3亿元: the parent alone, a part of it.)
    '本级',
    '本部',
  ],
  /** Content words too general to tell two quantities apart. */
  // (全院、全校、全行: the reporting body as a whole, as 全年 is the whole year.)
  // (全体: all of the thing, as 全院 is all of the body.)
  generic: ['工作', '情况', '方面', '活动', '全年', '今年', '年度', '单位', '部门', '全院', '全校', '全行', '全体'],
};

/** Figures of one unit and scope: all of them, the tables', and the prose ones by thing and verb. */
interface Group {
  all: number[];
  /** The last figure of the group that refers back, if any. */
  lastBack?: number;
  tables?: number[];
  things: Map<string, Map<string, number[]>>;
  /** The year's-whole prose figures (and those with a verb of their own) by their digits in order (transposed() pairs come from one list). */
  digits?: Map<string, number[]>;
}

/** A figure's facts that its own block determines. */
interface Local {
  /** The measure when the figure names it another way than by its thing (a net change: 存款净增). */
  measure?: string;
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

const EVENT_UNITS = new Set(['次', '场', '期', '轮', '批', '人次', '户次', '件次', '场次', '课时', '学时', '天', '小时']);
const WHOLE = /全年|今年|本年|共|累计|总计|合计|总数/;
/** A change right after the figure (增加20名, 提高到…): sticky, read from the figure's end. */
const CHANGE_AFTER = /[^，,；;。]{0,4}(?:增|减|提高|下降|上升|降|到|至)/y;
/** Verbs that move things to a place (137个服务迁移到K8s): their 到 names where, not a new level. */
const MOVED_TO = /(?:迁移|迁|转移|搬迁|部署|推广|延伸|下沉|接入|上线|选派|派驻|输送)(?:到|至)$/;

function changeAfter(text: string, at: number): boolean {
  CHANGE_AFTER.lastIndex = at;
  const m = CHANGE_AFTER.exec(text);
  return !!m && !MOVED_TO.test(m[0]);
}
const CONTENT = new Set(['n', 'nz', 'nt', 'ns', 'nr', 'l', 'j', 'ng']);
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

/** Tags of the words that name a doing's object written before it: 小区/n, 户厕/x (a word the segmenter does not know is mostly a noun). */
const OBJECT_NOUN = /^(?:n|nz|nt|ns|j|l|x)$/;

/** An attributive naming what is already done: 新建成的, 新落成的, 已投用的. */
const DONE_BATCH = /(?:新[\u4e00-\u9fff]?成|已[\u4e00-\u9fff]{1,3})的\s*$/;

/** 全镇 / 全县 / 辖区 right before a figure: all the area's things of a kind. */
const ALL_OF_AREA = /(?:全镇|全乡|全县|全市|全区|全省|全村|全街道|辖区)\s*$/;
/** What there is: 辖区各类经营主体, 现有党员. */
const STOCK = /(?:现有|辖区|辖|拥有|共有|在册|存量|各类)[\u4e00-\u9fff]{0,8}$/;
/** What was added or taken off in the year: 新登记, 新增, 注销. */
const FLOW = /(?:新增|新登记|新注册|新设立|新建|新招|新发展|新认定|新引进|新接入|注销|净增)[\u4e00-\u9fff]{0,8}$/;

/** An attributive naming a condition some of the thing meet: 没有物业的, 尚未改造的, 存在隐患的 (the condition, 的 and nothing after). */
const SUBSET = /((?:没有|尚未|仍未|未(?!成年)|暂无|无(?!偿)|不具备|不符合|不满足|存在|仍有)[\u4e00-\u9fff]{1,8})的\s*$/;

/** A paragraph that sums up the year just reported, in the past tense all through (no plan or future word). */
const RECAP =
  /^(?:总的来说|总之|综上所述|综上|总体来看|回顾全年|回顾一年来)[，,][^。；;！!]*?(?:今年|全年|本年|(?:19|20)[0-9]{2}年)(?![^。；;！!]*(?:明年|来年|下一步|下阶段|力争|计划|争取|确保|预计|目标|将(?:继续|进一步|全力|着力|加快|持续)))/;

/** The thing right after a figure taken as a base: 6项授权专利的基础上. */
const BASE_THING = /^\s*([\u4e00-\u9fff]{2,8}?)的基础上/;

/** A net change right before the figure: 存款净增 / 较年初净增. */
const NET = /(净(?:增|减))(?:加|少)?(?:了)?\s*$/;
const NET_SINCE = /(?:较|比)(?:年初|上年末|年初以来)\s*净(?:增|减)(?:加|少)?(?:了)?\s*$/;
/** A balance's change since the start of the year, 净 said or not: 较年初增加 is its net increase. */
const SINCE_START = /(?:较|比)(?:年初|上年末|年初以来)\s*(?:净)?(增|减)(?:加|少)?(?:了)?\s*$/;
/** 较年初 / 比上年末 opening a change since the start of the year (the words before it name the balance). */
const SINCE_WORDS = /(?:较|比)(?:年初|上年末|年初以来)\s*$/;
/** Tags of the words that name what a net change is of: 移动/vn 客户/n, 普惠小微/x 贷款/n. */
const NET_NAME = /^(?:n|nz|vn|j|l|x|b)$/;
/** 实际 after a target, past a dash or a comma: what was done against it (KR2：用例数达到 500 条 —— 实际 438 条). */
const ACTUAL = /(?:——|—|－|-{2}|[，,；;])\s*实际(?:完成|达到|达成|为|是)?\s*$/;

/**
 * A measure's level reached short of what was wanted, the measure opening the clause: 单元测试用例只写到 483 条,
 * 覆盖页面仅做到 96 个 (只/仅/才, one verb character at most, 到/至); or judged short, the year before it at most:
 * 全年新开对公账户仅198户 (仅, 仅有, 只有; not 不仅, and not 才, which closes 人才); or granted before a but, the
 * same way: 全年受理投诉虽然达到 1,260 件，但… (虽, 虽然, 已 or not, then 达到 / 达).
 */
const SHORT_LEVEL =
  /^\s*(?:[0-9０-９]{1,2}[.．、]\s*|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]\s*)?(?:全年|今年|本年)?((?:[A-Za-z0-9]+\s*)?[\u4e00-\u9fff]{2,8}?)\s*(?:(?:只|仅|才)[\u4e00-\u9fff]?(?:到|至)|仅有|只有|(?<![不仅])仅|虽然?(?:已经?)?达到?)\s*$/;

/** A level's name less what makes it a level: 存款余额 → 存款. */
const LEVEL_NAME_END = /(?:余额|规模|总量|总额|总数)$/;

/** An ordinal naming a batch, a session or a round: 第二期, 第3批, 第十届. */
const ORDINAL = /第\s*[0-9０-９一二三四五六七八九十百]+\s*[期批届轮次季个]/g;

export const numbersConflictCheck: Check = {
  name: 'numbers-conflict',
  rules: [
    {
      id: 'numbers/conflict',
      title: '同一数据前后不一致',
      titleEn: 'The same figure is stated with different values',
      rationale: '同一项数据（如“新发展党员”）在前文写87名、后文写85名，读者无从判断哪个是对的。约数（6100余 / 6000多）能相容的不报。',
      defaultSeverity: 'error',
      fixable: false,
      options: optionsSchema({
        scopeWords: stringList('表示不同统计口径的词（上半年、去年、其中……）'),
        generic: stringList('过于笼统、不用于区分两项数据的词'),
      }),
      example: { bad: '全年新发展党员87名。……严格发展程序，发展党员85名。', good: '全年新发展党员87名。……严格发展程序，发展党员87名。' },
      explain(d) {
        if (!Array.isArray(d.values)) return plainFields(d);
        const vs = d.values.filter(isRecord).map((v) => `${String(v.raw)}（${range(v.min, v.max)}）`);
        return [`同一数据“${String(d.thing ?? '')}”前后写法：${vs.join(' 与 ')}`];
      },
    },
  ],
  run(model, ctx) {
    const opts = ctx.options('numbers/conflict', CONFLICT_DEFAULTS);
    const generic = new Set(opts.generic);
    const wholeBody = opts.generic.filter((w) => w.length === 2 && w.startsWith('全') && w !== '全年');
    const stated: Stated[] = [];
    // (Length first: most words are one character.)
    const content = (w: { word: string; tag: string }) => w.word.length >= 2 && CONTENT.has(w.tag) && !generic.has(w.word);
    // What a figure's own sentence says about it, worked out once per block text.
    // Sorted once: the scope words a lead holds come out of it already in order.
    const scopeWords = [...opts.scopeWords].sort();
    const scopesIn = scopeFinder(scopeWords);
    // Each block's words with their starts, looked up by binary search (not a walk from the block's start per figure).
    let ixText = '';
    let ixMemo: WordIndex | undefined;
    const wordsAt = (text: string): WordIndex => {
      if (!ixMemo || ixText !== text) {
        ixMemo = wordIndex(model.words(text));
        ixText = text;
      }
      return ixMemo;
    };
    /**
     * A net change names a measure of its own (存款净增37900万元), and so does one stated against the start
     * of the year right after its level (存款余额30.42亿元，较年初净增3.72亿元 — 存款净增): the level's name
     * less 余额/规模. Any other change says nothing of which measure it is.
     */
    const netMeasure = (text: string, q: Quantity, qs: Quantity[], s: number): { measure: string; named: string } | undefined => {
      const lead = text.slice(s, q.from);
      const m = NET.exec(lead);
      // (存款余额30.42亿元，较年初增加3.72亿元: a balance's change since the start of the year is its net change, 净 or not.)
      const since = m ? undefined : SINCE_START.exec(lead);
      if (!m && !since) return undefined;
      const verb = m ? m[1] : '净' + since![1];
      let at = q.from - (m ?? since)![0].length + (since ? since[0].search(/(?:净)?[增减]/) : 0);
      if (since || NET_SINCE.test(lead)) {
        let level: Quantity | undefined;
        for (const x of qs) if (x.to <= at && x.from >= s && x.kind === q.kind && x.unit === q.unit) level = x;
        if (level && /^[，,]\s*(?:较|比)(?:年初|上年末|年初以来)\s*$/.test(text.slice(level.to, at))) {
          // (各项存款余额 and 存款 name one balance: 各项 says every kind of it.)
          const name = level.thing.replace(LEVEL_NAME_END, '').replace(/^各[项类]/, '');
          return name.length >= 2 ? { measure: name + verb, named: level.thing } : undefined;
        }
        // (全年存款较年初净增3.51亿元: with no level before it, the nouns right before 较年初 name the balance.)
        const w = SINCE_WORDS.exec(text.slice(s, at));
        if (!w) return undefined;
        at -= w[0].length;
      }
      // The nouns right before it, up to three words (移动/客户净增 and 宽带/客户净增 are two measures).
      const ix = wordsAt(text);
      const last = wordEndingAt(ix, at);
      let k = last;
      while (
        k >= 0 &&
        last - k < 3 &&
        k >= lowerBound(ix.start, s) &&
        NET_NAME.test(ix.words[k].tag) &&
        /^[\u4e00-\u9fff]+$/.test(ix.words[k].word) &&
        !generic.has(ix.words[k].word)
      )
        k--;
      if (k === last) return undefined;
      let name = '';
      for (let j = k + 1; j <= last; j++) name += ix.words[j].word;
      return name.length >= 2 ? { measure: name + verb, named: name } : undefined;
    };
    /**
     * The object of a doing written before the verb that ends right before the figure (实施老旧小区改造9个 → 老旧小区):
     * up to three nouns, two characters or more, '' when there are none.
     */
    const objectBefore = (text: string, q: Quantity, s: number): string => {
      const ix = wordsAt(text);
      const gap = /(?:了)?(?:共计|累计|共)?\s*$/.exec(text.slice(s, q.from))![0].length;
      const v = wordEndingAt(ix, q.from - gap);
      if (v < 0 || ix.words[v].word !== q.verb) return '';
      let k = v - 1;
      while (
        k >= 0 &&
        v - 1 - k < 3 &&
        ix.start[k] >= s &&
        OBJECT_NOUN.test(ix.words[k].tag) &&
        /^[\u4e00-\u9fff]+$/.test(ix.words[k].word) &&
        !generic.has(ix.words[k].word)
      )
        k--;
      let name = '';
      for (let j = k + 1; j < v; j++) name += ix.words[j].word;
      return name.length >= 2 ? name : '';
    };
    /**
     * The verb right before a 、-list of short items closed by 等 that ends at `q`'s thing, right before `q`
     * (帮助企业解决用工、融资、用地等问题86个 → 解决), '' when there is none.
     */
    const verbBeforeList = (text: string, q: Quantity, s: number): string => {
      const at = q.from - q.thing.length;
      if (q.thing.length < 2 || !text.startsWith(q.thing, at) || text.charAt(at - 1) !== '等') return '';
      const clause = scanBack(text, at, CLAUSE_END);
      const dun = text.indexOf('、', Math.max(s, clause));
      if (dun < 0 || dun >= at) return '';
      const ix = wordsAt(text);
      for (let k = wordAt(ix, dun - 1), n = 0; k >= 0 && ix.start[k] >= Math.max(s, clause) && n < 3; k--, n++) {
        if (ix.words[k].tag !== 'v' || ix.words[k].word.length < 2) continue;
        const items = text.slice(ix.start[k + 1], at - 1).split('、');
        return items.length >= 2 && items.every((x) => /^[\u4e00-\u9fff]{1,6}$/.test(x)) ? ix.words[k].word : '';
      }
      return '';
    };
    /**
     * Whether every time `w` is written in text[s, e) it runs across two words, from inside one into the middle of the next
     * (特控线/上线 holds 线上 but says nothing of online): letters that happen to spell a scope word name no scope.
     */
    const straddles = (text: string, s: number, e: number, w: string): boolean => {
      const ix = wordsAt(text);
      for (let at = text.indexOf(w, s); at >= 0 && at + w.length <= e; at = text.indexOf(w, at + 1)) {
        const k = wordAt(ix, at);
        if (k >= 0 && ix.start[k + 1] >= at + w.length) return false;
        if (wordBoundary(ix, at + w.length)) return false;
      }
      return true;
    };
    const prepare = (text: string, q: Quantity, qs: Quantity[]): Local | null => {
      if (q.kind === 'percent' || q.kind === 'points') return null;
      const s = scanBack(text, q.from, SENTENCE_END);
      const net = q.value !== undefined ? netMeasure(text, q, qs, s) : undefined;
      // 在今年获得6项授权专利的基础上: the thing a base figure counts, when the reader took none (授权 read as a verb).
      const baseThing = q.thing.length < 2 && !net && q.verb ? BASE_THING.exec(text.slice(q.to))?.[1] : undefined;
      const lead = text.slice(s, q.from);
      // 计划抽检不少于4500批次，较今年的4100批次增加400批次: the base a plan is set against is this year's
      // level, restated; it counts what the figure before it in its sentence counts.
      let base: Quantity | undefined;
      if (q.thing.length < 2 && THIS_YEAR_BASE.test(lead))
        for (const x of qs) if (x !== q && x.from >= s && x.to <= q.from && x.unit === q.unit && (x.thing.length >= 2 || doingOnly(x))) base = x;
      const baseName = base ? nameOf(base) : '';
      // KR2：单元测试用例数达到 500 条 —— 实际 438 条: the figure after 实际 is what was done of the target's measure.
      let target: Quantity | undefined;
      if (!net && !base && ACTUAL.test(lead))
        for (const x of qs) if (x !== q && x.from >= s && x.to <= q.from && x.unit === q.unit && x.thing.length >= 2 && x.thing !== '实际') target = x;
      // 单元测试用例只写到 483 条: the measure opening the clause, reached short of what was wanted.
      const short = !net && !base && !target && !q.thing && !/由|从/.test(lead) ? SHORT_LEVEL.exec(lead.slice(afterLast(lead, COLON_COMMA))) : null;
      const reached = target ? targetName(text, target) : short ? short[1] : '';
      const level = reached ? reached.replace(/\s+/g, '').replace(/(?:数量|数)$/, '') : '';
      // (在县内企业就业的517人: a doing with no object, restated by 的, is often some of those who did it.)
      // (全年分娩量2163例: 量 alone after a doing is the volume of that doing, named by the doing.)
      const doing = !base && !net && !baseThing && !level && (doingOnly(q) || (q.thing === '量' && doingOnly({ ...q, thing: '' })));
      // (实施老旧小区改造9个: a doing whose object is written before it names the measure with it — 改造老旧小区.)
      const object = doing ? objectBefore(text, q, s) : '';
      const verbOnly = doing && !object;
      // (帮助企业解决用工、融资、用地等问题86个: the doing before a 、-list closed by 等 is what the thing after it counts.)
      const listed = !q.verb && !doing && !net && !level && !base && !baseThing ? verbBeforeList(text, q, s) : '';
      if (q.thing.length < 2 && !net && !baseThing && !base && !doing && !level) return null;
      // (深化三项制度改革: a count in Chinese numerals before its thing, the thing running straight on into a doing — 改革 —
      // names a programme by what it covers, as 三会一课 does; it says nothing of how many of the thing were dealt with.)
      if (q.thing && !/[0-9０-９]/.test(q.raw) && text.startsWith(q.thing, q.to)) {
        const ix = wordsAt(text);
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
      if (net ? from : (isDelta(text, q) && !addedBatch) || from || (changeAfter(text, q.to) && !base)) return null;
      const clauseLead = lead.slice(afterLast(lead, COLON_COMMA));
      // Breakdown parts: after 其中/分别 in the sentence, or right after a 、 (一等奖10名、二等奖30名).
      // Targets and plans (目标、计划、KR…) are not what was done.
      // (确保新建成的48个站点稳定运营: a batch already done — 新…成的, 已…的 — named inside a plan is no target.)
      if (PLAN.test(lead) && !DONE_BATCH.test(lead) && !base && !target) return null;
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
      if (/其中|分别|包括|含/.test(lead) || (!net && ((clauseLead.includes('、') && !whereList) || partsAfter))) return null;
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
      const ix0 = wordsAt(text);
      const next = wordStartingAt(ix0, restAt);
      const asBase =
        rest.startsWith('的基础上') ||
        !!baseThing ||
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
        text.startsWith(q.thing, q.to) &&
        /^\s*[\u4e00-\u9fff]/.test(purpose) &&
        !/^\s*(?:等|的)/.test(purpose) &&
        (/有\s*$/.test(clauseLead) || (OPENS_WITH_FIGURE.test(clauseLead) && !/^\s*(?:中|全部|全都|均|都|全)/.test(purpose)))
      )
        return null;
      // 上半年…，全年…: a later 全年/今年 resets the scope of what follows it.
      // (…and so does half the year opening a clause: 2025年上半年，我局围绕全区安全发展大局…，上半年累计检查… is scoped by
      // the half-year alone; the area an earlier clause names is of its own words.)
      const reset = lead.includes('年') ? Math.max(lead.lastIndexOf('全年'), lead.lastIndexOf('今年'), lead.lastIndexOf('本年'), halfOpening(lead)) : -1;
      // (全区全年排查… / 今年全区共排查…: the area right before the year is of the same scope as after it.)
      const scoped = reset >= 0 ? lead.slice(reset >= 2 && AREA_BEFORE_YEAR.test(lead.slice(reset - 2, reset)) ? reset - 2 : reset) : lead;
      let scope = '';
      // (全年累计完成 is the year's total, not a total since the start: 累计 right after the year is no scope.)
      // (Nor right after part of the year: 上半年累计检查 is the half-year's total, scoped by 上半年 alone.)
      const inScope = scoped.includes('累计') ? scoped.replace(/(全年|今年|本年|年内|上半年|下半年|季度)累计/g, '$1') : scoped;
      for (const w of scopesIn(inScope)) if (!straddles(text, s, q.from, w)) scope = scope ? `${scope}|${w}` : w;
      // (1-9月，… / 前三季度… / 至9月末…: part of the year, named by its months.)
      // (Every form ends in 月 or 季度: a lead without either is not tried — the class of 一…十 it
      // opens with holds the commonest characters of a report.)
      const months = inScope.includes('月') || inScope.includes('季') ? MONTHS.exec(inScope) : null;
      if (months) scope = scope ? `${scope}|${months[0]}` : months[0];
      const years = lead.includes('年') ? (lead.match(/(?:19|20)[0-9]{2}年/g) ?? []).sort().join('|') : '';
      // The content words of the sentence up to the figure (the block's words, segmented once per block).
      const words: string[] = [];
      const ix = wordsAt(text);
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
        if (content(w) && !q.thing.includes(w.word) && !net?.named.includes(w.word) && !(level && reached.includes(w.word)) && !object.includes(w.word))
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
      const subset = SUBSET.exec(clauseLead)?.[1] ?? (kinds ? lastName : undefined);
      // (One shape for every figure, absent fields undefined: spreads of optional parts built a new,
      // slower shape per combination, for one in every few figures of a draft.)
      return {
        measure: net
          ? net.measure
          : level || (baseThing ? q.verb + baseThing : base ? baseName : object ? q.verb + object : verbOnly ? q.verb : listed ? listed + q.thing : undefined),
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
        thisYear: base ? true : undefined,
        net: net ? true : undefined,
        short: short ? true : undefined,
      };
    };
    const titleWords = new Map<OutlineNode, string[]>();
    const titleOf = (node: OutlineNode) => {
      let w = titleWords.get(node);
      if (!w)
        titleWords.set(
          node,
          // (A heading that names a project or product in Latin letters — VitePress, EasyPicker — tells
          // its figures from another project's as much as a Chinese name does.)
          // (一、基本情况 / 总体情况: a part stating the body's basic facts names no field of its own.)
          (w = BASIC_FACTS.test(node.title)
            ? []
            : model
                .words(node.title)
                .filter((x) => content(x) || (x.tag === 'eng' && x.word.length >= 2))
                .map((x) => x.word)),
        );
      return w;
    };
    // 金桥社区党委书记…述职报告 … 社区新发展党员4名: the reporting body the title names, as the subject
    // opening the figure's clause, is the scope of every figure, as 全院 is; naming it in one sentence
    // and not in another tells no two quantities apart. (完成心血管介入手术 in 心血管内科's report names a kind.)
    const opensClause = (q: Quantity, w: string): boolean => {
      const text = model.blocks[q.blockIndex].text;
      const lead = text.slice(scanBack(text, q.from, CLAUSE_END), q.from);
      const subject = lead.trimStart().replace(/^(?:全年|今年|本年|年内)/, '');
      const k = subject.indexOf(w);
      return k >= 0 && body!.includes(subject.slice(0, k + w.length));
    };
    let body: string | undefined;
    const bodyName = (): string => {
      if (body !== undefined) return body;
      const first = model.blocks.find((b) => b.text.trim());
      const title =
        first && (first.kind === 'heading' || model.preamble.includes(first)) && first.text.length <= 50 && !/[。；;，,]/.test(first.text) ? first.text : '';
      return (body = title.slice(0, Math.max(0, title.search(BODY_END))));
    };
    const ownWords = (x: Stated): readonly string[] => (x.q && bodyName() ? x.words.filter((w) => !(body!.includes(w) && opensClause(x.q!, w))) : x.words);
    const contextOf = (x: Stated): readonly string[] => {
      if (x.context) return x.context;
      const node = x.q && nodeOf(model, x.q.start);
      // (用例只写到 483 条: a level reached short, its measure named in full opening the clause — the item it stands
      // in, a problem, names no other quantity.)
      const fromTitle = node && !x.short ? titleOf(node).filter((w) => !x.thing.includes(w)) : [];
      const own = ownWords(x);
      return (x.context = fromTitle.length ? own.concat(fromTitle) : own);
    };
    // (A transposed figure restated in the problems part: the problem its item is titled by names no other quantity.)
    const swappedContext = (x: Stated): readonly string[] => (x.q && !x.refersBack && inProblems(x.q.start) ? ownWords(x) : contextOf(x));
    // 3.卫生健康方面。支出3.06亿元 / 4.农林水方面。支出3.9亿元: two items of one list, each titled with the field
    // it covers, count the same measure for different fields (the titles' adjectives and verbal nouns count here).
    const fieldWords = new Map<OutlineNode, string[]>();
    const fieldsOf = (node: OutlineNode) => {
      let w = fieldWords.get(node);
      if (!w)
        fieldWords.set(
          node,
          (w = model
            .words(node.title)
            .filter((x) => (content(x) || TITLE_FIELD.test(x.tag)) && x.word.length >= 2 && !generic.has(x.word))
            .map((x) => x.word)),
        );
      return w;
    };
    const siblingFields = (a: Quantity, b: Quantity): boolean => {
      const na = nodeOf(model, a.start);
      const nb = nodeOf(model, b.start);
      // (The report's own parts — 一、成绩 / 二、问题 — are no partition of a measure: only items below them.)
      // (Items titled by what they do — 抓实基层建设 / 抓实服务发展 — may well restate one measure: only fields, 教育方面 / 医疗卫生领域.)
      if (!na || !nb || na === nb || !na.parent || na.parent !== nb.parent || na.rank !== nb.rank) return false;
      if (!FIELD_TITLE.test(na.title) || !FIELD_TITLE.test(nb.title)) return false;
      const fa = fieldsOf(na).filter((w) => !a.thing.includes(w));
      const fb = fieldsOf(nb).filter((w) => !b.thing.includes(w));
      return namesOther(fa, new Set(fb)) && namesOther(fb, new Set(fa));
    };
    /** Whether the items `a` and `b` stand in are titled with a word in common (城区供水 / 农村供水). */
    const titledAlike = (a: Quantity, b: Quantity): boolean => {
      const na = nodeOf(model, a.start);
      const nb = nodeOf(model, b.start);
      if (!na || !nb || na === nb) return !!na && na === nb;
      const tb = new Set(titleOf(nb));
      return titleOf(na).some((w) => tb.has(w));
    };
    // The next-steps part states targets (新改建农村公路30公里), not what was done.
    const plans = model.sectionNodes.filter((n) => n.section === 'next');
    const problems = model.sectionNodes.filter((n) => n.section === 'problems');
    const inProblems = (at: number) => problems.some((n) => at >= n.start && at < n.end);
    const inPlans = (at: number) => plans.some((n) => at >= n.start && at < n.end);
    /** The year the plan part holding `at` is for (三、2026年工作打算 → 2026), if its title names one. */
    const planYear = (at: number): number | undefined => {
      const n = plans.find((x) => at >= x.start && at < x.end);
      const ys = n ? [...n.title.matchAll(/((?:19|20)[0-9]{2})年/g)].map((m) => Number(m[1])) : [];
      return ys.length ? Math.max(...ys) : undefined;
    };
    // 供电公司2025年上半年工作总结 … 上半年新装的2164户: the period the title names is every figure's, as 全年 is
    // a yearly report's; written before a restatement (…的2164户), it tells it from no batch named before.
    // (Only there: two figures of their own, one named by the period, keep the scopes that set them apart.)
    const titled = titlePeriods(model, scopeWords);
    const scopeOf = (scope: string): string =>
      titled.length && scope
        ? scope
            .split('|')
            .filter((w) => !titled.includes(w))
            .join('|')
        : scope;
    const all = model.quantities;
    for (let k = 0; k < all.length;) {
      // The figures of one block are consecutive.
      let e = k + 1;
      while (e < all.length && all[e].blockIndex === all[k].blockIndex) e++;
      const qs = all.slice(k, e);
      k = e;
      const block = model.blocks[qs[0].blockIndex];
      if (block.kind === 'tableRow' || itemOfBreakdown(model, qs[0].blockIndex)) continue;
      // (总的来说，2025年支行存款净增…: a paragraph summing up the year restates the past, wherever it stands;
      // the item it happens to follow does not name its figures.)
      const recap = RECAP.test(block.text);
      const planned = inPlans(qs[0].start) && !recap;
      const locals = ctx.perBlock(block, 'stated', () => qs.map((q) => prepare(block.text, q, qs)));
      qs.forEach((q, i) => {
        const l = locals[i];
        // The measure is the verb and its object together: 新发展党员 (one word) and 发展/党员, 招聘的12名社区工作者 and 招聘社区工作者.
        // (发展新党员 is 新发展党员 said the other way round: the verb already says they are new.)
        // (新登记市场主体368户 counts what 新增市场主体386户 does: a new registration is what is added.)
        const verb = NEW_REGISTER.test(q.verb) && block.text.slice(scanBack(block.text, q.from, CLAUSE_END), q.from).includes('新' + q.verb) ? '新增' : q.verb;
        // (全校教职工97人 … 全校93名教职工: the reporting body as a whole — 全校, 全院, a generic word — names no measure.)
        const own = plainOf(volumeOf(wholeBody.reduce((t, w) => (t.startsWith(w) && t.length - w.length >= 2 ? t.slice(w.length) : t), q.thing)));
        const thing = verb && !LIGHT_VERBS.has(verb) && NEW_THING.test(own) ? own.slice(1) : own;
        const said = LIGHT_VERBS.has(verb) || thing.startsWith(verb) ? thing : verb + thing;
        const measure = l?.measure ?? SHORT_FORMS.get(said) ?? said;
        // A plan's figures are targets; one that refers back (对新发展的2名党员) still restates the past, and so
        // does one whose sentence names only years before the plan's (三、2026年工作打算 … 2025年全院共开展…21项).
        const past = planned && !!l?.years && l.years.split('|').every((y) => Number(y.slice(0, 4)) < (planYear(q.start) ?? 0));
        if (l && (!planned || l.refersBack || past))
          stated.push({
            q,
            span: q,
            raw: q.raw,
            thing: measure,
            verb: '',
            // (2025届毕业生共1286人 … 今年1268名毕业生: people are counted by 人 and 名 alike.)
            unit: unitKin(q.unit),
            min: q.min,
            max: q.max,
            scope: scopeOf(l.scope),
            ...(scopeOf(l.scope) !== l.scope ? { ownScope: l.scope } : {}),
            years: l.years,
            inTable: false,
            whole: l.whole,
            words: l.words,
            sentence: l.sentence,
            outer: l.outer,
            purpose: l.purpose,
            // (A past figure restated under a plan item is not named by the plan's title.)
            context: l.refersBack ? [] : recap || past ? l.words : undefined,
            refersBack: l.refersBack,
            stock: l.stock,
            subset: l.subset,
            ...(l.verbOnly ? { verbOnly: true } : {}),
            ...(l.thisYear ? { thisYear: true } : {}),
            ...(l.net ? { net: true } : {}),
            ...(l.short ? { short: true } : {}),
          });
      });
    }
    for (const t of readTables(model)) {
      if (t.curr === undefined) {
        for (const x of headCountCells(t)) stated.push(x);
        continue;
      }
      for (const r of t.rows) {
        const c = r.cells[t.curr];
        const unit = r.unit || c?.unit || '';
        if (!c || c.value === undefined || c.percent || !unit || r.label.length < 2) continue;
        // 住院手术台次 | 3,860 names what the prose counts as 住院手术3,860台次: the unit ending the label is not the thing.
        const named = r.label.replace(/^(?:新|全年|本年)/, '');
        const thing = volumeOf(r.unit && named.endsWith(r.unit) && named.length - r.unit.length >= 2 ? named.slice(0, -r.unit.length) : named);
        stated.push(tableFigure(c, c.unit ? c.text : `${c.text}${unit}`, thing, unitKin(unit), c.value));
      }
    }
    // In document order: the later of two figures is the one reported, a table's as much as the prose's.
    stated.sort((x, y) => x.span.start - y.span.start);
    // A table's cell restated in prose by its row and column: 反欺诈模型 M2 … AUC 为 0.861.
    const out: Draft[] = cellsRestated(model);
    // Only figures with the same unit and scope can pair up, and two prose figures only
    // when they count the same thing with the same verb: index those groups so a long
    // report stays linear. Nested maps keyed by the strings themselves, not joined keys:
    // a joined key is a new string each run, to be hashed again.
    // Figures a transposed one may pair with: the year's whole, or what a verb of its own says was done.
    // (And any figure of four digits or more: those a slip of the keys may have swapped, kept in their own list.)
    const byDigits = (x: Stated) => x.whole || (!!x.q?.verb && !LIGHT_VERBS.has(x.q.verb)) || digitsKeyed(x).digits.replace('.', '').length >= 4;
    const byUnit = new Map<string, Map<string, Group>>();
    const groups = stated.map((x, k) => {
      let byScope = byUnit.get(x.unit);
      if (!byScope) byUnit.set(x.unit, (byScope = new Map()));
      let g = byScope.get(x.scope);
      if (!g) byScope.set(x.scope, (g = { all: [], things: new Map() }));
      g.all.push(k);
      if (x.refersBack || x.short) g.lastBack = k;
      if (x.q) {
        let byVerb = g.things.get(x.thing);
        if (!byVerb) g.things.set(x.thing, (byVerb = new Map()));
        const list = byVerb.get(x.verb);
        if (list) list.push(k);
        else byVerb.set(x.verb, [k]);
        if (byDigits(x)) {
          const key = digitsKeyed(x).key;
          const same = (g.digits ??= new Map()).get(key);
          if (same) same.push(k);
          else g.digits.set(key, [k]);
        }
      } else (g.tables ??= []).push(k);
      return g;
    });
    const candidates = (i: number): number[] => {
      const x = stated[i];
      const g = groups[i];
      if (!x.q) return g.all;
      // A figure that refers back may name its batch more briefly: look at every figure of its unit and scope.
      if (x.refersBack || (g.lastBack ?? -1) > i) return g.all;
      const same = g.things.get(x.thing)?.get(x.verb) ?? [];
      // (Only figures with other digits: a repeated figure with the same digits is no transposition, and a
      // figure not of `x`'s thing pairs with `x` only as one — none refers back after `x` here.)
      const dx = byDigits(x) ? digitsKeyed(x) : undefined;
      const swapped = dx ? (g.digits?.get(dx.key) ?? []).filter((j) => digitsKeyed(stated[j]).digits !== dx.digits && !same.includes(j)) : [];
      return g.tables || swapped.length ? [...same, ...(g.tables ?? []), ...swapped].sort((p, q) => p - q) : same;
    };
    /** Whether a prose figure before `a` counts `b`'s thing in `b`'s unit with `b`'s value (the reader may have set it aside as a stated measure). */
    // (The earliest exact prose figure of each thing, unit and value, worked out once: asking every figure of the
    // draft for each pair made a 100,000-character draft a quarter slower.)
    // (Maps by thing, unit and value in turn: no key string is built for each figure.)
    let earliest: Map<string, Map<string, Map<number, number>>> | undefined;
    const earliestOf = (): Map<string, Map<string, Map<number, number>>> => {
      const m = new Map<string, Map<string, Map<number, number>>>();
      for (const c of model.quantities) {
        // (Only what agreesEarlier asks about: a thing of two characters or more.)
        if (c.value === undefined || c.approx || c.thing.length < 2 || model.blocks[c.blockIndex].kind === 'tableRow') continue;
        let byUnit = m.get(c.thing);
        if (!byUnit) m.set(c.thing, (byUnit = new Map()));
        let byValue = byUnit.get(c.unit);
        if (!byValue) byUnit.set(c.unit, (byValue = new Map()));
        const at = byValue.get(c.value);
        if ((at === undefined || c.start < at) && !isDelta(model.blocks[c.blockIndex].text, c)) byValue.set(c.value, c.start);
      }
      return m;
    };
    // 现有注册护士486名 … 全院468名护士中…: a group named as all of the reporting body's (全院, 全校: a generic word)
    // restates what there is of it, named in full before.
    const wholeOfBody = (a: Stated, b: Stated): boolean => {
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
      const text = model.blocks[b.q.blockIndex].text;
      const lead = text.slice(Math.max(0, b.q.from - 3), b.q.from).trimEnd();
      return wholeBody.some((w) => lead.endsWith(w));
    };
    // 全年共开展主题党日活动12次 … 从全年十一次主题党日的签到情况看: a restatement with no verb and no attributive of
    // its own names the measure by its thing alone, all of it (less a trailing 活动), four characters or more.
    const thingAlone = (a: Quantity, b: Quantity): boolean => {
      if (b.verb || b.thing.length < 4 || bareOf(a.thing) !== bareOf(b.thing)) return false;
      const text = model.blocks[b.blockIndex].text;
      return !/的\s*$/.test(text.slice(scanBack(text, b.from, CLAUSE_END), b.from));
    };
    // (Asked only of pairs about to be reported, but a long draft has a thousand of those: the prose figures are
    // indexed by sentence and measure once, on the first question, rather than scanned for each.)
    let beside: Map<string, Stated[]> | undefined;
    const besideKey = (blockIndex: number, sentence: number, x: Stated) => `${blockIndex}|${sentence}|${x.thing}|${x.unit}|${x.min}|${x.max}`;
    const restatesBeside = (a: Stated, b: Stated): boolean => {
      if (!a.q) return false;
      if (!beside) {
        beside = new Map();
        for (const c of stated) {
          if (!c.q) continue;
          const k = besideKey(c.q.blockIndex, c.sentence, c);
          const list = beside.get(k);
          if (list) list.push(c);
          else beside.set(k, [c]);
        }
      }
      return (beside.get(besideKey(a.q.blockIndex, a.sentence, b)) ?? []).some((c) => c !== a);
    };

    const among = new Map<Stated, number | null>();
    /** The lead of `q`'s clause, opening with the year (全年门急诊量达), with no other figure in it. */
    const yearClause = (q: Quantity): boolean => {
      const text = model.blocks[q.blockIndex].text;
      const lead = text.slice(scanBack(text, q.from, CLAUSE_END), q.from);
      return /^\s*(?:全年|今年|本年)/.test(lead) && !/[0-9０-９]/.test(lead);
    };
    /** The content words of `q`'s clause before it, less those of its thing. */
    const clauseWords = (q: Quantity): string[] => {
      const text = model.blocks[q.blockIndex].text;
      return model
        .words(text.slice(scanBack(text, q.from, CLAUSE_END), q.from))
        .filter((w) => content(w) && !q.thing.includes(w.word))
        .map((w) => w.word);
    };
    /** A figure's context as swappedContext has it, less the words of its sentence's earlier clauses. */
    const clauseContext = (x: Stated): readonly string[] => {
      const own = new Set(clauseWords(x.q!));
      const earlier = new Set(x.words.filter((w) => !own.has(w)));
      return swappedContext(x).filter((w) => own.has(w) || !earlier.has(w));
    };
    const agreesEarlier = (a: Stated, b: Stated): boolean => {
      const q = b.q!;
      if (q.value === undefined || q.thing.length < 2) return false;
      if (b.earliest === undefined) b.earliest = (earliest ??= earliestOf()).get(q.thing)?.get(q.unit)?.get(q.value) ?? null;
      return b.earliest !== null && b.earliest < a.span.start;
    };
    for (let i = 0; i < stated.length; i++) {
      const list = candidates(i);
      // The lists are in document order: start after i (a group can hold hundreds of figures).
      const a = stated[i];
      for (let k = lowerBound(list, i + 1); k < list.length; k++) {
        const b = stated[list[k]];
        if (b.reported) continue;
        if (a.unit !== b.unit || a.scope !== b.scope) continue;
        if (!a.refersBack && !b.refersBack && (a.ownScope ?? a.scope) !== (b.ownScope ?? b.scope)) continue;
        if (a.years && b.years && a.years !== b.years) continue;
        const sameThing =
          a.thing === b.thing ||
          (a.q && b.q
            ? (!!b.refersBack &&
                a.q.blockIndex !== b.q.blockIndex &&
                (briefer(model.blocks[a.q.blockIndex].text, a.q, b.q) ||
                  // (新增的1.18万户用户 restates 新增供水用户12,860户: the measures, verb and all, are the same in brief.)
                  briefer(model.blocks[a.q.blockIndex].text, a.q, b.q, a.thing, b.thing) ||
                  // (新增限额以上商贸企业二十三家 … 新增的25家限上企业: 限上 is 限额以上 in brief.)
                  abbreviated(model.blocks[a.q.blockIndex].text, a.q, b.q) ||
                  runsOn(a, b) ||
                  byHead(a.q, b.q) ||
                  // (办理报装业务1846户 … 上半年报装的1864户用户: one doing counted in households.)
                  sameDoing(a.q, b.q) ||
                  deedAfter(model.blocks[a.q.blockIndex].text, a.q, b.q) ||
                  wholeOfBody(a, b) ||
                  thingAlone(a.q, b.q))) ||
              shortOf(a, b)
            : a.exact || b.exact
              ? a.thing === b.thing
              : a.thing.endsWith(b.thing) || b.thing.endsWith(a.thing));
        // 全年完成产值3.62亿元 … 全年累计完成施工产值3.26亿元: the same digits in another order, both the
        // year's whole, one measure named in brief inside the other's — a slip of the keys, not a part.
        // 3个老旧小区改造，惠及居民1126户 … 3个小区改造涉及的1162户居民中: a restatement of the batch (its
        // sentence naming two or more of the same things) with the same head and the digits transposed.
        const digitsSwapped = transposed(a, b);
        // Four digits or more in another order are hardly two measures that happen to share them: a slip of the keys.
        const longSwap = digitsSwapped && digitsKeyed(a).digits.replace('.', '').length >= 4;
        const swapped =
          !sameThing &&
          digitsSwapped &&
          ((a.whole && b.whole && nested(a.thing, b.thing)) ||
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
            (!!b.refersBack && !!a.q && !!b.q && a.q.blockIndex !== b.q.blockIndex && sameBatch(a, b)));
        if (!sameThing && !swapped) continue;
        // (A doing without its object — 抽检4250批次 — is one measure only with a figure restating it.)
        if ((a.verbOnly || b.verbOnly) && !b.thisYear && !swapped) continue;
        if (a.verb && b.verb && a.verb !== b.verb) continue;
        if (a.inTable !== b.inTable && !swapped) {
          const [t, p] = a.inTable ? [a, b] : [b, a];
          // 完成22个系统接入统一身份认证 beside a table's 承载业务系统 87: a bare head noun and what those did
          // count the ones that did it, not the table's measure named in full.
          if (p.thing !== t.thing && /^\s*[\u4e00-\u9fff]/.test(p.purpose) && !/^\s*(?:等|的)/.test(p.purpose)) continue;
          // 全年新接入业务线5条，接入总数达到14条: the table's figure stated in the same sentence is the one
          // restating it; the other figure there is a part or a change.
          if (p.q && sentenceStates(model, p.q, t)) continue;
        }
        // 辖区经营主体1.46万户 / 新登记经营主体1980户: what there is and what was added are two measures.
        if (a.stock !== undefined && b.stock !== undefined && a.stock !== b.stock) continue;
        // 在没有物业的4个小区推行… / 实现辖区9个小区全覆盖: those of a thing that meet a condition are some of it.
        if (a.subset !== b.subset) continue;
        // Compatible bounds: 6100余 (6100–6200) and 6000多 (6000–7000) can be the same figure.
        if (a.min <= b.max && b.min <= a.max) continue;
        // A quantity stated twice differently is a slip of the keys or an update, never far off: in every slip the
        // blind drafts and real reports hold, the two values are within half of each other. Figures more than twice
        // apart under a bare two-character name (企业14家 / 1800余家企业, 制度11项 / 三项制度, 上线686人 / 119人) are
        // two different things named alike.
        if (!swapped && a.thing.length <= 2 && b.thing.length <= 2 && Math.max(a.min, b.min) > 2 * Math.min(a.max, b.max)) continue;
        // One sentence stating two values of one measure is comparing them (由…到…, 计划…实际…).
        // (…按88个村看，经营性收入3163.89万元…（按71个行政村看，…；经营性收入2169.56万元…）: a bracket, whatever ； it holds,
        // is part of the sentence it stands in.)
        if (a.q && b.q && a.q.blockIndex === b.q.blockIndex && (a.outer ?? a.sentence) === (b.outer ?? b.sentence)) continue;
        // 投资60万元修停车场，投资75万元改公厕: the same verb spent on two things.
        // (A restatement's words after it say what is done with the batch, not which batch it is.)
        // (…but a group split by 中 — 31名党员中评定为优秀的7名 — is the whole, not 28名党员参加测试, those who did something.)
        if (a.purpose && b.purpose && a.purpose !== b.purpose && (!b.refersBack || b.purpose.startsWith('中'))) continue;
        // Events (会议22次 / 会议5次专题研究…) recur: a smaller figure is usually one batch of them.
        // Only two figures that both claim the whole (全年/共/累计…) can conflict.
        // (…unless their sentences state two other figures alike: a restatement of one set of figures, no batch of them.)
        if (EVENT_UNITS.has(a.unit) && !(a.whole && b.whole) && !(digitsSwapped && echoes(model, a, b))) continue;
        // Each sentence names something the other does not: two different activities.
        // (全年收缴党费2.36万元 under 规范组织生活 … 全年党费2.63万元全部按时上缴 under 师德师风与党风廉政: the year's whole of
        // one noun, word for word, its digits in another order, each clause opening with the year — a slip of the keys
        // wherever the report turned; only the clauses' own words tell two apart. Not under items titled alike, one field
        // qualified two ways — 城区供水 / 农村供水 — which part the measure.)
        const oneNoun =
          digitsSwapped &&
          a.whole &&
          b.whole &&
          !!a.q &&
          !!b.q &&
          a.q.thing.length >= 2 &&
          a.q.thing === b.q.thing &&
          yearClause(a.q) &&
          yearClause(b.q) &&
          !titledAlike(a.q, b.q);
        if (oneNoun) {
          const ac = clauseWords(a.q!);
          const bc = clauseWords(b.q!);
          if (namesOther(ac, new Set(bc)) && namesOther(bc, new Set(ac))) continue;
        } else if (swapped) {
          const ac = swappedContext(a);
          const bc = swappedContext(b);
          if (namesOther(ac, new Set(bc)) && namesOther(bc, new Set(ac))) continue;
        } else {
          // (手术2836台次 under 业务指标 … 全年手术2863台次 under 服务与质量: the items' titles say where the report
          // turned, not which measure; of four digits in another order only the sentences' own words tell two apart.)
          // (存款净增 under 主要指标 and under 存在的不足: a net change named by its balance is one measure wherever
          // the report turns; only the sentences' own words tell two apart.)
          // (帮助企业解决…问题86个 under 经济运行 … 通过“千名干部联千企”活动为企业解决实际问题68个 under 优化营商环境: two
          // sentences naming one campaign in quotes count its measure; only their own words tell two apart.)
          const own = longSwap || (a.net && b.net) || sameCampaign(model, a, b);
          // (全年门急诊48.6万人次 … 二是门诊空间紧张，全年门急诊量达46.8万人次: the year's whole of one measure, its digits in
          // another order, each opening its own clause with the year — only those clauses' words tell two apart.)
          const clauses = digitsSwapped && a.whole && b.whole && !!a.q && !!b.q && yearClause(a.q) && yearClause(b.q);
          const ac = clauses ? clauseContext(a) : own ? (a.ownList ??= ownWords(a)) : contextOf(a);
          const bc = clauses ? clauseContext(b) : own ? (b.ownList ??= ownWords(b)) : contextOf(b);
          if (
            (clauses
              ? namesOther(ac, new Set(bc)) && namesOther(bc, new Set(ac))
              : own
                ? namesOther(ac, (b.ownSet ??= new Set(bc))) && namesOther(bc, (a.ownSet ??= new Set(ac)))
                : namesOther(ac, (b.contextSet ??= new Set(bc))) && namesOther(bc, (a.contextSet ??= new Set(ac)))) &&
            !(digitsSwapped && echoes(model, a, b))
          )
            continue;
        }
        if (a.q && b.q && !a.refersBack && !b.refersBack && siblingFields(a.q, b.q)) continue;
        // 负责46个业务系统 … 接入…等业务系统32个 … 全院46个业务系统: a figure that repeats what the report said of
        // its measure before `a` agrees with the report; `a`, which that statement did not clash with, counts another set.
        if (!swapped && b.q && agreesEarlier(a, b)) continue;
        // 新引进加工企业3家，全镇加工企业达到14家 … 14家加工企业中…: a figure that repeats the other value `a`'s
        // own sentence gives its measure (a batch added and the level reached, told apart there) agrees with the report.
        if (!swapped && b.q && restatesBeside(a, b)) continue;
        // 我校考生604人，本科上线412人，本科上线率68.2% … 美术类考生56人，本科上线49人，上线率87.5%: figures each given as a
        // share of a whole of their sentence, wholes of other values, count two groups.
        if (a.q && b.q && !swapped) {
          const wa = amongOf(model, a, among);
          const wb = wa === null ? null : amongOf(model, b, among);
          if (wa !== null && wb !== null && wa !== wb) continue;
        }
        // (A restatement read with words run on is named by the measure it restates.)
        const name = asWritten(model.text, b.thing.startsWith(a.thing) ? a.thing : b.thing, a.span.start);
        b.reported = true;
        // A figure is reported once: take it out of the list the later figures scan.
        list.splice(k--, 1);
        const where = (x: Stated) => (x.inTable ? '表格中' : '');
        out.push({
          start: b.span.start,
          end: b.span.end,
          message: swapped
            ? `“${asWritten(model.text, a.thing, a.span.start)}”${where(a) || '前文'}为${a.raw}，${where(b) || '此处'}“${asWritten(model.text, b.thing, b.span.start)}”为${b.raw}，数字相同而顺序颠倒，疑为笔误。`
            : `“${name}”${where(a) || '前文'}为${a.raw}，${where(b) || '此处'}为${b.raw}，同一数据前后不一致。`,
          related: [
            { start: a.span.start, end: a.span.end, message: `${a.inTable ? '表格' : '前文'}：${asWritten(model.text, a.thing, a.span.start)}${a.raw}` },
          ],
          data: {
            thing: name,
            unit: b.q?.unit ?? b.unit,
            values: [
              { raw: a.raw, min: a.min, max: a.max },
              { raw: b.raw, min: b.min, max: b.max },
            ],
          },
        });
      }
    }
    for (const d of rateLevels(model, scopesIn, inPlans)) out.push(d);
    return out;
  },
};
