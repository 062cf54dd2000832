// numbers/sum on a table the prose announces: 涉及样本户共2,860户……分布见下表, then a table whose
// column 样本户数（户） gives each row's share. The column's cells are the total's parts.
// (Or a figure right before 分类如下： and a table with one column of counts, 数量: 处理工单318个，分类如下：.)
// Only when everything says so: a total word right before the figure, a paragraph that points to
// the table (见下表/如下表) right above it, a column named by what the total counts with the total's
// unit, whole counts in every row, and no total or subtotal row (table-totals.ts reads those).
import type { Draft, ReportModel } from '../types.js';
import type { FigureTable } from '../figures/tables.js';
import { fmt, type Quantity } from '../figures/quantities.js';

const POINTS_TO_TABLE = /(?:见|如|详见|列于)下表|如下表/;
const SELECTION = /其中|主要|重点|部分|典型|例如|举例|选取|摘录|较多|较大|较高|排名|前[0-9一二三四五六七八九十]+[个名家位项]/;
const TOTAL_BEFORE = /(?:共|合计|总计|共计)\s*$/;
/** Rows that are not parts: totals, subtotals, 其中 rows. */
const NOT_PART_ROW = /^(?:合\s*计|总\s*计|小\s*计|共\s*计|总\s*数|其中|含)/;
/** A count written out in full (2,860户): not 3.6万户, not 约2800户. */
const whole = (q: Quantity) => q.value !== undefined && q.decimals === 0 && !q.approx && !q.range && !/[万亿]/.test(q.raw);
/** ，分类如下： / ，按类型分布如下：: a clause announcing the split of the figure before it, nothing else. */
// (，各业务线分布如下：: the parts it splits into, named before the split.)
const SPLIT_BELOW = /^\s*[，,]\s*(?:按[\u4e00-\u9fff]{1,4}|各[\u4e00-\u9fff]{1,4})?(?:分类|分布|构成|组成)(?:情况)?如下\s*[：:]\s*$/;
/** A column of counts named by no thing: 数量, 个数, 数目. */
const COUNT_HEADER = /^(?:数量|个数|数目|件数|次数)$/;
const UNIT_IN_HEADER = /[（(]\s*([^）)]{1,4}?)\s*[）)]\s*$/;

export function columnTotals(model: ReportModel, tables: FigureTable[], statedTotal: (text: string, q: Quantity) => string): Draft[] {
  const out: Draft[] = [];
  for (const t of tables) {
    if (t.rows.length < 2 || !t.header.length) continue;
    if (t.rows.some((r) => NOT_PART_ROW.test(r.label.trim()))) continue;
    // The paragraph right above the table (only blank space, or the header row's own block, between).
    const at = t.header[0].start;
    let pi = -1;
    for (let i = 0; i < model.blocks.length && model.blocks[i].end <= at; i++) if (model.blocks[i].kind === 'paragraph') pi = i;
    if (pi < 0) continue;
    const para = model.blocks[pi];
    if (model.text.slice(para.end, at).replace(/[\s|]/g, '') !== '') continue;
    // (主要项目见下表 / 部分样本见下表: a selection, not the parts of the whole.)
    if (SELECTION.test(para.text)) continue;
    const pointed = POINTS_TO_TABLE.test(para.text);
    // (处理线上工单 318 个，分类如下：: the figure right before the clause that announces its split is the total.)
    const split = (q: Quantity) => SPLIT_BELOW.test(para.text.slice(q.to));
    const totals = model.quantities.filter(
      (q) => q.blockIndex === pi && q.kind === 'count' && whole(q) && ((pointed && TOTAL_BEFORE.test(para.text.slice(0, q.from))) || split(q)),
    );
    for (const q of totals) {
      const lead = para.text.slice(0, q.from).replace(TOTAL_BEFORE, '').trimEnd();
      // (Split below, the table's one column of counts is the split, whatever it is called: 数量, 个数 — a column of
      // percentages beside it, 覆盖率, counts nothing.)
      const counts = split(q)
        ? t.header.map((_, j) => j).filter((j) => j > 0 && t.rows.every((r) => r.cells[j]?.value !== undefined && !r.cells[j].percent))
        : [];
      for (let j = 1; j < t.header.length; j++) {
        const h = t.header[j].text.trim();
        const unit = UNIT_IN_HEADER.exec(h)?.[1];
        // 样本户数（户） names 样本户 counted in 户: the prose says 样本户共2,860户.
        const column = h.replace(UNIT_IN_HEADER, '').trim();
        const name = column.replace(/[数量]$/, '');
        // (…or named by the thing the total counts: 新增用例 under 新增接口自动化用例共3,420条.)
        const only = counts.length === 1 && counts[0] === j && (COUNT_HEADER.test(column) || (name.length >= 2 && lead.endsWith(name.slice(-2))));
        if (!only && (name.length < 2 || !lead.endsWith(name))) continue;
        if ((unit ?? (only ? q.unit : '')) !== q.unit) continue;
        const cells = t.rows.map((r) => r.cells[j]);
        if (cells.some((c) => !c || c.value === undefined || c.percent || c.decimals > 0 || /[万亿]/.test(c.text) || (c.unit && c.unit !== q.unit))) continue;
        const sum = cells.reduce((s, c) => s + c!.value!, 0);
        if (sum === q.value) continue;
        out.push({
          start: q.start,
          end: q.end,
          message: `表中“${column}”一列${cells.map((c) => fmt(c!.value!)).join('+')}=${fmt(sum)}，与“${statedTotal(para.text, q)}”不符${sum > q.value! ? '（分项之和大于合计）' : ''}。`,
          related: t.rows.map((r, k) => ({ start: cells[k]!.start, end: cells[k]!.end, message: `分项：${r.label.trim()}${cells[k]!.text}` })),
          data: {
            total: { raw: q.raw, min: q.min, max: q.max, unit: q.unit },
            parts: cells.map((c) => ({ raw: c!.text, min: c!.value, max: c!.value })),
            sumMin: sum,
            sumMax: sum,
          },
        });
      }
    }
  }
  return out;
}
