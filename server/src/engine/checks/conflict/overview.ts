// numbers/conflict: a part that sums the year up before the body — 一、年度工作概述: 全年共交付需求 146 个，参与 3 次大版本
// 发布，处理线上告警 312 次 — states the year's whole of each doing it lists, the year claimed once at the sentence's head;
// the body restates those figures (今年一共收到线上告警 298 次), whatever else the overview's framing names.
import type { Quantity } from '../../figures/quantities.js';
import { scanBack, SENTENCE_END } from '../../text/scan.js';
import type { ConflictRun } from './context.js';

/** A part summing the year up, by its title: 年度工作概述, 工作概况, 总体情况, 综述. */
const OVERVIEW_TITLE = /概述|概况|综述|总体情况/;
/** The year claimed in the sentence before the figure, no part of it named. */
const YEAR = /全年|今年|本年/;
const PART = /其中|分别|上半年|下半年|季度|去年|上年|同期/;

/** Whether `q` stands in a part summing the year up, its sentence claiming the year before it. */
export function overviewWhole(cx: ConflictRun, q: Quantity): boolean {
  const node = cx.model.sectionNodes.find((n) => n.start <= q.start && q.start < n.end);
  if (!node || node.section || !OVERVIEW_TITLE.test(node.title) || cx.model.blocks[q.blockIndex].kind === 'tableRow') return false;
  const text = cx.model.blocks[q.blockIndex].text;
  const lead = text.slice(scanBack(text, q.from, SENTENCE_END), q.from);
  return YEAR.test(lead) && !PART.test(lead);
}
