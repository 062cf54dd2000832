// numbers/sum on tables: a 合计/总计/小计 row against the rows it adds up, column by column.
//   | 平台 | 10月 | 12月 |          小计 rows add the rows since the previous subtotal;
//   | 知乎 | 2016 | 3030 |          合计 adds the 小计 rows when there are any, else every row;
//   | 掘金 | 184 | 217 |            a 合计 right under the header adds the rows below it.
//   | 总计 | 2200 | 3247 |
// Rows that are not parts (其中…, rates, averages) are left out. A column is reported only
// when no reasonable reading adds up, and, when the total row has other summable columns,
// only if one of them does add up: a total row whose columns never add up is not a sum.
import type { Draft } from '../types.js';
import type { FigureTable, TableCell, TableRow } from '../figures/tables.js';
import { fmt } from '../figures/quantities.js';

const TOTAL_LABEL = /^(?:合\s*计|总\s*计|共\s*计|总\s*数|总\s*和)$/;
const SUBTOTAL_LABEL = /^小\s*计$/;
/** Rows inside a part, or rows that are not amounts: 其中女性, 增长率, 平均. */
const NOT_PART = /^(?:其中|含|内含|包括|注)|率$|比重$|占比|增长|增幅|增速|同比|环比|平均|人均|均值/;
const INSIDE_PART = /^(?:其中|含|内含|包括|注)/;
/** Columns that are not amounts: rates, averages, ranks, years, serial numbers. */
const NOT_SUM_COLUMN = /率|比重|占比|增长|增幅|增速|增减|同比|环比|平均|人均|均值|排名|名次|序号|编号|年份|[%％]|百分点|单位|备注|说明/;
/** A leading serial-number column: 序号 | 项目 | …. */
const SERIAL_HEADER = /^(?:序号|编号|No\.?|#)$/i;
/** Outline markers of the top two levels in row labels: 一、 / （一）/ 1.. */
const TOP_MARKER = /^[一二三四五六七八九十]+[、.．]/;
const SUB_MARKER = /^(?:[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、](?![0-9]))/;

interface Group {
  total: TableRow;
  parts: TableRow[];
}

function labelOf(t: FigureTable, r: TableRow): string {
  const serial = SERIAL_HEADER.test(t.header[0]?.text ?? '');
  return (serial ? (r.cells[1]?.text ?? '') : r.label).replace(/[（(][^）)]*[）)]\s*$/, '').trim();
}

function groups(t: FigureTable): Group[] {
  const out: Group[] = [];
  const labels = t.rows.map((r) => labelOf(t, r));
  let start = 0;
  const subtotals: TableRow[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const l = labels[i];
    if (SUBTOTAL_LABEL.test(l)) {
      out.push({ total: t.rows[i], parts: t.rows.slice(start, i).filter((_, k) => !SUBTOTAL_LABEL.test(labels[start + k])) });
      subtotals.push(t.rows[i]);
      start = i + 1;
    } else if (TOTAL_LABEL.test(l)) {
      if (subtotals.length) out.push({ total: t.rows[i], parts: [...subtotals] });
      else if (i > 0) out.push({ total: t.rows[i], parts: t.rows.slice(0, i) });
      else {
        // 合计 right under the header: the rows below, up to the next total.
        let j = 1;
        while (j < t.rows.length && !TOTAL_LABEL.test(labels[j]) && !SUBTOTAL_LABEL.test(labels[j])) j++;
        out.push({ total: t.rows[i], parts: t.rows.slice(1, j) });
      }
      subtotals.length = 0;
      start = i + 1;
    }
  }
  return out;
}

interface ColumnSum {
  col: number;
  stated: TableCell;
  cells: TableCell[];
  ok: boolean;
  sum: number;
}

/** The sum of a column over some rows, or undefined when a cell is not an amount. */
function columnSum(rows: TableRow[], col: number): { sum: number; cells: TableCell[]; decimals: number } | undefined {
  let sum = 0;
  let decimals = 0;
  const cells: TableCell[] = [];
  for (const r of rows) {
    const c = r.cells[col];
    if (!c || c.empty) continue;
    if (c.value === undefined || c.percent) return undefined;
    sum += c.value;
    decimals = Math.max(decimals, c.decimals);
    cells.push(c);
  }
  return cells.length >= 2 ? { sum, cells, decimals } : undefined;
}

/** The value of a cell's last written digit: 0.01亿 for 2.31 亿次, 1万 for 8620 万次, 0.1 for 96.5. */
function lastDigit(c: TableCell): number {
  return 10 ** -c.decimals * (/亿/.test(c.text) ? 1e8 : /万/.test(c.text) ? 1e4 : 1);
}

function addsUp(sum: number, stated: TableCell, decimals: number, n: number): boolean {
  const d = Math.max(decimals, stated.decimals);
  // Figures rounded to d places: each part and the total may be off by half a unit.
  let tol = d > 0 ? (n + 1) * 0.5 * 10 ** -d : 0;
  // (…and a total in 万 or 亿 is the parts' sum as written, rounded to its own last digit: 8620 万 + 1340 万 + 460 万 +
  // 1.27 亿 = 2.312 亿, written 2.31 亿; 6.3万 + 2.5万 + 1.2万 = 10.0万 is not 9.9万.)
  if (/[万亿]/.test(stated.text)) tol = Math.max(tol, 0.5 * lastDigit(stated));
  return Math.abs(sum - (stated.value ?? NaN)) <= tol + 1e-9 * Math.max(1, Math.abs(sum));
}

export function tableTotals(tables: FigureTable[]): Draft[] {
  const out: Draft[] = [];
  for (const t of tables) {
    const first = SERIAL_HEADER.test(t.header[0]?.text ?? '') ? 2 : 1;
    for (const g of groups(t)) {
      const labels = g.parts.map((r) => labelOf(t, r));
      const parts = g.parts.filter((_, k) => !NOT_PART.test(labels[k]) && !TOTAL_LABEL.test(labels[k]));
      if (parts.length < 2) continue;
      const partLabels = parts.map((r) => labelOf(t, r));
      // Labels numbered on two levels (一、 and （一）): the sum may be over either.
      const top = partLabels.some((l) => TOP_MARKER.test(l)) ? parts.filter((_, k) => TOP_MARKER.test(partLabels[k])) : undefined;
      const noSub = partLabels.some((l) => SUB_MARKER.test(l)) ? parts.filter((_, k) => !SUB_MARKER.test(partLabels[k])) : undefined;
      const whole =
        g.parts.length > parts.length
          ? g.parts.filter((_, k) => !TOTAL_LABEL.test(labels[k]) && !SUBTOTAL_LABEL.test(labels[k]) && !INSIDE_PART.test(labels[k]))
          : undefined;
      const sums: ColumnSum[] = [];
      for (let col = first; col < t.header.length; col++) {
        const stated = g.total.cells[col];
        if (!stated || stated.value === undefined || stated.percent) continue;
        if (NOT_SUM_COLUMN.test(t.header[col]?.text ?? '') || t.percentCols.has(col)) continue;
        const all = columnSum(parts, col);
        if (!all) continue;
        let ok = addsUp(all.sum, stated, all.decimals, all.cells.length);
        // Every row but totals, rows named like rates included (混部提升利用率 saves money, it is no rate).
        for (const alt of [top, noSub, whole]) {
          if (ok || !alt) continue;
          const s = columnSum(alt, col);
          if (s && addsUp(s.sum, stated, s.decimals, s.cells.length)) ok = true;
        }
        sums.push({ col, stated, cells: all.cells, ok, sum: all.sum });
      }
      // Several summable columns and none adds up: this row is not a sum of these rows.
      if (sums.length > 1 && !sums.some((s) => s.ok)) continue;
      for (const s of sums) {
        if (s.ok) continue;
        const head = t.header[s.col]?.text;
        const where = `“${labelOf(t, g.total)}”一行${head ? `“${head}”列` : ''}`;
        out.push({
          start: s.stated.start,
          end: s.stated.end,
          message: `${where}：${s.cells.map((c) => c.text).join('+')}=${fmt(s.sum)}，与${s.stated.text}不符。`,
          related: s.cells.map((c) => ({ start: c.start, end: c.end, message: `分项：${c.text}` })),
          data: { total: { raw: s.stated.text, min: s.stated.value, max: s.stated.value }, sumMin: s.sum, sumMax: s.sum, table: true },
        });
      }
    }
  }
  return out;
}
