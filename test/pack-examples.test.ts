// Every built-in pack runs its own examples (what `shengao packs test` does).
import { strict as assert } from 'node:assert';
import { runPackExamples } from '../server/src/packs/selftest';
import { RULES } from '../server/src/engine/checks/index';
import { pack } from './helpers';
import { loadSegmenter } from '../server/src/segmenters/index';

for (const name of ['work-summary', 'debriefing', 'party-building']) {
  describe(`pack examples: ${name}`, () => {
    const results = runPackExamples(pack(name), loadSegmenter());
    it('has examples', () => assert.ok(results.length > 0));
    for (const r of results) {
      it(`${r.example.name ?? r.example.origin}`, () => assert.ok(r.ok, `${r.example.origin}: ${r.problems.join('；')}`));
    }
  });
}

describe('pack examples cover every rule', () => {
  // engine/* reports the engine's own limits (size caps, nesting guards), not the draft's content.
  it('each content rule id is expected by at least one built-in example', () => {
    const expected = new Set(['work-summary', 'debriefing', 'party-building'].flatMap((n) => pack(n).examples.flatMap((e) => e.expect ?? [])));
    const missing = RULES.map((r) => r.id).filter((id) => !id.startsWith('engine/') && !expected.has(id));
    assert.deepEqual(missing, []);
  });
});
