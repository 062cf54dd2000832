// numbers/conflict: naming a measure — which words of a figure's sentence say what it counts (its thing and verb,
// a doing and its object, a net change's balance, a target's name), and how a message writes that name.
import type { Quantity } from '../../figures/quantities.js';
import { scanBack, afterLast, CLAUSE_END } from '../../text/scan.js';
import { lowerBound } from '../../text/sorted.js';
import { wordAt, wordEndingAt } from '../../figures/word-index.js';
import { clauseLeadIn, COLON_COMMA } from './sentence.js';
import { type ConflictRun, wordsAt } from './context.js';

/** Verbs that only state a figure: 实现地方财政收入3.2亿元 and 地方财政收入3.4亿元 are one measure. */
export const LIGHT_VERBS = new Set(['实现', '完成', '实施', '达到', '达', '共有', '有', '拥有', '辖', '下辖', '累计', '共计', '合计', '总计', '占']);

/** Units that count people: one measure whichever is written. */
export const HEADS = new Set(['人', '名']);
/**
 * Units that count one measure whichever is written: people by 人 or 名 — and cases by 例, as the people they are of
 * (住院分娩2136人 / 全年分娩量2163例) — sessions by 场 or 场次.
 */
export function unitKin(u: string): string {
  return HEADS.has(u) || u === '例' ? '人' : u === '场次' ? '场' : u;
}
/** Verbs of registering something new (新登记, 新注册, 新设立): what 新增 counts. */
const NEW_REGISTER = /^(?:登记|注册|设立)$/;

/** Short forms reports use for a measure named in full elsewhere. */
const SHORT_FORMS = new Map([
  ['营收', '营业收入'],
  ['财收', '财政收入'],
  ['固投', '固定资产投资'],
]);

/** 引进博士学位教师 counts what 引进博士 does: staff hired are named by the degree they hold. */
const DEGREE_HOLDERS = /^(博士|硕士)学位(?:教师|人才|人员)$/;
const HIRING = /^(?:引进|招聘|招录|新进)$/;

/** A measure named by its doing (抽检, 办理): two characters or more, none of the verbs that only state a figure. */
export const doingOnly = (q: Quantity): boolean => !q.thing && q.verb.length >= 2 && !LIGHT_VERBS.has(q.verb) && /^[\u4e00-\u9fff]+$/.test(q.verb);

/**
 * A measure's name as the report writes it near `at`, for messages: one named by its doing and that doing's object
 * (分娩住院, from 住院分娩2136人) is read verb first, and shown the other way round when only that is on the line.
 */
export function asWritten(text: string, name: string, at: number): string {
  const from = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(from, nl < 0 ? text.length : nl);
  if (name.length < 3 || line.includes(name)) return name;
  for (let i = 1; i < name.length; i++) {
    const turned = name.slice(i) + name.slice(0, i);
    if (line.includes(turned)) return turned;
  }
  return name;
}

/** A figure's measure as its own words name it: the thing (with its verb unless a light one), or the doing alone. */
export function nameOf(x: Quantity): string {
  if (!x.thing) return x.verb;
  return LIGHT_VERBS.has(x.verb) || x.thing.startsWith(x.verb) ? x.thing : x.verb + x.thing;
}

/**
 * 门急诊量 is what 门急诊 counts: a trailing 量 (the volume of it) names no other measure, two characters or more before
 * it. (Not 总量, 存量, 增量, 数量, 质量…: there 量 makes a word of its own.)
 */
export function volumeOf(thing: string): string {
  return thing.length >= 3 && VOLUME.test(thing) && !WORD_OF_VOLUME.test(thing) ? thing.slice(0, -1) : thing;
}
// (The patterns a measure's name is read with are made once: a literal in the function is a new RegExp object on each
// call, and these are asked of every figure on every run.)
const VOLUME = /[\u4e00-\u9fff]{2}量$/;
const WORD_OF_VOLUME = /[总存增数质重含能容变余限超]量$/;

/** 解决实际问题 counts what 解决问题 does: 实际 or 具体 before 问题 (困难, 需求, 诉求) names no other kind of them. */
// (上级各类项目资金 is 上级项目资金: 各类, 各项 count every kind, naming none.)
function plainOf(thing: string): string {
  const all = thing.includes('各') ? thing.replace(EVERY_KIND, '') : thing;
  return ACTUAL_KIND.test(all) ? all.slice(2) : all.length >= 2 ? all : thing;
}
const ACTUAL_KIND = /^(?:实际|具体)(?:问题|困难|需求|诉求)$/;
const EVERY_KIND = /各(?:类|项|种)/g;

/** 新 and a noun of two characters or more, not a compound of its own (新型…, 新区, 新村, 新城). */
const NEW_THING = /^新(?![型区村城品兴])[\u4e00-\u9fff]{2,}$/;

/** What sets a target, right before its figure: 达到, 不少于, 提升至… */
const TARGET_VERB = /(?:达到|达|为|不少于|不低于|超过|提升至|提升到|提高至|提高到|降至|降到|降低至|降低到|控制在|≥|>=)\s*$/;

/**
 * The measure a target names, as its clause writes it (E2E 用例数达到 300 条 → E2E 用例数): the reader may take
 * only its last characters for the thing (例数) where Latin letters and spaces stand in the name.
 */
export function targetName(text: string, x: Quantity): string {
  const clause = text.slice(scanBack(text, x.from, CLAUSE_END), x.from);
  const name = clause.slice(afterLast(clause, COLON_COMMA)).replace(TARGET_VERB, '').trim();
  const squeezed = name.replace(/\s+/g, '');
  return /^[A-Za-z0-9\u4e00-\u9fff\s]{2,16}$/.test(name) && squeezed.endsWith(x.thing.replace(/\s+/g, '')) ? name : x.thing;
}

/** Tags of the words that name a doing's object written before it: 小区/n, 户厕/x (a word the segmenter does not know is mostly a noun). */
const OBJECT_NOUN = /^(?:n|nz|nt|ns|j|l|x)$/;

/** A net change right before the figure: 存款净增 / 较年初净增. */
const NET = /(净(?:增|减))(?:加|少)?(?:了)?\s*$/;
const NET_SINCE = /(?:较|比)(?:年初|上年末|年初以来)\s*净(?:增|减)(?:加|少)?(?:了)?\s*$/;
/** A balance's change since the start of the year, 净 said or not: 较年初增加 is its net increase. */
const SINCE_START = /(?:较|比)(?:年初|上年末|年初以来)\s*(?:净)?(增|减)(?:加|少)?(?:了)?\s*$/;
/** 较年初 / 比上年末 opening a change since the start of the year (the words before it name the balance). */
const SINCE_WORDS = /(?:较|比)(?:年初|上年末|年初以来)\s*$/;
/** Tags of the words that name what a net change is of: 移动/vn 客户/n, 普惠小微/x 贷款/n. */
const NET_NAME = /^(?:n|nz|vn|j|l|x|b)$/;

/** A level's name less what makes it a level: 存款余额 → 存款. */
const LEVEL_NAME_END = /(?:余额|规模|总量|总额|总数)$/;

/**
 * A net change names a measure of its own (存款净增37900万元), and so does one stated against the start
 * of the year right after its level (存款余额30.42亿元，较年初净增3.72亿元 — 存款净增): the level's name
 * less 余额/规模. Any other change says nothing of which measure it is.
 */
export function netMeasure(cx: ConflictRun, text: string, q: Quantity, qs: Quantity[], s: number): { measure: string; named: string } | undefined {
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
  const ix = wordsAt(cx, text);
  const last = wordEndingAt(ix, at);
  let k = last;
  while (
    k >= 0 &&
    last - k < 3 &&
    k >= lowerBound(ix.start, s) &&
    NET_NAME.test(ix.words[k].tag) &&
    /^[\u4e00-\u9fff]+$/.test(ix.words[k].word) &&
    !cx.generic.has(ix.words[k].word)
  )
    k--;
  if (k === last) return undefined;
  let name = '';
  for (let j = k + 1; j <= last; j++) name += ix.words[j].word;
  return name.length >= 2 ? { measure: name + verb, named: name } : undefined;
}

/**
 * The object of a doing written before the verb that ends right before the figure (实施老旧小区改造9个 → 老旧小区):
 * up to three nouns, two characters or more, '' when there are none.
 */
export function objectBefore(cx: ConflictRun, text: string, q: Quantity, s: number): string {
  const ix = wordsAt(cx, text);
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
    !cx.generic.has(ix.words[k].word)
  )
    k--;
  let name = '';
  for (let j = k + 1; j < v; j++) name += ix.words[j].word;
  return name.length >= 2 ? name : '';
}

/**
 * The verb right before a 、-list of short items closed by 等 that ends at `q`'s thing, right before `q`
 * (帮助企业解决用工、融资、用地等问题86个 → 解决), '' when there is none.
 */
export function verbBeforeList(cx: ConflictRun, text: string, q: Quantity, s: number): string {
  const at = q.from - q.thing.length;
  if (q.thing.length < 2 || !text.startsWith(q.thing, at) || text.charAt(at - 1) !== '等') return '';
  const clause = scanBack(text, at, CLAUSE_END);
  const dun = text.indexOf('、', Math.max(s, clause));
  if (dun < 0 || dun >= at) return '';
  const ix = wordsAt(cx, text);
  for (let k = wordAt(ix, dun - 1), n = 0; k >= 0 && ix.start[k] >= Math.max(s, clause) && n < 3; k--, n++) {
    if (ix.words[k].tag !== 'v' || ix.words[k].word.length < 2) continue;
    const items = text.slice(ix.start[k + 1], at - 1).split('、');
    return items.length >= 2 && items.every((x) => /^[\u4e00-\u9fff]{1,6}$/.test(x)) ? ix.words[k].word : '';
  }
  return '';
}

/** The measure prose figure `q` of block text `text` states: the name its sentence gives it (`named`, localFacts), or its verb and thing. */
/** 落实粮食播种面积, 接待到馆读者: a verb of carrying out, then the measure named in full. */
const CARRIED_OUT = /^(?:落实|接待|实现)([\u4e00-\u9fff]{4,10})$/;

export function measureOf(cx: ConflictRun, text: string, q: Quantity, named: string | undefined): string {
  // The measure is the verb and its object together: 新发展党员 (one word) and 发展/党员, 招聘的12名社区工作者 and 招聘社区工作者.
  // (发展新党员 is 新发展党员 said the other way round: the verb already says they are new.)
  // (新登记市场主体368户 counts what 新增市场主体386户 does: a new registration is what is added.)
  const verb = NEW_REGISTER.test(q.verb) && clauseLeadIn(text, q).includes('新' + q.verb) ? '新增' : q.verb;
  // (全校教职工97人 … 全校93名教职工: the reporting body as a whole — 全校, 全院, a generic word — names no measure.)
  let whole = q.thing;
  for (const w of cx.wholeBody) if (whole.startsWith(w) && whole.length - w.length >= 2) whole = whole.slice(w.length);
  const own = plainOf(volumeOf(whole));
  const degree = HIRING.test(verb) ? DEGREE_HOLDERS.exec(own)?.[1] : undefined;
  const thing = degree ?? (verb && !LIGHT_VERBS.has(verb) && NEW_THING.test(own) ? own.slice(1) : own);
  const said = LIGHT_VERBS.has(verb) || thing.startsWith(verb) ? thing : verb + thing;
  // (第二是投资10余万元: the copula of an item's ordinal, 是, names nothing.)
  const name = named ?? SHORT_FORMS.get(said) ?? said;
  const bare = name.length > 2 && name.startsWith('是') ? name.slice(1) : name;
  // (全年落实粮食播种面积52.3万亩 / 粮食播种面积稳定在52.6万亩, 接待到馆读者 / 到馆读者: a verb of carrying out before a
  // measure named in full says nothing of which measure.)
  const carried = CARRIED_OUT.exec(bare);
  return carried && carried[1].length >= 4 ? carried[1] : bare;
}
