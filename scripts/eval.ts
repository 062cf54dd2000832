// npm run eval: precision and recall of the numbers/* and metrics/* checks (and the
// unfilled-figure part of text/placeholder) over test/fixtures/numbers/*.yaml.
// Prints one line per rule and every mismatch; exits 1 when a target is missed
// (precision ≥ 0.95, recall ≥ 0.9).
import { loadFixtures, runCase, score } from '../test/numbers-harness';

const cases = loadFixtures();
const results = cases.map(runCase);
const negatives = cases.filter((c) => c.expect.length === 0).length;
console.log(`用例 ${cases.length} 条（无问题的反例 ${negatives} 条，含问题的正例 ${cases.length - negatives} 条）\n`);
console.log('规则'.padEnd(20) + 'TP'.padStart(5) + 'FP'.padStart(5) + 'FN'.padStart(5) + '  precision  recall  正例/其余用例');
let ok = true;
for (const s of score(results)) {
  const pass = s.precision >= 0.95 && s.recall >= 0.9;
  if (!pass) ok = false;
  console.log(s.rule.padEnd(20) + String(s.tp).padStart(5) + String(s.fp).padStart(5) + String(s.fn).padStart(5) + `  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.positives}/${s.negatives}${pass ? '' : '  ← 未达标'}`);
}
const bad = results.filter((r) => r.missed.length || r.extra.length);
if (bad.length) {
  console.log('\n不一致的用例：');
  for (const r of bad) {
    console.log(`- ${r.fixture.file} / ${r.fixture.name}`);
    for (const m of r.missed) console.log(`    漏报 ${m.rule} ${m.text ?? ''}`);
    for (const e of r.extra) console.log(`    误报 ${e.rule} “${e.text}” ${e.message}`);
  }
}
process.exit(ok ? 0 : 1);
