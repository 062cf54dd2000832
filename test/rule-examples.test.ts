// Every rule's before/after example (RuleMeta.example) is shown in docs/rules.md, in SARIF help
// and in hovers; here each one is run: the "bad" text must draw the rule, the "good" text must not.
// The examples are plain text, as a writer pastes them.
import { strict as assert } from 'node:assert';
import { RULES, explainFinding } from '../server/src/engine/index';
import { check } from './helpers';

describe('rule examples (docs, SARIF, hover) are true', () => {
  for (const rule of RULES) {
    const ex = rule.example;
    if (!ex) continue;
    for (const kind of ['text'] as const) {
      it(`${rule.id} (${kind}): the bad example is reported, the good one is not`, () => {
        // Rules that compare with last year's report (history/*) get the example's.
        const previous = ex.previous;
        const bad = check(ex.bad, { kind, previous }).findings.filter((f) => f.ruleId === rule.id);
        assert.ok(bad.length > 0, `${rule.id} not reported on its own bad example:\n${ex.bad}`);
        const good = check(ex.good, { kind, previous }).findings.filter((f) => f.ruleId === rule.id);
        assert.deepEqual(
          good.map((f) => f.message),
          [],
          `${rule.id} reported on its own good example:\n${ex.good}`,
        );
      });
    }
  }

  it('every numbers rule explains its own finding on its bad example (the hover and the HTML report show these words)', () => {
    for (const rule of RULES.filter((r) => r.id.startsWith('numbers/'))) {
      assert.ok(rule.explain, `${rule.id} has no explain()`);
      const f = check(rule.example!.bad, { kind: 'text' }).findings.find((x) => x.ruleId === rule.id)!;
      const lines = explainFinding(f);
      assert.ok(lines.length > 0 && lines.every((l) => !/undefined|NaN|\[object/.test(l)), `${rule.id}: ${JSON.stringify(lines)}`);
    }
  });

  it('every rule but the engine’s own notes has an example', () => {
    const missing = RULES.filter((r) => !r.example && !r.id.startsWith('engine/limits')).map((r) => r.id);
    assert.deepEqual(missing, []);
  });
});
