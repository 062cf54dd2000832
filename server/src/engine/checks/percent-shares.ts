// numbers/percent, shares written the many ways real drafts write them — a part over a
// whole, where the whole is named in the sentence or earlier in the report:
//   完成年度计划 200 个的 95%                 the whole right before 的X%
//   注册志愿者28.6万人，占常住人口（216万人）的13.2%
//   手机银行月活客户62.4万户，占有效客户的48.5%   the whole stated earlier: 有效客户128.6万户
//   13人参加，合格9人，合格率69.2%             a rate over the two counts of its sentence
//   ████████░░ 80%                            a progress bar
// Only one reading is checked: when the whole cannot be told for sure, nothing is said.
import type { Block } from '../types.js';
import { isWhole, roundingShare, type Quantity } from '../figures/quantities.js';
import { isDelta } from '../figures/breakdowns.js';
import { partOfYearBefore } from '../figures/periods.js';
import { afterLast, charSet, scanBack, CLAUSE_END, SENTENCE_END } from '../text/scan.js';

const QUALIFIER_STOP = charSet('，,；;。：:、（(）) 0123456789０１２３４５６７８９%％');

export interface ShareFinding {
  p: Quantity;
  part?: Quantity;
  whole?: Quantity;
  computed: number;
  message: string;
}

/** Whether a share fits a stated percentage: rounded to the written decimals (plus the pack's tolerance). */
export function fits(share: number, p: Quantity, extra: number): boolean {
  const unit = Math.pow(10, -p.decimals);
  const d = share - p.value!;
  return Math.abs(d) <= 0.5 * unit + extra + 1e-9;
}

/**
 * Leeway beyond the percentage's own rounding when a figure is rounded (186万元, 3.6万): a writer
 * who computed from the unrounded figures is off by a little. Whole counts (294家 of 320家) give
 * none: 91.875% is 91.9%, and 91.8% is a slip.
 */
export const LEEWAY = 0.05;

export function leeway(...qs: Quantity[]): number {
  return qs.every(isWhole) ? 0 : LEEWAY;
}

/** 294÷320=91.875%, rounded to the decimals written 91.9%: the digits that show where the slip is. */
function shareMessage(part: Quantity, whole: Quantity, share: number, p: Quantity): string {
  const k = Math.pow(10, p.decimals + 2);
  const near = Math.round(share * k) / k;
  const d = Math.pow(10, p.decimals);
  const rounded = Math.round(share * d) / d;
  // (Only when rounding is the slip: the written figure is within one step of the right one.)
  const hint = Math.abs(rounded - p.value!) <= 1 / d + 1e-9 ? `，四舍五入应为${rounded.toFixed(p.decimals)}%` : '';
  return `${shown(part)}÷${shown(whole)}=${String(near)}%${hint}，与“${p.raw}”不符。`;
}

function r2(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function shown(q: Quantity): string {
  const scale = q.raw.includes('亿') ? 1e8 : q.raw.includes('万') ? 1e4 : 1;
  const v = Math.round((q.value! / scale) * 100) / 100;
  return scale === 1 ? String(v) : `${v}${scale === 1e8 ? '亿' : '万'}`;
}

/** 占/为/完成/达 … 的 right before the percentage: what names the whole. */
// (A thousands separator inside the whole is no clause break: 完成目标任务4,800人的.)
const SHARE_TAIL = /(?:占|为|达|达到|完成|相当于)((?:[^，,；;。：:]|(?<=[0-9０-９])[,，](?=[0-9０-９]{3}(?![0-9０-９]))){0,16}?)的\s*$/;
/** 超额完成 / 超出 right before the 完成…的: the percentage is how far the plan was exceeded. */
const EXCESS = /(?:超额|超出|超过|超)$/;
/** Words that say the percentage is a change, not a share. */
const CHANGE = /增长|增加|提高|提升|上升|下降|减少|降低|增幅|降幅|增速|同比|环比|较上年|比上年/;
/** A plan or target named as the whole: what was done may exceed it. */
const PLAN_WHOLE = /计划|目标|任务|预算/;
/** A plan word with nothing to say what it is the plan of: 计划, 年度目标, 目标任务. */
const BARE_PLAN = /^(?:年度|年|全年|季度|月度)?(?:增量|考核)?(?:计划|目标|任务|预算|指标|目标任务|计划任务)(?:数|值|额)?$/;
/** 占总数27% / 占总人数的29%: a share of the whole its sentence named. */
const OF_TOTAL = /占(?:总数|总人数)的?\s*$/;
/** 27名村支部书记、村委会主任中: the count a sentence goes on to split (no clause break before 中). */
const GROUP_AFTER = /^[^，,；;。：:]{0,20}中[，,]?/;
const PEOPLE = new Set(['人', '名', '位']);
/** Two counts of one thing: the same unit, or people counted by 人, 名 or 位. */
function sameKind(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && (a.unit === b.unit || (PEOPLE.has(a.unit) && PEOPLE.has(b.unit)));
}
/** Generic words around the whole's name: 占企业总数的, 占全部客户的. */
const WHOLE_WORDS = /^(?:全部|所有|全体|全年|年度|全)|(?:总数|总量|总额|总人数|总户数|总和|总计|总体|人数|户数|数量)$/g;
/** Rates whose base is the larger count of their sentence: 参加13人，合格9人，合格率69.2%. */
const PASS = /合格|通过|持证|取得|考取|达标|及格|优秀/;
const RATE_WORD = /(合格|通过|持证|参与|参学|出席|到会|完成|达成|达标|优秀|及格|录取|上线|结案|办结|签约|覆盖|满意)率(?:达到|达|为|是)?\s*$/;
/** 占37% with no whole named after 占. */
const BARE_SHARE = /占(?:比)?(?:为|达|约)?\s*$/;
/** …，其中女党员18名，占: 其中, one part, then its bare share. */
const THEIR_SHARE = /[，,]\s*其中[^，,；;。]{1,12}[，,]\s*占(?:比)?(?:为|达|约)?\s*$/;
const OF_THEM = /^(?:[^，,；;。]{0,10}中[，,]|[，,]其中)[^，,；;。]{0,12}$/;
const PEOPLE_OR_ITEMS = new Set(['人', '名', '位', '个', '家', '户', '所', '项', '件', '条', '支', '座', '村']);
const FILLED = '█▓▉■▰●◼⬛';
const EMPTY = '░▒□▱○◻⬜';

/** The shares of one block that do not add up. `all` are the report's figures (prose), in order. */
export function checkShares(block: Block, qs: readonly Quantity[], all: readonly Quantity[], extra: number, skip: ReadonlySet<number>): ShareFinding[] {
  const text = block.text;
  const out: ShareFinding[] = [];
  for (let k = 0; k < qs.length; k++) {
    const p = qs[k];
    if (p.kind !== 'percent' || p.value === undefined || skip.has(p.start)) continue;
    const bar = progressBar(text, p);
    if (bar) {
      if (Math.abs(bar.ratio - p.value) > 100 / bar.cells + 1e-9) {
        out.push({ p, computed: bar.ratio, message: `进度条${bar.filled}/${bar.cells}格约为${r2(bar.ratio)}%，与“${p.raw}”不符。` });
      }
      continue;
    }
    const s = scanBack(text, p.from, SENTENCE_END);
    const lead = text.slice(s, p.from);
    if (CHANGE.test(lead.slice(Math.max(0, lead.length - 12)))) continue;
    const before = qs.slice(0, k).filter((q) => q.from >= s && q.kind !== 'percent' && q.kind !== 'points');
    // 27名村干部中…任期两届的10人，占总数37%: 总数 is the group its sentence counts out (…中).
    if (OF_TOTAL.test(lead)) {
      const groups = before.filter((q) => GROUP_AFTER.test(text.slice(q.to, q.to + 24)) && q.kind === 'count');
      const whole = groups.length === 1 ? groups[0] : undefined;
      const part = before[before.length - 1];
      if (
        whole &&
        part &&
        part !== whole &&
        whole.value !== undefined &&
        part.value !== undefined &&
        !whole.approx &&
        !part.approx &&
        sameKind(part, whole) &&
        part.value < whole.value &&
        !isDelta(text, part) &&
        !/[；;]/.test(text.slice(whole.to, p.from))
      ) {
        const share = (part.value / whole.value) * 100;
        if (!fits(share, p, extra + leeway(part, whole))) out.push({ p, part, whole, computed: share, message: shareMessage(part, whole, share, p) });
      }
      continue;
    }
    const tail = SHARE_TAIL.exec(lead);
    if (tail) {
      const tailFrom = s + tail.index;
      // The whole inside the tail (计划 200 个的 / 常住人口（216万人）的), the part the figure before the tail.
      const inside = before.filter((q) => q.from >= tailFrom);
      // (党员42名（其中预备党员3名），占职工总数168人的25.0%: a figure in brackets closed before the tail is an
      // aside about the figure before it, which is what 占 speaks of.)
      const outside = before.filter((q) => q.to <= tailFrom && !asideBefore(text, q, tailFrom));
      const part = outside[outside.length - 1];
      if (!part || part.value === undefined || isDelta(text, part)) continue;
      // (其中上半年发放8600万元，全年完成年度任务1.6亿元的115.6%: half a year's figure is not what the year's share is of.)
      if (partOfYearBefore(text, part, p.from)) continue;
      let whole: Quantity | undefined;
      if (inside.length === 1) whole = inside[0];
      else if (inside.length === 0) whole = namedWhole(tail[1], part, p, all);
      // (为年度目标3.2亿元的108.1%: a share of a plan or target may run over 100%.)
      const ofPlan = PLAN_WHOLE.test(tail[1]);
      if (!whole || whole.value === undefined || !sameKind(whole, part) || (whole.value <= part.value && !ofPlan) || whole === part) continue;
      const share = (part.value / whole.value) * 100;
      // (外贸进出口总额13亿元，完成年任务(40.2亿元)的32.5%: 13亿 is rounded to the 亿, so the share may be anywhere from
      // 12.5÷40.2 to 13.5÷40.2. A plan's figure — 全年计划4亿元 — is set, not measured: only the part's rounding counts.)
      if (fits(share, p, extra + Math.max(leeway(part, whole), share * roundingShare(part)))) continue;
      // 改造620户，超额完成任务500户的24%: what ran over the plan is the share (620−500)÷500, and a
      // writer may also mean the whole 124%; either reading that fits will do.
      if (EXCESS.test(text.slice(Math.max(s, tailFrom - 4), tailFrom))) {
        const excess = ((part.value - whole.value) / whole.value) * 100;
        if (fits(excess, p, extra + leeway(part, whole)) || part.value <= whole.value) continue;
        out.push({
          p,
          part,
          whole,
          computed: excess,
          message: `(${shown(part)}−${shown(whole)})÷${shown(whole)}=${r2(excess)}%，与超额的“${p.raw}”不符。`,
        });
        continue;
      }
      // 新增就业1260人，帮助困难人员再就业215人，完成目标任务2100人的60%: another count of the
      // sentence in the whole's unit may be the part meant (1260÷2100=60%); then the part is not sure.
      // (Any figure before the tail, one in brackets too; people counted in 名 of a whole in 人 as well: 党员38名，其中
      // 正式党员36名、预备党员2名，党员占职工总数（126人）的30.2%.)
      const other = before.some(
        (q) =>
          q.to <= tailFrom &&
          q !== part &&
          q.value !== undefined &&
          sameKind(q, whole) &&
          !isDelta(text, q) &&
          fits((q.value / whole.value!) * 100, p, extra + leeway(q, whole!)),
      );
      if (!other) out.push({ p, part, whole, computed: share, message: shareMessage(part, whole, share, p) });
      continue;
    }
    // 现有党员48名（年初52名…），其中女党员18名，占34.6%: the part right after 其中, the whole the figure 其中 follows,
    // an aside in brackets between them left out.
    const ofWhole = THEIR_SHARE.exec(lead);
    if (ofWhole) {
      const at = s + ofWhole.index;
      const part = before[before.length - 1];
      const outside = before.filter((q) => q.to <= at && q.kind === 'count' && !asideBefore(text, q, at));
      const whole = outside[outside.length - 1];
      if (
        part &&
        whole &&
        part.from > at &&
        before.filter((q) => q.from > at).length === 1 &&
        part.kind === 'count' &&
        sameKind(part, whole) &&
        part.value !== undefined &&
        whole.value !== undefined &&
        !part.approx &&
        !whole.approx &&
        part.value < whole.value &&
        !isDelta(text, part) &&
        !isDelta(text, whole) &&
        /^[，,]?\s*$/.test(text.slice(whole.to, at).replace(/[（(][^（()）]*[）)]/g, ''))
      ) {
        const share = (part.value / whole.value) * 100;
        if (!fits(share, p, extra + leeway(part, whole))) out.push({ p, part, whole, computed: share, message: shareMessage(part, whole, share, p) });
        continue;
      }
    }
    if (BARE_SHARE.test(lead)) {
      // 支部8名党员中，女党员占37%: with one small count in the sentence, the share must be k of them.
      const counts = before.filter((q) => q.kind === 'count');
      const n = counts.length === 1 ? counts[0] : undefined;
      if (!n || n.value === undefined || !Number.isInteger(n.value) || n.value < 2 || n.value > 200 || !PEOPLE_OR_ITEMS.has(n.unit) || isDelta(text, n))
        continue;
      // Only a share of that count: 其中… or …中， between them (设立示范岗10个，教师中党员占68% is another whole).
      if (!OF_THEM.test(text.slice(n.to, p.from))) continue;
      let possible = false;
      for (let j = 0; j <= n.value && !possible; j++) possible = fits((j * 100) / n.value, p, extra);
      if (!possible) {
        const below = Math.floor((p.value * n.value) / 100);
        out.push({
          p,
          whole: n,
          computed: (below * 100) / n.value,
          message: `${n.raw}的${p.raw}是${r2((p.value * n.value) / 100)}${n.unit}，不是整数（${below}/${n.value}=${r2((below * 100) / n.value)}%，${below + 1}/${n.value}=${r2(((below + 1) * 100) / n.value)}%）。`,
        });
      }
      continue;
    }
    const groupRate = !RATE_WORD.test(lead) && ofGroup(text, lead, before, p, extra);
    if (groupRate) {
      out.push(groupRate);
      continue;
    }
    const rate = RATE_WORD.exec(lead) ?? ANY_RATE.exec(lead);
    if (rate) {
      // Exactly two counts of one unit in the sentence: the larger is the base.
      // (A rate of completion is of a plan in any measure — 目标每月降30万元，实际降24万元 — and the rest still to do,
      // 剩余6张排入明年, is neither the plan nor what was done.)
      const completion = rate[1] === '完成' || rate[1] === '达成';
      let counts = before.filter(
        (q) => (q.kind === 'count' || (completion && q.kind === 'money')) && !(completion && NOT_DONE.test(text.slice(Math.max(s, q.from - 4), q.from))),
      );
      // (原计划…48张…，最后两周只迁了3张，累计迁移42张，…完成率: of more figures, the one the plan names and the last one
      // named as done in all.)
      if (completion && counts.length > 2) counts = planAndDone(text, s, counts);
      if (counts.length !== 2 || counts[0].unit !== counts[1].unit || counts.some((q) => q.value === undefined || isDelta(text, q))) continue;
      // (覆盖全县17个乡镇、186个行政村，村级覆盖率100%: two things of one 、-list, neither a part of the other.)
      if (
        /^\s*[\u4e00-\u9fff]{1,6}\s*、\s*$/.test(text.slice(counts[0].to, counts[1].from)) &&
        counts[0].thing &&
        counts[1].thing &&
        counts[0].thing !== counts[1].thing
      )
        continue;
      // (覆盖小区由126个增加到148个，覆盖率86%: the two counts are one measure before and after a change; the rate's
      // base, all the compounds, is not given.)
      if (
        /[由从]\s*$/.test(text.slice(Math.max(s, counts[0].from - 2), counts[0].from)) &&
        /^\s*(?:增加|增长|提高|提升|上升|扩大|扩展|减少|下降|降低|压缩|缩减|缩短)?\s*[到至]\s*$/.test(text.slice(counts[0].to, counts[1].from))
      )
        continue;
      // 发放问卷468份，回收452份，回收率96.6%，满意率97.1%: a rate already stated after the two counts is theirs; a
      // second rate has another base (those who answered, not the forms sent).
      if (qs.some((q, j) => j < k && q.kind === 'percent' && q.from > counts[1].to && RATE_BEFORE_IT.test(text.slice(Math.max(s, q.from - 8), q.from))))
        continue;
      // 分拨中心1个、服务点168个，覆盖率98%: the rate must be of one of the counts (合格8人 → 合格率).
      const stem = rate[1];
      // (Pass rates go by other words too: 合格9人 … 持证率, 通过12人 … 合格率.)
      const kin = PASS.test(stem) ? PASS : stem === '完成' || stem === '达成' ? /实际|建成|完成|达成|累计/ : new RegExp(stem);
      // (排查漏点1480处，修复1436处，修复率…: any other rate is named by the verb of one count, the smaller, exactly.)
      const listed = RATE_WORD.test(lead);
      // (新入职48名，离职17名，离职率2.7%: a rate of leaving is of the staff there are, not of another flow.)
      if (!listed && LEAVING.test(stem)) continue;
      const near = listed
        ? (q: Quantity) => kin.test(q.verb + q.thing) || kin.test(text.slice(Math.max(0, q.from - 6), q.from))
        : (q: Quantity) => q.verb === stem && !q.thing && q.value! < counts.find((c) => c !== q)!.value!;
      if (!counts.some(near)) continue;
      // (体检1.94万人，1—9月累计体检4.86万人，体检率68.5%: both counts named by the rate's own doing are those who did it, over
      // two spans of time; the rate's base, those who could, is not given.)
      if (!listed && counts.every((q) => q.verb === stem && !q.thing)) continue;
      const [part, whole] = counts[0].value! < counts[1].value! ? [counts[0], counts[1]] : [counts[1], counts[0]];
      if (part.value === whole.value || whole.value! <= 0) continue;
      // (完成高标准农田建设6200亩，新增土地流转3100亩，全镇土地流转率46.8%: a rate named by its doing alone is of the whole
      // its own clause names — 全镇土地 — not of a thing the rate's clause never names.)
      if (!listed) {
        const rateLead = text.slice(scanBack(text, p.from, CLAUSE_END), p.from);
        const noun = rateLead.replace(/^(?:全[镇乡县市区村]|全年|今年)/, '').replace(new RegExp(`${stem}率(?:达到|达|为|是)?\\s*$`), '');
        const wholeClause = text.slice(scanBack(text, whole.from, CLAUSE_END), whole.to);
        if (/^[\u4e00-\u9fff]{2,6}$/.test(noun) && !wholeClause.includes(noun)) continue;
      }
      // 签约服务21.3万人，其中重点人群签约13.6万人，重点人群签约率81.2%: the rate is of the group the
      // smaller count names (its base, the group's size, is not given), not of the larger count.
      const rateAt = rate.index;
      const qualifier = lead.slice(afterLast(lead.slice(0, rateAt), QUALIFIER_STOP), rateAt);
      const names = (q: Quantity) => text.slice(Math.max(0, q.from - 12), q.from).includes(qualifier);
      // (受理来信128件，按期办结121件，按期办结率…: a word of how or when it was done, 按期, names no group; the rate is of all.)
      if (qualifier.length >= 2 && names(part) && !names(whole) && !MANNER.test(qualifier)) continue;
      // (抽检1260批次，检出不合格24批次，合格率98.1%: a count of those that failed gives the rate of the rest.)
      const failed = listed && FAILED.test(text.slice(Math.max(s, part.from - 6), part.from)) && !FAILED.test(lead.slice(rateAt - 3));
      const share = ((failed ? whole.value! - part.value! : part.value!) / whole.value!) * 100;
      // (评定优秀党员9名、合格党员39名，优秀率18.8%: two grades of one 、-list are all of those graded; the rate is of their sum.)
      if (/^\s*、\s*[\u4e00-\u9fff]{1,8}\s*$/.test(text.slice(counts[0].to, counts[1].from))) {
        const graded = (part.value! / (part.value! + whole.value!)) * 100;
        if (!failed && !fits(graded, p, extra + leeway(part, whole)) && !fits(share, p, extra + leeway(part, whole)))
          out.push({
            p,
            part,
            whole,
            computed: graded,
            message: `${shown(part)}÷(${shown(part)}+${shown(whole)})=${r2(graded)}%，与“${p.raw}”不符。`,
          });
        continue;
      }
      // 计划20个，实际完成22个，完成率110%: a rate may run over 100%, so either way round will do.
      const over = (whole.value! / part.value!) * 100;
      // (A rate written over 100% is read the other way round: 达成924人 of 772人 is 119.69%.)
      if (!fits(share, p, extra + leeway(part, whole)) && (failed || !fits(over, p, extra + leeway(whole, part))))
        out.push(
          p.value > 100 && !failed
            ? { p, part: whole, whole: part, computed: over, message: shareMessage(whole, part, over, p) }
            : failed
              ? { p, part, whole, computed: share, message: `(${shown(whole)}−${shown(part)})÷${shown(whole)}=${r2(share)}%，与“${p.raw}”不符。` }
              : { p, part, whole, computed: share, message: shareMessage(part, whole, share, p) },
        );
    }
  }
  for (const f of respectiveShares(text, qs, extra, skip)) out.push(f);
  return out;
}

const FULL_STOP = charSet('。！？!?\n');

/** 占比分别为 / 分别占…的 right before the first of a list of percentages. */
const RESPECTIVE = /分别(?:为|是|占(?:比)?(?:[^，,；;。]{0,12}的)?)?\s*$|占比分别为\s*$/;

/**
 * 现有党员46名，…女党员19名、35岁以下党员14名，占比分别为41.3%和28.6%: percentages given 分别 for the counts listed
 * right before them, each a share of the group the sentence opened with — the one count of people or things whose
 * name each part's ends with (党员 of 女党员, 35岁以下党员).
 */
function respectiveShares(text: string, qs: readonly Quantity[], extra: number, skip: ReadonlySet<number>): ShareFinding[] {
  const out: ShareFinding[] = [];
  for (let k = 0; k < qs.length; k++) {
    const first = qs[k];
    if (first.kind !== 'percent' || !RESPECTIVE.test(text.slice(Math.max(0, first.from - 16), first.from))) continue;
    const ps = [first];
    while (k + 1 < qs.length && qs[k + 1].kind === 'percent' && /^\s*[、和及与]\s*$/.test(text.slice(qs[k].to, qs[k + 1].from))) ps.push(qs[++k]);
    if (ps.length < 2 || ps.some((p) => p.value === undefined || skip.has(p.start))) continue;
    // (The group may be named before a ；: 现有党员46名，其中…；女党员19名、….)
    const s = scanBack(text, first.from, FULL_STOP);
    const counts = qs.filter((q) => q.from >= s && q.to <= first.from && q.kind === 'count' && q.value !== undefined && !q.approx);
    const parts = counts.slice(-ps.length);
    if (parts.length !== ps.length || parts.some((q) => isDelta(text, q))) continue;
    // (The parts one 、-list: nothing but their names between them.)
    if (parts.slice(1).some((q, i) => !/^、[^，,；;。、]{1,16}$/.test(text.slice(parts[i].to, q.from)))) continue;
    // (现有党员 → 党员: the words that say the group is all there is.)
    const core = (w: Quantity) => w.thing.replace(/^[^，,；;。]*?(?:现有|共有|全体|在册|在职|全部)/, '');
    const wholes = counts.filter(
      (w) =>
        w.to <= parts[0].from && core(w).length >= 2 && parts.every((q) => sameKind(q, w) && q.value! < w.value! && !!q.thing && q.thing.endsWith(core(w))),
    );
    // (The first such count is the group: 正式党员44名 after 现有党员46名 is some of it.)
    const whole = wholes[0];
    // (…and no count of its kind before it: 正式党员44名 after 党员46名, is some of the group, never the group.)
    if (!whole || counts.some((q) => q.to <= whole.from && sameKind(q, whole))) continue;
    parts.forEach((part, i) => {
      const p = ps[i];
      const share = (part.value! / whole.value!) * 100;
      if (!fits(share, p, extra + leeway(part, whole))) out.push({ p, part, whole, computed: share, message: shareMessage(part, whole, share, p) });
    });
  }
  return out;
}

/** The figure a sentence names as its plan (计划、目标) and the last it names as done in all (累计、实际、共); else all of them. */
function planAndDone(text: string, from: number, counts: Quantity[]): Quantity[] {
  const plan = counts.find((q) => /(?:计划|目标)/.test(text.slice(Math.max(from, q.from - 16), q.from)));
  const done = counts.filter((q) => q !== plan && /(?:累计|实际|共计?)[\u4e00-\u9fff]{0,4}\s*$/.test(text.slice(Math.max(from, q.from - 8), q.from))).pop();
  return plan && done && plan.unit === done.unit ? [plan, done] : counts;
}

/** Whether `q` stands in brackets that close before `end`: an aside of its sentence (（其中预备党员3名）). */
function asideBefore(text: string, q: Quantity, end: number): boolean {
  const open = Math.max(text.lastIndexOf('（', q.from), text.lastIndexOf('(', q.from));
  if (open < 0) return false;
  const before = text.slice(open + 1, q.from);
  if (/[）)]/.test(before)) return false;
  const m = /[）)]/.exec(text.slice(q.to, end));
  return !!m && !/[（(]/.test(text.slice(q.to, q.to + m.index));
}

/** Words naming those that failed what a pass rate counts: 不合格, 未通过, 不达标. */
const FAILED = /不合格|未通过|没通过|不达标|未达标|不及格|不满意|未办结|未完成/;

/** How or when a thing was done (按期办结, 及时处置), before the rate's verb: no group of the whole. */
const MANNER = /^(?:按期|按时|如期|及时|限时|准时|当场|当日|当天|一次性)$/;

/** Rates of leaving or loss (离职率, 流失率): of the whole staff or stock, never of the count beside them. */
const LEAVING = /离职|流失|辞职|退出|淘汰|死亡|脱落|流动/;

/** A rate named right before a percentage (回收率, 合格率为). */
const RATE_BEFORE_IT = /率(?:达到|达|为|是)?\s*$/;

/** A rate of any name right before the percentage: 治理率达到, 按期换届率. */
const ANY_RATE = /([\u4e00-\u9fff]{2})率(?:达到|达|为|是)?\s*$/;
/** The group a sentence counts out, then a comma: 38个行政村中， */
const GROUP_THEN = /^[^，,；;。：:]{0,20}中[，,]/;
/** A part that is the rest, not those done: 尚有7个村未完成. */
const NOT_DONE = /未|没有|尚有|剩余|其余|还有|仍有|待/;

/**
 * 全县46个村中，已有39个村完成卫生室标准化改造，改造率达到87%: the group the sentence counts out (…中，),
 * then those of it that did what the rate is named by (its word, 改造, said before the rate): the rate is
 * the second count over the first, whatever its name. Not a rate of another measure (户厕普及率), nor of the rest.
 */
function ofGroup(text: string, lead: string, before: readonly Quantity[], p: Quantity, extra: number): ShareFinding | undefined {
  const m = ANY_RATE.exec(lead);
  if (!m || !lead.slice(0, m.index).includes(m[1])) return undefined;
  const counts = before.filter((q) => q.kind === 'count');
  if (counts.length !== 2) return undefined;
  const [whole, part] = counts;
  if (!sameKind(whole, part) || whole.value === undefined || part.value === undefined || whole.approx || part.approx) return undefined;
  if (part.value >= whole.value || part.value <= 0 || isDelta(text, part) || isDelta(text, whole)) return undefined;
  const group = GROUP_THEN.exec(text.slice(whole.to, part.from));
  if (!group || NOT_DONE.test(text.slice(whole.to, p.from)) || /[；;]/.test(text.slice(whole.to, p.from))) return undefined;
  const share = (part.value / whole.value) * 100;
  const tol = extra + leeway(part, whole);
  if (fits(share, p, tol) || fits(100 - share, p, tol)) return undefined;
  return { p, part, whole, computed: share, message: shareMessage(part, whole, share, p) };
}

/**
 * The whole named by 占有效客户的: the one value stated earlier for a thing whose name is that
 * noun (less 总数, 全部…). Two different values for it, or none: undefined.
 */
function namedWhole(noun: string, part: Quantity, p: Quantity, all: readonly Quantity[]): Quantity | undefined {
  const full = noun.trim().replace(WHOLE_WORDS, '');
  // 占新引进企业数的: the count of 引进企业 named earlier (a trailing 数, a 新 before a verb, said or not).
  const name = full.replace(/(?<=[\u4e00-\u9fff]{2})数$/, '').replace(/^新(?=引进|招聘|招录|发展|建成|签约|注册|登记)/, '');
  if (name.length < 2 || part.value === undefined) return undefined;
  // 完成全年计划的76.4%: a plan, target or budget named alone is of the part's measure, and an earlier
  // 增量计划40亿元 may be another's (存款, not 利润); which one is meant cannot be told for sure.
  if (BARE_PLAN.test(name)) return undefined;
  // 全校1426名学生 … 乘坐校车学生286人 … 占学生总数的15.0%: the group named as it is (学生, in 人 or 名) is
  // the whole; one named with more before it (校车学生) is a part of it, taken only when nothing is named as it is.
  let found: Quantity | undefined;
  let loose: Quantity | undefined;
  let looseClash = false;
  // 支部现有党员26名 … 其中正式党员24名 … 党员24名，占党员总数的: the stock a body has of the group (现有/共有
  // 党员) is its whole, before any figure named as the group is (a part the writer shortened may be).
  let stock: Quantity | undefined;
  let stockClash = false;
  // (支部现有党员52名 … 占支部党员总数的: the body may be named before the verb, the group after it.)
  const split = [...Array(Math.max(0, name.length - 3)).keys()].map((i) => [name.slice(0, i + 2), name.slice(i + 2)]);
  const stockName = (x: string) => STOCK_VERBS.some((v) => x.endsWith(`${v}${name}`) || split.some(([body, group]) => x.endsWith(`${body}${v}${group}`)));
  for (const q of all) {
    if (q.start >= p.start) break;
    if (q === part || !sameKind(q, part) || q.value === undefined || q.approx || q.range || q.thing.length < 2) continue;
    // 签约/对象 3.6万人 is named 签约对象: the verb is part of the name.
    const exact = (x: string) => x === name;
    const near = (x: string) => x.endsWith(name) && x.length - name.length <= 2;
    if (stockName(q.thing) || stockName(q.verb + q.thing)) {
      if (stock && stock.value !== q.value) stockClash = true;
      stock = q;
    }
    if (exact(q.thing) || exact(q.verb + q.thing)) {
      if (found && found.value !== q.value) return undefined;
      found = q;
    } else if (near(q.thing) || near(q.verb + q.thing)) {
      if (loose && loose.value !== q.value) looseClash = true;
      loose = q;
    }
  }
  if (stock) return stockClash ? undefined : stock;
  if (found) return found;
  return looseClash ? undefined : loose;
}

/** What a body has of a group: 现有党员, 共有教师. */
const STOCK_VERBS = ['现有', '共有', '拥有'];

/** A bar of filled and empty cells right before or after the percentage. */
function progressBar(text: string, p: Quantity): { filled: number; cells: number; ratio: number } | undefined {
  const count = (from: number, step: 1 | -1) => {
    let filled = 0;
    let empty = 0;
    let i = from;
    // Spaces and brackets between the bar and the figure: [████░░] 80%, 80% ████░░.
    while (i >= 0 && i < text.length && ' []【】|'.includes(text[i])) i += step;
    for (; i >= 0 && i < text.length; i += step) {
      const c = text[i];
      if (FILLED.includes(c)) filled++;
      else if (EMPTY.includes(c)) empty++;
      else break;
    }
    return { filled, cells: filled + empty };
  };
  for (const b of [count(p.from - 1, -1), count(p.to, 1)]) {
    if (b.cells >= 5 && b.filled <= b.cells) return { ...b, ratio: (b.filled / b.cells) * 100 };
  }
  return undefined;
}
