// numbers/conflict: the words that tell two quantities apart — a figure's sentence, the title of the item it stands
// in, the campaign its sentence names — and how two such sets of words are compared.
import type { OutlineNode, ReportModel } from '../../types.js';
import type { Quantity } from '../../figures/quantities.js';
import { clauseLead } from './sentence.js';
import type { Stated } from './stated.js';
import { type ConflictRun, isContent } from './context.js';
import { inProblems } from './scopes.js';

/** Tags of the other words that name a field in an outline item's title (卫生/an 健康/a, 教育/vn). */
const TITLE_FIELD = /^(?:a|an|vn)$/;
/** An item titled by the field it covers: 卫生健康方面, 农林水领域. */
const FIELD_TITLE = /(?:方面|领域)[\s。.：:]*$/;

/** A part titled as the body's basic facts: 基本情况, 总体情况, 基本概况. */
const BASIC_FACTS = /^\s*(?:基本|总体|整体)?(?:情况|概况)[\s。.：:]*$/;

/**
 * A campaign's name in quotes, four characters or more, then 活动 or 行动 (a word before it at most): “千名干部联千企”走访活动.
 * (Not a mechanism, a reform or a slogan: “一窗受理、集成服务”改革 names how work is done, not a batch of it.)
 */
const QUOTED_NAME = /“([^“”，,。；;]{4,16})”[\u4e00-\u9fff]{0,4}?(?:活动|行动)/g;

/** The deepest outline node whose body holds `start` (a descent with binary search: checks ask for every figure). */
function nodeOf(model: ReportModel, start: number): OutlineNode | undefined {
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
const BODY_END = /[0-9０-９]|年度|上半年|工作|述职|总结|报告|计划/;

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

/** An outline item's title words that name what it covers. */
export function titleOf(cx: ConflictRun, node: OutlineNode): string[] {
  let w = cx.titleWords.get(node);
  if (!w)
    cx.titleWords.set(
      node,
      // (A heading that names a project or product in Latin letters — VitePress, EasyPicker — tells
      // its figures from another project's as much as a Chinese name does.)
      // (一、基本情况 / 总体情况: a part stating the body's basic facts names no field of its own.)
      (w = BASIC_FACTS.test(node.title)
        ? []
        : cx.model
            .words(node.title)
            .filter((x) => isContent(cx, x) || (x.tag === 'eng' && x.word.length >= 2))
            .map((x) => x.word)),
    );
  return w;
}

// 金桥社区党委书记…述职报告 … 社区新发展党员4名: the reporting body the title names, as the subject
// opening the figure's clause, is the scope of every figure, as 全院 is; naming it in one sentence
// and not in another tells no two quantities apart. (完成心血管介入手术 in 心血管内科's report names a kind.)
function opensClause(cx: ConflictRun, q: Quantity, w: string): boolean {
  const lead = clauseLead(cx.model, q);
  const subject = lead.trimStart().replace(/^(?:全年|今年|本年|年内)/, '');
  const k = subject.indexOf(w);
  return k >= 0 && cx.body!.includes(subject.slice(0, k + w.length));
}

/** The reporting body the report's title names (金桥社区党委书记…述职报告 → 金桥社区党委书记), '' for none. */
export function bodyName(cx: ConflictRun): string {
  if (cx.body !== undefined) return cx.body;
  const first = cx.model.blocks.find((b) => b.text.trim());
  const title =
    first && (first.kind === 'heading' || cx.model.preamble.includes(first)) && first.text.length <= 50 && !/[。；;，,]/.test(first.text) ? first.text : '';
  return (cx.body = title.slice(0, Math.max(0, title.search(BODY_END))));
}

export function ownWords(cx: ConflictRun, x: Stated): readonly string[] {
  return x.q && bodyName(cx) ? x.words.filter((w) => !(cx.body!.includes(w) && opensClause(cx, x.q!, w))) : x.words;
}

/** A figure's context words: its own, and its outline item's title words (worked out only for a pair that conflicts). */
export function contextOf(cx: ConflictRun, x: Stated): readonly string[] {
  if (x.context) return x.context;
  const node = x.q && nodeOf(cx.model, x.q.start);
  // (用例只写到 483 条: a level reached short, its measure named in full opening the clause — the item it stands
  // in, a problem, names no other quantity.)
  const fromTitle = node && !x.short ? titleOf(cx, node).filter((w) => !x.thing.includes(w)) : [];
  const own = ownWords(cx, x);
  return (x.context = fromTitle.length ? own.concat(fromTitle) : own);
}

// (A transposed figure restated in the problems part: the problem its item is titled by names no other quantity.)
export function swappedContext(cx: ConflictRun, x: Stated): readonly string[] {
  return x.q && !x.refersBack && inProblems(cx, x.q.start) ? ownWords(cx, x) : contextOf(cx, x);
}

// 3.卫生健康方面。支出3.06亿元 / 4.农林水方面。支出3.9亿元: two items of one list, each titled with the field
// it covers, count the same measure for different fields (the titles' adjectives and verbal nouns count here).
function fieldsOf(cx: ConflictRun, node: OutlineNode): string[] {
  let w = cx.fieldWords.get(node);
  if (!w)
    cx.fieldWords.set(
      node,
      (w = cx.model
        .words(node.title)
        .filter((x) => (isContent(cx, x) || TITLE_FIELD.test(x.tag)) && x.word.length >= 2 && !cx.generic.has(x.word))
        .map((x) => x.word)),
    );
  return w;
}

export function siblingFields(cx: ConflictRun, a: Quantity, b: Quantity): boolean {
  const na = nodeOf(cx.model, a.start);
  const nb = nodeOf(cx.model, b.start);
  // (The report's own parts — 一、成绩 / 二、问题 — are no partition of a measure: only items below them.)
  // (Items titled by what they do — 抓实基层建设 / 抓实服务发展 — may well restate one measure: only fields, 教育方面 / 医疗卫生领域.)
  if (!na || !nb || na === nb || !na.parent || na.parent !== nb.parent || na.rank !== nb.rank) return false;
  if (!FIELD_TITLE.test(na.title) || !FIELD_TITLE.test(nb.title)) return false;
  const fa = fieldsOf(cx, na).filter((w) => !a.thing.includes(w));
  const fb = fieldsOf(cx, nb).filter((w) => !b.thing.includes(w));
  return namesOther(fa, new Set(fb)) && namesOther(fb, new Set(fa));
}

/** Whether the items `a` and `b` stand in are titled with a word in common (城区供水 / 农村供水). */
export function titledAlike(cx: ConflictRun, a: Quantity, b: Quantity): boolean {
  const na = nodeOf(cx.model, a.start);
  const nb = nodeOf(cx.model, b.start);
  if (!na || !nb || na === nb) return !!na && na === nb;
  const tb = new Set(titleOf(cx, nb));
  return titleOf(cx, na).some((w) => tb.has(w));
}

/** The lead of `q`'s clause, opening with the year (全年门急诊量达), with no other figure in it. */
export function yearClause(cx: ConflictRun, q: Quantity): boolean {
  const lead = clauseLead(cx.model, q);
  return YEAR_OPENS.test(lead) && !DIGIT.test(lead);
}
// (Made once: a literal in the function is a new RegExp object on each call, and pairs ask this of many figures.)
const YEAR_OPENS = /^\s*(?:全年|今年|本年)/;
const DIGIT = /[0-9０-９]/;

/** The content words of `q`'s clause before it, less those of its thing. */
export function clauseWords(cx: ConflictRun, q: Quantity): string[] {
  return cx.model
    .words(clauseLead(cx.model, q))
    .filter((w) => isContent(cx, w) && !q.thing.includes(w.word))
    .map((w) => w.word);
}

/** A figure's context as swappedContext has it, less the words of its sentence's earlier clauses. */
export function clauseContext(cx: ConflictRun, x: Stated): readonly string[] {
  const own = new Set(clauseWords(cx, x.q!));
  const earlier = new Set(x.words.filter((w) => !own.has(w)));
  return swappedContext(cx, x).filter((w) => own.has(w) || !earlier.has(w));
}
