import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { readFileSync } from 'node:fs';
import { loadFixtures, generateDraft } from './generate';
const seed = readFileSync('/work/shared/seeds/000_251bbf68853c8951.txt', 'utf8');
const d = generateDraft(loadFixtures(), { chars: 10000, seed: 3 });
for (const [name, t] of [['seed4x', seed.repeat(4)], ['gen', d]] as const) {
  for (let k = 0; k < 5; k++) {
    const s = performance.now();
    for (let i = 0; i < 10; i++) unified().use(remarkParse).parse(t);
    console.log(name, t.length, ((performance.now() - s) / 10).toFixed(2));
  }
}
