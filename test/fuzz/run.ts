// The long property run: `npm run fuzz` (default 100,000 cases; `npm run fuzz -- 20000` for fewer).
// Cases run in chunks with their own seeds so that one failure does not end the run;
// every failure is printed shrunk, with its seed, for pinning as a regression in
// test/properties.test.ts. Exit code 1 when any case failed.
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSegmenter } from '../../server/src/segmenters/index';
import { loadPack } from '../../server/src/packs/loader';
import { nodeHost } from '../../server/src/packs/host';
import { draft, kindArb, allProps, propLineIndex, type Env } from './props';

const ROOT = join(__dirname, '..', '..');
const total = Number(process.argv[2] ?? 100_000);
const chunk = 2_000;
const seed0 = Number(process.env.SHENGAO_FUZZ_SEED ?? Date.now() % 2 ** 31);
const packs = ['work-summary', 'debriefing', 'party-building'];
const host = nodeHost({ builtinDir: join(ROOT, 'rules') });
const segmenter = loadSegmenter();
const envs: Env[] = packs.map((p) => ({ config: loadPack(p, ROOT, host).config, segmenter }));

const failures: { seed: number; pack: string; counterexample: unknown; error: string }[] = [];
let ran = 0;
const started = Date.now();
for (let i = 0; ran < total; i++) {
  const n = Math.min(chunk, total - ran);
  const seed = seed0 + i;
  const env = envs[i % envs.length];
  const r = fc.check(
    fc.property(draft, kindArb, (text, kind) => allProps(env, text, kind)),
    { numRuns: n, seed },
  );
  ran += r.numRuns;
  if (r.failed) {
    const err = r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance);
    failures.push({ seed, pack: packs[i % envs.length], counterexample: r.counterexample, error: err.split('\n')[0] });
    console.log(`FAIL seed=${seed} pack=${packs[i % envs.length]} ${JSON.stringify(r.counterexample)}\n  ${err.split('\n')[0]}`);
  }
  if (i % 5 === 0) console.log(`${ran} cases, ${failures.length} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
// LineIndex on arbitrary strings is cheap: as many cases again.
const li = fc.check(
  fc.property(fc.string({ unit: fc.constantFrom('a', '中', '𠮷', '\r', '\n', '\r\n', '\u3000'), maxLength: 80 }), (t) => propLineIndex(t)),
  { numRuns: total, seed: seed0 },
);
if (li.failed) failures.push({ seed: seed0, pack: '-', counterexample: li.counterexample, error: String(li.errorInstance).split('\n')[0] });

const summary = { engineCases: ran, lineIndexCases: li.numRuns, failures, seed0, seconds: Math.round((Date.now() - started) / 1000), packs };
mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
writeFileSync(join(ROOT, 'test-artifacts', process.env.SHENGAO_FUZZ_OUT ?? 'fuzz.json'), JSON.stringify(summary, null, 2));
console.log(
  `done: ${ran} engine cases (${packs.join(', ')}, markdown and text), ${li.numRuns} LineIndex cases, ${failures.length} failures, ${summary.seconds} s (seed ${seed0})`,
);
process.exit(failures.length ? 1 : 0);
