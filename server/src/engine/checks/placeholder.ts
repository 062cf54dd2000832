// text/placeholder: template slots left unfilled (XX, ××, 某某, *同志, 【待补充】, TODO, 待定…).
// The patterns come from the pack (placeholders.patterns) so a team can add its own.
import type { Check } from '../rule.js';
import type { Block, Draft } from '../types.js';
import type { PlaceholderPattern } from '../config.js';
import { blockSpan, PROSE_KINDS } from '../reader/blocks.js';
import { unfilledFigures } from '../figures/quantities.js';
import { compiledBy } from '../run/compiled.js';
import { compilePattern, type TextPattern } from '../text/pattern.js';
import { patternGate } from '../text/first-chars.js';
import { visibleText } from '../text/invisible.js';
import { emptyItems } from './empty-items.js';
import { emptyFields } from './empty-fields.js';
import { emptyLinks } from './empty-links.js';

/** Latin units a figure takes (XXms, XXQPS): the X before them stands for the figure. */
const FIGURE_UNIT_AFTER = /^(?:ms|s|min|h|MB|GB|KB|TB|QPS|qps|TPS|tps|k|K|w|W|pt|px|%)(?![A-Za-z_])/;

/** Whether `at` falls inside an address written out in the text (https://…, www.…), up to the next space. */
function inBareUrl(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && !/[\s\u3000，。；、（）()<>"“”]/.test(text[k - 1])) k--;
  return /^(?:https?:\/\/|www\.)/i.test(text.slice(k, at + 1)) || /^(?:https?:\/\/|www\.)[^\s]*$/i.test(text.slice(k, at));
}

const STAR_BLANK = /(?<=[\u4e00-\u9fff、，,])[*＊]{2,}(?=[\u4e00-\u9fff])/g;

type Compiled = {
  list: { re: TextPattern; message: string | undefined }[];
  /** Which patterns may match a text at all, in one pass over it (most paragraphs hold none of what they open with). */
  gate: (text: string) => Uint8Array;
};

/** Whether column `col` of a table row holds a number (12, 3.6万, 98%). */
function numericCell(row: Block, col: number): boolean {
  const c = row.cells?.[col];
  return !!c && /^[\s*]*[0-9０-９][0-9０-９,.，．]*\s*(?:[万亿%％]|[\u4e00-\u9fff]{1,2})?[\s*]*$/.test(row.text.slice(c.start, c.end));
}

const compile = compiledBy((patterns: readonly PlaceholderPattern[]): Compiled => {
  const list = patterns.map((p) => ({ re: compilePattern(p.pattern, Boolean(p.linear)), message: p.message }));
  return { list, gate: patternGate(list.map((c) => c.re.firstChars)) };
});

export const placeholderCheck: Check = {
  name: 'placeholder',
  rules: [
    {
      id: 'text/placeholder',
      title: '未填写的占位符（XX、××、某某、*同志、【待补充】、TODO、待定）',
      titleEn: 'Unfilled placeholder',
      rationale: '套用模板或旧稿时留下的占位符一旦送审，就是硬伤。',
      defaultSeverity: 'error',
      fixable: false,
      example: { bad: '市直机关工委书记*同志对经验做法作出批示。', good: '市直机关工委书记王明同志对经验做法作出批示。' },
    },
  ],
  run(model, ctx) {
    const { patterns, allow } = ctx.config.placeholders;
    const allowed = [...allow, ...ctx.config.allow];
    const compiled = compile(patterns);
    const out: Draft[] = [];
    model.blocks.forEach((block, index) => {
      if (!PROSE_KINDS.has(block.kind)) return;
      for (const d of ctx.inBlock(block, () => inBlock(block, index))) out.push(d);
    });
    // (Outside the per-block cache: a link's address is no part of its block's text, and filling it in leaves that text as it was.)
    if (model.kind === 'markdown' && model.text.includes('](')) for (const d of emptyLinks(model)) out.push(d);
    for (const d of emptyItems(model)) out.push(d);
    for (const d of emptyFields(model)) out.push(d);
    return out;

    /**
     * A cell that is only a letter (N, X, ×) where the other rows of its column give numbers:
     * | 公司活动 | N | … | is a count nobody filled in.
     */
    function blankCells(index: number): { s: number; e: number; draft: Draft }[] {
      const block = model.blocks[index];
      const out: { s: number; e: number; draft: Draft }[] = [];
      block.cells!.forEach((c, col) => {
        const cell = block.text.slice(c.start, c.end).trim();
        if (!/^(?:[NnXx×＿_]|XX|xx|××|？|\?)$/.test(cell)) return;
        let numeric = false;
        for (let j = index - 1; j >= 0 && model.blocks[j].kind === 'tableRow' && !numeric; j--)
          numeric = numericCell(model.blocks[j], col) && model.blocks[j - 1]?.kind === 'tableRow';
        for (let j = index + 1; j < model.blocks.length && model.blocks[j].kind === 'tableRow' && !numeric; j++) numeric = numericCell(model.blocks[j], col);
        if (!numeric) return;
        const s = c.start + block.text.slice(c.start, c.end).indexOf(cell);
        const span = blockSpan(block, s, s + cell.length);
        out.push({
          s,
          e: s + cell.length,
          draft: { start: span.start, end: span.end, message: `表格里的“${cell}”是没填的数字：同一列其他行都是数字。`, data: { placeholder: cell } },
        });
      });
      return out;
    }

    function inBlock(block: Block, index: number): Draft[] {
      const out: Draft[] = [];
      const text = block.text;
      const taken = new Taken();
      // Matched on the visible characters (某\u200B某 is 某某 to a reader); spans are the original's.
      const vis = visibleText(text);
      const seen = vis ? vis.text : text;
      const may = compiled.gate(seen);
      for (let k = 0; k < compiled.list.length; k++) {
        if (may[k] === 0) continue;
        const { re, message } = compiled.list[k];
        for (const m of re.matches(seen)) {
          const [s, e] = vis ? vis.span(m.index, m.index + m.text.length) : [m.index, m.index + m.text.length];
          if (taken.overlaps(s, e)) continue; // 【待补充】 already covers 待补充
          // (https://mp.weixin.qq.com/s?__biz=…&key=xx: an address written out is no prose; its __ and xx are its own.)
          if (inBareUrl(text, s)) continue;
          // (amss_xxxx, -D__FILENAME__=tmp.c: part of an identifier or a file name, letters or _ touching it.)
          // (XXms, XXQPS: a figure's unit after it, the figure left out.)
          if (/^[xX×_]+$/.test(m.text) && (/[A-Za-z_]/.test(text[s - 1] ?? '') || (/[A-Za-z_]/.test(text[e] ?? '') && !FIGURE_UNIT_AFTER.test(text.slice(e)))))
            continue;
          // (## TODO over a list of plans: a part named for what is still to do, not a blank.)
          if (block.kind === 'heading' && TODO_TITLE.test(text)) continue;
          // (考驾照*(从西安转回老家)*以及, ***这里…原因。***: emphasis Markdown could not read, its stars paired on the line.)
          if (model.kind === 'markdown' && STARS.test(m.text) && pairedStars(text, s, e)) continue;
          // (连那么远都是`5K`起: the space standing for a code span is what was written there, not a gap.)
          if (model.kind === 'markdown' && !m.text.trim() && codeSpan(model.text, block, s, e)) continue;
          if (
            allowed.some((a) => {
              for (let at = text.indexOf(a, Math.max(0, s - a.length)); at >= 0 && at <= s; at = text.indexOf(a, at + 1)) if (at + a.length >= e) return true;
              return false;
            })
          )
            continue;
          taken.add(s, e);
          const span = blockSpan(block, s, e);
          out.push({ start: span.start, end: span.end, message: (message ?? '占位符“{0}”尚未填写。').replace('{0}', m.text), data: { placeholder: m.text } });
        }
        taken.settle();
      }
      // In plain text no asterisk is Markdown: two or more between Chinese words are a blank
      // (在镇党委、**的领导下 / 安装了****机), whatever the pack's patterns make of single ones.
      if (model.kind === 'text') {
        // …but **重点** pasted from Markdown is bold: a pair of ** around a few words is left alone.
        const bold: { s: number; e: number }[] = [];
        for (const b of text.matchAll(/\*\*[^*\n，,。；;、：:]{1,20}\*\*/g)) bold.push({ s: b.index, e: b.index + b[0].length });
        for (const m of text.matchAll(STAR_BLANK)) {
          const s = m.index;
          if (bold.some((b) => s === b.s || s + m[0].length === b.e)) continue;
          const e = s + m[0].length;
          if (taken.overlaps(s, e)) continue;
          taken.add(s, e);
          const span = blockSpan(block, s, e);
          out.push({ start: span.start, end: span.end, message: `占位符“${m[0]}”尚未填写。`, data: { placeholder: m[0] } });
        }
        taken.settle();
      }
      // In Markdown, **** between Chinese words is read as empty emphasis and vanishes from the text; in the source it
      // is a blank of a pasted template (****是从事****、**经营). (**要点****** at a line's end is a bold leftover.)
      const src = model.kind === 'markdown' ? model.text.slice(block.start, block.end) : '';
      if (src.includes('****')) {
        for (const m of src.matchAll(MD_STARS)) {
          const start = block.start + m.index;
          out.push({ start, end: start + m[0].length, message: `占位符“${m[0]}”尚未填写。`, data: { placeholder: m[0] } });
        }
      }
      // A unit where a figure belongs (完成投资亿元, 占比%): the figure was never filled in.
      // A table's header row names its columns (服务人次、金额（万元）): no figure belongs there.
      const header = block.kind === 'tableRow' && model.blocks[index - 1]?.kind !== 'tableRow';
      if (block.kind === 'tableRow' && !header) for (const d of blankCells(index)) if (!taken.overlaps(d.s, d.e)) out.push(d.draft);
      // …and a row's first cell is its label (| 门诊人次 | 10.8万 |): the figures are in the other cells.
      const label = block.kind === 'tableRow' && block.cells && block.cells.length > 1 ? block.cells[0] : undefined;
      for (const f of header ? [] : unfilledFigures(block, index, model.words(text))) {
        if (label && f.from >= label.start && f.to <= label.end) continue;
        // A table pasted as text (| 门诊人次 | 10.8万 |): a unit right before a cell bar is a column or row name.
        if (text.charCodeAt(0) === 0x7c /* | */ && /^\s*\|/.test(text.slice(f.to))) continue;
        // (…and a row pasted with tabs, 季度⏎门急诊人次⏎同比增长: a unit before a tab names its column.)
        if (/^ *\t/.test(text.slice(f.to))) continue;
        if (taken.overlaps(f.from, f.to)) continue;
        const span = blockSpan(block, f.from, f.to);
        // (A link's label names a page, [数据元](…/RoomInfo.h): no figure belongs there.)
        if (model.kind === 'markdown' && model.text.startsWith('](', span.end)) continue;
        out.push({ start: span.start, end: span.end, message: `“${f.unit}”前缺少数字：这里的数据尚未填写。`, data: { placeholder: f.unit, figure: true } });
      }
      return out;
    }
  },
};

const STARS = /^[*＊]+$/;

/**
 * Whether the run of stars at text[s, e) has a run of as many stars on its line, words between them: emphasis (*…*,
 * ***…***) that Markdown left as it was because of the punctuation next to it.
 */
/** Whether a character of text[s, e) stands for a code span (its source offset is a backtick). */
function codeSpan(source: string, block: Block, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (source[block.offsets[i]] === '`') return true;
  return false;
}

function pairedStars(text: string, s: number, e: number): boolean {
  const star = (i: number) => text[i] === '*' || text[i] === '＊';
  while (s > 0 && star(s - 1)) s--;
  while (e < text.length && star(e)) e++;
  const n = e - s;
  const runs: { s: number; e: number }[] = [];
  const lineStart = text.lastIndexOf('\n', s - 1) + 1;
  const nl = text.indexOf('\n', e);
  const lineEnd = nl < 0 ? text.length : nl;
  for (let i = lineStart; i < lineEnd;) {
    if (!star(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lineEnd && star(j)) j++;
    runs.push({ s: i, e: j });
    i = j;
  }
  // Pairs are read left to right: the run opens one when an even number of runs of its length come before it.
  const same = runs.filter((r) => r.e - r.s === n);
  const at = same.findIndex((r) => r.s === s);
  if (at < 0) return false;
  const mate = at % 2 === 0 ? same[at + 1] : same[at - 1];
  if (!mate) return false;
  const [a, b] = mate.s > s ? [e, mate.s] : [mate.e, s];
  const inner = text.slice(a, b);
  // (《*》推广，市委副秘书长*同志: stars that close a bracket or open one are blanks, whatever pairs them.)
  return inner.trim().length >= 2 && !/[*＊]/.test(inner) && !/^[》）)」』”，,。、；;：:]/.test(inner) && !/[《（(「『“]$/.test(inner);
}

/** A heading that is only a to-do list's name: TODO, TODOs, TODO List, Todo. */
const TODO_TITLE = /^[\s\u3000]*(?:TODO|Todo|todo)s?(?:[ \t]*(?:List|list|清单))?[\s\u3000]*$/;

/** Four or more stars against Chinese on both sides, or after a word and before a list mark. */
const MD_STARS = /(?<=[\u4e00-\u9fff、，,])\*{4,}(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\*{4,}(?=[、，,])/g;

/**
 * Spans already reported in a block, for "does this one overlap?" in O(log n): one line of
 * 100,000 XX took 7 s with a list scan. One pattern's matches never overlap each other, so
 * they are added as found and merged into the sorted list once the pattern is done.
 */
class Taken {
  private sorted: { s: number; e: number }[] = [];
  private fresh: { s: number; e: number }[] = [];

  overlaps(s: number, e: number): boolean {
    const a = this.sorted;
    // The last span starting before `e` is the only one that can reach past `s`… unless a
    // longer earlier one does; spans here never overlap each other, so ends ascend with starts.
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid].s < e) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && a[lo - 1].e > s) return true;
    const f = this.fresh;
    return f.length > 0 && f[f.length - 1].e > s && f[f.length - 1].s < e;
  }

  add(s: number, e: number): void {
    this.fresh.push({ s, e });
  }

  /** The current pattern is done: its spans join the sorted list. */
  settle(): void {
    if (!this.fresh.length) return;
    this.sorted = [...this.sorted, ...this.fresh].sort((x, y) => x.s - y.s);
    this.fresh = [];
  }
}
