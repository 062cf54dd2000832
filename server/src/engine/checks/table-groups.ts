// numbers/sum on tables whose rows are grouped under rows set in bold (a PSP time table):
//   | **Development** | **40** |      a category: its label in bold, its figure the sum of
//   | · Analysis      | 5      |      the rows under it, up to the next bold row
//   | · Design        | 5      |
//   | **Total**       | **109** |     a last Total (合计) row sums the categories
// Read as such only when the table is made of nothing else — two categories or more, each
// with rows under it — and the grouping is sure: the rows under a category carry a list
// mark (· ● -), or some category with two rows or more adds up in the column.
import type { Draft, ReportModel } from '../types.js';
import type { FigureTable, TableCell, TableRow } from '../figures/tables.js';
import { fmt } from '../figures/quantities.js';

/** The last row summing the categories. */
const TOTAL_ROW = /^(?:total|sum|合\s*计|总\s*计|共\s*计|总\s*和)$/i;
/** The mark a row under a category opens with. */
const ITEM_MARK = /^[·•●○◦▪‣∙\-–—*+]/;
/** Columns of no amounts: rates, averages, ranks, years, serial numbers. */
const NOT_SUM_COLUMN = /率|比重|占比|增长|增幅|增速|增减|同比|环比|平均|人均|均值|排名|名次|序号|编号|年份|百分点|单位|备注|说明/;

interface Group {
  head: TableRow;
  rows: TableRow[];
}

interface Grouped {
  groups: Group[];
  total?: TableRow;
  marked: boolean;
}

/** Whether a cell's text is set in bold in the source (**…** or __…__). */
function bold(model: ReportModel, c: TableCell | undefined): boolean {
  if (!c || !c.text) return false;
  const before = model.text.slice(Math.max(0, c.start - 2), c.start);
  const after = model.text.slice(c.end, c.end + 2);
  return (before === '**' && after === '**') || (before === '__' && after === '__');
}

/** The table's rows as categories with the rows under each, or undefined when it is not so made. */
export function groupedRows(model: ReportModel, t: FigureTable): Grouped | undefined {
  const rows = t.rows;
  if (rows.length < 4 || !bold(model, rows[0].cells[0])) return undefined;
  const last = rows[rows.length - 1];
  const total = TOTAL_ROW.test(last.label.replace(/[*_]/g, '').trim()) ? last : undefined;
  const body = total ? rows.slice(0, -1) : rows;
  const groups: Group[] = [];
  for (const r of body) {
    if (bold(model, r.cells[0])) groups.push({ head: r, rows: [] });
    else groups[groups.length - 1].rows.push(r);
  }
  if (groups.length < 2 || groups.some((g) => !g.rows.length)) return undefined;
  const marked = groups.every((g) => g.rows.every((r) => ITEM_MARK.test(r.label)));
  return { groups, total, marked };
}

function addsUp(cells: TableCell[], stated: TableCell): { sum: number; ok: boolean } {
  const sum = cells.reduce((a, c) => a + c.value!, 0);
  const d = Math.max(stated.decimals, ...cells.map((c) => c.decimals));
  const tol = d > 0 ? (cells.length + 1) * 0.5 * 10 ** -d : 0;
  return { sum, ok: Math.abs(sum - stated.value!) <= tol + 1e-9 * Math.max(1, Math.abs(sum)) };
}

export function groupedTotals(model: ReportModel, tables: FigureTable[]): Draft[] {
  const out: Draft[] = [];
  for (const t of tables) {
    const g = groupedRows(model, t);
    if (!g) continue;
    const every = [...g.groups.flatMap((x) => [x.head, ...x.rows]), ...(g.total ? [g.total] : [])];
    for (let col = 1; col < t.header.length; col++) {
      if (NOT_SUM_COLUMN.test(t.header[col]?.text ?? '')) continue;
      if (every.some((r) => r.cells[col]?.value === undefined)) continue;
      const sums = g.groups.map((x) => ({
        x,
        ...addsUp(
          x.rows.map((r) => r.cells[col]),
          x.head.cells[col],
        ),
      }));
      // (Without list marks, a category of two rows or more that adds up says the bold rows are sums.)
      if (!g.marked && !sums.some((s) => s.x.rows.length >= 2 && s.ok)) continue;
      const head = t.header[col]?.text;
      const where = (r: TableRow) => `“${r.label.replace(/[*_]/g, '').trim()}”一行${head ? `“${head}”列` : ''}`;
      for (const s of sums) {
        if (s.ok || s.x.rows.length < 2) continue;
        const stated = s.x.head.cells[col];
        const cells = s.x.rows.map((r) => r.cells[col]);
        out.push({
          start: stated.start,
          end: stated.end,
          message: `${where(s.x.head)}：其下各行${cells.map((c) => c.text).join('+')}=${fmt(s.sum)}，与${stated.text}不符。`,
          related: cells.map((c) => ({ start: c.start, end: c.end, message: `分项：${c.text}` })),
          data: { total: { raw: stated.text, min: stated.value, max: stated.value }, sumMin: s.sum, sumMax: s.sum, table: true },
        });
      }
      if (!g.total) continue;
      const stated = g.total.cells[col];
      const heads = g.groups.map((x) => x.head.cells[col]);
      const items = g.groups.flatMap((x) => x.rows.map((r) => r.cells[col]));
      const byHeads = addsUp(heads, stated);
      const byItems = addsUp(items, stated);
      if (byHeads.ok || byItems.ok) continue;
      out.push({
        start: stated.start,
        end: stated.end,
        message: `${where(g.total)}：${heads.map((c) => c.text).join('+')}=${fmt(byHeads.sum)}${byItems.sum !== byHeads.sum ? `（按各分项计为${fmt(byItems.sum)}）` : ''}，与${stated.text}不符。`,
        related: heads.map((c) => ({ start: c.start, end: c.end, message: `分项：${c.text}` })),
        data: { total: { raw: stated.text, min: stated.value, max: stated.value }, sumMin: byHeads.sum, sumMax: byHeads.sum, table: true },
      });
    }
  }
  return out;
}
