// history/restated: a figure this report gives for last year (由去年的120家…, 较上年的12名,
// 2023年为…, or 由46.9%提高到… in a part reviewing one year) that differs from what last year's own report stated for the same indicator.
// Runs only when last year's report is given (`--previous`, `previous:`).
import type { Check } from '../rule.js';
import type { Draft, ReportModel } from '../types.js';
import type { Quantity } from '../figures/quantities.js';
import { fmt } from '../figures/quantities.js';
import { indicatorOf } from '../figures/ledger.js';
import { isDelta } from '../figures/breakdowns.js';
import { lastYearValue, lastYearWords, levelsOf, years } from '../figures/history.js';
import { afterLast, charSet, scanBack, SENTENCE_END } from '../text/scan.js';

const CLAUSE_STOP = charSet('，,；;。：:\n');
/** A change word right before the figure: 较上年增加20名 states a change, not last year's value. */
const CHANGE_BEFORE = /(?:增加|增长|提高|提升|上升|下降|减少|降低|多|少)(?:了|为|达)?\s*$/;
const LEAD_PERIOD = /^(?:全年|今年|本年度?|当年|(?:19|20)[0-9]{2}年度?)+/;

/** The subject of 服务企业由去年的120家增加到150家: the words before 由/从/较/比 in the clause. */
function subjectBefore(text: string, q: Quantity, marker: RegExp): string {
  const lead = text.slice(scanBack(text, q.from, SENTENCE_END), q.from);
  const clause = lead.slice(afterLast(lead, CLAUSE_STOP));
  const m = new RegExp(`(?:由|从|较|比|与|是|为)?(?:${marker.source})`).exec(clause);
  const head = (m ? clause.slice(0, m.index) : '').replace(LEAD_PERIOD, '').replace(/[\s的]+$/, '');
  return head.length > 10 ? head.slice(-10) : head;
}

/** This report's figures for last year, each with the indicator it is a value of. */
export function restatedFigures(model: ReportModel, lastYear: number | undefined): { q: Quantity; indicator: string }[] {
  const marker = lastYearWords(lastYear);
  const tail = new RegExp(`(?:${marker.source})(?:同期)?(?:的|为|是|达|有|共)?\\s*$`);
  const out: { q: Quantity; indicator: string }[] = [];
  const qs = model.quantities;
  qs.forEach((q, k) => {
    if (q.value === undefined || q.kind === 'multiple') return;
    const block = model.blocks[q.blockIndex];
    if (block.kind === 'tableRow') return;
    const text = block.text;
    // (较上年的12名 reads as a change to isDelta: here the figure after 上年 is the base itself.)
    if (!tail.test(text.slice(Math.max(0, q.from - 10), q.from)) || CHANGE_BEFORE.test(text.slice(Math.max(0, q.from - 6), q.from))) return;
    let indicator = subjectBefore(text, q, marker);
    if (indicator.length < 2) {
      // 新发展党员15名，较上年的12名增加3名: the level stated just before it names the measure.
      const s = scanBack(text, q.from, SENTENCE_END);
      const prev = qs
        .slice(0, k)
        .reverse()
        .find((p) => p.blockIndex === q.blockIndex && p.from >= s && p.unit === q.unit && !isDelta(text, p));
      if (prev) indicator = indicatorOf(text, prev);
    }
    if (indicator.length >= 2) out.push({ q, indicator });
  });
  return [...out, ...fromToFigures(model, lastYear)];
}

/** A part reviewing one year: 一、2014年工作回顾 (not 过去五年工作回顾). */
const ONE_YEAR_REVIEW = /^[^。]{0,6}((?:19|20)[0-9]{2})\s*年(?:度)?(?:工作)?(?:回顾|总结)/;
/** Words that make 由A到B span more than the year under review. */
const SPAN = /(?:19|20)[0-9]{2}|[０-９]{4}|[二三四五六七八九十多几]年|年均|累计|以来|期间|十[一二三四五六七八九]五|历年|同期/;
const FROM = /(?:由|从)\s*$/;
const TO = /^\s*(?:提高|增加|上升|提升|增长|扩大|下降|减少|降低|回落|缩小)?到/;

/**
 * In a part reviewing one year, 服务业增加值比重由46.9%提高到48.2% starts from the year before
 * it: last year's value, though unnamed. Not where the sentence spans years (五年, 年均, 2012年).
 */
function fromToFigures(model: ReportModel, lastYear: number | undefined): { q: Quantity; indicator: string }[] {
  if (lastYear === undefined) return [];
  const parts = model.sectionNodes.filter((n) => {
    const m = ONE_YEAR_REVIEW.exec(n.title.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)));
    return m !== null && Number(m[1]) === lastYear + 1;
  });
  const out: { q: Quantity; indicator: string }[] = [];
  for (const q of model.quantities) {
    if (q.value === undefined || q.kind === 'multiple') continue;
    if (!parts.some((n) => q.start >= n.start && q.start < n.end)) continue;
    const block = model.blocks[q.blockIndex];
    if (block.kind === 'tableRow') continue;
    const text = block.text;
    const lead = text.slice(scanBack(text, q.from, SENTENCE_END), q.from);
    if (!FROM.test(lead) || !TO.test(text.slice(q.to, q.to + 6))) continue;
    const stop = text.slice(q.to).search(/[。；;！!？?\n]/);
    if (SPAN.test(lead + text.slice(q.to, stop < 0 ? text.length : q.to + stop))) continue;
    const clause = lead.slice(afterLast(lead, CLAUSE_STOP)).replace(FROM, '');
    const head = clause.replace(LEAD_PERIOD, '').replace(/[\s的]+$/, '');
    const indicator = head.length > 10 ? head.slice(-10) : head;
    if (indicator.length >= 2) out.push({ q, indicator });
  }
  return out;
}

export const historyRestatedCheck: Check = {
  name: 'history-restated',
  rules: [
    {
      id: 'history/restated',
      title: '文中给出的上年数字与去年总结所报不一致',
      titleEn: "Last year's figure differs from last year's report",
      rationale:
        '“较上年的12名”“由去年的120家”这样引用的上年数字（在只回顾一年的部分里，“由46.9%提高到48.2%”的起点也是上年数），应与去年总结里报的同一指标一致；对不上，要么今年引错，要么去年报错。只在给出去年的总结（--previous 或 previous: 设置）时检查。',
      defaultSeverity: 'warning',
      fixable: false,
      example: {
        previous:
          '2023年度工作总结\n一、主要工作\n坚持把党的政治建设摆在首位，全年召开党委理论学习中心组学习会12次。全年新发展党员12名，化解矛盾纠纷286起。\n2023年5月，在幸福里、锦绣苑两个小区启动“红色物业”试点。',
        bad: '2024年度工作总结\n一、主要工作\n全年新发展党员15名，较上年的10名增加5名。',
        good: '2024年度工作总结\n一、主要工作\n全年新发展党员15名，较上年的12名增加3名。',
      },
    },
  ],
  run(model) {
    const prev = model.previous;
    if (!prev) return [];
    const { last } = years(model);
    const levels = levelsOf(prev);
    const out: Draft[] = [];
    for (const { q, indicator } of restatedFigures(model, last)) {
      const was = lastYearValue(levels, indicator, q.unit);
      if (!was || was.q.value === undefined) continue;
      // Rounded restatements (去年的1.2万人次 for 12,356人次) agree to their written precision.
      const tol = 0.5 * 10 ** -q.decimals * (q.raw.includes('亿') ? 1e8 : q.raw.includes('万') ? 1e4 : 1) + 1e-9;
      if (Math.abs(was.q.value - q.value!) <= tol) continue;
      out.push({
        start: q.start,
        end: q.end,
        message: `这里写上年“${indicator}”为${q.raw}，去年的总结（第 ${was.line} 行）报的是${was.q.raw}，两者不一致。`,
        data: {
          indicator,
          restated: { raw: q.raw, value: q.value },
          lastYear: { raw: was.q.raw, value: was.q.value, line: was.line },
          difference: fmt(q.value! - was.q.value),
        },
      });
    }
    return out;
  },
};
