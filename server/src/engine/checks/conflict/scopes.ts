// numbers/conflict: scopes and periods — the words that make a figure a part or another scope (上半年, 其中, 全县),
// the period a report's title names, and the plans a report sets out.
import type { ReportModel } from '../../types.js';
import { charSet } from '../../text/scan.js';
import { wordAt, wordBoundary } from '../../figures/word-index.js';
import { SEMI_COMMA } from './sentence.js';
import { type ConflictRun, wordsAt } from './context.js';

// (争取上级资金680万元 is funding won, not a target.)
// (全年任务为存款净增3亿元: a task said to be a figure is the target set, as 目标为 is.)
export const PLAN = /目标|计划|KR|OKR|力争|预计|预期|争取(?!到|上级|中央|省级|市级|资金|专项|债券)|确保|拟|任务(?:为|是)/;

/** An area's whole right before 全年/今年: 全区全年. */
const AREA_BEFORE_YEAR = /^全[县市区省镇乡]$/;

/** Part of the year named by its months: 1-9月, 1至11月, 前三季度, 9月末. */
export const MONTHS =
  /[0-9０-９一二三四五六七八九十]{1,2}\s*[-—–~～至到]\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月|前[一二三两]季度|[0-9０-９一二三四五六七八九十]{1,2}\s*月(?:末|底)/;

/** Where half the year (上半年, 下半年) last named in `lead` starts, when it opens a clause (，上半年…); -1 otherwise. */
function halfOpening(lead: string): number {
  const k = lead.lastIndexOf('半年') - 1;
  return k > 0 && (lead.charCodeAt(k) === 0x4e0a || lead.charCodeAt(k) === 0x4e0b) /* 上, 下 */ && SEMI_COMMA.has(lead.charCodeAt(k - 1)) ? k : -1;
}

/**
 * The words of `sorted` that `text` holds, in their order (as filtering the list with
 * `text.includes`): only words starting with a character of the text are tried, where it
 * occurs, instead of searching every figure's lead for each of the ~35 scope words.
 */
export function scopeFinder(sorted: readonly string[]): (text: string) => readonly string[] {
  const firsts = charSet(sorted.map((w) => w.charAt(0)).join(''));
  const byFirst = new Map<number, string[]>();
  for (const w of sorted) {
    if (!w) continue;
    const c = w.charCodeAt(0);
    const list = byFirst.get(c);
    if (list) list.push(w);
    else byFirst.set(c, [w]);
  }
  // (An empty word is held by every text and adds nothing to a scope.)
  const empty = sorted.filter((w) => !w);
  return (text) => {
    let found: Set<string> | undefined;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!firsts.has(c)) continue;
      for (const w of byFirst.get(c) ?? []) if (text.startsWith(w, i)) (found ??= new Set()).add(w);
    }
    if (!found) return empty;
    const hit = found;
    return sorted.filter((w) => !w || hit.has(w));
  };
}

/** Scope words naming part of the year (上半年, 一季度…). */
const PERIOD_WORD = /半年|季度/;

/** The scope words naming part of the year that the report's title holds (…2025年上半年工作总结 → 上半年). */
export function titlePeriods(model: ReportModel, scopeWords: readonly string[]): string[] {
  const first = model.blocks.find((b) => b.text.trim());
  if (!first || !(first.kind === 'heading' || model.preamble.includes(first)) || first.text.length > 50 || /[。；;，,]/.test(first.text)) return [];
  return scopeWords.filter((w) => PERIOD_WORD.test(w) && first.text.includes(w));
}

/**
 * Whether every time `w` is written in text[s, e) it runs across two words, from inside one into the middle of the next
 * (特控线/上线 holds 线上 but says nothing of online): letters that happen to spell a scope word name no scope.
 */
function straddles(cx: ConflictRun, text: string, s: number, e: number, w: string): boolean {
  const ix = wordsAt(cx, text);
  for (let at = text.indexOf(w, s); at >= 0 && at + w.length <= e; at = text.indexOf(w, at + 1)) {
    const k = wordAt(ix, at);
    if (k >= 0 && ix.start[k + 1] >= at + w.length) return false;
    if (wordBoundary(ix, at + w.length)) return false;
  }
  return true;
}

/**
 * The scope a figure's sentence gives it: the scope words and months its lead (`text` from the sentence start `s`
 * up to the figure at `from`) holds after the last word that resets it, joined by |; '' for none.
 */
export function leadScope(cx: ConflictRun, text: string, s: number, from: number): string {
  const lead = text.slice(s, from);
  // 上半年…，全年…: a later 全年/今年 resets the scope of what follows it.
  // (…and so does half the year opening a clause: 2025年上半年，我局围绕全区安全发展大局…，上半年累计检查… is scoped by
  // the half-year alone; the area an earlier clause names is of its own words.)
  const reset = lead.includes('年') ? Math.max(lead.lastIndexOf('全年'), lead.lastIndexOf('今年'), lead.lastIndexOf('本年'), halfOpening(lead)) : -1;
  // (全区全年排查… / 今年全区共排查…: the area right before the year is of the same scope as after it.)
  const scoped = reset >= 0 ? lead.slice(reset >= 2 && AREA_BEFORE_YEAR.test(lead.slice(reset - 2, reset)) ? reset - 2 : reset) : lead;
  let scope = '';
  // (全年累计完成 is the year's total, not a total since the start: 累计 right after the year is no scope.)
  // (Nor right after part of the year: 上半年累计检查 is the half-year's total, scoped by 上半年 alone.)
  const inScope = scoped.includes('累计') ? scoped.replace(/(全年|今年|本年|年内|上半年|下半年|季度)累计/g, '$1') : scoped;
  for (const w of cx.scopesIn(inScope)) if (!straddles(cx, text, s, from, w)) scope = scope ? `${scope}|${w}` : w;
  // (1-9月，… / 前三季度… / 至9月末…: part of the year, named by its months.)
  // (Every form ends in 月 or 季度: a lead without either is not tried — the class of 一…十 it
  // opens with holds the commonest characters of a report.)
  const months = inScope.includes('月') || inScope.includes('季') ? MONTHS.exec(inScope) : null;
  if (months) scope = scope ? `${scope}|${months[0]}` : months[0];
  return scope;
}

/** Whether `at` stands in the part naming problems. */
export function inProblems(cx: ConflictRun, at: number): boolean {
  return cx.problems.some((n) => at >= n.start && at < n.end);
}

/** Whether `at` stands in the next-steps part: it states targets (新改建农村公路30公里), not what was done. */
export function inPlans(cx: ConflictRun, at: number): boolean {
  return cx.plans.some((n) => at >= n.start && at < n.end);
}

/** The year the plan part holding `at` is for (三、2026年工作打算 → 2026), if its title names one. */
export function planYear(cx: ConflictRun, at: number): number | undefined {
  const n = cx.plans.find((x) => at >= x.start && at < x.end);
  const ys = n ? [...n.title.matchAll(/((?:19|20)[0-9]{2})年/g)].map((m) => Number(m[1])) : [];
  return ys.length ? Math.max(...ys) : undefined;
}

// 供电公司2025年上半年工作总结 … 上半年新装的2164户: the period the title names is every figure's, as 全年 is
// a yearly report's; written before a restatement (…的2164户), it tells it from no batch named before.
// (Only there: two figures of their own, one named by the period, keep the scopes that set them apart.)
/** A figure's scope less the periods the title names. */
export function scopeOf(cx: ConflictRun, scope: string): string {
  return cx.titled.length && scope
    ? scope
        .split('|')
        .filter((w) => !cx.titled.includes(w))
        .join('|')
    : scope;
}
