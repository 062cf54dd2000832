// numbers/conflict: the words that tell two quantities apart — a figure's sentence, the title of the item it stands
// in, the campaign its sentence names — and how two such sets of words are compared.
import type { OutlineNode, ReportModel } from '../../types.js';
import type { Stated } from './stated.js';

/** Tags of the other words that name a field in an outline item's title (卫生/an 健康/a, 教育/vn). */
export const TITLE_FIELD = /^(?:a|an|vn)$/;
/** An item titled by the field it covers: 卫生健康方面, 农林水领域. */
export const FIELD_TITLE = /(?:方面|领域)[\s。.：:]*$/;

/** A part titled as the body's basic facts: 基本情况, 总体情况, 基本概况. */
export const BASIC_FACTS = /^\s*(?:基本|总体|整体)?(?:情况|概况)[\s。.：:]*$/;

/**
 * A campaign's name in quotes, four characters or more, then 活动 or 行动 (a word before it at most): “千名干部联千企”走访活动.
 * (Not a mechanism, a reform or a slogan: “一窗受理、集成服务”改革 names how work is done, not a batch of it.)
 */
const QUOTED_NAME = /“([^“”，,。；;]{4,16})”[\u4e00-\u9fff]{0,4}?(?:活动|行动)/g;

/** The deepest outline node whose body holds `start` (a descent with binary search: checks ask for every figure). */
export function nodeOf(model: ReportModel, start: number): OutlineNode | undefined {
  let found: OutlineNode | undefined;
  let level = model.outline;
  for (;;) {
    let lo = 0;
    let hi = level.length - 1;
    let hit: OutlineNode | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (level[mid].start <= start) {
        hit = level[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!hit || start >= hit.end) return found;
    if (hit.titleSpan.end <= start) found = hit;
    level = hit.children;
  }
}

/** Where the reporting body's name ends in a report's title: its year, or the kind of report. */
export const BODY_END = /[0-9０-９]|年度|上半年|工作|述职|总结|报告|计划/;

/** Whether the sentences of two figures name one campaign in quotes (“千名干部联千企”). */
export function sameCampaign(model: ReportModel, a: Stated, b: Stated): boolean {
  const an = campaigns(model, a);
  if (!an) return false;
  const bn = campaigns(model, b);
  return !!bn && an.some((n) => bn.includes(n));
}

/** The campaigns in quotes a prose figure's sentence names before it (QUOTED_NAME), once: null for none. */
function campaigns(model: ReportModel, x: Stated): readonly string[] | null {
  if (x.named !== undefined) return x.named;
  if (!x.q) return (x.named = null);
  const lead = model.blocks[x.q.blockIndex].text.slice(x.sentence, x.q.from);
  const out = lead.includes('”') ? [...lead.matchAll(QUOTED_NAME)].map((m) => m[1]) : [];
  return (x.named = out.length ? out : null);
}

/** Whether `a` holds a word `b` does not. */
export function namesOther(a: readonly string[], b: ReadonlySet<string>): boolean {
  // Each figure's set is built once and reused for every pair it is in: repeated sentences
  // made a scan of one list for every word of the other the check's single largest cost.
  for (const w of a) if (!b.has(w)) return true;
  return false;
}
