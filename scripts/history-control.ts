// A negative control for the history/* rules: every document of the evaluation corpus checked
// against an unrelated one (the next in the listing) as if it were last year's report. Two
// different units' reports share no figures and no passages, so every finding here is a false
// alarm. Never reads the latest sealed round (eval/*/sealed3). Run: npx tsx scripts/history-control.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine/index';
import { kindOfPath } from '../server/src/project/files';
import { loadPack } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { loadSegmenter } from '../server/src/segmenters/index';

const ROOT = join(__dirname, '..');
const SETS = ['real', 'real/sealed', 'real/sealed2', 'blind', 'blind/sealed', 'blind/sealed2'];
const RULES = new Set(['history/restated', 'history/growth', 'history/copied', 'history/stale-date']);

const config = loadPack('work-summary', ROOT, nodeHost({ builtinDir: join(ROOT, 'rules') })).config;
const segmenter = loadSegmenter();
const docs = SETS.flatMap((set) =>
  readdirSync(join(ROOT, 'eval', set))
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => ({
      path: `eval/${set}/${f}`,
      kind: kindOfPath(f),
      // Line 1 is the SOURCE line, blanked as the evaluation blanks it.
      text: readFileSync(join(ROOT, 'eval', set, f), 'utf8').replace(/^[^\n]*/, (l) => ' '.repeat(l.length)),
    })),
);
const counts: Record<string, number> = {};
docs.forEach((d, i) => {
  const prev = docs[(i + 1) % docs.length];
  const { findings } = lint(d.text, { kind: d.kind, config, segmenter, only: RULES, previous: { text: prev.text, kind: prev.kind } });
  for (const f of findings) {
    counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
    console.log(`${d.path}:${d.text.slice(0, f.start).split('\n').length} (against ${prev.path}) ${f.ruleId}: ${f.message}`);
  }
});
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`${docs.length} unrelated pairs: ${total} history/* findings${total ? ` (${JSON.stringify(counts)})` : ''}`);
