// numbers/conflict: a batch whose name lists its kinds (人大代表建议和政协委员提案共47件), restated by an attributive that
// names it in brief after the figure (对经手的48件建议提案…): one quantity, the name read as written on both sides.
import type { Draft, Quantity } from '../../types.js';
import { scanBack, CLAUSE_END } from '../../text/scan.js';
import type { ConflictRun } from './context.js';
import { unitKin } from './naming.js';
import { inPlans } from './scopes.js';
import { inBrief } from './attributes.js';
import { clashingEarlier, restated } from './restated.js';

/** The name right after an attributive figure: four to eight characters, up to the clause's end, 中 or 的. */
const NAME_AFTER = /^\s*([\u4e00-\u9fff]{4,8}?)(?=[，,。；;：:、]|中|的|$)/;
/** Words closing a lead before a figure: 共, 共计, 达… */
const LEAD_FILLER = /(?:共计|累计|合计|总计|达到|共|了|达|为)?\s*$/;
/** A name listing kinds: 和, 及, 与 or 、 between them. */
const KINDS = /[和及与、]/;

/** Each count outside the plans whose clause lists kinds right before it (no 其中), by the clause's last two characters. */
function listings(cx: ConflictRun): Map<string, { i: number; clause: string }[]> {
  const { model } = cx;
  const out = new Map<string, { i: number; clause: string }[]>();
  model.quantities.forEach((a, i) => {
    if (a.kind !== 'count') return;
    const at = model.blocks[a.blockIndex].text;
    const clause = at
      .slice(scanBack(at, a.from, CLAUSE_END), a.from)
      .replace(LEAD_FILLER, '')
      .replace(/\s+/g, '');
    if (!KINDS.test(clause) || clause.includes('其中') || inPlans(cx, a.start)) return;
    const end = clause.slice(-2);
    const list = out.get(end);
    if (list) list.push({ i, clause });
    else out.set(end, [{ i, clause }]);
  });
  return out;
}

/** The later figure of each batch of kinds restated, in brief and another value, by an attributive after its figure. */
export function kindsAfter(cx: ConflictRun, reported: ReadonlySet<number>): Draft[] {
  const { model } = cx;
  const out: Draft[] = [];
  const all = model.quantities;
  let byEnd: Map<string, { i: number; clause: string }[]> | undefined;
  for (let j = 0; j < all.length; j++) {
    const b = all[j];
    if (b.kind !== 'count' || reported.has(b.start)) continue;
    const text = model.blocks[b.blockIndex].text;
    // (The cheap test first: 的 right before the figure.)
    let k = b.from - 1;
    while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
    if (text.charAt(k) !== '的') continue;
    const name = NAME_AFTER.exec(text.slice(b.to, b.to + 12))?.[1];
    if (!name || model.blocks[b.blockIndex].kind === 'tableRow' || inPlans(cx, b.start)) continue;
    const unit = unitKin(b.unit);
    const found: Quantity[] = [];
    // (The clauses listing kinds right before a figure, by their last two characters: read once, when a restatement first asks.)
    byEnd ??= listings(cx);
    for (const { i, clause } of byEnd.get(name.slice(-2)) ?? []) {
      if (i >= j) break;
      const a = all[i];
      if (unitKin(a.unit) === unit && a.blockIndex !== b.blockIndex && inBrief(clause, name)) found.push(a);
    }
    const a = clashingEarlier(found, b);
    if (!a) continue;
    out.push(restated(a, b, name));
  }
  return out;
}
