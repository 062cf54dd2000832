// history/growth: a change stated against last year (同比增长12%, 较上年提高3个百分点, 较上年增加20名)
// that does not follow from this year's figure and the one last year's report gave for the same
// indicator. When the sentence itself gives last year's value, numbers/percent checks it instead.
// Runs only when last year's report is given (`--previous`, `previous:`).
import type { Check } from '../rule.js';
import type { Draft } from '../types.js';
import type { Quantity } from '../figures/quantities.js';
import { fmt } from '../figures/quantities.js';
import { indicatorOf } from '../figures/ledger.js';
import { isDelta } from '../figures/breakdowns.js';
import { lastYearValue, lastYearWords, levelsOf, plannedClause, planParts, years } from '../figures/history.js';
import { scanBack, SENTENCE_END } from '../text/scan.js';

const INCREASE = '增长|增加|提高|提升|上升|多';
/** Measures whose growth is stated at comparable prices (统计上按不变价计算). */
const COMPARABLE = /生产总值|GDP|增加值/i;
/** A rate on a base other than last year's stated figure. */
const ADJUSTED = /可比价|不变价|可比口径|同口径|实际增长|扣除价格因素/;
const DECREASE = '下降|减少|降低|回落|少';

/**
 * Half a unit of the last written digit of a figure rounded to 万 or 亿 (1.2万 → 500); 0 for one
 * written in full (312起, 98%), taken as exact — as numbers/percent takes the levels it checks.
 */
function halfUnit(q: Quantity): number {
  const scale = q.raw.includes('亿') ? 1e8 : q.raw.includes('万') ? 1e4 : 1;
  return scale === 1 ? 0 : 0.5 * 10 ** -q.decimals * scale;
}

function r2(n: number): string {
  return fmt(Math.round(n * 100) / 100);
}

/** Amounts as a writer writes them, all in the scale of the largest (10.22亿元, not 1022000000元). */
function amounts(unit: string, ...ns: number[]): string[] {
  if (unit !== '元') return ns.map((n) => `${r2(n)}${unit}`);
  const top = Math.max(...ns.map(Math.abs));
  const [scale, name] = top >= 1e8 ? [1e8, '亿元'] : top >= 1e4 ? [1e4, '万元'] : [1, '元'];
  return ns.map((n) => `${r2(n / scale)}${name}`);
}

export const historyGrowthCheck: Check = {
  name: 'history-growth',
  rules: [
    {
      id: 'history/growth',
      title: '同比增幅与今年、去年总结中的数字对不上',
      titleEn: "A change against last year does not follow from the two years' figures",
      rationale:
        '“同比增长12%”“较上年增加20名”应能由今年的数字和去年总结里报的同一指标算出；算不出来，说明今年的数、去年的数或增幅至少有一个错了。只在给出去年的总结（--previous 或 previous: 设置）时检查。',
      defaultSeverity: 'warning',
      fixable: false,
      example: {
        previous:
          '2023年度工作总结\n一、主要工作\n坚持把党的政治建设摆在首位，全年召开党委理论学习中心组学习会12次。全年新发展党员12名，化解矛盾纠纷286起。\n2023年5月，在幸福里、锦绣苑两个小区启动“红色物业”试点。',
        bad: '2024年度工作总结\n一、主要工作\n全年化解矛盾纠纷312起，同比增长12%。',
        good: '2024年度工作总结\n一、主要工作\n全年化解矛盾纠纷312起，同比增长9.1%。',
      },
    },
  ],
  run(model) {
    const prev = model.previous;
    if (!prev) return [];
    const { last } = years(model);
    const marker = lastYearWords(last);
    const against = new RegExp(`同比|(?:较|比|与)(?:${marker.source})`);
    const lead = new RegExp(`(?:同比|(?:较|比)(?:${marker.source})(?:同期)?)?(?:(${INCREASE})|(${DECREASE}))(?:了|为|达|达到)?\\s*$`);
    const levels = levelsOf(prev);
    // Next year's plan and budget (今年拟安排……比上年增加) measure from this year's outturn, which
    // neither report states: only figures reported as done are checked.
    const plans = planParts(model);
    const out: Draft[] = [];
    const qs = model.quantities;
    qs.forEach((d, k) => {
      if (d.value === undefined) return;
      const block = model.blocks[d.blockIndex];
      if (block.kind === 'tableRow') return;
      const text = block.text;
      const before = text.slice(Math.max(0, d.from - 12), d.from);
      const m = lead.exec(before);
      if (!m) return;
      // 年均增长6.3%: an average over several years, not the change on last year.
      if (/(?:年均|年平均|平均每年|平均)(?:增长|增加|提高|提升|上升|下降|减少|降低|回落)/.test(before)) return;
      const s = scanBack(text, d.from, SENTENCE_END);
      const sentence = text.slice(s, d.from);
      if (!against.test(sentence)) return;
      // Last year's value in the sentence itself (由…到…, 较上年的12名): numbers/percent has it.
      if (new RegExp(`(?:${marker.source})(?:同期)?的?\\s*[0-9０-９]`).test(sentence) || /(?:由|从)[^，,；;。]{0,12}[0-9０-９]/.test(sentence)) return;
      const down = Boolean(m[2]);
      // This year's level: the nearest figure before the change, in its sentence, that is no change itself.
      const level = qs
        .slice(0, k)
        .reverse()
        .find(
          (b) =>
            b.blockIndex === d.blockIndex &&
            b.from >= s &&
            b.value !== undefined &&
            !isDelta(text, b) &&
            (d.kind === 'points' ? b.kind === 'percent' : d.kind === 'percent' ? b.kind === 'count' || b.kind === 'money' : b.unit === d.unit),
        );
      if (!level || level.value === undefined) return;
      if (plans.some((n) => level.start >= n.start && level.start < n.end) || plannedClause(text, level)) return;
      const indicator = indicatorOf(text, level);
      if (indicator.length < 2) return;
      // Output (生产总值, 增加值) grows at comparable prices, and a rate 按可比口径/同口径 is on an
      // adjusted base: neither follows from the two years' nominal figures, and neither is wrong.
      const tail = text.slice(d.end);
      const stop = tail.search(/[。；;！!？?\n]/);
      if (COMPARABLE.test(indicator) || ADJUSTED.test(sentence + tail.slice(0, stop < 0 ? tail.length : stop))) return;
      const was = lastYearValue(levels, indicator, level.unit);
      if (!was || was.q.value === undefined || was.q.value <= 0) return;
      const A = was.q.value;
      const B = level.value;
      const h = halfUnit(level) + halfUnit(was.q);
      const stated = down ? -d.value : d.value;
      let fits: boolean;
      let computed: number;
      let how: string;
      if (d.kind === 'percent') {
        computed = ((B - A) / A) * 100;
        const lo = ((B - h - A) / (A + h)) * 100;
        const hi = ((B + h - A) / Math.max(A - h, 1e-9)) * 100;
        const tol = 0.5 * 10 ** -d.decimals + 0.05;
        fits = stated >= lo - tol && stated <= hi + tol;
        how = `(${r2(B)}−${r2(A)})÷${r2(A)}=${r2(computed)}%`;
      } else if (d.kind === 'points') {
        computed = B - A;
        fits = Math.abs(stated - computed) <= 0.5 * 10 ** -d.decimals + h + 0.05;
        how = `${r2(B)}%−${r2(A)}%=${r2(computed)}个百分点`;
      } else {
        computed = B - A;
        fits = Math.abs(stated - computed) <= h + halfUnit(d) + 1e-9;
        const [b, a, c] = amounts(d.unit, B, A, computed);
        how = `${b}−${a}=${c}`;
      }
      if (fits) return;
      out.push({
        start: d.start,
        end: d.end,
        message: `“${m[0].trim()}${d.raw}”与两年的数字对不上：去年的总结（第 ${was.line} 行）报“${indicator}”${was.q.raw}，今年${level.raw}，${how}。`,
        related: [{ start: level.start, end: level.end, message: `今年：${indicator}${level.raw}` }],
        data: { indicator, lastYear: { raw: was.q.raw, value: A, line: was.line }, thisYear: { raw: level.raw, value: B }, stated, computed },
      });
    });
    return out;
  },
};
