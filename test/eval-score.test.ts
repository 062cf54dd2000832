// The evaluation's scoring (scripts/eval/score.ts): one finding per (rule, line) within ±1 line,
// document-level findings anywhere and only on whole documents.
import { strict as assert } from 'node:assert';
import type { EvalDoc, Expected } from '../scripts/eval/corpus';
import { loadSet } from '../scripts/eval/corpus';
import { pooled, scoreDoc, targets } from '../scripts/eval/score';
import { ROOT } from './helpers';

function doc(expected: Expected[], whole = true): EvalDoc {
  return { path: 'eval/real/x.txt', set: 'real', sealed: false, kind: 'text', source: 's', whole, genre: '其他', text: '', expected };
}

describe('eval scoring', () => {
  it('matches within one line, prefers the exact line, counts a duplicate (rule, line) once', () => {
    const d = doc([
      { rule: 'numbers/sum', line: 10, why: '' },
      { rule: 'numbers/sum', line: 11, why: '' },
    ]);
    const r = scoreDoc(d, [
      { rule: 'numbers/sum', line: 11, message: 'a' },
      { rule: 'numbers/sum', line: 11, message: 'a again' },
      { rule: 'numbers/sum', line: 9, message: 'b' },
    ]);
    // 10 could take 11 (±1), but 11 is exactly expected there: 10 gets 9.
    assert.deepEqual(r.tp.map((t) => [t.expected.line, t.found.line]).sort(), [
      [10, 9],
      [11, 11],
    ]);
    assert.equal(r.extra.length, 0);
    assert.equal(r.missed.length, 0);
  });

  it('two lines away is a miss and a false alarm; another rule never matches', () => {
    const r = scoreDoc(doc([{ rule: 'outline/sequence', line: 5, why: '' }]), [
      { rule: 'outline/sequence', line: 7, message: '' },
      { rule: 'outline/style', line: 5, message: '' },
    ]);
    assert.equal(r.tp.length, 0);
    assert.deepEqual(
      r.missed.map((m) => m.line),
      [5],
    );
    assert.deepEqual(r.extra.map((f) => f.rule).sort(), ['outline/sequence', 'outline/style']);
  });

  it('a missing part matches anywhere, once per part, and is not scored on a cut document', () => {
    const expected: Expected[] = [{ rule: 'structure/missing-section', line: 'doc', why: '' }];
    const found = [
      { rule: 'structure/missing-section', line: 30, message: '缺少“存在的问题”部分' },
      { rule: 'structure/missing-section', line: 30, message: '缺少“下步工作打算”部分' },
    ];
    const whole = scoreDoc(doc(expected), found);
    assert.equal(whole.tp.length, 1);
    // The second missing part is the same complaint split in two: not a false alarm of a document marked for it.
    assert.equal(whole.extra.length, 0);
    // …while on a document marked for nothing it is.
    assert.equal(scoreDoc(doc([]), found).extra.length, 2);
    const cut = scoreDoc(doc(expected, false), found);
    assert.deepEqual([cut.tp.length, cut.extra.length, cut.missed.length], [0, 0, 0]);
  });

  it('an empty title on the last line of a cut document is the cut, not a finding; elsewhere it counts', () => {
    const text = '\n一、主要工作\n全年办件320件。\n二、存在的问题\n'; // lines 2–4 (line 1 is SOURCE)
    const d = (whole: boolean): EvalDoc => ({ ...doc([], whole), text });
    const atEnd = [{ rule: 'structure/empty-section', line: 4, message: '' }];
    assert.equal(scoreDoc(d(false), atEnd).extra.length, 0);
    assert.equal(scoreDoc(d(true), atEnd).extra.length, 1);
    assert.equal(scoreDoc(d(false), [{ rule: 'structure/empty-section', line: 2, message: '' }]).extra.length, 1);
  });

  it('ignores rules outside the annotation scheme, and pools counts into the targets', () => {
    const r = scoreDoc(doc([{ rule: 'numbers/sum', line: 3, why: '' }]), [
      { rule: 'engine/limits', line: 1, message: '' },
      { rule: 'numbers/sum', line: 3, message: '' },
      { rule: 'numbers/conflict', line: 9, message: '' },
    ]);
    const p = pooled([r], (x) => x.startsWith('numbers/'), 'numbers/*');
    assert.deepEqual([p.tp, p.fp, p.fn], [1, 1, 0]);
    assert.equal(p.precision, 0.5);
    const t = targets([r]).find((x) => x.label.startsWith('numbers/*'))!;
    assert.equal(t.score.precision < t.min, true);
  });
});

describe('eval corpus', () => {
  it('loads: every document has its source line and an annotation naming known rules', () => {
    const real = loadSet(ROOT, 'real');
    const blind = loadSet(ROOT, 'blind');
    assert.ok(real.length >= 80 && blind.length >= 150, `${real.length} real, ${blind.length} blind`);
    assert.ok(real.filter((d) => d.kind === 'text').length >= 40 && real.filter((d) => d.kind === 'markdown').length >= 25);
    assert.ok(real.filter((d) => d.whole).length >= 30);
    for (const set of [real, blind]) {
      const sealed = set.filter((d) => d.sealed).length;
      assert.ok(sealed >= set.length / 4, `sealed ${sealed} of ${set.length}`);
    }
  });
});
