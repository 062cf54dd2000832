// numbers/conflict: table figures — a table's cells as statements of their measures, and a row's cell restated in
// prose with another value.
import type { Draft, ReportModel, Span } from '../../types.js';
import type { Quantity } from '../../figures/quantities.js';
import { readTables, type FigureTable } from '../../figures/tables.js';
import { parseNumber } from '../../figures/quantities.js';
import { blockSpan } from '../../reader/blocks.js';
import { scanBack, scanForward, SENTENCE_END } from '../../text/scan.js';
import type { Stated } from './stated.js';
import { HEADS, unitKin, volumeOf } from './naming.js';

/** A column of measures (AUC, KS, 准确率), not of periods or plans (2025, 上年, 目标). */
const PERIOD_OR_PLAN = /[0-9０-９]|年|月|季|期|目标|计划|预计|上年|去年|同比|增/;
const CELL_AFTER_NAME = /^\s*(?:为|是|达到?|：|:)?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)(?![0-9０-９.．%％])/;

/**
 * A prose sentence naming a table row (its label, four characters or more) and then a column of
 * measures, followed by a figure with the cell's decimals and another value: the table said one
 * thing, the prose another. Both names once in the sentence; no period, plan or change around.
 */
export function cellsRestated(model: ReportModel): Draft[] {
  const out: Draft[] = [];
  for (const t of readTables(model)) {
    const cols = t.header
      .map((h, j) => ({ j, name: h.text.trim() }))
      .filter(({ j, name }) => j > 0 && name.length >= 2 && !PERIOD_OR_PLAN.test(name) && t.header.filter((x) => x.text.trim() === name).length === 1);
    if (!cols.length) continue;
    for (const r of t.rows) {
      const label = r.label.trim();
      // (Only rows with a measured figure to restate: most rows have none, and the prose is not scanned for them.)
      if (label.length < 4 || !cols.some(({ j }) => (r.cells[j]?.decimals ?? 0) >= 1)) continue;
      for (const block of model.blocks) {
        if ((block.kind !== 'paragraph' && block.kind !== 'listItem') || !block.text.includes(label)) continue;
        const text = block.text;
        const at = text.indexOf(label);
        if (text.indexOf(label, at + 1) >= 0) continue;
        const end = scanForward(text, at, SENTENCE_END);
        const sentence = text.slice(scanBack(text, at, SENTENCE_END), end);
        if (/目标|计划|上年|去年|提升|提高|下降|从|由/.test(sentence)) continue;
        for (const { j, name } of cols) {
          const c = r.cells[j];
          if (!c || c.value === undefined || c.percent || c.unit || c.decimals < 1) continue;
          const k = text.indexOf(name, at + label.length);
          if (k < 0 || k >= end || text.indexOf(name, k + 1) >= 0) continue;
          const m = CELL_AFTER_NAME.exec(text.slice(k + name.length, end));
          if (!m) continue;
          const v = parseNumber(m[1]);
          if (v.decimals !== c.decimals || Math.abs(v.value - c.value) < 1e-9) continue;
          const from = k + name.length + m[0].length - m[1].length;
          out.push({
            ...blockSpan(block, from, from + m[1].length),
            message: `“${label}”的“${name}”表格中为${c.text}，此处为${m[1]}，同一数据前后不一致。`,
            related: [{ start: c.start, end: c.end, message: `表格：${label} ${name} ${c.text}` }],
            data: {
              thing: `${label}${name}`,
              unit: '',
              values: [
                { raw: c.text, min: c.value, max: c.value },
                { raw: m[1], min: v.value, max: v.value },
              ],
            },
          });
        }
      }
    }
  }
  return out;
}

/** A column counting people, named by what they did or are: 上线人数, 参赛人数 (the stem, two characters or more). */
const HEAD_COUNT_HEADER = /^([\u4e00-\u9fff]{2,6})人数$/;

/** A table cell's figure as a statement of its measure: the whole of it, in no sentence, with no verb of its own. */
function tableFigure(span: Span, raw: string, thing: string, unit: string, value: number, exact?: true): Stated {
  // (Every field of Stated, in its order, as statedFigures() writes a prose figure's: one shape for every figure.)
  return {
    q: undefined,
    refersBack: undefined,
    span,
    raw,
    thing,
    verb: '',
    unit,
    min: value,
    max: value,
    scope: '',
    years: '',
    inTable: true,
    whole: true,
    words: [],
    context: [],
    contextSet: undefined,
    sentence: -1,
    outer: undefined,
    purpose: '',
    stock: undefined,
    subset: undefined,
    verbOnly: undefined,
    thisYear: undefined,
    ownScope: undefined,
    net: undefined,
    short: undefined,
    digits: undefined,
    earliest: undefined,
    reported: undefined,
    exact,
    named: undefined,
    ownList: undefined,
    ownSet: undefined,
  };
}

/**
 * 类别 | 上线人数 | 上线率 / 特控线 | 97 | 16.3%: a table of kinds with no period or plan column, a column counting people.
 * Each cell counts the row's kind and the column's stem together (特控线上线 97人), as prose names it.
 */
/** A row's label naming an object, then the doing: 智能水表改造, 老旧管网更换. */
const DOING_LAST = /^([\u4e00-\u9fff]{2,8}?)(改造|更换|安装|新建|建设|迁移|接入)$/;
/** The header of a table's one column of values: 数值, 数量, 完成情况. */
const VALUE_HEADER = /^(?:数值|数量|数据|完成情况|完成值|实际完成|结果|指标值)$/;

function headCountCells(t: FigureTable): Stated[] {
  if (t.prev !== undefined || t.plan !== undefined || t.growth !== undefined || t.header.some((h) => PERIOD_OR_PLAN.test(h.text))) return [];
  const out: Stated[] = [];
  t.header.forEach((h, j) => {
    const m = j > 0 ? HEAD_COUNT_HEADER.exec(h.text.trim()) : null;
    if (!m) return;
    for (const r of t.rows) {
      const c = r.cells[j];
      const label = r.label.trim();
      if (!c || c.value === undefined || c.percent || c.decimals || (c.unit && !HEADS.has(c.unit)) || !/^[\u4e00-\u9fff]{2,8}$/.test(label)) continue;
      out.push(tableFigure(c, `${c.text}${c.unit ? '' : '人'}`, label + m[1], '人', c.value, true));
    }
  });
  return out;
}

/** Whether the sentence of prose figure `q` also states table figure `t`'s value, in its unit. */
export function sentenceStates(model: ReportModel, q: Quantity, t: Stated): boolean {
  const text = model.blocks[q.blockIndex].text;
  const s = scanBack(text, q.from, SENTENCE_END);
  const e = scanForward(text, q.to, SENTENCE_END);
  return model.quantities.some(
    (x) =>
      x !== q &&
      x.blockIndex === q.blockIndex &&
      x.from >= s &&
      x.to <= e &&
      unitKin(x.unit) === t.unit &&
      x.value !== undefined &&
      x.value >= t.min &&
      x.value <= t.max,
  );
}

/**
 * Whether table figure `t`'s row also holds prose figure `q`'s value in another cell: | 在云业务系统 | 118 | 189 | +71 | beside
 * 完成71个业务系统的上云迁移 — the prose states the row's change (or last year's level), not this year's figure.
 */
export function rowHolds(model: ReportModel, q: Quantity, t: Stated): boolean {
  if (q.value === undefined) return false;
  const at = t.span.start;
  for (const table of readTables(model))
    for (const r of table.rows)
      if (r.cells.some((c) => c.start === at))
        return r.cells.some((c) => c.start !== at && c.value !== undefined && !c.percent && Math.abs(c.value) === Math.abs(q.value!));
  return false;
}

/** A row's unit in 万 or 亿 of a unit of one character or two: 万张, 亿元, 万人次. */
const SCALED_UNIT = /^(万|亿)((?!元)[\u4e00-\u9fff]{1,2})$/;

/** This year's figures of the draft's tables, as statements of their measures (a table with no such column: its head counts). */
export function tableFigures(model: ReportModel): Stated[] {
  const stated: Stated[] = [];
  for (const t of readTables(model)) {
    // (| 项目 | 数值 | / | 上线需求 | 143 个 |: a table of the year's figures, one column of values, no period named.)
    const curr = t.curr ?? (t.header.length === 2 && VALUE_HEADER.test(t.header[1].text.trim()) ? 1 : undefined);
    if (curr === undefined) {
      for (const x of headCountCells(t)) stated.push(x);
      continue;
    }
    for (const r of t.rows) {
      const c = r.cells[curr];
      const unit = r.unit || c?.unit || '';
      if (!c || c.value === undefined || c.percent || !unit || r.label.length < 2) continue;
      // 住院手术台次 | 3,860 names what the prose counts as 住院手术3,860台次: the unit ending the label is not the thing.
      const named = r.label.replace(/^(?:新|全年|本年)/, '');
      const noun = volumeOf(r.unit && named.endsWith(r.unit) && named.length - r.unit.length >= 2 ? named.slice(0, -r.unit.length) : named);
      // (智能水表改造（万只） is what prose calls 改造智能水表: the doing said after its object in a row's label.)
      const done = DOING_LAST.exec(noun);
      const thing = done ? done[2] + done[1] : noun;
      // 信用卡新增发卡（万张） | 3.8: a unit in 万 or 亿 of the row is the prose's unit scaled (3.8万张 is 38000张), as a
      // figure's 万 is in the prose. (Not money: a table's 亿元 of a whole — 营业收入 — beside the prose's 收入 of one
      // business would pair them; the tables' money is left to the tables' own checks, as before.)
      const scaled = c.unit ? undefined : SCALED_UNIT.exec(unit);
      const base = scaled ? scaled[2] : unit;
      const value = scaled ? c.value * (scaled[1] === '万' ? 1e4 : 1e8) : c.value;
      stated.push(tableFigure(c, c.unit ? c.text : `${c.text}${unit}`, thing, unitKin(base), value));
    }
  }
  return stated;
}
