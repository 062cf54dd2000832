// Every case of test/fixtures/numbers/*.yaml must produce exactly its expected
// findings (rule + flagged text) from the numbers/metrics rules and text/placeholder.
import { strict as assert } from 'node:assert';
import { loadFixtures, runCase, score } from './numbers-harness';

const cases = loadFixtures();

describe('numbers fixtures', () => {
  it('has at least 60 cases, with no fewer negatives than positives, for every rule', () => {
    assert.ok(cases.length >= 60, `${cases.length} cases`);
    const negatives = cases.filter((c) => c.expect.length === 0).length;
    assert.ok(negatives >= cases.length - negatives, `${negatives} negatives of ${cases.length}`);
    for (const rule of ['numbers/sum', 'numbers/count', 'numbers/conflict', 'numbers/percent', 'metrics/missing', 'metrics/vague']) {
      assert.ok(
        cases.some((c) => c.expect.some((e) => e.rule === rule)),
        `positive case for ${rule}`,
      );
    }
  });

  for (const c of cases) {
    it(`${c.file} / ${c.name}`, () => {
      const r = runCase(c);
      const show = (xs: { rule: string; text?: string }[]) => xs.map((x) => `${x.rule} “${x.text ?? '*'}”`).join('; ');
      assert.deepEqual(
        { missed: show(r.missed), extra: show(r.extra) },
        { missed: '', extra: '' },
        `findings: ${r.found.map((f) => `${f.rule} “${f.text}” ${f.message}`).join(' | ') || '(none)'}`,
      );
    });
  }

  it('meets the targets: precision ≥ 0.95 and recall ≥ 0.9 for every rule', () => {
    for (const s of score(cases.map(runCase))) {
      assert.ok(s.precision >= 0.95, `${s.rule} precision ${s.precision}`);
      assert.ok(s.recall >= 0.9, `${s.rule} recall ${s.recall}`);
    }
  });
});
