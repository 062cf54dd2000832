// numbers/sum on tables whose rows are grouped under rows set in bold (a PSP time table):
//   | **Development** | **40** |      a category: its label in bold, its figure the sum of
//   | · Analysis      | 5      |      the rows under it, up to the next bold row
//   | · Design        | 5      |
//   | **Total**       | **109** |     a last Total (合计) row sums the categories
// Read as such only when the table is made of nothing else — two categories or more, each
// with rows under it — and the grouping is sure: the rows under a category carry a list
// mark (· ● -), or some category with two rows or more adds up in the column — or every row bears a PSP 2.1 name.
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
  /** Grouped by the PSP names alone: a category may have no steps, and may be read as a step itself. */
  psp?: boolean;
}

/** Whether a cell's text is set in bold in the source (**…** or __…__). */
function bold(model: ReportModel, c: TableCell | undefined): boolean {
  if (!c || !c.text) return false;
  const before = model.text.slice(Math.max(0, c.start - 2), c.start);
  const after = model.text.slice(c.end, c.end + 2);
  return (before === '**' && after === '**') || (before === '__' && after === '__');
}

// A PSP 2.1 table (构建之法's personal software process) names its categories and their steps by fixed English
// names: a table made only of them is grouped by the names alone, bold or not.
const PSP_HEAD = /^(?:planning|development|reporting|report)$/;
const PSP_STEP =
  /^(?:estimate|analysis|design spec|design review|coding standard|design|coding|code review|test|test report(?:ing)?|size measu[a-z]*ment|postmortem(?:s)?(?: ?(?:&|and) ?process improvement plan)?|process improvement plan)$/;
const pspName = (r: TableRow) =>
  r.label
    .replace(/[*_·•]/g, '')
    // (|--Estimate|: a step written with dashes before it.)
    .replace(/^[\s\-–—]+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function pspRows(rows: TableRow[]): Grouped | undefined {
  const last = rows[rows.length - 1];
  const total = TOTAL_ROW.test(pspName(last)) || /^(?:summary|合计)$/.test(pspName(last)) ? last : undefined;
  const groups: Group[] = [];
  for (const r of total ? rows.slice(0, -1) : rows) {
    const name = pspName(r);
    if (PSP_HEAD.test(name)) groups.push({ head: r, rows: [] });
    else if (PSP_STEP.test(name) && groups.length) groups[groups.length - 1].rows.push(r);
    else return undefined;
  }
  // (Planning with no Estimate under it is a category of its own.)
  if (groups.filter((g) => g.rows.length).length < 2) return undefined;
  return { groups, total, marked: true, psp: true };
}

/**
 * | 开发 | 127 | / | ·  分析需求 | 16 | / …: categories unmarked, the rows under them opening with a list mark, a total last.
 * Two categories or more with rows under them; a category may have none (事后总结 | 2), a step of its own.
 */
function markedRows(rows: TableRow[]): Grouped | undefined {
  const label = (r: TableRow) => r.label.replace(/[*_]/g, '').trim();
  const last = rows[rows.length - 1];
  const total = TOTAL_ROW.test(label(last)) ? last : undefined;
  const body = total ? rows.slice(0, -1) : rows;
  if (ITEM_MARK.test(label(body[0]))) return undefined;
  const groups: Group[] = [];
  for (const r of body) {
    if (ITEM_MARK.test(label(r))) groups[groups.length - 1].rows.push(r);
    else groups.push({ head: r, rows: [] });
  }
  if (groups.filter((g) => g.rows.length >= 1).length < 2) return undefined;
  return { groups, total, marked: true, psp: true };
}

/** The table's rows as categories with the rows under each, or undefined when it is not so made. */
export function groupedRows(model: ReportModel, t: FigureTable): Grouped | undefined {
  const rows = t.rows;
  if (rows.length < 4) return undefined;
  if (!bold(model, rows[0].cells[0])) return pspRows(rows) ?? markedRows(rows);
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

/**
 * Every reading of the categories, each either a sum of its rows or one more row beside them, against the total:
 * `any` when some reading with a category read as a row adds up, `ok` the categories so read. A category its
 * rows add up to is always one.
 */
function leafReadings(groups: Group[], col: number, stated: TableCell): { any: boolean; ok: Set<Group> } {
  const ok = new Set<Group>();
  let any = false;
  // (A category its rows add up to is one: read as a row too, it would be counted twice.)
  const fixed = groups.map(
    (x) =>
      x.rows.length > 0 &&
      addsUp(
        x.rows.map((r) => r.cells[col]),
        x.head.cells[col],
      ).ok,
  );
  for (let mask = 1; mask < 1 << groups.length && groups.length <= 6; mask++) {
    if (groups.some((_, k) => (mask >> k) & 1 && fixed[k])) continue;
    const cells = groups.flatMap((x, k) => ((mask >> k) & 1 || !x.rows.length ? [x.head, ...x.rows] : x.rows).map((r) => r.cells[col]));
    if (!addsUp(cells, stated).ok) continue;
    any = true;
    groups.forEach((x, k) => (mask >> k) & 1 && ok.add(x));
  }
  return { any, ok };
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
      // (A PSP table whose total adds up when a category is read as one more step — Reporting 2 beside Size Measurement 1,
      // Postmortem 3… all summed into 合计 — was written that way: neither the total nor that category is a slip.)
      const leaves = g.psp && g.total ? leafReadings(g.groups, col, g.total.cells[col]) : undefined;
      for (const s of sums) {
        if (s.ok || s.x.rows.length < 2 || leaves?.ok.has(s.x)) continue;
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
      if (!g.total || leaves?.any) continue;
      const stated = g.total.cells[col];
      const heads = g.groups.map((x) => x.head.cells[col]);
      // (A category with no rows under it counts its own figure.)
      const items = g.groups.flatMap((x) => (x.rows.length ? x.rows : [x.head]).map((r) => r.cells[col]));
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
