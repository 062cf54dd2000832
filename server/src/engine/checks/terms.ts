// terms/preferred: the pack's term list — canonical forms of official terms and
// the misspellings that keep appearing. Quoted names and titles (“…” 《…》) are
// reproduced as written and never touched. Avoided forms are literals matched
// with explicit context (followedBy/precededBy…), since Chinese has no \b.
import type { Check } from '../rule.js';
import type { Block, Draft } from '../types.js';
import type { TermSpec } from '../config.js';
import { blockSpan, PROSE_KINDS } from '../reader/blocks.js';
import { quotedSpans } from '../reader/quotes.js';
import { Literals } from '../text/literals.js';
import { compilePattern, type TextPattern } from '../text/pattern.js';
import { visibleText } from '../text/invisible.js';
import { nearMisses } from '../text/near-miss.js';

interface Compiled {
  term: TermSpec;
  followedBy?: TextPattern;
  notFollowedBy?: TextPattern;
  precededBy?: TextPattern;
  notPrecededBy?: TextPattern;
}

interface CompiledTerms {
  forms: Literals;
  byForm: Map<string, Compiled[]>;
  near: { terms: TermSpec[]; formulas: string[]; known: Set<string> };
}

const cache = new WeakMap<TermSpec[], CompiledTerms | null>();

function compile(terms: TermSpec[]) {
  if (cache.has(terms)) return cache.get(terms)!;
  const byForm = new Map<string, Compiled[]>();
  for (const term of terms) {
    const linear = Boolean(term.linear);
    const c: Compiled = {
      term,
      followedBy: term.followedBy ? compilePattern(`^(?:${term.followedBy})`, linear) : undefined,
      notFollowedBy: term.notFollowedBy ? compilePattern(`^(?:${term.notFollowedBy})`, linear) : undefined,
      precededBy: term.precededBy ? compilePattern(`(?:${term.precededBy})$`, linear) : undefined,
      notPrecededBy: term.notPrecededBy ? compilePattern(`(?:${term.notPrecededBy})$`, linear) : undefined,
    };
    for (const form of term.avoid) {
      if (!form) continue;
      const list = byForm.get(form) ?? [];
      list.push(c);
      byForm.set(form, list);
    }
  }
  // Longest first: where two forms start at one place (布署 / 布署会), the longer one is read.
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const fuzzy = terms.filter((t) => t.nearMisses);
  // Formulas to miss by one character, and the written forms that are right: the formulas themselves.
  const near = { terms: fuzzy, formulas: fuzzy.map((t) => t.prefer.replace(/[“”]/g, '')), known: new Set(terms.map((t) => t.prefer.replace(/[“”]/g, ''))) };
  const value = forms.length || fuzzy.length ? { forms: new Literals(forms), byForm, near } : null;
  cache.set(terms, value);
  return value;
}

const WINDOW = 24;

/** “…” around a form, unless it already carries its own quotation marks (“三会一课”). */
const TITLE_MARKS = new Set(['《', '〈']);

/** A misspelling (布署 for 部署): as long as the right form, one or two characters off. */
function isTypo(form: string, prefer: string): boolean {
  if (/[“”]/.test(prefer) || form.length !== prefer.length) return false;
  let diff = 0;
  for (let i = 0; i < form.length; i++) if (form[i] !== prefer[i]) diff++;
  if (diff > 0 && diff <= 2) return true;
  // …or the same characters but one or two, in another order: “奇淫巧计” for 奇技淫巧.
  const left = [...prefer];
  let extra = 0;
  for (const c of form) {
    const k = left.indexOf(c);
    if (k < 0) extra++;
    else left.splice(k, 1);
  }
  return diff > 0 && extra <= 2 && extra < form.length / 2;
}

function quote(s: string): string {
  return /^[“‘《]/.test(s) ? s : `“${s}”`;
}

export const termsCheck: Check = {
  name: 'terms',
  rules: [
    {
      id: 'terms/preferred',
      title: '术语不规范或写错（按规则包的术语表）',
      titleEn: 'Non-canonical term or common misspelling (pack term list)',
      rationale: '重要提法必须与中央文件的规范表述一致；常见错别字（布署、做为……）最容易在审稿时被挑出。',
      defaultSeverity: 'warning',
      fixable: true,
      example: { bad: '对全年重点工作作了布署。', good: '对全年重点工作作了部署。' },
    },
  ],
  run(model, ctx) {
    const found = compile(ctx.config.terms);
    if (!found) return [];
    const compiled = found;
    const allow = ctx.config.allow;
    const out: Draft[] = [];
    for (const block of model.blocks) {
      if (!PROSE_KINDS.has(block.kind)) continue;
      for (const d of ctx.inBlock(block, () => inBlock(block))) out.push(d);
    }
    return out;

    function inBlock(block: Block): Draft[] {
      const out: Draft[] = [];
      // Matched on the visible characters (布\u200B署 is 布署 to a reader); spans are mapped back.
      const vis = visibleText(block.text);
      const text = vis ? vis.text : block.text;
      let quoted: ReturnType<typeof quotedSpans> | undefined;
      for (let m = compiled.forms.next(text, 0); m; m = compiled.forms.next(text, m.index + m.form.length)) {
        const form = m.form;
        const s = m.index;
        const e = s + form.length;
        quoted ??= quotedSpans(text);
        // Titles (《…》) are reproduced as published. Inside “…” a misspelling is still one (“布署”), but
        // a quoted name or citation (“某县工商局”时期) keeps its old wording, and a 提法 is quoted already.
        if (
          quoted.some(
            (q) => s >= q.start && e <= q.end && (TITLE_MARKS.has(text[q.start]) || !compiled.byForm.get(form)!.some((c) => isTypo(form, c.term.prefer))),
          )
        )
          continue;
        const before = text.slice(Math.max(0, s - WINDOW), s);
        const after = text.slice(e, e + WINDOW);
        const hit = compiled.byForm
          .get(form)!
          .find(
            (c) =>
              (!c.followedBy || c.followedBy.test(after)) &&
              (!c.notFollowedBy || !c.notFollowedBy.test(after)) &&
              (!c.precededBy || c.precededBy.test(before)) &&
              (!c.notPrecededBy || !c.notPrecededBy.test(before)),
          );
        if (!hit) continue;
        if (allow.includes(form) || allow.includes(hit.term.prefer)) continue;
        const t = hit.term;
        const [os, oe] = vis ? vis.span(s, e) : [s, e];
        const span = blockSpan(block, os, oe);
        // A linked page's title ([Laravel 使用 CURD 之外](https://…)) is cited as published, like one in 《》.
        if (model.kind === 'markdown' && inLinkText(model.text, span.start, span.end)) continue;
        const prefer = quote(t.prefer);
        out.push({
          ...span,
          message:
            t.prefer.replace(/[“”]/g, '') === form
              ? `提法${form}应加引号，写作${prefer}${t.note ? `：${t.note}` : '。'}`
              : `“${form}”应为${prefer}${t.note ? `：${t.note}` : '。'}`,
          fix: t.fix === false ? undefined : { title: `改为${prefer}`, edits: [{ ...span, newText: t.prefer }], safe: true },
          data: { avoid: form, prefer: t.prefer },
        });
      }
      if (compiled.near.formulas.length) {
        quoted ??= quotedSpans(text);
        for (const m of nearMisses(text, compiled.near.formulas, compiled.near.known)) {
          const t = compiled.near.terms[compiled.near.formulas.indexOf(m.formula)];
          const form = text.slice(m.start, m.end);
          // Titles (《…》) are reproduced as published; an exact avoided form was reported above.
          if (quoted.some((q) => m.start >= q.start && m.end <= q.end && TITLE_MARKS.has(text[q.start]))) continue;
          if (out.some((d) => d.data?.avoid === form) || allow.includes(form) || allow.includes(t.prefer)) continue;
          const [os, oe] = vis ? vis.span(m.start, m.end) : [m.start, m.end];
          const span = blockSpan(block, os, oe);
          const prefer = quote(t.prefer);
          out.push({
            ...span,
            message: `“${form}”应为${prefer}：固定提法多、少或错了一个字${t.note ? `。${t.note}` : '。'}`,
            fix: t.fix === false ? undefined : { title: `改为${prefer}`, edits: [{ ...span, newText: t.prefer }], safe: false },
            data: { avoid: form, prefer: t.prefer },
          });
        }
      }
      return out;
    }
  },
};

// [text](http…): the link's text, on one line, pointing at another page.
const LINK_AFTER = /^[^[\]\n]*\]\((?:https?:)?\/\//;

/** Whether source offsets start…end lie inside the text of a link to another page. */
function inLinkText(source: string, start: number, end: number): boolean {
  const open = source.lastIndexOf('[', start);
  if (open < 0 || source.slice(open, start).includes('\n') || source.slice(open + 1, start).includes(']')) return false;
  return LINK_AFTER.test(source.slice(end, end + 400));
}
