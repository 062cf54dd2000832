// GFM tables of figures: a header row naming last year's and this year's columns
// and a growth column, then one row per indicator (发展党员（名） | 80 | 87 | 8.75%).
import type { Block, ReportModel, Span } from '../types.js';
import { blockSpan } from '../blocks.js';
import { parseNumber } from '../quantities.js';

export interface TableCell extends Span {
  text: string;
  /** Numeric value when the cell is a plain figure (80, 8.75%, -3.2). */
  value?: number;
  decimals: number;
  percent: boolean;
  /** A unit written in the cell (87名). */
  unit?: string;
}

export interface FigureTable {
  header: TableCell[];
  rows: { block: Block; blockIndex: number; label: string; unit: string; cells: TableCell[] }[];
  prev?: number;
  curr?: number;
  growth?: number;
  /** The growth column is in percentage points (百分点). */
  points: boolean;
}

function cellsOf(block: Block): TableCell[] {
  return (block.cells ?? []).map((c) => {
    const raw = block.text.slice(c.start, c.end).trim();
    const m = /^([+\-－−]?)([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s*(?:([%％])|(人次|[名个家项件次期场户所篇人]))?$/.exec(raw);
    let value: number | undefined;
    let decimals = 0;
    if (m) {
      const p = parseNumber(m[2]);
      value = m[1] && m[1] !== '+' ? -p.value : p.value;
      decimals = p.decimals;
    }
    return { ...blockSpan(block, c.start, c.end), text: raw, value, decimals, percent: Boolean(m?.[3]), unit: m?.[4] };
  });
}

const PREV = /上年|去年|上一?年度|同期|基期/;
const CURR = /本年|今年|当年|本年度|本期|实际|完成/;
const GROWTH = /增长|增幅|同比|增减|变化|增速|比上年|较上年/;
const UNIT_IN_LABEL = /[（(]([^）)]{1,6})[）)]\s*$/;

export function readTables(model: ReportModel): FigureTable[] {
  const out: FigureTable[] = [];
  let run: { block: Block; index: number }[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const header = cellsOf(run[0].block);
      const t: FigureTable = { header, rows: [], points: false };
      const years = header.map((h) => {
        const y = /(?:19|20)[0-9]{2}/.exec(h.text);
        return y ? Number(y[0]) : undefined;
      });
      header.forEach((h, i) => {
        if (i === 0) return;
        if (GROWTH.test(h.text)) {
          if (t.growth === undefined) t.growth = i;
          if (/百分点/.test(h.text)) t.points = true;
        } else if (PREV.test(h.text)) t.prev ??= i;
        else if (CURR.test(h.text)) t.curr ??= i;
      });
      const ys = years.map((y, i) => ({ y, i })).filter((x) => x.y !== undefined && x.i !== t.growth && x.i > 0);
      if (ys.length === 2 && t.prev === undefined && t.curr === undefined) {
        const [a, b] = ys[0].y! < ys[1].y! ? [ys[0], ys[1]] : [ys[1], ys[0]];
        t.prev = a.i;
        t.curr = b.i;
      }
      for (const r of run.slice(1)) {
        const cells = cellsOf(r.block);
        const label = cells[0]?.text ?? '';
        const unitM = UNIT_IN_LABEL.exec(label);
        t.rows.push({ block: r.block, blockIndex: r.index, label: label.replace(UNIT_IN_LABEL, '').trim(), unit: unitM ? unitM[1].trim() : '', cells });
      }
      out.push(t);
    }
    run = [];
  };
  model.blocks.forEach((b, i) => {
    if (b.kind === 'tableRow') {
      // A new table starts when a row is not adjacent to the previous one.
      if (run.length && model.text.slice(run[run.length - 1].block.end, b.start).replace(/[|:\-\s]/g, '') !== '') flush();
      run.push({ block: b, index: i });
    } else if (b.kind !== 'comment') flush();
  });
  flush();
  return out;
}
