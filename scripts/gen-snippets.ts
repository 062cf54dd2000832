// Keeps the disable-comment snippets' rule choices in step with the rules:
// rewrites the `${1|…|}` choice list in snippets/*.json from the rule metadata.
// Run after adding a rule: npx tsx scripts/gen-snippets.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/engine/checks/index';

const ids = RULES.map((r) => r.id).join(',');
for (const name of ['markdown', 'plaintext']) {
  const file = join(__dirname, '..', 'snippets', `${name}.json`);
  const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { body: string[] }>;
  for (const s of Object.values(snippets)) s.body = s.body.map((l) => l.replace(/shengao-disable-next \$\{1\|[^|]*\|\}/, `shengao-disable-next \${1|${ids}|}`));
  writeFileSync(file, JSON.stringify(snippets, null, 2));
  console.log(`updated ${file}`);
}
