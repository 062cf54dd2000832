// Literals finds what a regex alternation of the same forms finds, match for match.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Literals } from '../server/src/engine/text/literals';

/** Every match of `forms` in `text`, the way terms/preferred used to read them: one global regex. */
function byRegex(forms: string[], text: string): [number, string][] {
  const re = new RegExp(forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return [...text.matchAll(re)].map((m) => [m.index!, m[0]]);
}

function byLiterals(forms: string[], text: string): [number, string][] {
  const lit = new Literals(forms);
  const out: [number, string][] = [];
  for (let m = lit.next(text, 0); m; m = lit.next(text, m.index + m.form.length)) out.push([m.index, m.form]);
  return out;
}

describe('Literals: a regex alternation of literal forms, without the regex', () => {
  it('reads the longer of two forms that start at one place, and never overlaps matches', () => {
    const forms = ['布署会议', '布署', '做为', '为人民', '人民调节'].sort((a, b) => b.length - a.length);
    const text = '会上对全年工作作了布署，布署会议之后，各支部积极做为人民调节委员会服务。';
    assert.deepEqual(byLiterals(forms, text), [
      [9, '布署'],
      [12, '布署会议'],
      [24, '做为'],
      [26, '人民调节'],
    ]);
    assert.deepEqual(byLiterals(forms, text), byRegex(forms, text));
  });

  it('treats surrogate pairs and regex metacharacters as plain code units', () => {
    const forms = ['𠮷野', 'C++', '(试行)', '.NET'];
    const text = '在𠮷野家用C++和.NET开发，《办法(试行)》……𠮷';
    assert.deepEqual(byLiterals(forms, text), [
      [1, '𠮷野'],
      [6, 'C++'],
      [10, '.NET'],
      [20, '(试行)'],
    ]);
    assert.deepEqual(byLiterals(forms, text), byRegex(forms, text));
  });

  it('finds nothing with no forms, and nothing past the end', () => {
    assert.equal(new Literals([]).next('布署', 0), undefined);
    assert.equal(new Literals(['布署']).next('布署', 1), undefined);
  });

  it('agrees with the regex on random prose made of the forms’ pieces (fast-check)', () => {
    const piece = fc.constantFrom('布', '署', '做', '为', '人', '民', '调', '节', '会', '议', '，', '。', '𠮷', '野', 'C', '+', '(', ')');
    const form = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(form, { minLength: 1, maxLength: 12 }), fc.array(piece, { maxLength: 80 }), (fs, ps) => {
        const forms = [...fs].sort((a, b) => b.length - a.length);
        const text = ps.join('');
        assert.deepEqual(byLiterals(forms, text), byRegex(forms, text));
      }),
      { numRuns: 500 },
    );
  });
});
