// numbers/percent: a change between two bare figures — 峰值 TPS 由改造前的 3200 提升到 5600，提升约 43% — whose measure is
// named before them in Latin letters (TPS, QPS, P99), so neither carries a unit the figure reader would take.
import type { Draft, ReportModel } from '../types.js';
import { fmt } from '../figures/quantities.js';
import { PROSE_KINDS } from '../reader/blocks.js';

/** 由（…）A 提升到 B，提升（约）X%: A and B bare (no unit, no % after them), one clause of change after B. */
const BARE_CHANGE =
  /(?:由|从)[^，,；;。0-9]{0,10}?(?<![0-9.])([0-9]+(?:\.[0-9]+)?)\s*(提升|提高|增加|增长|上升|下降|降低|减少|降|升|增)?(?:至|到)\s*([0-9]+(?:\.[0-9]+)?)(?![0-9.%％\u4e00-\u9fff])\s*[，,]\s*(提升|提高|增加|增长|上升|下降|降低|减少|降幅|增幅)了?(?:为|达)?\s*(约|近|超过?)?\s*([0-9]+(?:\.[0-9]+)?)\s*[%％]/g;

const DOWN = /下降|降低|减少|降/;

function r2(x: number): string {
  return fmt(Math.round(x * 100) / 100);
}

export function bareGrowth(model: ReportModel, seen: ReadonlySet<number>): Draft[] {
  const out: Draft[] = [];
  for (const block of model.blocks) {
    if (!PROSE_KINDS.has(block.kind) || (!block.text.includes('%') && !block.text.includes('％'))) continue;
    const text = block.text;
    BARE_CHANGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BARE_CHANGE.exec(text)) !== null) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const x = Number(m[6]);
      if (!a || a === b) continue;
      const down = DOWN.test(m[4]) || DOWN.test(m[2] ?? '');
      const rel = ((b - a) / a) * 100;
      const computed = down ? -rel : rel;
      const decimals = m[6].includes('.') ? m[6].split('.')[1].length : 0;
      const tol = m[5] ? 1.5 : 0.5 * 10 ** -decimals + 0.05;
      if (computed < 0 || Math.abs(computed - x) <= tol) continue;
      const pAt = m.index + m[0].lastIndexOf(m[6]);
      const start = block.offsets[pAt];
      if (seen.has(start)) continue;
      out.push({
        start,
        end: block.offsets[pAt + m[6].length] + 1,
        message: `(${m[3]}−${m[1]})÷${m[1]}=${r2(rel)}%，与“${m[4]}${m[5] ?? ''}${m[6]}%”不符。`,
        data: { from: a, to: b, computed: rel, stated: down ? -x : x, kind: 'growth' },
      });
    }
  }
  return out;
}
