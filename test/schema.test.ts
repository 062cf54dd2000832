import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from '../server/src/packs/schema';
import { RULES } from '../server/src/engine/checks/index';

describe('rules/schema.json', () => {
  it('is generated from the rules’ metadata (run `npx tsx scripts/gen-schema.ts`)', () => {
    const onDisk = JSON.parse(readFileSync(join(__dirname, '..', 'rules', 'schema.json'), 'utf8'));
    assert.deepEqual(onDisk, JSON.parse(JSON.stringify(buildSchema(RULES))));
  });

  it('every rule id is unique, namespaced and documented', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+\/[a-z-]+$/);
      assert.ok(r.title && r.titleEn && r.rationale, r.id);
    }
  });
});

describe('docs/rules.md', () => {
  it('is generated from the rules’ metadata (run `npx tsx scripts/gen-docs.ts`)', () => {
    const { renderRuleDocs } = require('../server/src/engine/rule-docs');
    const onDisk = readFileSync(join(__dirname, '..', 'docs', 'rules.md'), 'utf8');
    assert.equal(onDisk, renderRuleDocs(RULES));
  });
});
