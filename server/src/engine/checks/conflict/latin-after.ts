// numbers/conflict: a batch named right after its figure by a code of Latin letters and a noun — 今年经手的 13 起 P1/P2
// 故障 — which the reading of things leaves out (the figure is read as counting nothing). Restated as the year's, it is
// the year's whole the report stated before under that very name (全年参与 P1/P2 故障处理 11 起): compared as written.
import type { Draft, Quantity } from '../../types.js';
import { scanBack, CLAUSE_END, SENTENCE_END } from '../../text/scan.js';
import type { ConflictRun } from './context.js';
import { unitKin } from './naming.js';
import { inPlans, inProblems } from './scopes.js';
import { clashingEarlier, restated } from './restated.js';

/**
 * A code of Latin letters and digits (P1/P2, SEV1, P0), then a noun of two to six characters ending where a clause, 的,
 * 里/中 or 有 does: the name of the batch counted.
 */
const CODED_NAME = /^\s*([A-Za-z][A-Za-z0-9]*(?:\s*[/／、+]\s*[A-Za-z][A-Za-z0-9]*)*\s*[\u4e00-\u9fff]{2,6}?)(?=\s*(?:[的里中有，,。；;：:]|$))/;
/** The year as the whole counted (今年经手的, 全年共): a restatement of the year's figure. */
const YEAR = /全年|今年|本年/;
/** The whole claimed by the earlier clause: the year or a total. */
const WHOLE = /全年|今年|本年|共|累计|合计|总计/;
/** A part, a period or a subset named in a clause: no whole of the year. */
const PART = /其中|分别|上半年|下半年|季度|[0-9一二三四五六七八九十]+月|去年|上年|同期|以来|截至|截止/;

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The coded name right after `q`, without spaces, when a Latin letter opens what follows the figure; '' otherwise. */
function codedName(text: string, q: Quantity): string {
  let k = q.to;
  while (k < text.length && text.charCodeAt(k) === 0x20) k++;
  const c = text.charCodeAt(k);
  if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return '';
  const m = CODED_NAME.exec(text.slice(q.to, q.to + 32));
  return m ? squeeze(m[1]) : '';
}

/** Whether earlier figure `a` states the year's whole of the batch `name` names: written in its clause before it, or right after it. */
function statesWhole(cx: ConflictRun, a: Quantity, name: string): boolean {
  const text = cx.model.blocks[a.blockIndex].text;
  // (The cheap test first: the noun ending the name stands in the block.)
  if (!text.includes(name.slice(-2))) return false;
  const clause = text.slice(scanBack(text, a.from, CLAUSE_END), a.from);
  if (!WHOLE.test(clause) || PART.test(clause)) return false;
  return squeeze(clause).includes(name) || codedName(text, a) === name;
}

/**
 * 全年参与 P1/P2 故障处理 11 起 … 二、不足 … 今年经手的 13 起 P1/P2 故障里: the year's batch of a coded name, restated with
 * another value. (Only when every earlier whole of that name has one value, within half of the restatement's.)
 */
export function codedBatches(cx: ConflictRun, reported: ReadonlySet<number>): Draft[] {
  const { model } = cx;
  const out: Draft[] = [];
  const all = model.quantities;
  for (let j = 0; j < all.length; j++) {
    const b = all[j];
    if (b.kind !== 'count' || reported.has(b.start)) continue;
    const block = model.blocks[b.blockIndex];
    if (block.kind === 'tableRow') continue;
    // (The cheap test first: a Latin letter right after the figure.)
    const name = codedName(block.text, b);
    if (!name || !/[\u4e00-\u9fff]/.test(name) || inPlans(cx, b.start)) continue;
    const lead = block.text.slice(scanBack(block.text, b.from, CLAUSE_END), b.from);
    if (!YEAR.test(lead) || PART.test(lead)) continue;
    const unit = unitKin(b.unit);
    const found: Quantity[] = [];
    for (let i = 0; i < j; i++) {
      const a = all[i];
      if (a.kind !== 'count' || a.blockIndex === b.blockIndex || unitKin(a.unit) !== unit) continue;
      if (model.blocks[a.blockIndex].kind === 'tableRow' || inPlans(cx, a.start) || inProblems(cx, a.start)) continue;
      if (statesWhole(cx, a, name)) found.push(a);
    }
    const a = clashingEarlier(found, b);
    if (!a) continue;
    out.push(restated(a, b, name));
  }
  return out;
}

/** A code alone right after a figure, its clause ending there: 合入的 33 个 PR，… → PR. */
const CODE_AFTER = /^\s*([A-Za-z][A-Za-z0-9]{1,7})(?=\s*(?:[，,。；;、：:]|中|里|$))/;
/** The doing an attributive names right before its 的 (合入的): two characters. */
const DOING_OF = /([\u4e00-\u9fff]{2})的\s*$/;
/** Words closing a lead before a figure: 共, 累计, 了. */
const FILLER = /^(?:共计|累计|共)|了$/g;

/**
 * 实习期间共提交 PR 38 个，合入 35 个 … 回头看合入的 33 个 PR: a doing's count of a thing named by a code, the code written
 * once for the sentence (the first clause), restated by an attributive naming the doing and the code — one quantity.
 */
export function codedDoings(cx: ConflictRun, reported: ReadonlySet<number>): Draft[] {
  const { model } = cx;
  const out: Draft[] = [];
  const all = model.quantities;
  for (let j = 0; j < all.length; j++) {
    const b = all[j];
    if (b.kind !== 'count' || reported.has(b.start)) continue;
    const text = model.blocks[b.blockIndex].text;
    // (The cheap test first: a Latin letter right after the figure.)
    const code = CODE_AFTER.exec(text.slice(b.to, b.to + 12))?.[1];
    if (!code) continue;
    const doing = DOING_OF.exec(text.slice(Math.max(0, b.from - 8), b.from))?.[1];
    if (!doing || inPlans(cx, b.start)) continue;
    const unit = unitKin(b.unit);
    const named = new RegExp(`(?<![A-Za-z])${code}\\s*[0-9０-９]`);
    const found: Quantity[] = [];
    for (let i = 0; i < j; i++) {
      const a = all[i];
      if (a.kind !== 'count' || unitKin(a.unit) !== unit || a.blockIndex === b.blockIndex) continue;
      const at = model.blocks[a.blockIndex].text;
      const clause = scanBack(at, a.from, CLAUSE_END);
      if (at.slice(clause, a.from).replace(/\s+/g, '').replace(FILLER, '') !== doing || inPlans(cx, a.start)) continue;
      // (The code named before an earlier figure of the sentence: the thing the doing's count counts.)
      if (named.test(at.slice(scanBack(at, a.from, SENTENCE_END), clause))) found.push(a);
    }
    const a = clashingEarlier(found, b);
    if (!a) continue;
    const name = `${doing}${code}`;
    out.push(restated(a, b, name));
  }
  return out;
}
