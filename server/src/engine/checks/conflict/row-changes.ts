// numbers/conflict: a table row's change restated in prose — | P99 延迟 | 420ms | 190ms | and 核心接口 P99 延迟从 420ms 降到
// 180ms — with the same starting level and another level reached: the table said one thing, the prose another.
import type { Draft, ReportModel } from '../../types.js';
import { readTables, type TableCell } from '../../figures/tables.js';
import { parseNumber } from '../../figures/quantities.js';
import { blockSpan } from '../../reader/blocks.js';
import { scanForward, SENTENCE_END } from '../../text/scan.js';

/** Right after the row's name: 从 A（unit）降到 B, 由 A 提升至 B. */
const CHANGE_AFTER_NAME =
  /^[^，,；;。0-9]{0,6}?(?:从|由)\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([A-Za-z%％]{0,4}|[\u4e00-\u9fff]{0,2}?)\s*(?:降低|降|下降|减少|减|缩短|压缩|提升|提高|上升|增加|增长|增|升)?(?:到|至)\s*([0-9][0-9,]*(?:\.[0-9]+)?)/;

/** The figure of a cell and the letters after it: 420ms → 420, ms. */
// (The table reader leaves 420ms without a value: ms is no unit of its; the figure is read here.)
function cellFigure(c: TableCell | undefined): { value: number; unit: string } | undefined {
  if (!c) return undefined;
  const m = /^\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([A-Za-z%％]*)/.exec(c.text.replace(/[*_]/g, ''));
  if (!m || (c.value === undefined && !/^\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*[A-Za-z%％]*\s*$/.test(c.text.replace(/[*_]/g, '')))) return undefined;
  return { value: c.value ?? parseNumber(m[1].replace(/,/g, '')).value, unit: m[2].toLowerCase() };
}

const squeeze = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

export function changesRestated(model: ReportModel): Draft[] {
  const out: Draft[] = [];
  const tables = readTables(model);
  if (!tables.length) return out;
  // (Each prose block squeezed once, not once per table row: a long report holds many of both.)
  const prose = model.blocks.flatMap((block) => (block.kind === 'paragraph' || block.kind === 'listItem' ? [{ block, plain: squeeze(block.text) }] : []));
  for (const t of tables) {
    for (const r of t.rows) {
      const label = squeeze(r.label.replace(/[*_]/g, ''));
      if (label.length < 3 || t.rows.filter((x) => squeeze(x.label.replace(/[*_]/g, '')) === label).length > 1) continue;
      const figures = r.cells.map(cellFigure);
      for (const { block, plain } of prose) {
        const text = block.text;
        const at = plain.indexOf(label);
        if (at < 0 || plain.indexOf(label, at + 1) >= 0) continue;
        // Back to the original text: the row's name ends where its last character, counted without spaces, does.
        let k = 0;
        let seen = 0;
        while (k < text.length && seen < at + label.length) if (!/\s/.test(text[k++])) seen++;
        const end = scanForward(text, k, SENTENCE_END);
        const sentence = text.slice(k, end);
        if (/目标|计划|预计|力争/.test(sentence)) continue;
        const m = CHANGE_AFTER_NAME.exec(sentence);
        if (!m) continue;
        // (从71.5%提升到75%以上: a bound set as the aim, not the level reached.)
        if (/^\s*(?:[A-Za-z%％]{0,4}|[\u4e00-\u9fff]?)\s*(?:以上|以下|左右|上下|之间)/.test(sentence.slice(m.index + m[0].length))) continue;
        const a = parseNumber(m[1].replace(/,/g, '')).value;
        const b = parseNumber(m[3].replace(/,/g, '')).value;
        const unit = /^[A-Za-z%％]*$/.test(m[2]) ? m[2].toLowerCase() : '';
        // The row's starting level, then the next figure of the row: the level it reached.
        const i = figures.findIndex((f, j) => j > 0 && f && f.value === a && (!unit || !f.unit || f.unit === unit));
        if (i < 0) continue;
        const j = figures.findIndex((f, x) => x > i && !!f);
        const reached = figures[j];
        if (j < 0 || !reached || reached.value === b || figures.some((f) => f && f.value === b)) continue;
        const c = r.cells[j];
        const bAt = k + m.index + m[0].length - m[3].length;
        const prose = blockSpan(block, bAt, bAt + m[3].length);
        const said = `${m[3]}${m[2] && unit ? m[2] : ''}`;
        // (The later of the two is the one reported, as with any restatement: a table after the prose, its cell.)
        const later = c.start > prose.start;
        out.push({
          ...(later ? { start: c.start, end: c.end } : prose),
          message: later
            ? `“${r.label.trim()}”前文写由${m[1]}${unit ? m[2] : ''}到${said}，表格中为${c.text.trim()}，同一数据前后不一致。`
            : `“${r.label.trim()}”表格中由${r.cells[i].text.trim()}到${c.text.trim()}，此处写到${said}，同一数据前后不一致。`,
          related: [later ? { ...prose, message: `前文：${said}` } : { start: c.start, end: c.end, message: `表格：${r.label.trim()} ${c.text.trim()}` }],
          data: {
            thing: r.label.trim(),
            unit,
            values: [
              { raw: c.text.trim(), min: reached.value, max: reached.value },
              { raw: m[3], min: b, max: b },
            ],
          },
        });
      }
    }
  }
  return out;
}
