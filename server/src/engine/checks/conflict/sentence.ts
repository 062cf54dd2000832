// numbers/conflict: a figure's sentence — the marks that end its clauses, where a sentence a bracket cuts
// short really starts, and the other figures the sentence states.
import type { ReportModel } from '../../types.js';
import type { Quantity } from '../../figures/quantities.js';
import { scanBack, charSet, CLAUSE_END, SENTENCE_END } from '../../text/scan.js';

export const COLON_COMMA = charSet('，,：:');
export const SEMI_COMMA = charSet('，,；;');

const BRACKET_OPEN = charSet('（(');
const BRACKET_CLOSE = charSet('）)');
const HARD_END = charSet('。！？!?\n');

/**
 * Where the sentence starts that a bracket holding text[s] opens in, when the sentence starting at `s` began after a ；
 * inside that bracket (…经营性收入3163.89万元…（按71个行政村看，…增长37.37%；经营性收入2169.56万元…）。): a bracket
 * is part of the sentence around it. Undefined when `s` follows no ； or stands in no bracket.
 */
export function outerSentence(text: string, s: number): number | undefined {
  if (s === 0 || (text.charCodeAt(s - 1) !== 0xff1b && text.charCodeAt(s - 1) !== 0x3b)) return undefined;
  let depth = 0;
  for (let i = s - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (HARD_END.has(c)) return undefined;
    if (BRACKET_CLOSE.has(c)) depth++;
    else if (BRACKET_OPEN.has(c) && depth-- === 0) return scanBack(text, i, SENTENCE_END);
  }
  return undefined;
}

/** The draft's figures by block, gathered once per model (asked only of pairs about to be reported). */
function figuresByBlock(model: ReportModel): ReadonlyMap<number, readonly Quantity[]> {
  return model.shared('figures by block', () => {
    const m = new Map<number, Quantity[]>();
    for (const c of model.quantities) {
      const list = m.get(c.blockIndex);
      if (list) list.push(c);
      else m.set(c.blockIndex, [c]);
    }
    return m;
  });
}

/** The figures of block `bi` from `s` up to `e` (a block's figures are in order: found by bisection). */
export function figuresBetween(model: ReportModel, bi: number, s: number, e: number): Quantity[] {
  const all = figuresByBlock(model).get(bi) ?? [];
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].from < s) lo = mid + 1;
    else hi = mid;
  }
  const out: Quantity[] = [];
  for (let k = lo; k < all.length && all[k].to <= e; k++) out.push(all[k]);
  return out;
}

/** The words of `q`'s clause before it: 建材板块实现营业收入 in 建材板块实现营业收入6.7亿元. */
export function clauseLead(model: ReportModel, q: Quantity): string {
  return clauseLeadIn(model.blocks[q.blockIndex].text, q);
}

/** The same, given the text of `q`'s block. */
export function clauseLeadIn(text: string, q: Quantity): string {
  return text.slice(scanBack(text, q.from, CLAUSE_END), q.from);
}

/** The words of `q`'s sentence before it: 下属建材公司全年销售…，实现营业收入 in …实现营业收入1.86亿元. */
export function sentenceLead(model: ReportModel, q: Quantity): string {
  const text = model.blocks[q.blockIndex].text;
  return text.slice(scanBack(text, q.from, SENTENCE_END), q.from);
}
