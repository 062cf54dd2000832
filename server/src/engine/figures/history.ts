// What the history/* checks share: the year a report is about, the figures last year's report
// stated for itself (by indicator), and how a figure's indicator is matched across two years.
// Pure: two models in (the current one carries last year's as `previous`).
import type { ReportModel } from '../types.js';
import type { Quantity } from './quantities.js';
import { indicatorOf, periodOf } from './ledger.js';
import { isDelta } from './breakdowns.js';
import { afterLast, charSet, scanBack, SENTENCE_END } from '../text/scan.js';

const YEAR = /((?:19|20)[0-9]{2})\s*年/;
/** A school year (2023—2024学年): the report is about the year it ends in. */
const SCHOOL_YEAR = /(?:19|20)[0-9]{2}\s*[—–\-至~～]\s*((?:19|20)[0-9]{2})\s*学年/;

/** A report given at a meeting: ——2014年3月5日在第十二届全国人民代表大会第二次会议上. */
const DELIVERED = /((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*[0-9]{1,2}\s*日\s*在.{0,40}会(?:议)?上/;

/** Full-width digits read as ASCII ones (２０１０年 is 2010年). */
function ascii(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}

/**
 * A heading naming the year under review (一、2013年工作回顾, 2023年工作总结): the year a report is
 * about even when its title gives another (政府工作报告——2014年3月5日 reviews 2013).
 */
const REVIEW = /^[\s\p{P}一二三四五六七八九十、（）()0-9.]*((?:19|20)[0-9]{2})\s*年(?:度)?(?:工作)?(?:回顾|总结)/u;

/** The year a report is about: a review heading's, else the first year of its title (the first lines before the outline). */
export function reportYear(model: ReportModel): number | undefined {
  for (const b of model.blocks.slice(0, 12)) {
    if (b.kind !== 'heading' && b.kind !== 'paragraph') continue;
    // (A Markdown paragraph of several lines: the heading is its first line.)
    const first = b.text.split('\n', 1)[0];
    const r = first.length <= 40 ? REVIEW.exec(ascii(first)) : null;
    if (r) return Number(r[1]);
  }
  // The title lines: the first line of each of the first blocks (a Markdown paragraph of many
  // lines is a whole part, not a title).
  const lead = [...model.preamble, ...model.blocks.slice(0, 3)]
    .filter((b) => b.kind !== 'comment' && b.kind !== 'code')
    .flatMap((b) => b.text.split('\n').slice(0, 3))
    .filter((line) => line.length <= 60)
    .map(ascii);
  for (const line of lead) {
    // ——2014年3月5日在……代表大会第二次会议上: a report given early in a year reviews the year before.
    const given = DELIVERED.exec(line);
    if (given) return Number(given[1]) - (Number(given[2]) <= 4 ? 1 : 0);
    const school = SCHOOL_YEAR.exec(line);
    if (school) return Number(school[1]);
    const m = YEAR.exec(line);
    if (m && /总结|报告|述职|工作|情况/.test(line)) return Number(m[1]);
  }
  for (const line of lead) {
    const m = YEAR.exec(line);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** This report's year and last year's: each from its own title, else one from the other. */
export function years(model: ReportModel): { current?: number; last?: number } {
  const current = reportYear(model);
  const last = model.previous ? reportYear(model.previous) : undefined;
  return { current: current ?? (last !== undefined ? last + 1 : undefined), last: last ?? (current !== undefined ? current - 1 : undefined) };
}

/** Words that make a figure last year's (上年/去年/上一年), plus last year's number. */
export function lastYearWords(lastYear: number | undefined): RegExp {
  return new RegExp(`(?:去年|上年|上一年|前一年${lastYear ? `|${lastYear}年` : ''})`);
}

/** One figure last year's report stated as its own (not a change, not a plan, not a prior-year value). */
export interface Level {
  q: Quantity;
  indicator: string;
  line: number;
}

const PRIOR = /去年|上年|上一年|前一年|同期/;
/** Words of a plan, budget or target in the clause before a figure. */
const PLANNED = /拟|计划|预计|预期|力争|争取|目标|确保|将要|要(?:完成|达到|实现|新增|安排)/;
const CLAUSE_STOP = charSet('，,；;。：:\n');
/** A part for next year's work: 三、2010年主要任务, 二、今年工作安排, 下步打算. */
const PLAN_TITLE = /(?:今年|明年|下一?步|新的一年|(?:19|20)[0-9]{2}\s*年)[^。；]{0,12}(?:任务|部署|重点工作|工作安排|打算|计划|要求|建议|思路|政策取向)/;

/** Whether a figure's clause plans or budgets it (今年拟安排补助资金1030亿元), rather than reporting it. */
export function plannedClause(text: string, q: Quantity): boolean {
  const lead = text.slice(scanBack(text, q.from, SENTENCE_END), q.from);
  return PLANNED.test(lead.slice(afterLast(lead, CLAUSE_STOP)));
}

/** The parts of a report that plan next year: its 下步打算 section, or one titled for a later year's work. */
export function planParts(model: ReportModel): { start: number; end: number }[] {
  const year = reportYear(model);
  return model.sectionNodes.filter((n) => {
    if (n.section === 'next') return true;
    const m = PLAN_TITLE.exec(ascii(n.title));
    if (!m) return false;
    const y = /((?:19|20)[0-9]{2})\s*年/.exec(m[0]);
    return !y || year === undefined || Number(y[1]) > year;
  });
}

/** The figures last year's report gave for its own year, with their indicators. */
export function levelsOf(model: ReportModel): Level[] {
  const plans = planParts(model);
  const out: Level[] = [];
  const lineStarts: number[] = [0];
  for (let i = 0; i < model.text.length; i++) if (model.text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (off: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  for (const q of model.quantities) {
    if (q.value === undefined || q.kind === 'multiple') continue;
    const block = model.blocks[q.blockIndex];
    if (block.kind === 'tableRow') continue;
    if (plans.some((n) => q.start >= n.start && q.start < n.end)) continue;
    const text = block.text;
    if (isDelta(text, q)) continue;
    const lead = text.slice(scanBack(text, q.from, SENTENCE_END), q.from);
    // 由去年的120家增加到150家, 较上年的12名: a value for the year before.
    if (PRIOR.test(lead.slice(-8)) || /(?:由|从)[^，,；;。]{0,8}$/.test(lead)) continue;
    // 今年拟安排“三农”投入7161亿元: a plan or budget, which this year's 比上年 does not measure from
    // (it counts from what was spent).
    if (plannedClause(text, q)) continue;
    if (PRIOR.test(periodOf(text, q) ?? '')) continue;
    const indicator = indicatorOf(text, q);
    if (indicator.length < 2) continue;
    out.push({ q, indicator, line: lineOf(q.start) });
  }
  return out;
}

const FILLER = /^(?:全年|今年|本年度?|当年|共|累计|新|新增)+/;

/** Whether two indicators name one measure: equal, or one ends with the other (新发展党员 / 发展党员). */
export function sameIndicator(a: string, b: string): boolean {
  const x = a.replace(FILLER, '');
  const y = b.replace(FILLER, '');
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && long.endsWith(short) && long.length - short.length <= 3;
}

/** Last year's single stated value for an indicator and unit (all its mentions agreeing), or undefined. */
export function lastYearValue(levels: readonly Level[], indicator: string, unit: string): Level | undefined {
  const hits = levels.filter((l) => l.q.unit === unit && sameIndicator(l.indicator, indicator));
  if (!hits.length) return undefined;
  if (hits.some((h) => h.q.value !== hits[0].q.value)) return undefined;
  return hits[0];
}

/** The line (1-based) of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** The set of adjacent character pairs of `s` (how alike two passages are, by Dice's coefficient). */
export function charBigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Dice's coefficient of two bigram sets: 1 for the same, 0 for nothing shared. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}
