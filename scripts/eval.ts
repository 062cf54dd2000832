// npm run eval: precision and recall of the CLI's findings on text nobody on this team
// wrote — real published reports (eval/real) and drafts written blind (eval/blind) —
// against annotations written before shengao was run on them. Writes EVAL.md; exits 1
// when a target is missed on either set or on either sealed third, 2 when the corpus is broken.
//
//   --unseal          also list the latest sealed round's misses and false alarms (only at the end of a round of work)
//   --verbose         print every miss and false alarm of the open parts
//   --partial         skip documents not yet annotated or malformed (while a set is being written)
//   --save-baseline   store this run's per-rule counts as eval/baseline.json (the "before" column)
//   --save-roundN     store round N's sealed counts as eval/roundN-sealed.json, just before opening it
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError, loadSet, roundDir, roundNumeral, ROUNDS, SCORED_RULES, type EvalDoc, type Round } from './eval/corpus';
import { runCli } from './eval/run-cli';
import { perFile, pooled, scoreDoc, targets, type DocResult, type RuleScore, type Target } from './eval/score';
import { renderReport, type View } from './eval/report';
import { judgeUnscored, loadJudgements } from './eval/unscored';
import { scorePairs } from './eval/pairs';
import { loadPack } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { loadSegmenter } from '../server/src/segmenters/index';

const ROOT = join(__dirname, '..');
const args = new Set(process.argv.slice(2));

function main(): number {
  let docs: EvalDoc[];
  try {
    docs = [...loadSet(ROOT, 'real', args.has('--partial')), ...loadSet(ROOT, 'blind', args.has('--partial'))];
  } catch (e) {
    if (e instanceof CorpusError) {
      console.error(`eval: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const found = runCli(ROOT, docs);
  const results = docs.map((d) => scoreDoc(d, found.get(d.path)!));
  const pick = (set: 'real' | 'blind', round?: 0 | Round) => results.filter((r) => r.doc.set === set && (round === undefined || (r.doc.round ?? 0) === round));
  const roundName = (n: Round) => (n === 1 ? '封存三分之一（第一轮）' : `第${roundNumeral(n)}轮封存`);
  // A sealed round is opened only once it has been scored just before opening (eval/roundN-sealed.json,
  // written by --save-roundN). Until then nobody tuning the checks sees its scores: they are left out of
  // "全部" and not printed, and count only towards the exit code (--unseal shows them, at the end of a round).
  // (--save-roundN opens round N only; a later round stays shut.)
  const unseal = args.has('--unseal');
  const opened = (round: number | undefined) =>
    round === undefined || unseal || args.has(`--save-round${round}`) || existsSync(join(ROOT, 'eval', `round${round}-sealed.json`));
  const seen = (r: DocResult) => opened(r.doc.round);
  const views: View[] = [];
  for (const [set, letter, all] of [
    ['real', 'A', '真实报告'],
    ['blind', 'B', '盲写稿'],
  ] as const) {
    views.push({ name: `${letter} ${all}（全部）`, key: set, results: pick(set).filter(seen), enforce: true });
    views.push({ name: `${letter} 公开部分`, key: `${set}-open`, results: pick(set, 0), enforce: false });
    for (const n of ROUNDS) {
      const results = pick(set, n);
      if (results.length) views.push({ name: `${letter} ${roundName(n)}`, key: `${set}-${roundDir(n)}`, results, enforce: true, hidden: !opened(n) });
    }
  }
  const baselineFile = join(ROOT, 'eval', 'baseline.json');
  if (args.has('--save-baseline')) {
    const out: Record<string, RuleScore[]> = {};
    for (const v of views) out[v.key] = ruleTable(v.results);
    writeFileSync(baselineFile, JSON.stringify(out, null, 1) + '\n');
  }
  const baseline = existsSync(baselineFile) ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as Record<string, RuleScore[]>) : undefined;
  // The first round's sealed thirds as scored just before they were opened (a record: run once, at that commit).
  // Each round's sealed part as scored just before it was opened (a record: run once, at that commit).
  const before: Record<string, Record<string, RuleScore[]>> = {};
  for (const n of ROUNDS) {
    const file = join(ROOT, 'eval', `round${n}-sealed.json`);
    if (args.has(`--save-round${n}`)) {
      const out: Record<string, RuleScore[]> = {};
      for (const v of views.filter((x) => x.key.endsWith('-' + roundDir(n)))) out[v.key] = ruleTable(v.results);
      writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
    }
    if (existsSync(file)) before[n] = JSON.parse(readFileSync(file, 'utf8')) as Record<string, RuleScore[]>;
  }

  let ok = true;
  for (const v of views) {
    if (v.hidden) {
      const missed = targets(v.results).some((t) => t.score[t.metric] < t.min);
      if (missed) ok = false;
      console.log(`${v.name}：${v.results.length} 篇（封存中，分数不显示）`);
      continue;
    }
    const s = pooled(v.results, () => true, '全部');
    const pf = perFile(v.results);
    console.log(
      `${v.name}：${v.results.length} 篇  查准 ${s.precision.toFixed(3)}  查全 ${s.recall.toFixed(3)}  (逐篇平均 ${pf.precision.toFixed(3)} / ${pf.recall.toFixed(3)})`,
    );
    if (!v.enforce) continue;
    for (const t of targets(v.results)) {
      const value = t.score[t.metric];
      if (value < t.min) {
        ok = false;
        console.log(`  ✖ ${t.label} ${value.toFixed(3)} < ${t.min}  (TP ${t.score.tp} FP ${t.score.fp} FN ${t.score.fn})`);
      }
    }
  }
  const shown = results.filter(seen);
  if (args.has('--verbose')) {
    for (const r of shown) {
      if (!r.missed.length && !r.extra.length) continue;
      console.log(`\n${r.doc.path}`);
      for (const m of r.missed) console.log(`  漏报 ${m.rule} ${m.line}  ${m.why}`);
      for (const f of r.extra) console.log(`  误报 ${f.rule} ${f.line}  ${f.message}`);
    }
  }
  const unscored = judgeUnscored(
    shown.map((r) => r.doc),
    found,
    loadJudgements(ROOT),
  );
  for (const r of unscored) {
    console.log(`${r.rule}（未标注，人工判读）：${r.findings} 条，ok ${r.ok}，误报 ${r.false}，未判读 ${r.unjudged.length}`);
    if (args.has('--verbose')) for (const u of r.unjudged) console.log(`  未判读 ${u.path}:${u.line}  ${u.message}`);
  }
  const pairs = scorePairs(ROOT, loadPack('work-summary', ROOT, nodeHost({ builtinDir: join(ROOT, 'rules') })).config, loadSegmenter());
  for (const set of ['blog', 'unit'] as const) {
    const c = pairs.scores[set].get('history/copied')!;
    console.log(`history/*（${set === 'blog' ? '博客' : '单位'}前后两年 ${pairs.pairs[set]} 对）：copied 命中 ${c.tp} 误报 ${c.fp} 漏报 ${c.fn}`);
  }
  writeFileSync(join(ROOT, 'EVAL.md'), renderReport({ docs, views, shown, unseal, baseline, before, ruleTable, targetsOf: targets, unscored, pairs }));
  console.log(`\n已写入 EVAL.md；${ok ? '全部目标达到' : '有目标未达到'}`);
  return ok ? 0 : 1;
}

export function ruleTable(results: DocResult[]): RuleScore[] {
  return [...SCORED_RULES.map((rule) => pooled(results, (r) => r === rule, rule)), pooled(results, () => true, '全部')];
}

export type { Target };
try {
  process.exitCode = main();
} catch (e) {
  // Any failure of the harness itself is exit 2, never mistaken for a missed target (exit 1).
  console.error(e);
  process.exitCode = 2;
}
