// Regenerates rules/schema.json from the rules' metadata.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from '../server/src/packs/schema.js';
import { RULES } from '../server/src/engine/checks/index.js';

const file = join(__dirname, '..', 'rules', 'schema.json');
writeFileSync(file, JSON.stringify(buildSchema(RULES), null, 2) + '\n');
console.log(`wrote ${file}`);
