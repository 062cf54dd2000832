// numbers/conflict: all of the year's incidents, named by 全年 right before their count after a doing done to each of
// them — 复盘全年 6 起故障 — are the year's count of them: what the report said happened (全年共发生线上故障 7 起).
import type { Draft, Quantity } from '../../types.js';
import { scanBack, CLAUSE_END } from '../../text/scan.js';
import type { ConflictRun } from './context.js';
import { unitKin } from './naming.js';
import { inPlans } from './scopes.js';
import { clashingEarlier, restated } from './restated.js';

/** 全年 (共) right before the figure, a doing of two characters right before it: 复盘全年, 梳理全年共. */
const DONE_TO_ALL = /([\u4e00-\u9fff]{2})全年(?:共)?\s*$/;
/** What happened: the verbs that count incidents. */
const HAPPENED = new Set(['发生', '出现']);
/** The year's whole claimed before the earlier figure, no part of it. */
const WHOLE = /全年|今年|本年/;
const PART = /其中|分别|上半年|下半年|季度|[0-9一二三四五六七八九十]+月|去年|上年|同期/;

/** The later figure of each count of all the year's incidents that the year's count of what happened, stated before, contradicts. */
export function yearsAll(cx: ConflictRun, reported: ReadonlySet<number>): Draft[] {
  const { model } = cx;
  const out: Draft[] = [];
  const all = model.quantities;
  // (The counts of what happened, listed once when a restatement first asks: most reports have none to ask about.)
  let happened: number[] | undefined;
  for (let j = 0; j < all.length; j++) {
    const b = all[j];
    if (b.kind !== 'count' || b.thing.length < 2 || reported.has(b.start)) continue;
    const text = model.blocks[b.blockIndex].text;
    // (The cheap test first: 年 right before the figure.)
    let k = b.from - 1;
    while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
    if (text.charAt(k) !== '年' && text.charAt(k) !== '共') continue;
    const lead = text.slice(scanBack(text, b.from, CLAUSE_END), b.from);
    const done = DONE_TO_ALL.exec(lead);
    if (!done || HAPPENED.has(done[1]) || !text.startsWith(b.thing, b.to + (text.charCodeAt(b.to) === 0x20 ? 1 : 0)) || inPlans(cx, b.start)) continue;
    const unit = unitKin(b.unit);
    const found: Quantity[] = [];
    happened ??= all.flatMap((x, i) => (x.kind === 'count' && HAPPENED.has(x.verb) ? [i] : []));
    for (const i of happened) {
      if (i >= j) break;
      const a = all[i];
      if (unitKin(a.unit) !== unit || !a.thing.endsWith(b.thing) || a.blockIndex === b.blockIndex) continue;
      const at = model.blocks[a.blockIndex].text;
      const clause = at.slice(scanBack(at, a.from, CLAUSE_END), a.from);
      if (WHOLE.test(clause) && !PART.test(clause) && !inPlans(cx, a.start)) found.push(a);
    }
    const a = clashingEarlier(found, b);
    if (!a) continue;
    out.push(restated(a, b, a.thing, `全年“${a.thing}”前文为${a.raw}，此处为${b.raw}，同一数据前后不一致。`, `${a.verb}${a.thing}`));
  }
  return out;
}
