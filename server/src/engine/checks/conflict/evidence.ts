// numbers/conflict: what else the report says that settles a pair of figures — each a share of another whole in
// its sentence, or two sentences that echo one set of figures.
import type { ReportModel } from '../../types.js';
import { isDelta } from '../../figures/breakdowns.js';
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

/** What pairs ask of the whole draft, worked out on the first question and kept for the run. */
export interface Evidence {
  readonly stated: readonly Stated[];
  /** The earliest exact prose figure by thing, unit and value (earliestOf). */
  earliest: Map<string, Map<string, Map<number, number>>> | undefined;
  /** The prose figures by block and sentence (restatesBeside). */
  beside: Map<number, Map<number, Stated[]>> | undefined;
  /** The whole each prose figure's sentence gives its share of (amongOf). */
  readonly among: Map<Stated, number | null>;
  /** Whether a prose figure's sentence sums up figures stated before (recaps). */
  readonly recap: Map<Stated, boolean>;
}

export function evidence(stated: readonly Stated[]): Evidence {
  return { stated, earliest: undefined, beside: undefined, among: new Map(), recap: new Map() };
}

/** A sentence that opens by summing up: 总体看， / 综上所述， / 总的来看，. */
const RECAP_OPENING = /^\s*(?:总体看|总体来看|总的来看|总体而言|总的说来|总的来说|综合来看|综上所述|综上|总之)[，,：:]/;

/**
 * 总体看，全年新增供水用户1.32万户，实现营业收入58200万元…: a sentence that opens by summing up and states, besides `x`,
 * another figure the report gave before it with the same thing, unit and value, restates the report's figures; the
 * other things it names are the rest of the summary, not what tells `x`'s measure apart.
 */
export function recaps(model: ReportModel, ev: Evidence, x: Stated): boolean {
  const known = ev.recap.get(x);
  if (known !== undefined) return known;
  let found = false;
  const q = x.q;
  if (q) {
    const text = model.blocks[q.blockIndex].text;
    if (RECAP_OPENING.test(text.slice(x.sentence, q.from))) {
      const at = q.start - (q.from - x.sentence);
      const earliest = (ev.earliest ??= earliestOf(model));
      found = figuresBetween(model, q.blockIndex, x.sentence, scanForward(text, q.to, SENTENCE_END)).some(
        (y) => y !== q && y.value !== undefined && !y.approx && y.thing.length >= 2 && (earliest.get(y.thing)?.get(y.unit)?.get(y.value) ?? at) < at,
      );
    }
  }
  ev.recap.set(x, found);
  return found;
}

// (The earliest exact prose figure of each thing, unit and value, worked out once: asking every figure of the
// draft for each pair made a 100,000-character draft a quarter slower.)
// (Maps by thing, unit and value in turn: no key string is built for each figure.)
function earliestOf(model: ReportModel): Map<string, Map<string, Map<number, number>>> {
  const m = new Map<string, Map<string, Map<number, number>>>();
  for (const c of model.quantities) {
    // (Only what agreesEarlier asks about: a thing of two characters or more.)
    if (c.value === undefined || c.approx || c.thing.length < 2 || model.blocks[c.blockIndex].kind === 'tableRow') continue;
    let byUnit = m.get(c.thing);
    if (!byUnit) m.set(c.thing, (byUnit = new Map()));
    let byValue = byUnit.get(c.unit);
    if (!byValue) byUnit.set(c.unit, (byValue = new Map()));
    const at = byValue.get(c.value);
    if ((at === undefined || c.start < at) && !isDelta(model.blocks[c.blockIndex].text, c)) byValue.set(c.value, c.start);
  }
  return m;
}

/** Whether a prose figure before `a` counts `b`'s thing in `b`'s unit with `b`'s value (the reader may have set it aside as a stated measure). */
export function agreesEarlier(model: ReportModel, ev: Evidence, a: Stated, b: Stated): boolean {
  const q = b.q!;
  if (q.value === undefined || q.thing.length < 2) return false;
  if (b.earliest === undefined) b.earliest = (ev.earliest ??= earliestOf(model)).get(q.thing)?.get(q.unit)?.get(q.value) ?? null;
  return b.earliest !== null && b.earliest < a.span.start;
}

// (Asked only of pairs about to be reported, but a long draft has a thousand of those: the prose figures are
// indexed by block and sentence once, on the first question, rather than scanned for each. Numbers as keys, not a
// string joined from block, sentence, thing, unit and value for every figure: those strings were a tenth of the check.)
/** Whether another prose figure of `a`'s sentence states `b`'s measure and value. */
export function restatesBeside(ev: Evidence, a: Stated, b: Stated): boolean {
  if (!a.q) return false;
  if (!ev.beside) {
    ev.beside = new Map();
    for (const c of ev.stated) {
      if (!c.q) continue;
      let bySentence = ev.beside.get(c.q.blockIndex);
      if (!bySentence) ev.beside.set(c.q.blockIndex, (bySentence = new Map()));
      const list = bySentence.get(c.sentence);
      if (list) list.push(c);
      else bySentence.set(c.sentence, [c]);
    }
  }
  const list = ev.beside.get(a.q.blockIndex)?.get(a.sentence);
  if (!list) return false;
  // (…会员单位由年初的126家增至158家 … 158家会员单位中: a level named only by its verb, 增至, is the measure's too.)
  for (const c of list)
    if (c !== a && (c.thing === b.thing || c.verbOnly) && c.unit === b.unit && sameNumber(c.min, b.min) && sameNumber(c.max, b.max)) return true;
  return false;
}

/** Two bounds alike as their text is (NaN and NaN too). */
function sameNumber(x: number, y: number): boolean {
  return x === y || (x !== x && y !== y);
}
