// history/copied: a passage of this year's report that repeats last year's nearly verbatim —
// which lines, how long, and what changed (nothing, only the numbers, or a few words).
// Sentences are compared with their figures blanked (so a copy with new numbers still matches),
// then by character bigrams for near copies. Headings are expected to repeat and are skipped, and
// so is last year's plan quoted in this year's review (去年定的目标 quoted to say how it went):
// that is follow-through, not copying. A list copied item by item — three or more items in last
// year's order, only numbers or bracketed asides changed — is one passage even when its items are
// short. Runs only when last year's report is given (`--previous`, `previous:`).
import { type Check, optionsSchema } from '../rule.js';
import type { Draft, ReportModel, Sentence } from '../types.js';
import { charBigrams, dice, lineAt, years } from '../figures/history.js';
import { walkOutline } from '../reader/outline.js';

export const COPIED_DEFAULTS = {
  /** Shortest passage reported, in characters (a stock phrase is not a copied passage). */
  minChars: 30,
  /** Bigram similarity (Dice) at or above which two sentences are near copies. */
  similarity: 0.85,
};

/** Figures (Arabic and Chinese with a unit-like tail) become one mark; spaces and punctuation go. */
function shape(s: string): string {
  return s
    .replace(/[0-9０-９]+(?:[.,，．][0-9０-９]+)*/g, '#')
    .replace(/[零〇一二两三四五六七八九十百千万亿]+(?=[个名人次项家户场期件条批篇%％元])/g, '#')
    .replace(/[\s\p{P}]/gu, '');
}

/** The shape without a trailing bracketed aside (评论 2 条（终于有人评论了）→ 评论#条). */
function core(shaped: string, raw: string): string {
  const cut = /[（(][^（()）]*[）)]?\s*$/.exec(raw);
  return cut ? shape(raw.slice(0, cut.index)) : shaped;
}

function bare(s: string): string {
  return s.replace(/[\s\p{P}]/gu, '');
}

const PROSE = new Set(['paragraph', 'listItem']);

interface Prepared {
  s: Sentence;
  shape: string;
  bare: string;
  /** The shape less a trailing bracketed aside: how list items are matched item by item. */
  core: string;
  /** Chinese characters in the sentence. */
  han: number;
  /** The title lines before the outline, or an item's title: both repeat by design. */
  title: boolean;
  list: boolean;
  /** Long enough, and no title. */
  eligible: boolean;
  grams?: Set<string>;
}

/** Every prose sentence, in order; only eligible ones are compared, the others end a passage. */
function prepare(model: ReportModel, min: number): Prepared[] {
  // A title heads something (sub-items, or text after it); a numbered item that is one line of
  // content (3、后端开发(servlet, Spring…)) is no title, and is compared like any sentence.
  const titles = walkOutline(model.outline)
    .filter((n) => n.children.length > 0 || model.text.slice(n.titleSpan.end, n.end).replace(/[\s\p{P}]/gu, '').length > 0)
    // …nor is an item whose first line is a whole long sentence with links under it (四、公益基金的帐户继续
    // 公开接受用户捐助，目前支持……两种捐助方式。 / 链接：…): that sentence is what the item reports.
    .filter((n) => !(/^[。！]/.test(model.text.slice(n.titleSpan.end, n.titleSpan.end + 1)) && (n.title.match(/\p{Script=Han}/gu)?.length ?? 0) >= 24))
    .map((n) => ({ start: n.start, end: n.titleSpan.end }));
  const preambleEnd = model.preamble.length ? model.preamble[model.preamble.length - 1].end : -1;
  return model.sentences
    .filter((s) => PROSE.has(model.blocks[s.blockIndex].kind))
    .map((s) => {
      const sh = shape(s.text);
      const title = s.start <= preambleEnd || titles.some((t) => s.start >= t.start && s.end <= t.end + 1);
      const list = model.blocks[s.blockIndex].kind === 'listItem';
      // A line of a link or of English (https://…/downbuilds.php, the report's English version) is
      // no passage of the report's own words, however often it repeats.
      const han = s.text.match(/\p{Script=Han}/gu)?.length ?? 0;
      return { s, shape: sh, bare: bare(s.text), core: core(sh, s.text), han, title, list, eligible: !title && sh.length >= min && han >= 2 };
    });
}

/** Characters to insert, delete or replace to turn `a` into `b`, counted up to `cap` + 1. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      least = Math.min(least, next[j]);
    }
    if (least > cap) return cap + 1;
    row = next;
  }
  return Math.min(row[b.length], cap + 1);
}

type Change = 'none' | 'numbers' | 'asides' | 'words';

interface Match {
  p: Prepared;
  was: Prepared;
  change: Change;
  sim: number;
  /** Matched as an item of a list copied item by item. */
  item?: boolean;
}

/** Items of a list that follow last year's list item by item, at least `least` of them in a row. */
function copiedLists(now: Prepared[], before: Prepared[], least: number): Match[] {
  const itemOk = (p: Prepared) => p.list && !p.title && p.core.length >= 3;
  const at = new Map<string, number[]>();
  before.forEach((b, j) => {
    if (!itemOk(b)) return;
    const js = at.get(b.core) ?? [];
    js.push(j);
    at.set(b.core, js);
  });
  // Items of one list: each in the block right after the one before (a heading ends the list).
  const next = (xs: Prepared[], x: number) => x === 0 || xs[x].s.blockIndex - xs[x - 1].s.blockIndex <= 1;
  const out: Match[] = [];
  for (let i = 0; i < now.length;) {
    let bestJ = -1;
    let bestLen = 0;
    for (const j of itemOk(now[i]) ? (at.get(now[i].core) ?? []) : []) {
      let k = 0;
      while (
        i + k < now.length &&
        j + k < before.length &&
        itemOk(now[i + k]) &&
        itemOk(before[j + k]) &&
        now[i + k].core === before[j + k].core &&
        (k === 0 || (next(now, i + k) && next(before, j + k)))
      )
        k++;
      if (k > bestLen) [bestJ, bestLen] = [j, k];
    }
    if (bestLen < least) {
      i++;
      continue;
    }
    for (let k = 0; k < bestLen; k++) {
      const [p, was] = [now[i + k], before[bestJ + k]];
      const change: Change = p.bare === was.bare ? 'none' : p.shape === was.shape ? 'numbers' : 'asides';
      out.push({ p, was, change, sim: 1, item: true });
    }
    i += bestLen;
  }
  return out;
}

export const historyCopiedCheck: Check = {
  name: 'history-copied',
  rules: [
    {
      id: 'history/copied',
      title: '与去年的总结雷同（整段照抄，或只改了数字）',
      titleEn: "Passage repeats last year's report nearly verbatim",
      rationale:
        '照抄去年总结、只改数字，是审稿人最常指出、也曾被通报问责的问题。报告雷同段落所在的行、长度，以及改了什么（一字未改、只改数字、只改个别字）；逐条沿用去年的列表、只改数字，也算一段。今年回顾里引用去年的计划来交代落实情况、历年大事记的条目，不算雷同。只在给出去年的总结（--previous 或 previous: 设置）时检查。',
      // info: 43 of 43 right on the 41 pairs of eval/pairs (EVAL.md), but tuned on them — and sixteen pairs that
      // arrived later scored 0.37 on their first run (repeated link lines): no held-out evidence yet for a warning.
      defaultSeverity: 'info',
      fixable: false,
      options: optionsSchema({
        minChars: { type: 'integer', minimum: 1, description: '报告的最短雷同段落（字数，默认 30）' },
        similarity: { type: 'number', minimum: 0.5, maximum: 1, description: '两句视为雷同的相似度（字二元组 Dice 系数，默认 0.85）' },
      }),
      example: {
        previous:
          '2023年度工作总结\n一、主要工作\n坚持把党的政治建设摆在首位，全年召开党委理论学习中心组学习会12次。全年新发展党员12名，化解矛盾纠纷286起。\n2023年5月，在幸福里、锦绣苑两个小区启动“红色物业”试点。',
        bad: '2024年度工作总结\n一、主要工作\n坚持把党的政治建设摆在首位，全年召开党委理论学习中心组学习会14次。',
        good: '2024年度工作总结\n一、主要工作\n围绕学习贯彻全会精神，党委中心组开展专题学习14次，形成调研报告5篇。',
      },
    },
  ],
  run(model, ctx) {
    const prev = model.previous;
    if (!prev) return [];
    const opts = ctx.options('history/copied', COPIED_DEFAULTS);
    // Sentences of a dozen characters can be copies too; the passage they form must reach minChars.
    const min = Math.min(12, opts.minChars);
    const before = prepare(prev, min);
    const byShape = new Map<string, Prepared>();
    for (const p of before) if (p.eligible && !byShape.has(p.shape)) byShape.set(p.shape, p);
    const now = prepare(model, min);
    const candidates = before.filter((p) => p.eligible);
    // Near copies compare every pair: bounded, so a pair of huge documents stays quick.
    const nearOk = candidates.length * now.length <= 4_000_000;
    let matches: Match[] = [];
    for (const p of now) {
      if (!p.eligible) continue;
      const exact = byShape.get(p.shape);
      if (exact) {
        matches.push({ p, was: exact, change: exact.bare === p.bare ? 'none' : 'numbers', sim: 1 });
        continue;
      }
      if (!nearOk) continue;
      p.grams ??= charBigrams(p.shape);
      let best: Prepared | undefined;
      let bestSim = 0;
      for (const b of candidates) {
        if (Math.abs(b.shape.length - p.shape.length) > 0.3 * p.shape.length) continue;
        b.grams ??= charBigrams(b.shape);
        const sim = dice(p.grams, b.grams);
        if (sim > bestSim) {
          bestSim = sim;
          best = b;
        }
      }
      if (best && bestSim >= opts.similarity) matches.push({ p, was: best, change: 'words', sim: bestSim });
    }
    const index = new Map(now.map((p, i) => [p, i]));
    const taken = new Map(matches.map((m) => [m.p, m]));
    for (const m of copiedLists(now, before, 3)) {
      const had = taken.get(m.p);
      if (had) had.item = true;
      else matches.push(m);
    }
    matches.sort((a, b) => index.get(a.p)! - index.get(b.p)!);
    // Last year's plan quoted in this year's account of it is follow-through, not a copy; a plan
    // repeated in this year's plan still is.
    // A part titled for last year's plan (去年计划落实情况, 2023年目标完成情况) accounts for it.
    const plans = (m: ReportModel) => m.sectionNodes.filter((n) => n.section === 'next' && !/去年|上年|落实|完成|回顾|执行|进展/.test(n.title));
    const [lastPlans, nowPlans] = [plans(prev), plans(model)];
    const inside = (ns: readonly { start: number; end: number }[], off: number) => ns.some((n) => off >= n.start && off < n.end);
    matches = matches.filter((m) => !inside(lastPlans, m.was.s.start) || inside(nowPlans, m.p.s.start));
    // An item of a record of past years (- 2021年：获评……) is history told again, not a copy.
    const { current } = years(model);
    matches = matches.filter((m) => {
      const y = /^\s*((?:19|20)[0-9]{2})\s*年/.exec(m.p.s.text);
      return !(m.p.list && y && current !== undefined && Number(y[1]) < current);
    });
    // Consecutive copied sentences form one passage.
    const out: Draft[] = [];
    let run: Match[] = [];
    const flush = () => {
      if (!run.length) return;
      const chars = run.reduce((n, m) => n + m.p.bare.length, 0);
      // A whole sentence of substance (two thirds of minChars in Chinese characters) copied word
      // for word, or with a word or two changed, is a copy even when short: a plan item carried
      // over, an achievement told again. New numbers in a short sentence are a statistic's usual form.
      // (Of Chinese words: a repeated link or English name is no such sentence.)
      const han = run.reduce((n, m) => n + m.p.han, 0);
      const verbatim = run.every((m) => m.change === 'none' || (m.change === 'words' && editDistance(m.p.shape, m.was.shape, 2) <= 2));
      // One sentence reworded around new figures (煤炭消费比重下降8.1个百分点，清洁能源… against last year's
      // order and figures) is this year's statistic in the usual words, not a copy — unless it is long.
      const figures = (t: string) => (t.match(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g) ?? []).sort().join(' ');
      const restat = run.length === 1 && run[0].change === 'words' && figures(run[0].p.s.text) !== figures(run[0].was.s.text);
      if (restat && chars < 2 * opts.minChars) {
        run = [];
        return;
      }
      if (chars >= opts.minChars || run.filter((m) => m.item).length >= 3 || (verbatim && han >= Math.ceil((opts.minChars * 2) / 3))) {
        const first = run[0];
        const lastM = run[run.length - 1];
        const order: Change[] = ['words', 'asides', 'numbers'];
        const change: Change = order.find((c) => run.some((m) => m.change === c)) ?? 'none';
        const lines = [lineAt(prev.text, first.was.s.start), lineAt(prev.text, lastM.was.s.end)];
        const where = lines[0] === lines[1] ? `第 ${lines[0]} 行` : `第 ${lines[0]}—${lines[1]} 行`;
        const what =
          change === 'none'
            ? '一字未改'
            : change === 'numbers'
              ? '只改了数字'
              : change === 'asides'
                ? '逐条沿用，只改了数字和括号里的话'
                : `只改了个别字词（相似度 ${Math.round(Math.min(...run.map((m) => m.sim)) * 100)}%）`;
        out.push({
          start: first.p.s.start,
          end: lastM.p.s.end,
          message: `这段（${chars} 字）与去年的总结${where}雷同，${what}：请写今年的新情况。`,
          data: { lastYearLines: lines, chars, change, sentences: run.length },
        });
      }
      run = [];
    };
    for (const m of matches) {
      const prevM = run[run.length - 1];
      // Sentences in a row, and no heading between them: a heading starts another passage.
      if (prevM && (index.get(m.p) !== index.get(prevM.p)! + 1 || m.p.s.blockIndex - prevM.p.s.blockIndex > 1)) flush();
      run.push(m);
    }
    flush();
    return out;
  },
};
