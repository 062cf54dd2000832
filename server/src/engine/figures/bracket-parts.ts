// A total followed straight by its parts in brackets, with no 其中 to say so: 培训36场次（线上14场、线下20场）.
// Each part is a short name and one figure of the total's measure, the parts set apart by 、 or ，, nothing else
// in the brackets. Read as a 其中 breakdown (numbers/sum then decides, by the names, whether they must cover it).
import type { Block } from '../types.js';
import type { Quantity } from './quantities.js';

/** What opens an aside, not a list of parts: 其中 and 含 are read by the cues; 上年, 同比… compare. */
const NOT_PARTS = /^(?:其中|含|包括|包含|不含|未含|即|约|均|分别|较|比|同比|上年|去年|占)/;
/** A part's name: a few characters, no figure, no period of time (2024年, 一季度), no 约/共. */
const LABEL = /^[\u4e00-\u9fffA-Za-z]{1,8}$/;
const TIME = /年|月|季度|期|日|周|届|批/;
/** A part that flows out (转出, 减少, 退出): the figure before the brackets is a balance, not a sum. */
const OUTFLOW = /出|减|退|销|亡|失|离/;

export interface BracketParts {
  total: Quantity;
  parts: Quantity[];
  labels: string[];
}

/**
 * The bracketed part lists of one block. `qs` are its figures in order; `measure(part, total)` says whether a part is
 * of the total's measure; `taken` the totals another reading already holds.
 */
export function bracketParts(
  block: Block,
  qs: readonly Quantity[],
  measure: (p: Quantity, t: Quantity) => boolean,
  taken: ReadonlySet<Quantity>,
): BracketParts[] {
  const text = block.text;
  if (!text.includes('（') && !text.includes('(')) return [];
  const out: BracketParts[] = [];
  for (let k = 0; k < qs.length; k++) {
    const total = qs[k];
    const open = text[total.to];
    if ((open !== '（' && open !== '(') || taken.has(total) || total.kind === 'percent' || total.kind === 'points') continue;
    const close = text.indexOf(open === '（' ? '）' : ')', total.to + 1);
    if (close < 0) continue;
    const inner = text.slice(total.to + 1, close);
    if (/[（(]/.test(inner) || NOT_PARTS.test(inner)) continue;
    const segs = inner.split(/[、，,]/);
    if (segs.length < 2) continue;
    const parts: Quantity[] = [];
    const labels: string[] = [];
    let from = total.to + 1;
    let ok = true;
    for (const seg of segs) {
      const to = from + seg.length;
      const inSeg = qs.filter((q) => q.from >= from && q.to <= to);
      const q = inSeg[0];
      const label = q ? text.slice(from, q.from).trim() : '';
      if (inSeg.length !== 1 || text.slice(q.to, to).trim() || !LABEL.test(label) || TIME.test(label) || OUTFLOW.test(label) || !measure(q, total)) {
        ok = false;
        break;
      }
      parts.push(q);
      labels.push(label);
      from = to + 1;
    }
    if (ok) out.push({ total, parts, labels });
  }
  return out;
}
