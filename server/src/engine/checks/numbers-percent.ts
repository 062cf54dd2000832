// numbers/percent: a percentage against the figures it is computed from —
//   由120家增加到150家，增长25%            (B−A)/A
//   发展党员100名，较上年增加20名，增长25%   D/(V−D)
//   共100名，其中党员60名，占60%            part/total
//   覆盖率由85%提高到90%，提高了5%          → 5个百分点, not 5%
// and the rows of a GFM table with last year's, this year's and a growth column.
// Rounding tolerance follows the decimals written (25% ±0.5, 12.5% ±0.05) plus the
// pack's `tolerance`.
import { num, plainFields } from '../explain.js';
import { type Check, optionsSchema, stringList } from '../rule.js';
import type { Block, Draft } from '../types.js';
import { fmt, type Quantity } from '../figures/quantities.js';
import { findBreakdowns, isDelta } from '../figures/breakdowns.js';
import { SUM_DEFAULTS } from './numbers-sum.js';
import { readTables } from '../figures/tables.js';
import { scanBack, scanForward, CLAUSE_END, SENTENCE_END } from '../text/scan.js';
import { compiledBy } from '../run/compiled.js';
import { checkShares, LEEWAY, leeway } from './percent-shares.js';
import { pointsByTheirSize } from './numbers-percent-points.js';
import { rowChanges } from './percent-table-rows.js';
import { bareGrowth } from './percent-bare-growth.js';
import { tableShares } from './percent-table-shares.js';

export const PERCENT_DEFAULTS = {
  /** Extra tolerance in percentage points on top of rounding. */
  tolerance: 0,
  increaseWords: ['增长', '增加', '提高', '提升', '上升', '增幅', '增长率', '增速'],
  decreaseWords: ['下降', '减少', '降低', '降幅', '回落', '缩短'],
};

function tol(q: { decimals: number }, extra: number): number {
  return 0.5 * Math.pow(10, -q.decimals) + extra + 1e-9;
}

/** 比上年的 / 较2023年同期的 right before a figure: that figure is the base of the rate after it. */
// (较上年（85.3%）提高: the base may stand in brackets after the comparison.)
// (较年初的1.62% / 比6月末的: a level at another point of the year is a base as well.)
// (比上学年的45人次: a school counts its years by 学年 and 学期.)
const BASE_LEAD =
  /(?:比|较)(?:上年|去年|上一年|前一年|上学年|上一学年|上学期|上一学期|上年度|同期|上年同期|去年同期|(?:19|20)[0-9]{2}年(?:同期)?|年初|上年末|上月末?|上季度?末|[0-9０-９一二三四五六七八九十]{1,2}月(?:末|底))?(?:的)?\s*[（(]?\s*$/;

/** （年初131家） / ，上年末为: a level named, in brackets or a clause of its own, as the one the change started from. */
const START_LEVEL = /(?:^|[（(，,])(?:年初|上年末|去年末|上年底|去年底|上年同期|去年同期|上年|去年)(?:为|是)?$/;

/** ，上年这一数字为 / ，去年同期为: a clause of its own giving last year's level of the measure just stated. */
const PRIOR_LEVEL = /^[，,](?:上年|去年|上一年|前一年)(?:同期)?(?:这一数字|该数字|这一数据|该数据|这一指标|该指标)?(?:为|是)$/;
/** （上年25.2万人次）: last year's level of the measure just stated, in brackets right after it. */
const PRIOR_BRACKET = /^[（(](?:上年|去年|上一年|前一年)(?:同期)?(?:为|是)?$/;

/** Units a duration is written in, larger first (4小时10分钟). */
const DURATION_UNITS = new Set(['天', '小时', '分钟', '秒']);

/** A measure's whole, named by what it counts up (信访总量, 热线工单总数): what comes before it is the measure. */
const TOTAL_NOUN = /(?:总量|总数|总额)$/;

/** A measure without the place it is of (全镇新办营业执照, 我校本科上线): the report's own area either way. */
function plainThing(t: string): string {
  return t.replace(/^(?:全[镇乡县市区省村校院]|我[校院局镇县区市])/, '');
}

/** The one year a sentence names (2025年高考…), or undefined when it names none or several. */
function yearOf(t: string): number | undefined {
  const ys = new Set([...t.matchAll(/((?:19|20)[0-9]{2})年/g)].map((m) => Number(m[1])));
  return ys.size === 1 ? [...ys][0] : undefined;
}

/** Spaces some writers put around figures (较上年的 412 人增长 16.8%): not part of what the gap says. */
function squeeze(t: string): string {
  return t.replace(/\s+/g, '');
}

/** A figure's value in the scale it was written in: 8.8亿 for 880000000. */
function shown(q: Quantity): string {
  const scale = q.raw.includes('亿') ? 1e8 : q.raw.includes('万') ? 1e4 : 1;
  return scale === 1 ? fmt(q.value!) : `${fmt(q.value! / scale)}${scale === 1e8 ? '亿' : '万'}`;
}

/** A cell holding a whole count in full (87, 120 件), not 3.6万 or 12.5. */
function wholeCell(c: { text: string; decimals: number }): boolean {
  return c.decimals === 0 && !/[万亿]/.test(c.text);
}

/** A symmetric approximation (约, 大约, 左右, 上下), nothing else said of the figure's bounds. */
const ABOUT = /^(?:约|大约)?(?:左右|上下)?$/;

/** The bounds of an approximate rate (约45%): its nominal value, five points either way, within the ±15% read for 约. */
function about(p: Quantity): [number, number] {
  const v = (p.min + p.max) / 2;
  const half = Math.min((p.max - p.min) / 2, 5);
  return [v - half, v + half];
}

function r2(n: number): string {
  return fmt(Math.round(n * 100) / 100);
}

// Compiled once per word lists (every draft of a CLI run has the same ones); none is global.
const rateRegexes = compiledBy(([inc, dec]: [string, string]) => ({
  rateLead: new RegExp(`(?:同比|较上年|比上年|环比)?(?:${inc}|${dec})(?:了|为|达|达到)?$`),
  gapOk: new RegExp(`^[）)]?[，,、]?\\s*(?:同比|较上年|比上年|较去年|比去年|环比)?(?:${inc}|${dec})(?:了|为|达|达到)?$`),
  isDec: new RegExp(`(?:${dec})(?:了|为|达|达到)?$`),
}));

/** 在需求量增加近两成的情况下反而: the conditions a change came about under, between its level and its rate. */
const CONCESSIVE = /^([）)]?[，,]?)(?:在|于)[^，,；;。%％]{2,20}(?:的情况下|的背景下|的前提下|的同时)[，,]?(?:反而|仍然|依然|仍|还|却|也)?/;

/** A rate stated right before its figure: 留存率达, 占比为, 增速, 同比增长. */
const RATE_BEFORE = /(?:率|占比|比重|比例|增速|增幅|增长|下降)(?:了|为|达|达到|是)?$/;
/** 较支行平均水平高 / 比全省低了: the figure after it is how far apart the two are. */
// (增幅比全县平均高出: the rate named again as the subject of the comparison.)
const THAN_BY = /^[，,](?:且|并)?(?:增速|增幅|涨幅|降幅)?(?:较|比)([\u4e00-\u9fff]{2,16}?)(高|低|高出|低出)了?$/;
/** 低于预算目标 / 高于各项贷款增速: the figure after it is either the other rate or how far apart they are. */
const ABOVE_BELOW = /^[，,](?:且|并|均)?(高于|低于|超过|超出)([\u4e00-\u9fff]{2,16}?)$/;
/** 点 right after a percent sign and ending its clause (8%点，), not a word of its own (5%点击率). */
const PERCENT_POINT = /^点(?:[，,。；;、！!？?）)\s]|$)/;

/** A comparison with another time (上年、同期、2024年): a change of one rate, which may be relative. */
const OTHER_TIME = /上年|去年|前年|同期|年初|年末|上月|上季|上期|往年|历史|以前|此前|(?:19|20)[0-9]{2}|[上下]半年|季度/;

/**
 * Whether percentage `p` states how far rate `r` (the figure before it, one clause back) is from
 * another rate, in % where 个百分点 is meant. 较…高/低 says so outright; 高于/低于… says so only when
 * `p` cannot be the other rate itself (低于目标9% after 81%: 81% is not below 9%), as 低于控制标准0.2%
 * after 0.12% may well name the standard.
 */
export function rateGap(text: string, r: Quantity, p: Quantity): { against: string } | undefined {
  if (r.kind !== 'percent' || p.kind !== 'percent' || r.value === undefined || p.value === undefined || p.approx || r.approx) return undefined;
  const clause = squeeze(text.slice(scanBack(text, r.from, CLAUSE_END), r.from));
  if (!RATE_BEFORE.test(clause)) return undefined;
  // (…高15%的客户: the figure must end its clause.)
  if (!/^\s*(?:[，,；;。！!]|$)/.test(text.slice(p.to))) return undefined;
  const between = squeeze(text.slice(r.to, p.from));
  const by = THAN_BY.exec(between);
  if (by) return OTHER_TIME.test(by[1]) ? undefined : { against: by[1] };
  const ab = ABOVE_BELOW.exec(between);
  if (!ab || OTHER_TIME.test(ab[2]) || ab[2].endsWith('的')) return undefined;
  const above = ab[1] !== '低于';
  return (above ? p.value > r.value : p.value < r.value) ? { against: ab[2] } : undefined;
}

export const numbersPercentCheck: Check = {
  name: 'numbers-percent',
  rules: [
    {
      id: 'numbers/percent',
      title: '百分比与所依据的数据不符，或把“个百分点”写成“%”',
      titleEn: 'Percentage inconsistent with its figures, or % used for percentage points',
      rationale: '增长率、占比可以由文中的数字直接算出，算不对的百分比最损可信度；两个比率之差是“个百分点”，不是“%”。',
      defaultSeverity: 'error',
      fixable: false,
      options: optionsSchema({
        tolerance: { type: 'number', minimum: 0, description: '在四舍五入误差之外再允许的误差（百分点，默认 0；依据的数字带小数或万、亿时另加 0.05）' },
        increaseWords: stringList('表示增长的词'),
        decreaseWords: stringList('表示下降的词'),
      }),
      example: { bad: '服务企业由去年的120家增加到150家，增长20%。', good: '服务企业由去年的120家增加到150家，增长25%。' },
      explain(d) {
        if (d.kind === 'points') return [`${num(d.to)}% − ${num(d.from)}% = ${num(d.points ?? d.computed)} 个百分点`, `文中写的是 ${num(d.stated)}`];
        if (d.kind === 'gap') return [`${num(d.rate)}% 与${String(d.against)}相比：两个比率相差 ${num(d.stated)} 个百分点`, `文中写的是 ${num(d.stated)}%`];
        if (d.kind === 'delta') return [`${num(d.delta)} ÷ (${num(d.value)} − ${num(d.delta)}) × 100% = ${num(d.computed)}%`, `文中写的是 ${num(d.stated)}%`];
        if (d.kind === 'share') return [`${num(d.part)} ÷ ${num(d.total)} × 100% = ${num(d.computed)}%`, `文中写的是 ${num(d.stated)}%`];
        if (d.from !== undefined && d.to !== undefined && d.computed !== undefined)
          return [`(${num(d.to)} − ${num(d.from)}) ÷ ${num(d.from)} × 100% = ${num(d.computed)}%`, `文中写的是 ${num(d.stated)}`];
        return plainFields(d);
      },
    },
  ],
  run(model, ctx) {
    const opts = ctx.options('numbers/percent', PERCENT_DEFAULTS);
    // Words, not patterns: escaped, so a pack's `(` or `(a+)+b` is matched literally.
    const words = (list: string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)';
    const { rateLead, gapOk, isDec } = rateRegexes([words(opts.increaseWords), words(opts.decreaseWords)]);
    const out: Draft[] = [];
    const byBlock = new Map<number, Quantity[]>();
    for (const q of model.quantities) {
      if (model.blocks[q.blockIndex].kind === 'tableRow') continue;
      const l = byBlock.get(q.blockIndex);
      if (l) l.push(q);
      else byBlock.set(q.blockIndex, [q]);
    }
    const push = (block: Block, q: Quantity, message: string, related: { q: Quantity; m: string }[], data: Record<string, unknown>) =>
      out.push({ start: q.start, end: q.end, message, related: related.map((r) => ({ start: r.q.start, end: r.q.end, message: r.m })), data });
    // The text of a figure's sentence before it.
    const textBefore = (q: Quantity) => {
      const t = model.blocks[q.blockIndex].text;
      return t.slice(scanBack(t, q.from, SENTENCE_END), q.from);
    };
    for (const [bi, qs] of byBlock) {
      const block = model.blocks[bi];
      const text = block.text;
      for (let k = 0; k < qs.length; k++) {
        const p = qs[k];
        // (降幅约78%: an approximate rate is checked by its bounds against a change from one level to another.)
        const roughly = p.value === undefined && !p.range && Number.isFinite(p.max) && p.min > 0;
        if (p.kind !== 'percent' || (p.value === undefined && !roughly)) continue;
        let s = p.from;
        s = scanBack(text, s, SENTENCE_END);
        const direct = squeeze(text.slice(Math.max(s, p.from - 8), p.from));
        if (!rateLead.test(direct)) continue;
        const before = qs.filter((q) => q.from >= s && q.to <= p.from);
        const down = isDec.test(direct);
        const stated = (rateLead.exec(direct)?.[0] ?? '') + p.raw;
        // A percentage from a base A to a level B (both figures of this sentence).
        const growth = (a: Quantity, b: Quantity) => {
          if (a.unit !== b.unit) return;
          // (从平均4小时10分钟降到52分钟: a duration written in two units is one level, not its minutes alone.)
          if ([a, b].some((x) => qs.some((q) => q.to <= x.from && DURATION_UNITS.has(q.unit) && !text.slice(q.to, x.from).trim()))) return;
          // (从 4 分 20 秒降到 52 秒: 4 分 is no figure the reader takes, but it is part of the level all the same.)
          if ([a, b].some((x) => /[0-9０-９]\s*(?:分|时|小时|天|h|min|m)\s*$/.test(text.slice(Math.max(0, x.from - 6), x.from)))) return;
          if (a.kind === 'percent' && b.kind === 'percent') {
            if (roughly) return;
            const pts = b.min - a.min;
            const rel = ((b.min - a.min) / a.min) * 100;
            const t = tol(p, opts.tolerance) + leeway(a, b);
            // A rate's change stated in %: 个百分点 when the points difference fits it at least as well
            // (92%→95%, 提高了3%: 3.26% relative would round to 3 too, but a rate moves in points).
            const offPts = Math.abs(Math.abs(pts) - p.value!);
            const offRel = Math.abs(Math.abs(rel) - p.value!);
            if (a.value !== undefined && b.value !== undefined && offPts <= t && (offRel > t || offPts < offRel)) {
              push(
                block,
                p,
                `${fmt(b.value)}%−${fmt(a.value)}%=${r2(pts)}，两个比率之差应写作“${fmt(p.value!)}个百分点”，不是“${p.raw}”（按“%”计应为${r2(Math.abs(rel))}%）。`,
                [
                  { q: a, m: `原值${a.raw}` },
                  { q: b, m: `现值${b.raw}` },
                ],
                { from: a.value, to: b.value, points: pts, relative: rel, stated: p.value, kind: 'points' },
              );
            }
            return;
          }
          if (a.min <= 0) return;
          const lo = ((b.min - a.max) / a.max) * 100;
          const hi = ((b.max - a.min) / a.min) * 100;
          const [mn, mx] = down ? [-hi, -lo] : [lo, hi];
          const t = tol(p, opts.tolerance) + leeway(a, b);
          // (P99 从420ms降到260ms，下降约45%: a rate said to be about X% of two exact levels is X rounded to tens at the
          // coarsest — five points either way — and never more than the ±15% 约 gives a figure.)
          const [pMin, pMax] = roughly && a.value !== undefined && b.value !== undefined && !!p.approx && ABOUT.test(p.approx) ? about(p) : [p.min, p.max];
          if (pMax < mn - t || pMin > mx + t) {
            const exact = a.value !== undefined && b.value !== undefined;
            const turned = exact && (down ? b.value! > a.value! : b.value! < a.value!) ? `，实为${down ? '增长' : '下降'}` : '';
            const calc = exact
              ? `(${shown(b)}−${shown(a)})÷${shown(a)}=${r2(((b.value! - a.value!) / a.value!) * 100)}%${turned}`
              : `按${a.raw}、${b.raw}计，应在${r2(mn)}%～${r2(mx)}%之间`;
            push(
              block,
              p,
              `${calc}，与“${stated}”不符。`,
              [
                { q: a, m: `原值${a.raw}` },
                { q: b, m: `现值${b.raw}` },
              ],
              {
                from: a.value ?? [a.min, a.max],
                to: b.value ?? [b.min, b.max],
                computed: exact ? ((b.value! - a.value!) / a.value!) * 100 : [mn, mx],
                stated: p.value ?? [p.min, p.max],
                kind: 'growth',
              },
            );
          }
        };
        // 由A增至B，增长X%  /  A…增加到B，同比增长X%
        // (squeezed: Markdown writers space their figures — 从 2023 年的 1640 张降到 1230 张.)
        const toIdx = before.findIndex(
          (q, i) =>
            i > 0 &&
            // (降至今年上半年的30个: the period the level is of may stand between.)
            // (提到了71%: 了 may follow the verb of the level reached.)
            /(?:至|到|为)了?(?:(?:[0-9０-９]{4}年|今年|本年|年末|年底)(?:[末底]|[上下]半年|[一二三四]季度)?的?)?$/.test(
              squeeze(text.slice(before[i - 1].to, q.from)),
            ) &&
            /(?:由|从)[^，,；;。]{0,10}$/.test(squeeze(text.slice(s, before[i - 1].from))),
        );
        if (toIdx > 0) {
          const a = before[toIdx - 1];
          const b = before[toIdx];
          // Nothing but the rate words between B and X% (营业收入增长20% is another measure).
          // (…降至30个，在需求量增加近两成的情况下反而下降了60%: a clause saying under what conditions does not
          // change what fell.)
          if (gapOk.test(squeeze(text.slice(b.to, p.from)).replace(CONCESSIVE, '$1'))) growth(a, b);
          continue;
        }
        // (An approximate rate is checked against a change from one level to another only.)
        if (p.value === undefined) continue;
        // 离职率下降1.5%，由上年的5.6%降至4.1%: the change stated first, then where it went from and to.
        const sentEnd = scanForward(text, p.to, SENTENCE_END);
        const after = qs.filter((q) => q.from >= p.to && q.to <= sentEnd);
        if (
          after.length >= 2 &&
          /^[，,]\s*(?:由|从)[^，,；;。\d]{0,8}$/.test(squeeze(text.slice(p.to, after[0].from))) &&
          /^(?:增|减|降|升|提高|提升|上升|下降|降低|减少|增加|增长)?(?:至|到)$/.test(squeeze(text.slice(after[0].to, after[1].from))) &&
          /^\s*(?:[，,；;。]|$)/.test(text.slice(after[1].to))
        ) {
          growth(after[0], after[1]);
          continue;
        }
        // B，比上年的A增长X%: A is the base (the 8亿 of 比上年的8亿元增长10%), B the level stated before it.
        const base = before[before.length - 1];
        if (
          base &&
          (BASE_LEAD.test(text.slice(Math.max(s, base.from - 10), base.from)) ||
            PRIOR_LEVEL.test(squeeze(text.slice(before[before.length - 2]?.to ?? s, base.from))) ||
            // (全年门诊12.4万人次（上年11.8万人次），同比增长…: the bracket right after the level gives its base.)
            PRIOR_BRACKET.test(squeeze(text.slice(before[before.length - 2]?.to ?? s, base.from)))) &&
          gapOk.test(squeeze(text.slice(base.to, p.from)))
        ) {
          // (…1860万元，上年这一数字为1500万元: the level is the figure ending the clause right before, nothing between them;
          // 9起（P0 2起、P1 7起），上年为15起 leaves the level unsure.)
          if (!BASE_LEAD.test(text.slice(Math.max(s, base.from - 10), base.from))) {
            const level = before[before.length - 2];
            if (level && level.unit === base.unit && level.kind === base.kind && !isDelta(text, level)) growth(base, level);
            continue;
          }
          // (收入18.64亿元，为年初预算18.22亿元的102.3%，比上年的17.62亿元增长5.8%: a figure that is itself the
          // whole of a 的X% is another measure's reference, not the level.)
          const refOf = (i: number) =>
            before[i + 1]?.kind === 'percent' && /^的(?:比例|比重)?(?:为|是)?$/.test(squeeze(text.slice(before[i].to, before[i + 1].from)));
          // (全年收入1.46亿元，其中财政拨款…、事业收入9400万元，较上年的1.32亿元增长10.6%: the parts after 其中 are a
          // breakdown; the level compared is the whole stated before it.)
          const whole = text.lastIndexOf('其中', base.from);
          const parts = whole >= s ? whole : -1;
          let level: Quantity | undefined;
          for (let i = before.length - 2; i >= 0 && !level; i--)
            if (before[i].unit === base.unit && before[i].kind === base.kind && !refOf(i) && (parts < 0 || before[i].to <= parts)) level = before[i];
          if (level && !isDelta(text, level)) growth(base, level);
          continue;
        }
        // 2025年…本科上线458人，同比增长12.2%, last year's level stated elsewhere (2024年…本科上线412人):
        // the one figure of the same measure whose sentence names the year before is the base.
        const level = before[before.length - 1];
        if (
          level &&
          level.value !== undefined &&
          level.kind !== 'percent' &&
          level.thing.length >= 2 &&
          !isDelta(text, level) &&
          /同比|较上年|比上年|较去年|比去年/.test(direct) &&
          gapOk.test(squeeze(text.slice(level.to, p.from)))
        ) {
          const year = yearOf(text.slice(s, level.from));
          const measure = plainThing(level.thing);
          // (2024年全县信访总量为1,250件次 … 2025年受理群众信访事项1,100件次; 热线工单总量 … 受理工单: a 总量 of the
          // same verb, or of a name ending in the measure, is that measure's whole.)
          const sameMeasure = (q: Quantity) => {
            if (plainThing(q.thing) === measure) return true;
            const of = TOTAL_NOUN.exec(q.thing) ? plainThing(q.thing.slice(0, -2)) : undefined;
            return of === '' ? !!q.verb && q.verb === level.verb : of !== undefined && measure.length >= 2 && of.endsWith(measure);
          };
          const prior = year ? model.quantities.filter((q) => q !== level && sameMeasure(q) && q.unit === level.unit && q.value !== undefined) : [];
          const base = prior.filter((q) => {
            const t = model.blocks[q.blockIndex].text;
            return model.blocks[q.blockIndex].kind !== 'tableRow' && yearOf(t.slice(scanBack(t, q.from, SENTENCE_END), q.from)) === year! - 1 && !isDelta(t, q);
          });
          if (base.length === 1 && prior.every((q) => q === base[0] || yearOf(textBefore(q)) === year)) {
            growth(base[0], level);
            continue;
          }
        }
        // V…，较上年增加D，增长X%
        const dIdx = before.length - 1;
        const d = before[dIdx];
        if (
          d &&
          d.value !== undefined &&
          d.kind !== 'percent' &&
          isDelta(text, d) &&
          /^[，,]?(?:同比)?$/.test(text.slice(d.to, p.from).replace(rateLead, ''))
        ) {
          const v = before
            .slice(0, dIdx)
            .reverse()
            .find((q) => q.unit === d.unit && q.kind === d.kind && !isDelta(text, q));
          if (!v || v.value === undefined) continue;
          const dDown = /(?:减少|下降|降低|少)[了]?$/.test(text.slice(Math.max(0, d.from - 4), d.from));
          // 总计70篇，相比较去年44篇，新增26篇，增幅59%: a figure written as last year's is the base itself.
          // (年末会员单位达到158家（年初131家），净增27家，增长20.6%: a level named as the start's, 年初, is the base too.)
          const vLead = squeeze(text.slice(Math.max(s, v.from - 10), v.from));
          const vIsBase = BASE_LEAD.test(vLead) || START_LEVEL.test(vLead);
          const base = vIsBase ? v.value : dDown ? v.value + d.value : v.value - d.value;
          if (base <= 0) continue;
          const rel = (d.value / base) * 100;
          if (Math.abs(rel - p.value) > tol(p, opts.tolerance) + leeway(v, d)) {
            push(
              block,
              p,
              vIsBase
                ? `${fmt(d.value)}÷${fmt(v.value)}=${r2(rel)}%，与“${stated}”不符。`
                : `${fmt(d.value)}÷(${fmt(v.value)}${dDown ? '+' : '−'}${fmt(d.value)})=${r2(rel)}%，与“${stated}”不符。`,
              [
                { q: v, m: `现值${v.raw}` },
                { q: d, m: `增减${d.raw}` },
              ],
              vIsBase
                ? { part: d.value, total: v.value, computed: rel, stated: p.value, kind: 'share' }
                : { value: v.value, delta: d.value, computed: rel, stated: p.value, kind: 'delta' },
            );
          }
        }
      }
    }
    // 占比: a part of a breakdown followed by 占…X%.
    // The breakdowns numbers/sum reads (same options, so found once per draft for both checks).
    for (const b of findBreakdowns(model, ctx.options('numbers/sum', SUM_DEFAULTS), ctx)) {
      const text = b.block.text;
      const qs = byBlock.get(b.total.blockIndex) ?? []; // a breakdown's figures are all of its block
      for (const part of b.parts) {
        if (part.blockIndex !== b.total.blockIndex) continue; // (a part listed on a line of its own)
        const after = text.slice(part.to, part.to + 14);
        const m = /^[（(，,]?\s*(?:占(?:比|总数|全部|总量|总额|比重|总人数)?(?:的)?|比重(?:为|达)?)(?:为|达)?/.exec(after);
        if (!m) continue;
        const p = qs.find((q) => q.from === part.to + m[0].length && q.kind === 'percent' && q.value !== undefined);
        if (!p || p.value === undefined || b.total.value === undefined || part.value === undefined || b.total.value === 0) continue;
        const share = (part.value / b.total.value) * 100;
        if (Math.abs(share - p.value) > tol(p, opts.tolerance) + leeway(part, b.total)) {
          push(
            b.block,
            p,
            `${fmt(part.value)}÷${fmt(b.total.value)}=${r2(share)}%，与“${p.raw}”不符。`,
            [
              { q: part, m: `分项${part.raw}` },
              { q: b.total, m: `合计${b.total.raw}` },
            ],
            { part: part.value, total: b.total.value, computed: share, stated: p.value, kind: 'share' },
          );
        }
      }
    }
    // 留存率达92%，较支行平均水平高15% / 综合成本率81%，低于预算目标9%: a rate against another rate differs in points.
    for (const [bi, qs] of byBlock) {
      const text = model.blocks[bi].text;
      for (let k = 1; k < qs.length; k++) {
        const gap = rateGap(text, qs[k - 1], qs[k]);
        if (!gap || out.some((d) => d.start === qs[k].start)) continue;
        const [r, p] = [qs[k - 1], qs[k]];
        push(
          model.blocks[bi],
          p,
          `${r.raw}与${gap.against}是两个比率相比，差值应写作“${fmt(p.value!)}个百分点”，不是“${p.raw}”。`,
          [{ q: r, m: `比率${r.raw}` }],
          { rate: r.value, against: gap.against, stated: p.value, kind: 'gap' },
        );
      }
    }
    // 付息率1.92%，较去年同期下降0.18%: a change too small to show in the rate if it were relative is in points.
    for (const [bi, qs] of byBlock) {
      const text = model.blocks[bi].text;
      for (let k = 1; k < qs.length; k++) {
        const [r, p] = [qs[k - 1], qs[k]];
        if (!pointsByTheirSize(text, r, p) || out.some((d) => d.start === p.start)) continue;
        push(
          model.blocks[bi],
          p,
          `${r.raw}与另一时期的比率相比，差值应写作“${fmt(p.value!)}个百分点”，不是“${p.raw}”（按“%”计，比率只变动约${String(Number(((r.value! * p.value!) / 100).toPrecision(2)))}个百分点，小于所写的精度）。`,
          [{ q: r, m: `比率${r.raw}` }],
          { rate: r.value, against: '另一时期', stated: p.value, kind: 'gap' },
        );
      }
    }
    // 存款率比上年高了8%点: a percent sign and 点 at once, a difference of two rates half written as 个百分点.
    for (const [bi, qs] of byBlock) {
      const text = model.blocks[bi].text;
      for (const p of qs) {
        if (p.kind !== 'percent' || p.value === undefined || !PERCENT_POINT.test(text.slice(p.to, p.to + 2))) continue;
        if (out.some((d) => d.start === p.start)) continue;
        push(model.blocks[bi], p, `“${p.raw}点”把“%”和“点”混写；两个比率之差应写作“${fmt(p.value)}个百分点”。`, [], { stated: p.value, kind: 'mixed' });
      }
    }
    // Shares whose whole is named in the sentence or earlier, rates over two counts, progress bars.
    const reported = new Set(out.map((d) => d.start));
    const prose = model.quantities.filter((q) => model.blocks[q.blockIndex].kind !== 'tableRow');
    for (const [bi, qs] of byBlock) {
      for (const f of checkShares(model.blocks[bi], qs, prose, opts.tolerance, reported)) {
        const related = [f.part && { q: f.part, m: `部分${f.part.raw}` }, f.whole && { q: f.whole, m: `总数${f.whole.raw}` }].filter(
          (r): r is { q: Quantity; m: string } => !!r,
        );
        push(model.blocks[bi], f.p, f.message, related, {
          part: f.part?.value,
          total: f.whole?.value,
          computed: f.computed,
          stated: f.p.value,
          kind: f.part ? 'share' : 'bar',
        });
      }
    }
    // Tables: plan | actual | 完成率 — the rate is the actual over the plan (or, for a figure that should
    // fall, the plan over the actual; 100 for a plan met and capped).
    for (const t of readTables(model)) {
      if (t.plan === undefined || t.curr === undefined || t.rate === undefined) continue;
      for (const r of t.rows) {
        const a = r.cells[t.plan];
        const b = r.cells[t.curr];
        const g = r.cells[t.rate];
        if (!a?.value || !b?.value || g?.value === undefined || a.percent !== b.percent || (g.unit && !g.percent)) continue;
        const computed = (b.value / a.value) * 100;
        const tt = tol(g, opts.tolerance) + (wholeCell(a) && wholeCell(b) ? 0 : LEEWAY);
        const near = (x: number) => Math.abs(x - g.value!) <= tt;
        if (near(computed) || near((a.value / b.value) * 100) || (g.value === 100 && b.value >= a.value)) continue;
        out.push({
          start: g.start,
          end: g.end,
          message: `“${r.label}”一行：${b.text}÷${a.text}=${r2(computed)}%，与${t.header[t.rate].text.replace(/[（(].*$/, '')}“${g.text}”不符。`,
          related: [
            { start: b.start, end: b.end, message: `实际${b.text}` },
            { start: a.start, end: a.end, message: `计划${a.text}` },
          ],
          data: { part: b.value, total: a.value, computed, stated: g.value, kind: 'share' },
        });
      }
    }
    // Tables: last year | this year | growth.
    for (const t of readTables(model)) {
      if (t.prev === undefined || t.curr === undefined || t.growth === undefined) continue;
      for (const r of t.rows) {
        const a = r.cells[t.prev];
        const b = r.cells[t.curr];
        const g = r.cells[t.growth];
        if (!a || !b || !g || a.value === undefined || b.value === undefined || g.value === undefined) continue;
        // A change written with its unit (-3 次, +12 人) in the growth column is a difference, not a rate.
        if (g.unit && !g.percent) continue;
        // (CLS | 0.21 | 0.06 | -0.15: a bare figure under a header that does not say % is the difference itself when it is one.)
        if (!g.percent && !t.points && Math.abs(b.value - a.value - g.value) <= tol(g, opts.tolerance)) continue;
        const pointsWanted = t.points || (a.percent && b.percent && !g.percent);
        const computed = pointsWanted ? b.value - a.value : a.value === 0 ? NaN : ((b.value - a.value) / a.value) * 100;
        if (!Number.isFinite(computed)) continue;
        // (Whole figures in full give no leeway beyond the growth's own rounding.)
        const tt = tol(g, opts.tolerance) + (wholeCell(a) && wholeCell(b) ? 0 : LEEWAY);
        if (Math.abs(computed - g.value) <= tt) continue;
        if (!pointsWanted && a.percent && b.percent && Math.abs(b.value - a.value - g.value) <= tt) {
          out.push({
            start: g.start,
            end: g.end,
            message: `“${r.label}”${b.text}−${a.text}=${r2(b.value - a.value)}，两个比率之差应写作“个百分点”，不是“${g.text}”。`,
            related: [
              { start: a.start, end: a.end, message: `上年${a.text}` },
              { start: b.start, end: b.end, message: `本年${b.text}` },
            ],
            data: { from: a.value, to: b.value, stated: g.value, computed: b.value - a.value, kind: 'points' },
          });
          continue;
        }
        const how = (pointsWanted ? `${b.text}−${a.text}=${r2(computed)}个百分点` : `(${b.text}−${a.text})÷${a.text}=${r2(computed)}%`).replace(/=-/, '=−');
        out.push({
          start: g.start,
          end: g.end,
          message: `“${r.label}”一行：${how}，与${/^[\u4e00-\u9fff]/.test(g.text) ? '' : '增幅'}“${g.text}”不符。`,
          related: [
            { start: a.start, end: a.end, message: `上年${a.text}` },
            { start: b.start, end: b.end, message: `本年${b.text}` },
          ],
          data: { from: a.value, to: b.value, stated: g.value, computed, kind: 'table' },
        });
      }
    }
    // 线上缺陷逃逸率 | 12.5% | 6.8% | -5.7个百分点, then in prose 线上缺陷逃逸率下降5.7%: a rate of a table row,
    // named in full, whose change the prose writes in % where the row's two levels differ by that many points.
    for (const t of readTables(model)) {
      for (const r of t.rows) {
        if (r.label.length < 3 || !/(?:率|占比|比重|比例)$/.test(r.label)) continue;
        const levels = r.cells.slice(1).filter((c) => c.percent && c.value !== undefined);
        // (Two levels, and perhaps the change between them in %: a third rate is a target or another column.)
        if (levels.length !== 2 && levels.length !== 3) continue;
        const [a, b] = levels;
        const pts = b.value! - a.value!;
        if (!pts || !a.value) continue;
        const rel = (pts / a.value!) * 100;
        if (levels.length === 3 && Math.abs(levels[2].value! - pts) > tol(levels[2], 0) && Math.abs(levels[2].value! - rel) > tol(levels[2], 0)) continue;
        // (不良贷款率 is 不良率 in prose: its first two characters and 率.)
        const names = r.label.length >= 4 && r.label.endsWith('率') ? [r.label, `${r.label.slice(0, 2)}率`] : [r.label];
        for (const [bi, qs] of byBlock) {
          const text = model.blocks[bi].text;
          if (!names.some((n) => text.includes(n))) continue;
          for (let k = 0; k < qs.length; k++) {
            const p = qs[k];
            if (p.kind !== 'percent' || p.value === undefined || p.approx || out.some((d) => d.start === p.start)) continue;
            const cs = scanBack(text, p.from, CLAUSE_END);
            const lead = squeeze(text.slice(cs, p.from));
            const change = `(${words(opts.increaseWords)}|${words(opts.decreaseWords)})(?:了|为|达)?$`;
            let m = text.includes(r.label) ? new RegExp(`${r.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:同比|较上年|环比)?${change}`).exec(lead) : null;
            // 不良率1.32%，比年初下降了0.21%: the row's rate stated at this year's level, then its change in a clause of its own.
            const lv = qs[k - 1];
            if (
              !m &&
              lv?.kind === 'percent' &&
              lv.value !== undefined &&
              Math.abs(lv.value - b.value!) < 1e-9 &&
              /^\s*[，,]\s*$/.test(text.slice(lv.to, cs)) &&
              names.some((n) =>
                squeeze(text.slice(scanBack(text, lv.from, CLAUSE_END), lv.from))
                  .replace(/(?:为|达到|达|是)$/, '')
                  .endsWith(n),
              )
            )
              m = new RegExp(`^(?:比|较)(?:年初|上年末?|去年末?|上年同期|去年同期|上年度)?${change}`).exec(lead);
            if (!m || isDec.test(m[1]) !== pts < 0) continue;
            const tt = tol(p, opts.tolerance) + tol(a, 0) + tol(b, 0);
            const offPts = Math.abs(Math.abs(pts) - p.value);
            const offRel = Math.abs(Math.abs(rel) - p.value);
            if (offPts > tt || offRel <= offPts) continue;
            push(
              model.blocks[bi],
              p,
              `“${r.label}”表中由${a.text}到${b.text}，${b.text}−${a.text}=${r2(pts)}，两个比率之差应写作“${fmt(p.value)}个百分点”，不是“${p.raw}”（按“%”计应为${r2(Math.abs(rel))}%）。`,
              [],
              { from: a.value, to: b.value, points: pts, relative: rel, stated: p.value, kind: 'points' },
            );
            out[out.length - 1].related = [
              { start: a.start, end: a.end, message: `原值${a.text}` },
              { start: b.start, end: b.end, message: `现值${b.text}` },
            ];
          }
        }
      }
    }
    // | P99 延迟 | 420 ms | … | 180 ms | (改造前 … 改造后), then in prose P99 延迟下降了 42.9%: the row's change, checked.
    const seen = new Set(out.map((d) => d.start));
    for (const d of rowChanges(model, byBlock, words(opts.increaseWords), words(opts.decreaseWords), opts.tolerance, seen)) out.push(d);
    // (峰值 TPS 由 3200 提升到 5600，提升约 43%: two bare figures, their measure named in Latin letters before them.)
    for (const d of bareGrowth(model, new Set(out.map((x) => x.start)))) out.push(d);
    // (A PSP time table in %: its categories are shares of the whole time, 10 + 90 + 10 is no 100.)
    for (const d of tableShares(model, readTables(model))) out.push(d);
    return out;
  },
};
