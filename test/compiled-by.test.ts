// compiledBy: a check's regexes are built once per distinct option value, whether the
// options come back as the same object, as a fresh object of the same fields, or as an
// equal copy from another pack; different options never share what was built.
import { strict as assert } from 'node:assert';
import { compiledBy } from '../server/src/engine/run/compiled';

describe('compiledBy', () => {
  it('builds once for the same fields, again for different ones', () => {
    const built: string[][] = [];
    const regexOf = compiledBy((o: { words: string[]; flags: string }) => {
      built.push(o.words);
      return new RegExp(o.words.join('|'), o.flags);
    });
    const words = ['同比增长', '环比下降'];
    const a = regexOf({ words, flags: 'g' });
    // A fresh options object of the very same fields (ctx.options spreads them each run).
    assert.equal(regexOf({ words, flags: 'g' }), a);
    // An equal copy from elsewhere: the same value, by its JSON.
    assert.equal(regexOf({ words: ['同比增长', '环比下降'], flags: 'g' }), a);
    assert.equal(built.length, 1);
    // Different values, fields in another order, a changed list: built anew.
    const b = regexOf({ words, flags: 'y' });
    assert.notEqual(b, a);
    assert.equal(b.flags, 'y');
    const c = regexOf({ words: [...words, '持平'], flags: 'g' });
    assert.ok(c.test('与去年持平'));
    assert.ok(!a.test('与去年持平'));
    assert.equal(regexOf({ words, flags: 'g' }), a);
    assert.equal(built.length, 3);
  });

  it('tells arrays from objects and lists of different lengths apart', () => {
    const size = compiledBy((o: unknown) => JSON.stringify(o).length);
    assert.equal(size(['共', '计']), 9);
    assert.equal(size({ 0: '共', 1: '计' }), 17);
    assert.equal(size(['共']), 5);
    assert.equal(size(['共', '计', '']), 12);
  });
});
