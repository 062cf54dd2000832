// numbers/conflict: lines of a list, each opening with its own label before a colon — 新生儿出生一件事：办件 1,286 件 /
// 退休一件事：办件 2,034 件 — or numbered items titled 1.制造业贷款。/ 2.普惠小微贷款。, state one measure of several things,
// one per line, not one thing twice.
import type { Quantity } from '../../types.js';
import type { ConflictRun } from './context.js';

/** A line's label: up to 24 characters with no figure and no stop, then a colon. */
const LABEL = /^\s*(?:[-*+]\s+|[0-9]{1,2}[.．、]\s*|[（(][0-9一二三四五六七八九十]{1,2}[）)]\s*)?([^0-9０-９：:。；;，,\n]{2,24})[：:]/;

/** …or an item's title closed by 。 after its number: 1.制造业贷款。年末余额9.4亿元. */
const TITLE = /^\s*(?:[0-9]{1,2}[.．、]\s*|[（(][0-9一二三四五六七八九十]{1,2}[）)]\s*)([^0-9０-９：:。；;，,\n]{2,12})。/;

/** …or an item opening with a year and what happened in it: 1.2025年高考，… / 2.2025年中考，…. */
const YEAR_TITLE = /^\s*(?:[0-9]{1,2}[.．、]\s*|[（(][0-9一二三四五六七八九十]{1,2}[）)]\s*)((?:19|20)[0-9]{2}年[^0-9０-９：:。；;，,\n]{2,8})[，,。]/;

function labelOf(cx: ConflictRun, q: Quantity, titled: boolean): string | undefined {
  const text = cx.model.blocks[q.blockIndex].text;
  const m = LABEL.exec(text) ?? (titled ? TITLE.exec(text) : null) ?? YEAR_TITLE.exec(text);
  return m && m[0].length <= q.from ? m[1].trim() : undefined;
}

/**
 * Whether `a` and `b` stand on nearby lines labelled by different names, each after its own colon — or, when the measure's
 * name is bare (余额), each under its own numbered title.
 */
export function labelsApart(cx: ConflictRun, a: Quantity, b: Quantity, bare: boolean): boolean {
  if (a.blockIndex === b.blockIndex || Math.abs(a.blockIndex - b.blockIndex) > 3) return false;
  const la = labelOf(cx, a, bare);
  const lb = labelOf(cx, b, bare);
  return !!la && !!lb && !la.includes(lb) && !lb.includes(la);
}
