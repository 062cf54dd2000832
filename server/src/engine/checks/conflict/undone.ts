// numbers/conflict: what is still undone — 尚有未改造老旧小区19个 — is not what was done (完成老旧小区改造12个).
import type { Stated } from './stated.js';
import type { ConflictRun } from './context.js';
import { clauseLead } from './sentence.js';

/** A doing not (yet) done right before a figure's thing: 尚有未改造老旧小区19个 counts what is left, not what was done. */
// (接待、招待、对待、期待 hold 待 and say nothing of work left undone.)
const NOT_DONE = /(?:未|尚未|还未|没有|(?<![接招对期等看款优善虐])待)[\u4e00-\u9fff]{0,8}$/;

/** Whether one of `a`, `b` counts what is still undone and the other not (完成老旧小区改造12个 / 尚有未改造老旧小区19个). */
export function undoneApart(cx: ConflictRun, a: Stated, b: Stated): boolean {
  if (!a.q || !b.q) return false;
  return NOT_DONE.test(clauseLead(cx.model, a.q)) !== NOT_DONE.test(clauseLead(cx.model, b.q));
}
