// numbers/conflict: what is still undone — 尚有未改造老旧小区19个 — is not what was done (完成老旧小区改造12个).
import { scanBack, CLAUSE_END } from '../../text/scan.js';
import type { Stated } from './stated.js';
import type { ConflictRun } from './context.js';

/** A doing not (yet) done right before a figure's thing: 尚有未改造老旧小区19个 counts what is left, not what was done. */
const NOT_DONE = /(?:未|尚未|还未|没有|待)[\u4e00-\u9fff]{0,8}$/;

/** Whether one of `a`, `b` counts what is still undone and the other not (完成老旧小区改造12个 / 尚有未改造老旧小区19个). */
export function undoneApart(cx: ConflictRun, a: Stated, b: Stated): boolean {
  const lead = (x: Stated) => {
    const text = cx.model.blocks[x.q!.blockIndex].text;
    return text.slice(scanBack(text, x.q!.from, CLAUSE_END), x.q!.from);
  };
  return !!a.q && !!b.q && NOT_DONE.test(lead(a)) !== NOT_DONE.test(lead(b));
}
