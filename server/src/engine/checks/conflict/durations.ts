// numbers/conflict: a stretch of dates and the days its sentence says it lasted (5.14-8.31，实习104天): the days
// from the first date to the last, counted with both ends or without the first, or the working days within them
// (weekends off: 7月7日至8月22日共开班35天) — a count that is none of these states the stretch twice, two ways.
import type { Draft, ReportModel } from '../../types.js';
import { scanBack, SENTENCE_END } from '../../text/scan.js';
import { blockSpan } from '../../reader/blocks.js';

/**
 * A date (year optional: 2024年5月14日, 2024.5.14, 5月14日, 5.14), a dash or 至/到, then the last date (its year and
 * month optional: 8.31, 8月31日, 31日). Groups: year, month, day of the first; year, month, day of the last.
 */
const STRETCH =
  /(?<![0-9０-９.．])(?:(20[0-9]{2})(?:年|[.．/-]))?(1[0-2]|0?[1-9])(?:月|[.．/])(3[01]|[12][0-9]|0?[1-9])日?\s*(?:[-–—~～]{1,2}|至|到)\s*(?:(20[0-9]{2})(?:年|[.．/-]))?(?:(1[0-2]|0?[1-9])(?:月|[.．/]))?(3[01]|[12][0-9]|0?[1-9])日?(?![0-9０-９.．%％])/g;

/** Words that say the days counted are not all the stretch's: working days, leave, days off. */
const NOT_ALL_DAYS = /工作日|除去|扣除|去掉|不含|不算|请假|休假|休息|周末|双休|节假日|累计|其中|每周|每天|平均|人均|第/;

const DAY = 86_400_000;

/** The days from the first date to the last (not counting the first), for a year (a leap year's February has 29). */
function daysBetween(year: number, m1: number, d1: number, m2: number, d2: number): number | undefined {
  const a = Date.UTC(year, m1 - 1, d1);
  let b = Date.UTC(year, m2 - 1, d2);
  // (12.20-1.10: the stretch runs into the next year.)
  if (b < a) b = Date.UTC(year + 1, m2 - 1, d2);
  // (2.30 and the like are no dates.)
  if (new Date(a).getUTCDate() !== d1 || new Date(b).getUTCDate() !== d2) return undefined;
  return Math.round((b - a) / DAY);
}

/** The most working days (Monday to Friday) `days` days in a row can hold, whatever weekday they start on. */
function mostWorkingDays(days: number): number {
  return 5 * Math.floor(days / 7) + Math.min(days % 7, 5);
}

export function stretchDays(model: ReportModel): Draft[] {
  const out: Draft[] = [];
  for (const q of model.quantities) {
    if (q.unit !== '天' || q.kind !== 'count' || q.value === undefined || q.approx || q.range || q.min !== q.max) continue;
    const block = model.blocks[q.blockIndex];
    const text = block.text;
    const s = scanBack(text, q.from, SENTENCE_END);
    const lead = text.slice(s, q.from);
    if (!/[0-9０-９]/.test(lead)) continue;
    STRETCH.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = STRETCH.exec(lead); m; m = STRETCH.exec(lead)) last = m;
    if (!last) continue;
    // Nothing but words between the stretch and the count: no other figure, no word saying the days are some of them.
    const between = lead.slice(last.index + last[0].length);
    if (/[0-9０-９]/.test(between) || NOT_ALL_DAYS.test(between) || NOT_ALL_DAYS.test(text.slice(q.to, q.to + 4))) continue;
    const [, y1, m1, d1, y2, m2, d2] = last;
    if (y2 && y1 && y2 !== y1 && Number(y2) !== Number(y1) + 1) continue;
    const month2 = m2 ? Number(m2) : Number(m1);
    // A year written gives the days exactly; without one, a leap year and a common one are both read.
    const years = y1 ? [Number(y1)] : [2023, 2024];
    const spans = years.map((y) => daysBetween(y, Number(m1), Number(d1), month2, Number(d2)));
    if (spans.some((d) => d === undefined)) continue;
    const days = spans as number[];
    // A stretch of a day or two, or of more than a year, is no stay counted in days.
    if (Math.min(...days) < 3 || Math.max(...days) > 366) continue;
    const n = q.value;
    if (days.some((d) => n === d || n === d + 1 || n <= mostWorkingDays(d + 1))) continue;
    const stretch = last[0].trim();
    const all = Math.min(...days) + 1;
    out.push({
      start: q.start,
      end: q.end,
      message: `${stretch}首尾都算共${all}天（不算首日${all - 1}天），与此处“${q.raw}”不符。`,
      related: [{ ...blockSpan(block, s + last.index, s + last.index + last[0].length), message: `日期：${stretch}` }],
      data: {
        thing: stretch,
        unit: '天',
        values: [
          { raw: `${all}天`, min: all - 1, max: all },
          { raw: q.raw, min: q.min, max: q.max },
        ],
      },
    });
  }
  return out;
}
