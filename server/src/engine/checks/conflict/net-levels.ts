// numbers/conflict: two net changes since the start of the year of levels the report gives the same value under two
// names — 有贷款余额户数7380户，较年初增加1160户 … 全行普惠贷款客户7380户，较年初净增1610户 — are the change of one level:
// the level's value, the same to the unit, says the two names count one thing.
import type { Draft } from '../../types.js';
import { scanBack, CLAUSE_END } from '../../text/scan.js';
import type { Stated } from './stated.js';
import { inPlans } from './scopes.js';
import type { ConflictRun } from './context.js';

/** Scopes that say no more than the year's end a level is counted at, in a year's report: '' and 截至, 年末… */
const YEAR_END = /^(?:|截至|截止|年末|年底|12月底|12月末)$/;

/** What stands between a level and its change since the start of the year: ，较年初净增 / ，比上年末增加. */
const SINCE_START = /^[，,]\s*(?:较|比)(?:年初|上年末|年初以来)\s*(?:净)?(?:增|减)(?:加|少)?(?:了)?\s*$/;

/** The level a net change is stated against, right before it in its sentence (`stated[k - 1]`), or undefined. */
function levelOf(cx: ConflictRun, stated: readonly Stated[], k: number): Stated | undefined {
  const x = stated[k];
  const level = stated[k - 1];
  if (!x.q || !level?.q || level.net || level.q.blockIndex !== x.q.blockIndex || level.sentence !== x.sentence || level.unit !== x.unit) return undefined;
  return SINCE_START.test(cx.model.blocks[x.q.blockIndex].text.slice(level.q.to, x.q.from)) ? level : undefined;
}

/** The words of a level's clause before its figure (个人手机银行签约户数): its name as written, the thing read or not. */
function nameBefore(cx: ConflictRun, x: Stated): string {
  const text = cx.model.blocks[x.q!.blockIndex].text;
  return text.slice(scanBack(text, x.q!.from, CLAUSE_END), x.q!.from).replace(/\s+/g, '');
}

/** Whether two names share two characters in a row (贷款余额户数 / 普惠贷款客户: 贷款). */
function shareWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/** The later of each pair of net changes of levels stated with one value (three digits or more) under two names that share two characters. */
export function netOfOneLevel(cx: ConflictRun, stated: readonly Stated[], reported: ReadonlySet<number>): Draft[] {
  const out: Draft[] = [];
  const nets: { k: number; level: Stated }[] = [];
  for (let k = 1; k < stated.length; k++) {
    // (The cheap test first: only net changes.)
    if (!stated[k].net) continue;
    const level = levelOf(cx, stated, k);
    if (!level || level.min !== level.max || level.min < 100 || inPlans(cx, level.span.start)) continue;
    const b = stated[k];
    for (const { k: i, level: la } of nets) {
      const a = stated[i];
      if (a.thing === b.thing || la.min !== level.min || la.max !== level.max || a.unit !== b.unit) continue;
      if (!YEAR_END.test(a.scope) || !YEAR_END.test(b.scope) || (a.years && b.years && a.years !== b.years)) continue;
      if (reported.has(b.span.start) || !shareWord(nameBefore(cx, la), nameBefore(cx, level))) continue;
      if ((a.min <= b.max && b.min <= a.max) || Math.max(a.min, b.min) > 2 * Math.min(a.max, b.max)) continue;
      out.push({
        start: b.span.start,
        end: b.span.end,
        message: `较年初净增前文为${a.raw}，此处为${b.raw}（两处所说的余额同为${level.raw}），同一数据前后不一致。`,
        related: [{ start: a.span.start, end: a.span.end, message: `前文：${a.thing}${a.raw}` }],
        data: {
          thing: b.thing,
          unit: b.q?.unit ?? b.unit,
          values: [
            { raw: a.raw, min: a.min, max: a.max },
            { raw: b.raw, min: b.min, max: b.max },
          ],
        },
      });
      break;
    }
    nets.push({ k, level });
  }
  return out;
}
