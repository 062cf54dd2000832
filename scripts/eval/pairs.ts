// history/* on eval/pairs: consecutive-year pairs of one author's or one unit's reports, annotated
// before any run (eval/pairs/README.md). Used by `npm run eval` (EVAL.md) and scripts/history-pairs.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lint, LineIndex } from '../../server/src/engine/index';
import type { EngineConfig, Segmenter } from '../../server/src/engine/index';

interface Range {
  rule: string;
  lines: [number, number];
  why: string;
}
interface Annotation {
  /** Which collection the pair belongs to: engineers' blog summaries (default) or a unit's reports. */
  set?: 'blog' | 'unit';
  expect: Range[];
  acceptable: Range[];
}

export const HISTORY_RULES = ['history/restated', 'history/growth', 'history/copied', 'history/stale-date'] as const;
export const PAIR_SETS = ['blog', 'unit'] as const;
export type PairSet = (typeof PAIR_SETS)[number];
export const PAIR_SET_NAMES: Record<PairSet, string> = { blog: '工程师博客年终总结', unit: '单位的工作报告' };

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface PairScores {
  pairs: Record<PairSet, number>;
  scores: Record<PairSet, Map<string, Counts>>;
  /** One line per finding or miss: `p03:60-60 history/growth 漏报：…` (命中, 可接受（不计）, 误报, 漏报). */
  log: { line: string; verdict: '命中' | '可接受（不计）' | '误报' | '漏报' }[];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] + 1 && b[0] <= a[1] + 1;

export function scorePairs(root: string, config: EngineConfig, segmenter: Segmenter): PairScores {
  const dir = join(root, 'eval', 'pairs');
  const out: PairScores = {
    pairs: { blog: 0, unit: 0 },
    scores: { blog: new Map(HISTORY_RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])), unit: new Map(HISTORY_RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])) },
    log: [],
  };
  const pairs = readdirSync(dir)
    .filter((d) => /^p[0-9]+$/.test(d))
    .sort();
  for (const p of pairs) {
    // last.md / this.md, or last.txt / this.txt for reports pasted as plain text.
    const ext = existsSync(join(dir, p, 'this.txt')) ? 'txt' : 'md';
    const kind = ext === 'txt' ? 'text' : 'markdown';
    const last = readFileSync(join(dir, p, `last.${ext}`), 'utf8');
    const text = readFileSync(join(dir, p, `this.${ext}`), 'utf8');
    const ann = parse(readFileSync(join(dir, p, 'expect.yaml'), 'utf8')) as Annotation;
    const set = ann.set ?? 'blog';
    const score = out.scores[set];
    out.pairs[set]++;
    const lines = new LineIndex(text);
    const { findings } = lint(text, { kind, config, segmenter, only: new Set(HISTORY_RULES), previous: { text: last, kind } });
    const hit = new Set<Range>();
    for (const f of findings) {
      const span: [number, number] = [lines.lineColumn(f.start).line, lines.lineColumn(Math.max(f.start, f.end - 1)).line];
      const e = ann.expect.find((x) => x.rule === f.ruleId && overlaps(x.lines, span));
      const s = score.get(f.ruleId)!;
      let verdict: PairScores['log'][number]['verdict'];
      if (e) {
        // One passage reported over two annotated items (lines 29–31 copied, marked as 29 and as 31) reaches both:
        // each further item it spans outright counts too.
        for (const x of ann.expect)
          if (x === e || (x.rule === f.ruleId && x.lines[0] >= span[0] && x.lines[1] <= span[1])) {
            if (!hit.has(x)) s.tp++;
            hit.add(x);
          }
        verdict = '命中';
      } else if (ann.acceptable.some((x) => x.rule === f.ruleId && overlaps(x.lines, span))) verdict = '可接受（不计）';
      else {
        s.fp++;
        verdict = '误报';
      }
      out.log.push({ line: `${p}:${span[0]}-${span[1]} ${f.ruleId} ${verdict}：${f.message}`, verdict });
    }
    for (const e of ann.expect) {
      if (hit.has(e)) continue;
      score.get(e.rule)!.fn++;
      out.log.push({ line: `${p}:${e.lines.join('-')} ${e.rule} 漏报：${e.why}`, verdict: '漏报' });
    }
  }
  return out;
}

/** The per-set tables, in Markdown. */
export function renderPairs(s: PairScores): string[] {
  const f3 = (n: number, d: number) => (d ? (n / d).toFixed(3) : '—');
  const out: string[] = [];
  for (const set of PAIR_SETS) {
    out.push(`${PAIR_SET_NAMES[set]}：${s.pairs[set]} 对`, '', '| 规则 | 命中 | 误报 | 漏报 | 查准率 | 查全率 |', '|---|---:|---:|---:|---:|---:|');
    for (const [r, c] of s.scores[set]) out.push(`| \`${r}\` | ${c.tp} | ${c.fp} | ${c.fn} | ${f3(c.tp, c.tp + c.fp)} | ${f3(c.tp, c.tp + c.fn)} |`);
    out.push('');
  }
  return out;
}
