// history/stale-date: dates that belong to another year —
//   - in this year's achievements, a date of last year's report carried over with its sentence
//     (2023年5月 in both reports, in nearly the same words): the passage was not brought up to date;
//   - in this year's plans, a deadline that has already passed when the report is written
//     (a 2024 year-end report promising “2024年6月底前完成”).
// Runs only when last year's report is given (`--previous`, `previous:`).
import type { Check } from '../rule.js';
import type { Block, Draft, ReportModel } from '../types.js';
import { blockSpan } from '../reader/blocks.js';
import { charBigrams, dice, lineAt, reportYear, years } from '../figures/history.js';
import { scanBack, scanForward, SENTENCE_END } from '../text/scan.js';

const DATE = /((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?/g;
/** A date used as a point of comparison or a start, not as when something happened. */
const COMPARED_BEFORE = /(?:较|比|同比|由|从|自|截至|截止|相比|对比|与|同)\s*$/;
const COMPARED_AFTER = /^(?:以来|至今|起|底以来|年底以来|相比|同期|的水平)/;
/** A plan's deadline: 2024年6月底前, 2024年底前完成, 2024年10月前. */
const DEADLINE = /((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)/g;

function sentenceOf(text: string, from: number, to: number): string {
  return text.slice(scanBack(text, from, SENTENCE_END), scanForward(text, to, SENTENCE_END));
}

/** When the report was written: a signature date near its end, else the end of the period its title names. */
export function reportDate(model: ReportModel, year: number): { y: number; m: number; d: number } {
  // The last line that is only a date, in the second half (a version in another language may follow the signature).
  const half = model.blocks.length >> 1;
  for (let i = model.blocks.length - 1; i >= half; i--) {
    const m = SIGNED.exec(model.blocks[i].text);
    if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  }
  const title = [...model.preamble, ...model.blocks.slice(0, 2)].map((b) => b.text).join(' ');
  if (/学年/.test(title)) return { y: year, m: 7, d: 31 };
  if (/上半年|半年/.test(title)) return { y: year, m: 6, d: 30 };
  if (/前三季度|第三季度|三季度/.test(title)) return { y: year, m: 9, d: 30 };
  if (/第一季度|一季度/.test(title)) return { y: year, m: 3, d: 31 };
  return { y: year, m: 12, d: 31 };
}

const PROSE = new Set(['paragraph', 'listItem', 'heading']);
/** A signature's date on a line of its own: 2011年7月4日, 2011-07-04, 2011.7.4, 2011/07/04. */
const SIGNED = /^\s*((?:19|20)[0-9]{2})(?:年|[-./])([0-9]{1,2})(?:月|[-./])([0-9]{1,2})日?\s*$/;
/** A plan announced for a period of its own: 2011 年上半年 CnPack 开发组的计划如下： */
const PLAN_FOR =
  /((?:19|20)[0-9]{2})\s*年\s*(上半年|下半年|第?[一二三四1-4]季度|[0-9]{1,2}\s*月份?)?[^。：:\n]{0,20}?(?:工作)?(?:计划|打算|安排)(?:如下)?\s*[：:]\s*$/;

/** The last month of a period a plan names: 2011 年上半年 → 201106, 2011年 → 201112. */
function periodEnd(year: number, part: string | undefined): number {
  if (!part) return year * 100 + 12;
  if (part === '上半年') return year * 100 + 6;
  if (part === '下半年') return year * 100 + 12;
  const q = /([一二三四1-4])季度/.exec(part);
  if (q) return year * 100 + 3 * ('一二三四'.indexOf(q[1]) + 1 || Number(q[1]));
  return year * 100 + Number(/[0-9]+/.exec(part)![0]);
}

function within(model: ReportModel, kind: string): Block[] {
  const nodes = model.sectionNodes.filter((n) => n.section === kind);
  return model.blocks.filter((b) => PROSE.has(b.kind) && nodes.some((n) => b.start >= n.start && b.start < n.end));
}

export const historyStaleDateCheck: Check = {
  name: 'history-stale-date',
  rules: [
    {
      id: 'history/stale-date',
      title: '日期过时：沿用去年总结里的日期，或打算的完成时限已过',
      titleEn: "A date carried over from last year's report, or a plan deadline already past",
      rationale:
        '从去年的总结里搬来的段落常带着去年的日期；今年的“下步打算”里写着已经过去的完成时限，说明这一条没有改。只在给出去年的总结（--previous 或 previous: 设置）时检查。',
      defaultSeverity: 'warning',
      fixable: false,
      example: {
        previous:
          '2023年度工作总结\n一、主要工作\n坚持把党的政治建设摆在首位，全年召开党委理论学习中心组学习会12次。全年新发展党员12名，化解矛盾纠纷286起。\n2023年5月，在幸福里、锦绣苑两个小区启动“红色物业”试点。',
        bad: '2024年度工作总结\n一、主要工作\n2023年5月，在幸福里、锦绣苑两个小区启动“红色物业”试点，覆盖居民2300户。',
        good: '2024年度工作总结\n一、主要工作\n2024年3月，“红色物业”由试点推广到全部38个小区，覆盖居民2.1万户。',
      },
    },
  ],
  run(model) {
    const prev = model.previous;
    if (!prev) return [];
    const { current } = years(model);
    const out: Draft[] = [];
    // Achievements: a date of last year's report, with much of its sentence.
    for (const b of within(model, 'duties')) {
      const text = b.text;
      DATE.lastIndex = 0;
      for (let m; (m = DATE.exec(text));) {
        if (current !== undefined && Number(m[1]) >= current) continue;
        if (!m[2]) continue; // a bare year is usually a comparison; a month pins an event
        if (COMPARED_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) || COMPARED_AFTER.test(text.slice(m.index + m[0].length))) continue;
        const mine = wordBigrams(sentenceOf(text, m.index, m.index + m[0].length));
        let best = 0;
        let line = 0;
        for (let at = prev.text.indexOf(m[0]); at >= 0; at = prev.text.indexOf(m[0], at + 1)) {
          const sim = dice(mine, wordBigrams(sentenceOf(prev.text, at, at + m[0].length)));
          if (sim > best) {
            best = sim;
            line = lineAt(prev.text, at);
          }
        }
        if (best < 0.5) continue;
        out.push({
          ...blockSpan(b, m.index, m.index + m[0].length),
          message: `“${m[0]}”和这句话出自去年的总结（第 ${line} 行），写在今年的工作情况里：是去年的事，还是忘了改日期？`,
          data: { kind: 'carried', date: m[0], lastYearLine: line, similarity: Math.round(best * 100) / 100 },
        });
      }
    }
    // Plans: a deadline before the report was written (only when the report names its own year).
    const own = reportYear(model);
    if (own !== undefined) {
      const written = reportDate(model, own);
      const when = written.y * 100 + written.m;
      // A plan announced for a period that was over before the report was written (the half-year's
      // report signed in July, planning the half-year just gone).
      for (const b of model.blocks) {
        if (!PROSE.has(b.kind)) continue;
        const m = PLAN_FOR.exec(b.text);
        if (!m || /去年|上年|原定|年初|当时/.test(b.text)) continue;
        const end = periodEnd(Number(m[1]), m[2]);
        if (end >= when) continue;
        out.push({
          ...blockSpan(b, m.index, m.index + m[0].length),
          message: `这份计划写的是“${m[1]}年${m[2] ?? ''}”，而本报告落款${written.y}年${written.m}月，那时这段时间已经过去：是不是沿用了上一期的计划？`,
          data: { kind: 'deadline', deadline: m[0].trim(), written },
        });
      }
      for (const b of within(model, 'next')) {
        DEADLINE.lastIndex = 0;
        for (let m; (m = DEADLINE.exec(b.text));) {
          const y = Number(m[1]);
          const mo = m[2] ? Number(m[2]) : 12;
          if (y * 100 + mo >= when) continue;
          out.push({
            ...blockSpan(b, m.index, m.index + m[0].length),
            message: `完成时限“${m[0]}”在本报告（${written.y}年${written.m}月）之前就已过去：这一条打算是否照搬了旧稿？`,
            data: { kind: 'deadline', deadline: m[0], written },
          });
        }
      }
    }
    return out;
  },
};

/** Bigrams of the words only: punctuation, spaces and figures do not make two sentences alike. */
function wordBigrams(s: string): Set<string> {
  return charBigrams(s.replace(/[\s\p{P}0-9０-９]/gu, ''));
}
