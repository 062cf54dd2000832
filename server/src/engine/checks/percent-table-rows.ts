// numbers/percent: a change stated in prose of a table row, named by the row's label, against the row's
// before and after columns:
//   | 指标     | 改造前 | 目标 | 改造后 |
//   | 平均时延 | 300 ms | …    | 120 ms |      …平均时延下降了 40%  →  (120−300)÷300 = −60%
// Only when the reading is sure: one column named as before and one as after (改造前 / 改造后, or last
// year's and this year's), the clause opened by the label and nothing but the change's words between
// it and the figure (其中某渠道的平均时延下降了… is a part, 较上月下降… another base).
import type { Draft, ReportModel } from '../types.js';
import { fmt, type Quantity } from '../figures/quantities.js';
import { readTables, type FigureTable, type TableCell } from '../figures/tables.js';
import { scanBack, CLAUSE_END } from '../text/scan.js';
import { LEEWAY } from './percent-shares.js';

/** A header naming the state before a change (改造前) and after it (改造后): the same doing, 前 and 后. */
const BEFORE_HEADER = /^([\u4e00-\u9fff]{1,4})前$/;

/** A cell's figure and the unit written after it (420 ms, 48 台, 12.5%): units a table of sums does not read too. */
const CELL = /^([0-9][0-9,]*(?:\.[0-9]+)?)\s*([A-Za-z%％\u4e00-\u9fff]{0,4})$/;

interface Level {
  value: number;
  decimals: number;
  unit: string;
  cell: TableCell;
}

function level(c: TableCell | undefined): Level | undefined {
  const m = c && CELL.exec(c.text.replace(/\s+/g, ' ').trim());
  if (!c || !m) return undefined;
  const digits = m[1].replace(/,/g, '');
  const dot = digits.indexOf('.');
  return { value: Number(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1, unit: c.percent && !m[2] ? '%' : m[2].replace('％', '%'), cell: c };
}

/** The columns of the state before and after: 改造前 / 改造后 (one of each), else last year's / this year's. */
function beforeAfter(t: FigureTable): [number, number] | undefined {
  const heads = t.header.map((h) => h.text.replace(/\s+/g, ''));
  const befores = heads.map((h, i) => ({ m: BEFORE_HEADER.exec(h), i })).filter((x) => x.i > 0 && x.m);
  if (befores.length === 1) {
    const after = heads.map((h, i) => ({ h, i })).filter((x) => x.i > 0 && x.h.endsWith('后'));
    const stem = befores[0].m![1];
    if (after.length !== 1 || after[0].h !== `${stem}后`) return undefined;
    return [befores[0].i, after[0].i];
  }
  if (befores.length > 1) return undefined;
  return t.prev !== undefined && t.curr !== undefined ? [t.prev, t.curr] : undefined;
}

function squeeze(t: string): string {
  return t.replace(/\s+/g, '');
}

function r2(n: number): string {
  return fmt(Math.round(n * 100) / 100);
}

/**
 * The prose percentages that state a table row's change wrongly. `byBlock` holds the prose figures by block;
 * `inc` and `dec` are the change words as alternations; `reported` the figures already found.
 */
export function rowChanges(
  model: ReportModel,
  byBlock: ReadonlyMap<number, Quantity[]>,
  inc: string,
  dec: string,
  extra: number,
  reported: ReadonlySet<number>,
): Draft[] {
  const rows: { label: string; name: string; a: Level; b: Level }[] = [];
  const labels = new Map<string, number>();
  for (const t of readTables(model)) {
    const cols = beforeAfter(t);
    for (const r of t.rows) {
      const label = squeeze(r.label.replace(/[*_`]/g, ''));
      if (label.length < 2) continue;
      labels.set(label, (labels.get(label) ?? 0) + 1);
      if (!cols) continue;
      const a = level(r.cells[cols[0]]);
      const b = level(r.cells[cols[1]]);
      if (a && b && a.unit === b.unit && a.value > 0) rows.push({ label, name: r.label.replace(/[*_`]/g, '').trim(), a, b });
    }
  }
  // (A label two rows share, in one table or two, names no one row.)
  const sure = rows.filter((r) => labels.get(r.label) === 1);
  if (!sure.length) return [];
  const change = new RegExp(`^(?:较|比)?(?:同比)?(?:(${inc})|(${dec}))(?:了|为|达|达到)?$`);
  // (…能耗下降2% under 明年打算 is a target for the year to come, not this row's change.)
  const plans = model.sectionNodes.filter((n) => n.section === 'next');
  const out: Draft[] = [];
  for (const [bi, qs] of byBlock) {
    const text = model.blocks[bi].text;
    for (const p of qs) {
      if (p.kind !== 'percent' || p.value === undefined || p.approx || reported.has(p.start)) continue;
      if (plans.some((n) => p.start >= n.start && p.start < n.end)) continue;
      const lead = squeeze(text.slice(scanBack(text, p.from, CLAUSE_END), p.from));
      // (Cheap first: the clause ends in a change word.)
      const row = sure.find((r) => lead.startsWith(r.label));
      if (!row) continue;
      const m = change.exec(lead.slice(row.label.length));
      if (!m) continue;
      const { a, b } = row;
      const down = m[2] !== undefined;
      const rel = ((b.value - a.value) / a.value) * 100;
      // (A rate's change may be in points: 12.5% → 6.8%, 下降5.7%, is another check's matter.)
      const pts = a.unit === '%' ? b.value - a.value : NaN;
      const t = 0.5 * 10 ** -p.decimals + extra + (a.decimals || b.decimals ? LEEWAY : 0) + 1e-9;
      const fits = (x: number) => (down ? -x : x) > 0 && Math.abs(Math.abs(x) - p.value!) <= t;
      if (fits(rel) || fits(pts)) continue;
      const turned = (down ? rel > 0 : rel < 0) ? `，实为${down ? '增长' : '下降'}` : '';
      out.push({
        start: p.start,
        end: p.end,
        message: `“${row.name}”表中由${a.cell.text}到${b.cell.text}，(${fmt(b.value)}−${fmt(a.value)})÷${fmt(a.value)}=${r2(rel).replace('-', '−')}%${turned}，与“${m[0]}${p.raw}”不符。`,
        related: [
          { start: a.cell.start, end: a.cell.end, message: `原值${a.cell.text}` },
          { start: b.cell.start, end: b.cell.end, message: `现值${b.cell.text}` },
        ],
        data: { from: a.value, to: b.value, computed: rel, stated: p.value, kind: 'growth' },
      });
    }
  }
  return out;
}
