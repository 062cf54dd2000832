// Regenerates docs/rules.md from the rules' metadata.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRuleDocs } from '../server/src/engine/rule-docs.js';
import { RULES } from '../server/src/engine/checks/index.js';

const dir = join(__dirname, '..', 'docs');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'rules.md'), renderRuleDocs(RULES));
console.log('wrote docs/rules.md');
