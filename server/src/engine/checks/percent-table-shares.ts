// numbers/percent: the categories of a grouped table (a PSP time table) in a column of percentages are
// shares of one whole, and must add up to 100%:
//   | Stage           | Time(%) |
//   | **Planning**    | **10**  |
//   | **Development** | **85**  |      10 + 85 + 15 = 110, and by the rows under them no 100 either
//   | **Reporting**   | **15**  |
// Only when the table is read as grouped (table-groups), has no total row of its own (that is checked
// against the categories by numbers/sum), and neither the categories nor the rows under them add up to 100.
import type { Draft, ReportModel } from '../types.js';
import type { FigureTable, TableCell } from '../figures/tables.js';
import { fmt } from '../figures/quantities.js';
import { groupedRows } from './table-groups.js';

/** Columns of rates, not shares of one whole: 完成率（%）, 增长（%）. */
const NOT_SHARES = /率|增长|增幅|增速|增减|同比|环比|平均|人均|均值|百分点/;

/** Within rounding: half a unit of the last decimal written for each share, or one unit in all when not `each`. */
function near100(cells: TableCell[], each: boolean): boolean {
  const d = Math.max(...cells.map((c) => c.decimals));
  const sum = cells.reduce((a, c) => a + c.value!, 0);
  return Math.abs(sum - 100) <= (each ? cells.length * 0.5 : 1) * 10 ** -d + 1e-9;
}

export function tableShares(model: ReportModel, tables: FigureTable[]): Draft[] {
  const out: Draft[] = [];
  for (const t of tables) {
    const g = groupedRows(model, t);
    if (!g || g.total) continue;
    for (let col = 1; col < t.header.length; col++) {
      if (NOT_SHARES.test(t.header[col]?.text ?? '')) continue;
      const heads = g.groups.map((x) => x.head.cells[col]);
      if (heads.some((c) => !c || c.value === undefined || !c.percent)) continue;
      const items = g.groups.flatMap((x) => x.rows.map((r) => r.cells[col]));
      if (items.some((c) => !c || c.value === undefined)) continue;
      // (Without list marks, a category that adds up says the grouping is sure, as table-groups asks.)
      const addsUp = g.groups.some(
        (x) => x.rows.length >= 2 && Math.abs(x.rows.reduce((a, r) => a + r.cells[col].value!, 0) - x.head.cells[col].value!) < 1e-9,
      );
      if (!g.marked && !addsUp) continue;
      // (7 + 85 + 10 = 102 where the rows under them make 99: one category's slip, which numbers/sum finds.)
      if (near100(heads, true) || near100(items, false)) continue;
      const sum = heads.reduce((a, c) => a + c.value!, 0);
      const byItems = items.reduce((a, c) => a + c.value!, 0);
      // Pointed at the category its own rows do not add up to, when one is; else at the first.
      const off = g.groups.filter((x) => Math.abs(x.rows.reduce((a, r) => a + r.cells[col].value!, 0) - x.head.cells[col].value!) > 1e-9);
      const at = off.length === 1 ? off[0].head.cells[col] : heads[0];
      const head = t.header[col]?.text;
      out.push({
        start: at.start,
        end: at.end,
        message: `${head ? `“${head}”列` : ''}各部分占比${heads.map((c) => c.text.replace(/[*_]/g, '')).join('+')}=${fmt(sum)}%${byItems !== sum ? `（按各分项计为${fmt(byItems)}%）` : ''}，合计应为100%。`,
        related: heads.map((c) => ({ start: c.start, end: c.end, message: `占比${c.text}` })),
        data: { part: sum, total: 100, computed: sum, stated: 100, kind: 'shares' },
      });
    }
  }
  return out;
}
