// Scores the history/* rules on eval/pairs (consecutive-year pairs annotated before any run; see
// eval/pairs/README.md). Run: npx tsx scripts/history-pairs.ts [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lint, LineIndex } from '../server/src/engine/index';
import { loadPack } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { loadSegmenter } from '../server/src/segmenters/index';

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

const ROOT = join(__dirname, '..');
const DIR = join(ROOT, 'eval', 'pairs');
const RULES = ['history/restated', 'history/growth', 'history/copied', 'history/stale-date'];
const verbose = process.argv.includes('--verbose');

const config = loadPack('work-summary', ROOT, nodeHost({ builtinDir: join(ROOT, 'rules') })).config;
const segmenter = loadSegmenter();
// Scored per set: the engineers' blog pairs and the unit-report pairs are kept apart.
const SETS = ['blog', 'unit'] as const;
const scores = new Map(SETS.map((k) => [k, new Map(RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]))]));
const counts = new Map(SETS.map((k) => [k, 0]));
const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] + 1 && b[0] <= a[1] + 1;

const pairs = readdirSync(DIR)
  .filter((d) => /^p[0-9]+$/.test(d))
  .sort();
for (const p of pairs) {
  const last = readFileSync(join(DIR, p, 'last.md'), 'utf8');
  const text = readFileSync(join(DIR, p, 'this.md'), 'utf8');
  const ann = parse(readFileSync(join(DIR, p, 'expect.yaml'), 'utf8')) as Annotation;
  const set = ann.set ?? 'blog';
  const score = scores.get(set)!;
  counts.set(set, counts.get(set)! + 1);
  const lines = new LineIndex(text);
  const { findings } = lint(text, { kind: 'markdown', config, segmenter, only: new Set(RULES), previous: { text: last, kind: 'markdown' } });
  const hit = new Set<Range>();
  for (const f of findings) {
    const span: [number, number] = [lines.lineColumn(f.start).line, lines.lineColumn(Math.max(f.start, f.end - 1)).line];
    const e = ann.expect.find((x) => x.rule === f.ruleId && overlaps(x.lines, span));
    const s = score.get(f.ruleId)!;
    let verdict: string;
    if (e) {
      if (!hit.has(e)) s.tp++;
      hit.add(e);
      verdict = '命中';
    } else if (ann.acceptable.some((x) => x.rule === f.ruleId && overlaps(x.lines, span))) verdict = '可接受（不计）';
    else {
      s.fp++;
      verdict = '误报';
    }
    if (verbose || verdict === '误报') console.log(`${p}:${span[0]}-${span[1]} ${f.ruleId} ${verdict}：${f.message}`);
  }
  for (const e of ann.expect) {
    if (hit.has(e)) continue;
    score.get(e.rule)!.fn++;
    console.log(`${p}:${e.lines.join('-')} ${e.rule} 漏报：${e.why}`);
  }
}
const f3 = (n: number, d: number) => (d ? (n / d).toFixed(3) : '—');
const NAMES = { blog: '工程师博客年终总结', unit: '单位的工作报告' };
for (const set of SETS) {
  console.log(`\n${NAMES[set]}：${counts.get(set)} 对`);
  console.log('| 规则 | 命中 | 误报 | 漏报 | 查准率 | 查全率 |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [r, s] of scores.get(set)!) console.log(`| \`${r}\` | ${s.tp} | ${s.fp} | ${s.fn} | ${f3(s.tp, s.tp + s.fp)} | ${f3(s.tp, s.tp + s.fn)} |`);
}
