// numbers/conflict: a part named by a code of Latin letters inside a split of the year's whole (全年发表论文38篇，其中SCI
// 收录11篇), restated as the year's whole of the thing with that code (全年共发表SCI论文13篇): one quantity.
import type { Draft, Quantity } from '../../types.js';
import { scanBack, CLAUSE_END, SENTENCE_END } from '../../text/scan.js';
import type { ConflictRun } from './context.js';
import { unitKin } from './naming.js';
import { inPlans } from './scopes.js';
import { clashingEarlier, restated } from './restated.js';

/** The year's whole of a coded thing: 全年共发表SCI论文 → SCI (the thing, 论文, read as the figure's). */
const YEARS_CODED = /(?:全年|今年|本年)[^，,；;。]*?([A-Za-z]{2,8})\s*([\u4e00-\u9fff]{2,4})\s*$/;
/** A part opening with the code, after 其中 or 、: 其中SCI收录, 、EI. */
const CODED_PART = /(?:其中|、)\s*([A-Za-z]{2,8})[\u4e00-\u9fff]{0,4}\s*$/;

/** The later figure of each year's whole of a coded thing that the part of that code, split off the whole before, contradicts. */
export function codedParts(cx: ConflictRun, reported: ReadonlySet<number>): Draft[] {
  const { model } = cx;
  const out: Draft[] = [];
  const all = model.quantities;
  // (The parts a code opens, listed once when a restatement first asks: most reports have none.)
  let parts: { i: number; code: string }[] | undefined;
  for (let j = 0; j < all.length; j++) {
    const b = all[j];
    if (b.kind !== 'count' || b.thing.length < 2 || reported.has(b.start)) continue;
    const text = model.blocks[b.blockIndex].text;
    const lead = text.slice(scanBack(text, b.from, CLAUSE_END), b.from);
    // (The cheap test first: a Latin letter in the clause.)
    if (!/[A-Za-z]/.test(lead) || lead.includes('其中')) continue;
    const m = YEARS_CODED.exec(lead);
    if (!m || m[2] !== b.thing || inPlans(cx, b.start)) continue;
    parts ??= codedPartsOf(cx);
    const unit = unitKin(b.unit);
    const found: Quantity[] = [];
    for (const { i, code } of parts) {
      if (i >= j) break;
      const a = all[i];
      if (code === m[1] && unitKin(a.unit) === unit && a.blockIndex !== b.blockIndex && wholeOf(cx, a, b.thing)) found.push(a);
    }
    const a = clashingEarlier(found, b);
    if (!a) continue;
    const name = `${m[1]}${b.thing}`;
    out.push(restated(a, b, name));
  }
  return out;
}

/** Each count outside the plans that a code opens inside a split (其中SCI收录11篇), with its code. */
function codedPartsOf(cx: ConflictRun): { i: number; code: string }[] {
  const { model } = cx;
  const out: { i: number; code: string }[] = [];
  model.quantities.forEach((a, i) => {
    if (a.kind !== 'count') return;
    const text = model.blocks[a.blockIndex].text;
    const m = CODED_PART.exec(text.slice(Math.max(0, a.from - 16), a.from));
    if (m && !inPlans(cx, a.start)) out.push({ i, code: m[1] });
  });
  return out;
}

/** Whether the sentence of part `a` splits the year's whole of `thing`: a figure of it before 其中, the year claimed. */
function wholeOf(cx: ConflictRun, a: Quantity, thing: string): boolean {
  const text = cx.model.blocks[a.blockIndex].text;
  const s = scanBack(text, a.from, SENTENCE_END);
  const split = text.lastIndexOf('其中', a.from);
  if (split < s) return false;
  return (
    /全年|今年|本年|共/.test(text.slice(s, split)) &&
    cx.model.quantities.some(
      (x) => x.blockIndex === a.blockIndex && x.from >= s && x.to <= split && x.thing.endsWith(thing) && unitKin(x.unit) === unitKin(a.unit),
    )
  );
}
