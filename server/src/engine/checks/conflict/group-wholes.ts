// numbers/conflict: a total over a counted group (12个老旧小区共2680户居民) is a part of the whole as a rule — unless the
// group is the very batch the report counted before (全年完成改造小区12个，涉及居民2860户): then the total is that batch's
// figure, restated.
import type { Draft } from '../../types.js';
import { scanBack, CLAUSE_END } from '../../text/scan.js';
import type { Stated } from './stated.js';
import type { ConflictRun } from './context.js';
import { unitKin } from './naming.js';
import { inPlans } from './scopes.js';

/**
 * The later figure of each total over a counted group whose group — its count and its head (12个…小区) — is a batch a
 * sentence stated before, that sentence stating the same thing (居民) in the same unit with another value.
 */
export function groupWholes(cx: ConflictRun, stated: readonly Stated[], reported: ReadonlySet<number>): Draft[] {
  const { model } = cx;
  const out: Draft[] = [];
  for (let j = 0; j < stated.length; j++) {
    const b = stated[j];
    // (The cheap tests first: only a total over a group, of a thing named.)
    if (!b.q || !b.scope.endsWith('分组') || b.q.thing.length < 2 || reported.has(b.span.start) || inPlans(cx, b.q.start)) continue;
    const text = model.blocks[b.q.blockIndex].text;
    const clause = scanBack(text, b.q.from, CLAUSE_END);
    // The group: the count right before the total in its clause (12个老旧小区).
    const group = model.quantities.filter((x) => x.blockIndex === b.q!.blockIndex && x.from >= clause && x.to <= b.q!.from).pop();
    if (!group || group.min !== group.max || group.thing.length < 2) continue;
    const head = group.thing.slice(-2);
    const unit = unitKin(b.q.unit);
    let a: Stated | undefined;
    let agrees = false;
    for (let i = 0; i < j; i++) {
      const x = stated[i];
      if (!x.q || x.min !== group.min || x.max !== group.max || !x.q.thing.endsWith(head) || x.scope) continue;
      // The batch's sentence: the thing the total counts, stated there in its unit.
      for (let k = 0; k < stated.length; k++) {
        const y = stated[k];
        if (k === i || !y.q || y.q.blockIndex !== x.q.blockIndex || y.sentence !== x.sentence || y.scope || y.q.start > b.q.start) continue;
        if (unitKin(y.q.unit) !== unit || !y.q.thing.endsWith(b.q.thing)) continue;
        if (y.min <= b.max && b.min <= y.max) agrees = true;
        else if (a && (a.min !== y.min || a.max !== y.max)) agrees = true;
        else a = y;
      }
    }
    if (!a || agrees || Math.max(a.min, b.min) > 2 * Math.min(a.max, b.max)) continue;
    out.push({
      start: b.span.start,
      end: b.span.end,
      message: `“${b.q.thing}”前文为${a.raw}，此处为${b.raw}，同一数据前后不一致。`,
      related: [{ start: a.span.start, end: a.span.end, message: `前文：${a.q!.thing}${a.raw}` }],
      data: {
        thing: b.q.thing,
        unit: b.q.unit,
        values: [
          { raw: a.raw, min: a.min, max: a.max },
          { raw: b.raw, min: b.min, max: b.max },
        ],
      },
    });
  }
  return out;
}
