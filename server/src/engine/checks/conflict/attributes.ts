// numbers/conflict: a batch restated as an attribute where the report names its problems — 全年1680例远程会诊中…,
// 修复的 21 个 Bug 中…, 本年度完成改造的 12 座 110 千伏变电站中… — after the part on the year's work stated it
// (全年开展远程会诊1860例, 修复线上 Bug 23 个, 完成 11 座 110 千伏变电站监控系统改造). The words between the figure and
// 中 name the batch as the report wrote it before, next to the earlier figure: compared as written, they need no
// reading of the thing (which a name of Latin letters, digits or words the segmenter tags oddly defeats).
import type { Draft, Quantity } from '../../types.js';
import { scanBack, CLAUSE_END } from '../../text/scan.js';
import { clauseLeadIn } from './sentence.js';
import type { ConflictRun } from './context.js';
import { unitKin } from './naming.js';
import { inPlans, inProblems } from './scopes.js';
import { clashingEarlier, restated } from './restated.js';

/**
 * The name after a figure, up to 中 (or 里, 当中) that picks some out of the batch: up to sixteen characters of words,
 * digits and spaces, shortest first. (Not 中 opening a word of its own: 中心, 中学, 中层…)
 */
const BATCH_OF = /^\s*([A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff ]{0,14}?)\s*(?:当中|中|里)(?![心学层央标国期小型等药间断旬医专])/;
/** Words a name restated may not hold: 的 and 其 open what is said of it, not its name. */
const NOT_NAME = /[的其和及与或等]/;
/** The doing an attributive restatement names right before its 的 (修复的, 完成改造的): two characters. */
const DOING_BEFORE_OF = /([\u4e00-\u9fff]{2})的\s*$/;
/**
 * A figure stating how many of a whole a condition picks out, the whole counted right before: 628名护士中本科及以上学历的为
 * → 护士, 本科及以上学历 (the whole two to six characters, the condition three to twelve).
 */
const SOME_OF =
  /[0-9零一二两三四五六七八九十百千万.]+\s*(?:名|人|个|家|户|所|项|座|台|件)([\u4e00-\u9fff]{2,6})中([\u4e00-\u9fff]{3,12})的(?:为|有|共|达|是)?\s*$/;
/** Words that only close a lead before a figure (全年共发生…9起: 共; 累计达到…). */
const LEAD_FILLER = /(?:共计|累计|合计|总计|达到|共|了|达|为|约|近|超过|逾)?\s*$/;
/** Words naming a period or a part of the whole: two figures whose clauses differ in them count two batches. */
const PERIOD =
  /上半年|下半年|[一二三四]季度|第[一二三四]季度|去年|上年|同期|当月|本月|[0-9一二三四五六七八九十]+月份?|近[两三五]年|历年|以来|首批|累计|开累|截至|截止|其中|(?:19|20)[0-9]{2}年/g;

/** Words before a figure that name the year or the reporting body as a whole, not an owner of the batch. */
const WHOLE_BEFORE =
  /(?:全年|今年|本年度|本年|年末|目前|现有|共有|全县|全市|全区|全镇|全乡|全省|全院|全校|全行|全所|全局|全厂|全公司|累计|合计|共计|共|约|近|超过|达|有|了|\s)+$/;

/** The owner a restatement names right before its figure (病区 in 病区35名护理人员中): its last two characters, '' for none. */
function ownerBefore(lead: string): string {
  const run = /[\u4e00-\u9fff]+$/.exec(lead.replace(WHOLE_BEFORE, ''))?.[0].replace(ENUMERATOR, '') ?? '';
  return run.length >= 2 ? run.slice(-2) : '';
}
/** An inline enumerator opening the run (一是, 其二, 首先): no owner. */
const ENUMERATOR = /^(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|首先|其次|再次|最后)/;

/** A name's weight: a run of Latin letters or digits counts two, a Chinese character one. */
function weight(name: string): number {
  let w = 0;
  let run = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const latin = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (latin && !run) w += 2;
    else if (!latin && c >= 0x4e00 && c <= 0x9fff) w++;
    run = latin;
  }
  return w;
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The periods a clause lead names, sorted and joined (less those the report's title names: every figure's). */
function periods(cx: ConflictRun, lead: string): string {
  const found = lead.match(PERIOD);
  return found
    ? [...new Set(found)]
        .filter((p) => !cx.titled.includes(p))
        .sort()
        .join('|')
    : '';
}

/** The longest end of `before` (a name written before a figure), four characters or more, that opens `after`; '' for none. */
function nameOpening(before: string, after: string): string {
  for (let k = Math.max(0, before.length - 12); k <= before.length - 4; k++) {
    const s = before.slice(k);
    if (after.startsWith(s) && !NOT_NAME.test(s) && weight(s) >= 4) return s;
  }
  return '';
}

/** Whether `name` (spaces left out) ends `text` (spaces left out), not inside a run of Latin letters or digits. */
function endsWithName(text: string, name: string): boolean {
  const t = squeeze(text);
  if (!t.endsWith(name)) return false;
  const before = t.charAt(t.length - name.length - 1);
  return !(/[A-Za-z0-9]/.test(name.charAt(0)) && /[A-Za-z0-9]/.test(before));
}

/** Whether `name` (spaces left out) opens `text` (spaces left out), not inside a run of Latin letters or digits. */
function opensWithName(text: string, name: string): boolean {
  const t = squeeze(text);
  if (!t.startsWith(name)) return false;
  return !(/[A-Za-z0-9]/.test(name.charAt(name.length - 1)) && /[A-Za-z0-9]/.test(t.charAt(name.length)));
}

/** A clause stating the year's whole of a doing: 全年签订技术转让和技术服务合同 → 签订, 技术转让和技术服务合同. */
const YEARS_DOING = /(?:全年|今年|本年)(?:共|累计|共计)?([\u4e00-\u9fff]{2})([\u4e00-\u9fff、]{4,16})$/;
/** A name listing kinds (技术转让和技术服务合同): 和, 及, 与 or 、 between them. */
const KINDS = /[和及与、]/;

/** Whether `short` is `long` in brief: its characters in order, the same last two. */
export function inBrief(long: string, short: string): boolean {
  if (short.length < 4 || long.length <= short.length || long.slice(-2) !== short.slice(-2)) return false;
  if (long.includes('非') !== short.includes('非')) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k >= short.length;
}

/** The year's whole of a doing its clause states, as written: the doing and the name of what it counts. */
function yearsDoing(text: string, q: Quantity): { verb: string; name: string } | undefined {
  const clause = clauseLeadIn(text, q).replace(LEAD_FILLER, '');
  const m = YEARS_DOING.exec(clause);
  return m ? { verb: m[1], name: m[2] } : undefined;
}

/**
 * 全年签订技术转让和技术服务合同23份 … 二、存在的问题 … 全年签订技术合同21份: the year's whole of one doing, the kinds
 * it lists named in brief among the problems — one quantity. (Only a name listing kinds: 技术合同 after 技术服务合同 alone
 * may count the transfers too.)
 */
export function kindsInBrief(cx: ConflictRun, reported: ReadonlySet<number>): Draft[] {
  const { model } = cx;
  if (!cx.problems.length) return [];
  const out: Draft[] = [];
  const all = model.quantities;
  for (let j = 0; j < all.length; j++) {
    const b = all[j];
    if (b.kind !== 'count' || reported.has(b.start) || !inProblems(cx, b.start)) continue;
    const block = model.blocks[b.blockIndex];
    if (block.kind === 'tableRow') continue;
    const bd = yearsDoing(block.text, b);
    if (!bd || KINDS.test(bd.name)) continue;
    const unit = unitKin(b.unit);
    const found: Quantity[] = [];
    for (let i = 0; i < j; i++) {
      const a = all[i];
      if (a.kind !== 'count' || unitKin(a.unit) !== unit || inProblems(cx, a.start) || inPlans(cx, a.start)) continue;
      const ab = model.blocks[a.blockIndex];
      if (ab.kind === 'tableRow') continue;
      const ad = yearsDoing(ab.text, a);
      if (ad && ad.verb === bd.verb && KINDS.test(ad.name) && inBrief(ad.name, bd.name)) found.push(a);
    }
    const a = clashingEarlier(found, b);
    if (!a) continue;
    out.push(restated(a, b, bd.name));
  }
  return out;
}

/** The year's whole as a clause names it, less the words closing its lead: 全年提交并合入 PR → 提交并合入PR. */
const YEARS_NAME = /(?:全年|今年|本年)(?:共|累计|共计)?([A-Za-z0-9\u4e00-\u9fff ]{3,20})$/;
const LATIN = /[A-Za-z]/;

/** The name the clause of `q` gives the year's whole it states, without spaces, when a Latin letter stands right before the figure; '' otherwise. */
function latinName(text: string, q: Quantity): string {
  let k = q.from - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  if (k < 0 || !LATIN.test(text.charAt(k))) return '';
  const clause = clauseLeadIn(text, q);
  if (clause.includes('其中')) return '';
  const m = YEARS_NAME.exec(clause.replace(LEAD_FILLER, ''));
  return m ? squeeze(m[1]) : '';
}

/**
 * 全年合入 PR 142 个 … 三、数据汇总 … 全年提交并合入 PR 136 个: the year's whole of a thing named in Latin letters (which the
 * reading of things leaves out), its clause's name ending the other's, four characters or more with the doing — one quantity.
 */
export function latinWholes(cx: ConflictRun, reported: ReadonlySet<number>): Draft[] {
  const { model } = cx;
  const out: Draft[] = [];
  const all = model.quantities;
  const seen: { q: Quantity; name: string }[] = [];
  for (let j = 0; j < all.length; j++) {
    const b = all[j];
    if (b.kind !== 'count' || within(cx.plans, b.start)) continue;
    const block = model.blocks[b.blockIndex];
    if (block.kind === 'tableRow') continue;
    const name = latinName(block.text, b);
    if (!name) continue;
    if (!reported.has(b.start) && weight(name) >= 4) {
      const unit = unitKin(b.unit);
      let a: Quantity | undefined;
      let agrees = false;
      for (const x of seen) {
        if (unitKin(x.q.unit) !== unit || x.q.blockIndex === b.blockIndex) continue;
        const [long, short] = x.name.length >= name.length ? [x.name, name] : [name, x.name];
        if (!long.endsWith(short) || weight(short) < 4 || !/[\u4e00-\u9fff]/.test(short)) continue;
        if (x.q.min <= b.max && b.min <= x.q.max) agrees = true;
        else if (a && (a.min !== x.q.min || a.max !== x.q.max)) agrees = true;
        else a = x.q;
      }
      if (a && !agrees && Math.max(a.min, b.min) <= 2 * Math.min(a.max, b.max)) out.push(restated(a, b, name));
    }
    if (!within(cx.problems, b.start)) seen.push({ q: b, name });
  }
  return out;
}

/** A plan's target stated from this year's level: 力争注册志愿者由目前的 → 注册志愿者. */
const FROM_NOW = /([\u4e00-\u9fff]{4,12})(?:由|从)(?:目前|现在|当前|今年|年末)的?\s*$/;
/** Words opening a plan's clause, no part of the name: 力争, 争取… */
const PLAN_WORDS = /^(?:[一二三四五六七八九十]是)?(?:力争|争取|计划|推动|推进|确保|努力|将|使|把)+/;

/** The name a plan's clause gives the level it starts from, '' when it starts from none; undefined outside the plans. */
function planBase(lead: string): string {
  const m = FROM_NOW.exec(lead);
  return m ? m[1].replace(PLAN_WORDS, '') : '';
}

/**
 * 全县在“志愿汇”平台注册志愿者4.36万人 … 三、2026年工作计划 … 力争注册志愿者由目前的4.63万人增加到5万人: the level a plan
 * starts from is this year's, written before under the same name (four characters or more; not what was added, 新增…).
 */
function baseRestated(b: Quantity, earlier: readonly number[] | undefined, factsOf: (i: number) => Earlier, name: string): Draft | undefined {
  if (weight(name) < 4 || !earlier) return undefined;
  const found: Quantity[] = [];
  for (const i of earlier) {
    const x = factsOf(i);
    if (!x.text.includes(name.slice(-2))) continue;
    const before = x.squeezed;
    if (endsWithName(before, name) && !ADDED.test(before.slice(0, before.length - name.length))) found.push(x.q);
  }
  const a = clashingEarlier(found, b);
  return a && restated(a, b, name);
}
const ADDED = /(?:新增|增加|新|净增)$/;

/** A clause that only says a level is reached: 累计达到, 累计, 总数达. */
const LEVEL_LEAD = /^\s*(?:累计|总数|共)?(?:达到|达)?\s*$/;
/** A batch added, and its name: 新培育县级以上农业产业化龙头企业 → 县级以上农业产业化龙头企业. */
const ADDED_BATCH = /新(?:增|培育|认定|建成|建|引进|发展|登记|设立|纳入)([\u4e00-\u9fff]{4,16})$/;

/**
 * 新培育县级以上农业产业化龙头企业12家，累计达到87家: the name of the level `a` reaches (the batch added right before it,
 * `p`, named by what it adds to), '' when `a` states no such level.
 */
function levelOf(text: string, a: Quantity, p: Quantity): string {
  if (p.blockIndex !== a.blockIndex || unitKin(p.unit) !== unitKin(a.unit) || p.to > a.from) return '';
  const start = scanBack(text, a.from, CLAUSE_END);
  const lead = text.slice(start, a.from);
  if (!LEVEL_LEAD.test(lead) || !/累计|达/.test(lead) || !/^\s*[，,]\s*$/.test(text.slice(p.to, start))) return '';
  const m = ADDED_BATCH.exec(squeeze(text.slice(scanBack(text, p.from, CLAUSE_END), p.from).replace(LEAD_FILLER, '')));
  return m ? m[1] : '';
}

const OF = 0x7684; /* 的 */
const SOME_TAIL = new Set([...'为有共达是'].map((c) => c.charCodeAt(0)));
const FROM_NOW_TAIL = new Set([...'的前在年末'].map((c) => c.charCodeAt(0)));
/** Whether 中 or 里 stands in the 24 characters from `at`. */
function inAfter(text: string, at: number): boolean {
  for (let i = at, end = Math.min(text.length, at + 24); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x4e2d /* 中 */ || c === 0x91cc /* 里 */) return true;
  }
  return false;
}

/** What an earlier figure's clause says of it: worked out once per run, and only for a figure a restatement asks about. */
interface Earlier {
  q: Quantity;
  text: string;
  /** Its clause up to the figure, and that less the words closing the lead, without spaces. */
  clause: string;
  squeezed: string;
  periods: string;
  /** The name of the level it states (levelOf), '' for none, and its periods less 累计: read when first asked. */
  level: string | undefined;
  levelPeriods: string;
  /** A batch added that the next clause states the level of: read when first asked. */
  added: boolean | undefined;
  /** Its clause and some forty characters after it: where a doing done to its batch is named. */
  around: string;
}

/** What the clause of figure `i` says of it. */
function readEarlier(cx: ConflictRun, i: number): Earlier {
  const all = cx.model.quantities;
  const a = all[i];
  const text = cx.model.blocks[a.blockIndex].text;
  const clause = text.slice(scanBack(text, a.from, CLAUSE_END), a.from);
  return {
    q: a,
    text,
    clause,
    squeezed: squeeze(clause.replace(LEAD_FILLER, '')),
    periods: periods(cx, clause),
    level: undefined,
    levelPeriods: '',
    added: undefined,
    around: text.slice(a.from - clause.length, a.to + 40),
  };
}

/** Whether figure `i` is a batch added whose level the next clause states (once). */
function addedOf(cx: ConflictRun, e: Earlier, i: number): boolean {
  if (e.added === undefined) {
    const next = cx.model.quantities[i + 1];
    e.added = !!next && next.blockIndex === e.q.blockIndex && !!levelOf(e.text, next, e.q);
  }
  return e.added;
}

/** The name of the level figure `i` states, '' for none (once). */
function levelName(cx: ConflictRun, e: Earlier, i: number): string {
  if (e.level === undefined) {
    e.level = i > 0 ? levelOf(e.text, e.q, cx.model.quantities[i - 1]) : '';
    if (e.level) e.levelPeriods = periods(cx, e.clause.replace('累计', ''));
  }
  return e.level;
}

function within(parts: readonly { start: number; end: number }[], at: number): boolean {
  for (let k = 0; k < parts.length; k++) if (at >= parts[k].start && at < parts[k].end) return true;
  return false;
}

/** The later figure of each batch stated in the report's body and restated, another value, as an attribute among its problems. */
export function attributesRestated(cx: ConflictRun, reported: ReadonlySet<number>): Draft[] {
  const { model } = cx;
  if (!cx.problems.length) return [];
  const out: Draft[] = [];
  const all = model.quantities;
  // The figures a restatement may restate, by unit: those before it outside the problems and plans, not in a table.
  // (Indices, the facts of each read only when asked: most figures are never asked about.)
  const earlier = new Map<string, number[]>();
  const facts: (Earlier | undefined)[] = [];
  const factsOf = (i: number): Earlier => (facts[i] ??= readEarlier(cx, i));
  // Which blocks hold a key a restatement asks for (its doing, its name's end).
  const blockHolds = new Map<string, Uint8Array>();
  for (let j = 0; j < all.length; j++) {
    const b = all[j];
    if (b.kind !== 'count') continue;
    const block = model.blocks[b.blockIndex];
    if (block.kind === 'tableRow') continue;
    const unit = unitKin(b.unit);
    const problem = within(cx.problems, b.start);
    const plan = !problem && within(cx.plans, b.start);
    if (!problem && !plan) {
      const list = earlier.get(unit);
      if (list) list.push(j);
      else earlier.set(unit, [j]);
    }
    if (reported.has(b.start)) continue;
    // (Every reading below needs 中 or 里 after the figure or, right before it, 的 (的为…) or, in a plan, 目前…: most
    // figures have none of them.)
    let k = b.from - 1;
    while (k >= 0 && block.text.charCodeAt(k) === 0x20) k--;
    const prev = block.text.charCodeAt(k);
    const lead0 = prev === OF || (SOME_TAIL.has(prev) && block.text.charCodeAt(k - 1) === OF) || (plan && FROM_NOW_TAIL.has(prev));
    if (!lead0 && !inAfter(block.text, b.to)) continue;
    const lead = block.text.slice(scanBack(block.text, b.from, CLAUSE_END), b.from);
    if (lead.includes('其中')) continue;
    // (A plan states targets; only the level it starts from, 由目前的4.63万人, restates one.)
    const base = plan ? planBase(lead) : undefined;
    if (base !== undefined) {
      if (base) {
        const d = baseRestated(b, earlier.get(unit), factsOf, base);
        if (d) out.push(d);
      }
      continue;
    }
    // (全院628名护士中本科及以上学历的为402人: those of a whole a condition picks out, named as the condition and the whole.)
    const some = SOME_OF.exec(lead);
    const m = some ? null : BATCH_OF.exec(block.text.slice(b.to, b.to + 24));
    if (m && NOT_NAME.test(m[1])) continue;
    const doing = DOING_BEFORE_OF.exec(lead)?.[1];
    // (Outside the problems, only a restatement naming what was done to the batch: 修复的 21 个 Bug 中.)
    if (!doing && !some && (!m || !problem)) continue;
    // (With no 中 to end the name — 对新上线的4个业务系统开展… — the name the earlier figure writes before it must open
    // what follows, four characters or more.)
    const name = m ? squeeze(m[1]) : some ? some[2] + some[1] : '';
    const after = m || some ? '' : squeeze(block.text.slice(b.to, b.to + 24));
    const w = weight(name);
    if (m && (w < 2 || (w < 4 && !doing))) continue;
    const bPeriods = periods(cx, lead);
    // (科室35名护理人员中 restates 科室现有护理人员36名; 病区35名护理人员中 names another body's: the owner written right
    // before the figure, other than the year or the whole of the reporting body, must be named by the earlier clause too.)
    const owner = m && !doing ? ownerBefore(lead) : '';
    const found: Quantity[] = [];
    let shown = m ? m[1].trim() : name;
    // (What the earlier figure's block must hold for any reading below to match: the doing, the name's end, the name's start.)
    const key = doing || (name ? name.slice(-2) : after.slice(0, 2));
    let holds = blockHolds.get(key);
    if (!holds) blockHolds.set(key, (holds = new Uint8Array(model.blocks.length)));
    for (const i of earlier.get(unit) ?? []) {
      if (i === j) break;
      // (A block's text is searched once for each key: 0 not yet, 1 without it, 2 with it.)
      const bi = all[i].blockIndex;
      if (holds[bi] === 0) holds[bi] = model.blocks[bi].text.includes(key) ? 2 : 1;
      if (holds[bi] === 1) continue;
      const e = factsOf(i);
      const a = e.q;
      // (The doing the restatement names is done to the batch counted: 完成改造的 12 座…变电站 is not 负责…63座…变电站.)
      if (doing && (a.blockIndex === b.blockIndex || !e.around.includes(doing))) continue;
      // (累计达到87家 states the level reached: 累计 names no other period there. 新培育龙头企业12家, right before it, is
      // what was added, not the level the report goes on to restate.)
      if (owner && !e.around.includes(owner)) continue;
      const level = m && !doing ? levelName(cx, e, i) : '';
      if ((level ? e.levelPeriods : e.periods) !== bPeriods || addedOf(cx, e, i)) continue;
      let named = '';
      if (some) named = endsWithName(e.squeezed, name) && a.blockIndex !== b.blockIndex ? name : '';
      else if (m) {
        // (…or, the doing named, right after it: 上半年新开展新技术新项目23项 … 开展的21项新技术中.)
        if (
          endsWithName(e.squeezed, name) ||
          opensWithName(e.text.slice(a.to, a.to + name.length + 8), name) ||
          (!!doing && squeeze(e.clause).includes(doing + name)) ||
          // (…or the level reached after a batch added, named in brief: 全县89家县级以上龙头企业中.)
          inBrief(level, name)
        )
          named = shown;
      } else named = nameOpening(e.squeezed, after);
      if (!named) continue;
      // (Once the name counts batches of two values, or one the restatement agrees with, there is no slip to tell: stop.)
      if (a.min <= b.max && b.min <= a.max) {
        found.length = 0;
        break;
      }
      if (found.length && (found[0].min !== a.min || found[0].max !== a.max)) {
        found.length = 0;
        break;
      }
      found.push(a);
      shown = named;
    }
    if (!found.length) continue;
    // The report agrees with itself somewhere, or the name counts batches of several values: no slip to tell.
    if (found.some((a) => a.min <= b.max && b.min <= a.max)) continue;
    const a = found[found.length - 1];
    if (found.some((x) => x.min !== a.min || x.max !== a.max)) continue;
    // (A slip of the keys or an update is never far off: within half of each other.)
    if (Math.max(a.min, b.min) > 2 * Math.min(a.max, b.max)) continue;
    out.push(restated(a, b, shown));
  }
  return out;
}
