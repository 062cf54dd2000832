// numbers/conflict: scopes and periods — the words that make a figure a part or another scope (上半年, 其中, 全县),
// the period a report's title names, and the plans a report sets out.
import type { ReportModel } from '../../types.js';
import { charSet } from '../../text/scan.js';
import { SEMI_COMMA } from './sentence.js';

// (争取上级资金680万元 is funding won, not a target.)
export const PLAN = /目标|计划|KR|OKR|力争|预计|预期|争取(?!到|上级|中央|省级|市级|资金|专项|债券)|确保|拟/;

/** An area's whole right before 全年/今年: 全区全年. */
export const AREA_BEFORE_YEAR = /^全[县市区省镇乡]$/;

/** Part of the year named by its months: 1-9月, 1至11月, 前三季度, 9月末. */
export const MONTHS =
  /[0-9０-９一二三四五六七八九十]{1,2}\s*[-—–~～至到]\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月|前[一二三两]季度|[0-9０-９一二三四五六七八九十]{1,2}\s*月(?:末|底)/;

/** Where half the year (上半年, 下半年) last named in `lead` starts, when it opens a clause (，上半年…); -1 otherwise. */
export function halfOpening(lead: string): number {
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
