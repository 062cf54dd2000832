// What the history/* checks share: the year a report is about, the figures last year's report
// stated for itself (by indicator), and how a figure's indicator is matched across two years.
// Pure: two models in (the current one carries last year's as `previous`).
import type { ReportModel } from '../types.js';
import type { Quantity } from './quantities.js';
import { indicatorOf, periodOf } from './ledger.js';
import { isDelta } from './breakdowns.js';
import { scanBack, SENTENCE_END } from '../text/scan.js';

const YEAR = /((?:19|20)[0-9]{2})\s*年/;
/** A school year (2023—2024学年): the report is about the year it ends in. */
const SCHOOL_YEAR = /(?:19|20)[0-9]{2}\s*[—–\-至~～]\s*((?:19|20)[0-9]{2})\s*学年/;

/** The year a report is about: the first year of its title (the first lines before the outline). */
export function reportYear(model: ReportModel): number | undefined {
  const lead = [...model.preamble, ...model.blocks.slice(0, 3)];
  for (const b of lead) {
    if (b.kind === 'comment' || b.kind === 'code') continue;
    const school = SCHOOL_YEAR.exec(b.text);
    if (school) return Number(school[1]);
    const m = YEAR.exec(b.text);
    if (m && /总结|报告|述职|工作|情况/.test(b.text)) return Number(m[1]);
  }
  for (const b of lead) {
    const m = YEAR.exec(b.text);
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

/** The figures last year's report gave for its own year, with their indicators. */
export function levelsOf(model: ReportModel): Level[] {
  const plans = model.sectionNodes.filter((n) => n.section === 'next');
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
