// history/copied: a passage of this year's report that repeats last year's nearly verbatim —
// which lines, how long, and what changed (nothing, only the numbers, or a few words).
// Sentences are compared with their figures blanked (so a copy with new numbers still matches),
// then by character bigrams for near copies. Headings are expected to repeat and are skipped.
// Runs only when last year's report is given (`--previous`, `previous:`).
import { type Check, optionsSchema } from '../rule.js';
import type { Draft, ReportModel, Sentence } from '../types.js';
import { charBigrams, dice, lineAt } from '../figures/history.js';
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

function bare(s: string): string {
  return s.replace(/[\s\p{P}]/gu, '');
}

const PROSE = new Set(['paragraph', 'listItem']);

interface Prepared {
  s: Sentence;
  shape: string;
  bare: string;
  /** Long enough, and neither the title lines before the outline nor an item's title (both repeat by design). */
  eligible: boolean;
  grams?: Set<string>;
}

/** Every prose sentence, in order; only eligible ones are compared, the others end a passage. */
function prepare(model: ReportModel, min: number): Prepared[] {
  // A title heads something (sub-items, or text after it); a numbered item that is one line of
  // content (3、后端开发(servlet, Spring…)) is no title, and is compared like any sentence.
  const titles = walkOutline(model.outline)
    .filter((n) => n.children.length > 0 || model.text.slice(n.titleSpan.end, n.end).replace(/[\s\p{P}]/gu, '').length > 0)
    .map((n) => ({ start: n.start, end: n.titleSpan.end }));
  const preambleEnd = model.preamble.length ? model.preamble[model.preamble.length - 1].end : -1;
  return model.sentences
    .filter((s) => PROSE.has(model.blocks[s.blockIndex].kind))
    .map((s) => {
      const sh = shape(s.text);
      const title = s.start <= preambleEnd || titles.some((t) => s.start >= t.start && s.end <= t.end + 1);
      return { s, shape: sh, bare: bare(s.text), eligible: !title && sh.length >= min };
    });
}

type Change = 'none' | 'numbers' | 'words';

export const historyCopiedCheck: Check = {
  name: 'history-copied',
  rules: [
    {
      id: 'history/copied',
      title: '与去年的总结雷同（整段照抄，或只改了数字）',
      titleEn: "Passage repeats last year's report nearly verbatim",
      rationale:
        '照抄去年总结、只改数字，是审稿人最常指出、也曾被通报问责的问题。报告雷同段落所在的行、长度，以及改了什么（一字未改、只改数字、只改个别字）。只在给出去年的总结（--previous 或 previous: 设置）时检查。',
      // info until it is precise on real text: 6 of 8 right on the consecutive-year pairs (eval/pairs).
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
    const matches: { p: Prepared; was: Prepared; change: Change; sim: number }[] = [];
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
    // Consecutive copied sentences form one passage.
    const out: Draft[] = [];
    const index = new Map(now.map((p, i) => [p, i]));
    let run: typeof matches = [];
    const flush = () => {
      if (!run.length) return;
      const chars = run.reduce((n, m) => n + m.p.bare.length, 0);
      if (chars >= opts.minChars) {
        const first = run[0];
        const lastM = run[run.length - 1];
        const change: Change = run.some((m) => m.change === 'words') ? 'words' : run.some((m) => m.change === 'numbers') ? 'numbers' : 'none';
        const lines = [lineAt(prev.text, first.was.s.start), lineAt(prev.text, lastM.was.s.end)];
        const where = lines[0] === lines[1] ? `第 ${lines[0]} 行` : `第 ${lines[0]}—${lines[1]} 行`;
        const what =
          change === 'none'
            ? '一字未改'
            : change === 'numbers'
              ? '只改了数字'
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
      if (prevM && index.get(m.p) !== index.get(prevM.p)! + 1) flush();
      run.push(m);
    }
    flush();
    return out;
  },
};
