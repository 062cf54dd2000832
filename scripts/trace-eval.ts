// Measures `shengao trace` on the hand-written pairs in test/fixtures/trace/:
// each folder has last.(txt|md), this.(txt|md) and gold.json, whose `plans[i]`
// gives last year's i-th plan a status (followed | partial | dropped) and the
// indices of this year's duty items that follow it up.
//
//   npx tsx scripts/trace-eval.ts [--verbose] [--json]
//
// "Unmatched" is what the reviewer acts on, so precision/recall are reported for
// flagging dropped plans; matching accuracy is the share of followed-up plans whose
// best candidate is one of the gold items.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine/index';
import { kindOfPath } from '../server/src/project/files';
import { loadPack } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { loadSegmenter } from '../server/src/segmenters/index';
import { tracePlans, type TraceResult } from '../server/src/trace/trace';

export const FIXTURES = join(__dirname, '..', 'test', 'fixtures', 'trace');

export interface GoldPlan {
  status: 'followed' | 'partial' | 'dropped';
  items: number[];
}

export interface PairResult {
  name: string;
  result: TraceResult;
  gold: GoldPlan[];
}

export interface TraceScores {
  pairs: number;
  plans: number;
  /** Flagging dropped plans (status unmatched). */
  dropped: { tp: number; fp: number; fn: number; precision: number; recall: number };
  /** Followed-up plans (gold followed/partial) whose best candidate is a gold item. */
  matching: { correct: number; total: number; accuracy: number };
  /** Three-way status agreement (followed / partial / dropped↔unmatched). */
  status: { agree: number; total: number; accuracy: number };
  /** Plans whose gold plan count differs from the items found (segmentation of the section). */
  itemCountMismatches: string[];
}

function draftFile(dir: string, base: string): string {
  for (const ext of ['.txt', '.md']) if (existsSync(join(dir, base + ext))) return join(dir, base + ext);
  throw new Error(`${dir}: no ${base}.txt or ${base}.md`);
}

export function runPairs(): PairResult[] {
  const root = join(__dirname, '..');
  const host = nodeHost({ builtinDir: join(root, 'rules') });
  const config = loadPack('work-summary', root, host).config;
  const segmenter = loadSegmenter();
  const model = (file: string) => lint(readFileSync(file, 'utf8'), { kind: kindOfPath(file), config, segmenter, only: new Set() }).model;
  return readdirSync(FIXTURES)
    .filter((d) => existsSync(join(FIXTURES, d, 'gold.json')))
    .sort()
    .map((name) => {
      const dir = join(FIXTURES, name);
      const result = tracePlans(model(draftFile(dir, 'last')), model(draftFile(dir, 'this')));
      const gold = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { plans: GoldPlan[] }).plans;
      return { name, result, gold };
    });
}

export function score(pairs: PairResult[]): TraceScores {
  let tp = 0,
    fp = 0,
    fn = 0,
    correct = 0,
    total = 0,
    plans = 0,
    agree = 0;
  const mismatches: string[] = [];
  for (const p of pairs) {
    if (p.result.plans.length !== p.gold.length) mismatches.push(`${p.name}: gold ${p.gold.length} plans, found ${p.result.plans.length}`);
    p.gold.forEach((g, i) => {
      const got = p.result.plans[i];
      plans++;
      const flagged = !got || got.status === 'unmatched';
      if (got && (got.status === 'unmatched' ? 'dropped' : got.status) === g.status) agree++;
      if (g.status === 'dropped') {
        if (flagged) tp++;
        else fn++;
      } else {
        if (flagged) fp++;
        total++;
        if (got && got.candidates[0] && g.items.includes(got.candidates[0].item) && !flagged) correct++;
      }
    });
  }
  const r = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 1);
  return {
    pairs: pairs.length,
    plans,
    dropped: { tp, fp, fn, precision: r(tp, tp + fp), recall: r(tp, tp + fn) },
    matching: { correct, total, accuracy: r(correct, total) },
    status: { agree, total: plans, accuracy: r(agree, plans) },
    itemCountMismatches: mismatches,
  };
}

if (require.main === module) {
  const verbose = process.argv.includes('--verbose');
  const pairs = runPairs();
  const s = score(pairs);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(s, null, 2));
  } else {
    if (verbose) {
      for (const p of pairs) {
        console.log(`\n== ${p.name}`);
        p.result.plans.forEach((pl, i) => {
          const g = p.gold[i];
          const c = pl.candidates[0];
          const mark = (g?.status === 'dropped') === (pl.status === 'unmatched') && (g?.status === 'dropped' || (c && g?.items.includes(c.item))) ? ' ' : '✗';
          console.log(
            `${mark} [${i}] ${pl.title.slice(0, 18)}  gold=${g?.status}${g?.items.length ? `→${g.items.join(',')}` : ''}  got=${pl.status} ${pl.score.toFixed(2)}${c ? `→${c.item} (${c.words.join(' ')})` : ''}`,
          );
        });
        for (const pr of p.result.problems) console.log(`  ! ${pr}`);
      }
      console.log('');
    }
    console.log(`trace eval: ${s.pairs} pairs, ${s.plans} plans`);
    console.log(
      `  dropped plans flagged: precision ${s.dropped.precision} (${s.dropped.tp}/${s.dropped.tp + s.dropped.fp}), recall ${s.dropped.recall} (${s.dropped.tp}/${s.dropped.tp + s.dropped.fn})`,
    );
    console.log(`  followed-up plans matched to the right item: ${s.matching.accuracy} (${s.matching.correct}/${s.matching.total})`);
    console.log(`  three-way status (followed / partial / dropped) agrees with gold: ${s.status.accuracy} (${s.status.agree}/${s.status.total})`);
    for (const m of s.itemCountMismatches) console.log(`  item count mismatch: ${m}`);
  }
}
