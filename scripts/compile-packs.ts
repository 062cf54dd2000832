// Build step: parse and validate the built-in packs once, so the CLI and the
// language server start without parsing 80 KB of YAML (see PackHost.precompiled).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { precompile } from '../server/src/packs/loader.js';
import { packHash, PRECOMPILED_FILE } from '../server/src/packs/host.js';

const root = join(__dirname, '..');
const rules = join(root, 'rules');
const out: Record<string, unknown> = {};
for (const name of readdirSync(rules).filter((f) => f.endsWith('.yaml'))) {
  const file = join(rules, name);
  const text = readFileSync(file, 'utf8');
  out[name] = precompile(file, text, packHash(text));
}
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', PRECOMPILED_FILE), JSON.stringify(out));
console.log(`compiled ${Object.keys(out).length} built-in packs`);
