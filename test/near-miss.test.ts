// Near misses of fixed formulas (engine/text/near-miss.ts): one edit apart, anchored by either half.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { nearMisses, oneEditApart } from '../server/src/engine/text/near-miss';

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

describe('near misses of fixed formulas', () => {
  it('oneEditApart agrees with the edit distance on random short strings (fast-check)', () => {
    const s = fc.string({ unit: fc.constantFrom('社', '会', '主', '义', '网'), maxLength: 6 });
    fc.assert(fc.property(s, s, (a, b) => oneEditApart(a, b) === (distance(a, b) === 1)));
  });

  it('finds an added, a dropped and a changed character inside, never at the edge or on the formula itself', () => {
    const f = ['社会主义市场经济体制'];
    const at = (text: string) => nearMisses(text, f, new Set(f)).map((m) => text.slice(m.start, m.end));
    assert.deepEqual(at('完善社会网主义市场经济体制。'), ['社会网主义市场经济体制']);
    assert.deepEqual(at('完善社会主市场经济体制。'), ['社会主市场经济体制']);
    assert.deepEqual(at('完善社会主义市场经挤体制。'), ['社会主义市场经挤体制']);
    assert.deepEqual(at('完善社会主义市场经济体制，深化社会主义市场经济体系建设。'), []);
    assert.deepEqual(at('完善社会主义市场经济体制。'), []);
  });

  it('a window that is another known formula is none', () => {
    const f = ['党史学习教育x', '党纪学习教育x'];
    assert.deepEqual(nearMisses('开展党纪学习教育x。', f, new Set(f)), []);
  });
});
