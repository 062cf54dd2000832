// numbers/conflict: what else the report says that settles a pair of figures — each a share of another whole in
// its sentence, or two sentences that echo one set of figures.
import type { ReportModel } from '../../types.js';
import { scanForward, SENTENCE_END } from '../../text/scan.js';
import type { Stated } from './stated.js';
import { figuresBetween } from './sentence.js';
import { unitKin } from './naming.js';

/**
 * 我校考生604人，本科上线412人，本科上线率68.2%: the value of the whole a prose figure's sentence gives its share of — a
 * figure of its unit before it there, a rate after it that is the one over the other — null when there is none.
 * (Remembered in `memo`, not on the figure: a field set on some figures only would give them shapes of their own.)
 */
export function amongOf(model: ReportModel, x: Stated, memo: Map<Stated, number | null>): number | null {
  const known = memo.get(x);
  if (known !== undefined) return known;
  const found = wholeOf(model, x);
  memo.set(x, found);
  return found;
}

/** The value amongOf remembers, worked out. */
function wholeOf(model: ReportModel, x: Stated): number | null {
  const q = x.q!;
  const text = model.blocks[q.blockIndex].text;
  const e = scanForward(text, q.to, SENTENCE_END);
  // (Most sentences give no rate after the figure: their figures are not gathered.)
  let pct = q.to;
  while (pct < e && text.charCodeAt(pct) !== 0x25 && text.charCodeAt(pct) !== 0xff05) pct++; /* %, ％ */
  const figures = q.value === undefined || pct >= e ? [] : figuresBetween(model, q.blockIndex, x.sentence, e);
  for (let i = figures.indexOf(q) - 1; i >= 0; i--) {
    const w = figures[i];
    if (w.value === undefined || !w.value || w.approx || w.kind !== q.kind || unitKin(w.unit) !== unitKin(q.unit)) continue;
    const share = (q.value! / w.value) * 100;
    for (const r of figures)
      if (r.from > q.to && r.kind === 'percent' && r.value !== undefined && Math.abs(share - r.value) <= 0.5 * Math.pow(10, -r.decimals) + 1e-9) return w.value;
  }
  return null;
}

/**
 * 上半年累计检查生产经营单位1738户次，立案查处违法行为46起，罚款83.5万元 … 检查生产经营单位1783户次，立案查处违法行为46起，
 * 罚款83.5万元: two sentences that state two other figures alike, thing, verb, unit and value, restate one set of
 * figures; the words framing them (the lead of a report, an item's own) name no other quantity.
 */
export function echoes(model: ReportModel, a: Stated, b: Stated): boolean {
  if (!a.q || !b.q || (a.q.blockIndex === b.q.blockIndex && a.sentence === b.sentence)) return false;
  const of = (x: Stated) => figuresBetween(model, x.q!.blockIndex, x.sentence, scanForward(model.blocks[x.q!.blockIndex].text, x.q!.to, SENTENCE_END));
  const fb = of(b);
  let n = 0;
  for (const y of of(a)) {
    if (y === a.q || y.value === undefined || y.approx || !(y.thing || y.verb)) continue;
    if (fb.some((z) => z !== b.q && z.value === y.value && z.unit === y.unit && z.thing === y.thing && z.verb === y.verb) && ++n >= 2) return true;
  }
  return false;
}
