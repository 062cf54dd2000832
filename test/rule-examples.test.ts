// Every rule's before/after example (RuleMeta.example) is shown in docs/rules.md, in SARIF help
// and in hovers; here each one is run: the "bad" text must draw the rule, the "good" text must not.
// The examples are plain text, as a writer pastes them.
import { strict as assert } from 'node:assert';
import { RULES } from '../server/src/engine/index';
import { check } from './helpers';

describe('rule examples (docs, SARIF, hover) are true', () => {
  for (const rule of RULES) {
    const ex = rule.example;
    if (!ex) continue;
    for (const kind of ['text'] as const) {
      it(`${rule.id} (${kind}): the bad example is reported, the good one is not`, () => {
        const bad = check(ex.bad, { kind }).findings.filter((f) => f.ruleId === rule.id);
        assert.ok(bad.length > 0, `${rule.id} not reported on its own bad example:\n${ex.bad}`);
        const good = check(ex.good, { kind }).findings.filter((f) => f.ruleId === rule.id);
        assert.deepEqual(good.map((f) => f.message), [], `${rule.id} reported on its own good example:\n${ex.good}`);
      });
    }
  }

  it('every rule but the engine’s own notes has an example', () => {
    const missing = RULES.filter((r) => !r.example && !r.id.startsWith('engine/limits')).map((r) => r.id);
    assert.deepEqual(missing, []);
  });
});
