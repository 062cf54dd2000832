// The period a figure's clause names: part of the year (上半年发放8600万元) or the whole of it (全年完成…).
// A share or rate taken across two clauses of different periods compares figures of different spans.
import type { Quantity } from '../types.js';
import { CLAUSE_END, scanBack } from '../text/scan.js';

/** Part of the year: 上半年, 一季度, 1—6月, 10月份. */
const PART_OF_YEAR =
  /上半年|下半年|前三季度|第?[一二三四1-4]季度|(?:^|[^0-9０-９])[0-9０-９一二三四五六七八九十]{1,2}(?:[—–\-至到~～][0-9０-９]{1,2})?月(?:份|底|末)?/;
/** The whole year opening a clause: 全年, 本年度, 今年全年. */
const WHOLE_YEAR = /^(?:今年)?(?:全年|本年度?|年度)/;

/**
 * Whether `part`'s clause is of part of the year (其中上半年发放8600万元) and the clause ending at `at` opens with
 * the whole year (，全年完成年度任务…的): the figure is not what that clause speaks of.
 */
export function partOfYearBefore(text: string, part: Quantity, at: number): boolean {
  const partFrom = scanBack(text, part.from, CLAUSE_END);
  const clauseFrom = scanBack(text, at, CLAUSE_END);
  if (clauseFrom <= part.from) return false;
  return PART_OF_YEAR.test(text.slice(partFrom, part.from)) && WHOLE_YEAR.test(text.slice(clauseFrom, at).trim());
}
