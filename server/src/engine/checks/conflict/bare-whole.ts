// numbers/conflict: one measure, named alike, stated once bare and once as the year's whole.
//   按时足额收缴党费2.46万元。 … 严格党费收缴管理，全年党费收缴2.64万元
// A figure stated with no period, in a clause of its own opening its sentence, is the year's in a year's report; the
// same measure restated as the year's whole (its clause opening with 全年) is the same quantity — with its digits in
// another order, a slip of the keys, as two wholes of the year are (pairs.ts asks the clauses' own words then).
import { scanBack, CLAUSE_END, SENTENCE_END } from '../../text/scan.js';
import type { Stated } from './stated.js';
import type { ConflictRun } from './context.js';
import { yearClause } from './context-words.js';

/** A figure stated bare: no period or scope, its clause opening its sentence with no other figure before it. */
function bare(cx: ConflictRun, x: Stated): boolean {
  if (!x.q || x.whole || x.scope || x.years || x.refersBack) return false;
  const text = cx.model.blocks[x.q.blockIndex].text;
  const s = scanBack(text, x.q.from, CLAUSE_END);
  return s === scanBack(text, x.q.from, SENTENCE_END) && !/[0-9０-９]/.test(text.slice(s, x.q.from));
}

/** One of two figures of one measure (named alike, four characters or more) stated bare, the other as the year's whole. */
export function bareAndWhole(cx: ConflictRun, a: Stated, b: Stated): boolean {
  if (a.whole === b.whole || a.thing !== b.thing || a.thing.length < 4 || !a.q || !b.q) return false;
  const [w, o] = a.whole ? [a, b] : [b, a];
  return yearClause(cx, w.q!) && bare(cx, o);
}
