// Tables of figures: a header row, then one row per indicator (发展党员（名） | 80 | 87 | 8.75%).
// Read from GFM tables and from pipe rows pasted without a `|---|` line (plain text, or a
// Markdown paragraph of `| … |` lines), so that every table check sees both.
import type { Block, ReportModel, Span } from '../types.js';
import { blockSpan } from '../reader/blocks.js';
import { parseNumber } from './quantities.js';

export interface TableCell extends Span {
  text: string;
  /** Numeric value when the cell is a plain figure (80, 8.75%, -3.2, 3.6万). */
  value?: number;
  decimals: number;
  percent: boolean;
  /** A unit written in the cell (87名). */
  unit?: string;
  /** A blank or a dash (-, —, /): no figure, but not text either. */
  empty: boolean;
}

export interface TableRow {
  block: Block;
  blockIndex: number;
  label: string;
  unit: string;
  cells: TableCell[];
}

export interface FigureTable {
  header: TableCell[];
  rows: TableRow[];
  prev?: number;
  curr?: number;
  growth?: number;
  /** The growth column is in percentage points (百分点). */
  points: boolean;
  /** Columns whose header says the figures are percentages: 完成率（%）. */
  percentCols: Set<number>;
  /** The plan or target column (计划值, 2025 目标值) and the rate of it achieved (完成率（%）). */
  plan?: number;
  rate?: number;
}

// (A change column may spell its sign: 下降13.0%, 增长6.1%.)
const CELL_FIGURE =
  /^([+\-－−]|(?:增长|增加|提高|提升|上升|下降|减少|降低|压减|缩短)了?\s*)?([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s*(万|亿)?\s*(?:([%％])|(人次|万元|亿元|元|[名个家项件次期场户所篇人台套条]))?$/;
const EMPTY_CELL = /^(?:[-－—–/／、]{0,3}|无|\s*)$/;

function cellOf(block: Block, s: number, e: number): TableCell {
  // Cell spans without their surrounding spaces: findings point at the figure.
  const text = block.text;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  const raw = text.slice(s, e);
  const m = CELL_FIGURE.exec(raw);
  let value: number | undefined;
  let decimals = 0;
  let unit = m?.[5];
  if (m) {
    const p = parseNumber(m[2]);
    let scale = m[3] === '万' ? 1e4 : m[3] === '亿' ? 1e8 : 1;
    // Money is in 元, as the prose figures are (quantities.ts).
    if (unit === '万元' || unit === '亿元') {
      scale *= unit === '万元' ? 1e4 : 1e8;
      unit = '元';
    }
    value = (m[1] && (/^[-－−]/.test(m[1]) || /^(?:下降|减少|降低|压减|缩短)/.test(m[1])) ? -p.value : p.value) * scale;
    decimals = p.decimals;
  }
  return { ...blockSpan(block, s, e), text: raw, value, decimals, percent: Boolean(m?.[4]), unit, empty: !m && EMPTY_CELL.test(raw) };
}

function gfmCells(block: Block): TableCell[] {
  return (block.cells ?? []).map((c) => cellOf(block, c.start, c.end));
}

const PREV = /上年|去年|上一?年度|同期|基期/;
const CURR = /本年|今年|当年|本年度|本期|实际|完成/;
const GROWTH = /增长|增幅|同比|增减|变化|增速|比上年|较上年/;
const UNIT_IN_LABEL = /[（(]([^）)]{1,6})[）)]\s*$/;
/** Row labels that end in a unit: 接诊人次, 培训学时. */
const UNIT_AT_LABEL_END = /(人次|户次|场次|车次|台次|例次|班次|课时|学时)$/;
const PLAN_HEADER = /计划|目标|预算|任务/;
const RATE_HEADER = /完成(?:率|比例|进度|度)|达成率/;
const PERCENT_HEADER = /[（(]\s*[%％]\s*[）)]|[（(]百分比[）)]|[%％]\s*$/;

interface RawRow {
  block: Block;
  index: number;
  cells: TableCell[];
  /** Text position range of the row in the source (adjacency of GFM rows). */
  start: number;
  end: number;
}

function toTable(run: RawRow[]): FigureTable {
  const header = run[0].cells;
  const t: FigureTable = { header, rows: [], points: false, percentCols: new Set() };
  const years = header.map((h) => {
    const y = /(?:19|20)[0-9]{2}/.exec(h.text);
    return y ? Number(y[0]) : undefined;
  });
  header.forEach((h, i) => {
    if (i === 0) return;
    if (PERCENT_HEADER.test(h.text)) t.percentCols.add(i);
    if (RATE_HEADER.test(h.text)) t.rate ??= i;
    else if (PLAN_HEADER.test(h.text) && !CURR.test(h.text)) t.plan ??= i;
    if (GROWTH.test(h.text)) {
      if (t.growth === undefined) t.growth = i;
      if (/百分点/.test(h.text)) t.points = true;
    } else if (PREV.test(h.text)) t.prev ??= i;
    // (| 三季度完成 | 累计完成 | 年度目标 | 完成率 |: the rate of a year's target is of what was done so far, 累计.)
    else if (CURR.test(h.text) && !/完成(?:率|比例|进度)/.test(h.text) && (t.curr === undefined || (/累计/.test(h.text) && !/累计/.test(header[t.curr].text))))
      t.curr = i;
  });
  const ys = years.map((y, i) => ({ y, i })).filter((x) => x.y !== undefined && x.i !== t.growth && x.i > 0);
  if (ys.length === 2 && t.prev === undefined && t.curr === undefined) {
    const [a, b] = ys[0].y! < ys[1].y! ? [ys[0], ys[1]] : [ys[1], ys[0]];
    t.prev = a.i;
    t.curr = b.i;
  }
  for (const r of run.slice(1)) {
    const cells = r.cells;
    // 完成率（%） | 96.5: the header's % holds for the column's plain figures.
    for (const i of t.percentCols) if (cells[i] && cells[i].value !== undefined && !cells[i].unit) cells[i].percent = true;
    const label = cells[0]?.text ?? '';
    const unitM = UNIT_IN_LABEL.exec(label);
    const tail = unitM ? undefined : UNIT_AT_LABEL_END.exec(label);
    t.rows.push({
      block: r.block,
      blockIndex: r.index,
      label: label.replace(UNIT_IN_LABEL, '').trim(),
      unit: unitM ? unitM[1].trim() : tail ? tail[1] : '',
      cells,
    });
  }
  return t;
}

/** `| a | b |` lines of a prose block: the text ranges of their cells. */
function pipeLines(text: string): { start: number; end: number; cells: [number, number][] }[] {
  const out: { start: number; end: number; cells: [number, number][] }[] = [];
  let ls = 0;
  while (ls <= text.length) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const cells = splitPipes(text, ls, le);
    if (cells) out.push({ start: ls, end: le, cells });
    ls = le + 1;
  }
  return out;
}

const SEPARATOR_CELL = /^\s*:?-{2,}:?\s*$/;

/** Cells of one pipe line; undefined when the line is not a table row. */
function splitPipes(text: string, ls: number, le: number): [number, number][] | undefined {
  let s = ls;
  let e = le;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  // A row opens and closes with a pipe: `a | b` in a sentence is not a table.
  if (e - s < 3 || text[s] !== '|' || text[e - 1] !== '|') return undefined;
  const cells: [number, number][] = [];
  let cs = s + 1;
  for (let i = s + 1; i < e; i++) {
    if (text[i] === '|') {
      cells.push([cs, i]);
      cs = i + 1;
    }
  }
  return cells.length >= 2 ? cells : undefined;
}

export function readTables(model: ReportModel): FigureTable[] {
  return model.shared('tables', () => scanTables(model));
}

function scanTables(model: ReportModel): FigureTable[] {
  const out: FigureTable[] = [];
  let run: RawRow[] = [];
  // The last pipe line read (separator lines included): the next one must follow it.
  let tail: { block: Block; end: number } | undefined;
  const flush = () => {
    if (run.length >= 2) out.push(toTable(run));
    run = [];
    tail = undefined;
  };
  /** The pipe line at `at` of block `b` follows the last one, with only blank space between. */
  const followsTail = (m: ReportModel, b: Block, at: number): boolean => {
    if (!run.length || !tail || run[0].block.kind === 'tableRow') return false;
    if (tail.block === b) return !b.text.slice(tail.end, at).trim();
    return !tail.block.text.slice(tail.end).trim() && !m.text.slice(tail.block.end, b.start).trim() && !b.text.slice(0, at).trim();
  };
  model.blocks.forEach((b, i) => {
    if (b.kind === 'tableRow') {
      // A new table starts when a row is not adjacent to the previous one.
      if (run.length && (run[0].block.kind !== 'tableRow' || model.text.slice(run[run.length - 1].block.end, b.start).replace(/[|:\-\s]/g, '') !== '')) flush();
      run.push({ block: b, index: i, cells: gfmCells(b), start: b.start, end: b.end });
    } else if (b.kind === 'paragraph' && b.text.includes('|')) {
      // Pipe rows pasted without a `|---|` line: plain-text lines, or lines of a Markdown paragraph.
      const lines = pipeLines(b.text);
      for (const l of lines) {
        const sep = l.cells.every(([s, e]) => SEPARATOR_CELL.test(b.text.slice(s, e)));
        if (!followsTail(model, b, l.start) || (!sep && run[0].cells.length !== l.cells.length)) flush();
        tail = { block: b, end: l.end };
        if (sep) continue;
        run.push({ block: b, index: i, cells: l.cells.map(([s, e]) => cellOf(b, s, e)), start: l.start, end: l.end });
      }
      // Text after the last pipe line ends the table.
      if (!lines.length || b.text.slice(lines[lines.length - 1].end).trim()) flush();
    } else if (b.kind !== 'comment') flush();
  });
  flush();
  return out;
}
