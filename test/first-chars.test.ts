// firstChars / patternGate: the characters a pattern's matches can begin with, read from its
// source, let text/placeholder skip patterns a paragraph cannot match. Sound or nothing: a
// source it does not fully understand is "unknown", and that pattern always runs.
import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { firstChars, patternGate } from '../server/src/engine/text/first-chars';
import { pack } from './helpers';

const chars = (set: Set<number> | undefined) =>
  set
    ? [...set]
        .sort((a, b) => a - b)
        .map((c) => String.fromCharCode(c))
        .join('')
    : undefined;

describe('firstChars', () => {
  it('reads the first consuming item past assertions, through groups and alternatives', () => {
    assert.equal(chars(firstChars('某某', 'u')), '某');
    assert.equal(chars(firstChars('(?<=现将)年|(?<![0-9])年[ \\u3000]*月', 'u')), '年');
    assert.equal(chars(firstChars('(?=[Xx×])(?:(?<![A-Za-z])[Xx×]|(?<=年)[Xx])', 'u')), 'Xx×');
    assert.equal(chars(firstChars('_{2,}|＿{2,}|(?<=[\\u4e00-\\u9fff])_(?=[\\u4e00-\\u9fff])', 'u')), '_＿');
    assert.equal(chars(firstChars('(?:待|补)(?:充|填)', 'u')), '待补');
    assert.equal(chars(firstChars('\\d+项', 'u')), '0123456789');
    assert.equal(chars(firstChars('[a-c\\-]', 'u')), '-abc');
    assert.equal(chars(firstChars('\\u{4e00}|\\x41|\\.', 'u')), '.A一');
    assert.equal(chars(firstChars('\\bTODO', 'u')), 'T');
  });

  it('answers unknown for what it cannot bound', () => {
    for (const source of ['a?b', 'x*', '(a|)b', 'a{0,2}b', '[^a]', '\\s', '\\w+', '.', '[\\s,]', '\\1a', '^$', '(?i)a', '\\p{Script=Han}', '[\\d-z]', '😀'])
      assert.equal(firstChars(source, 'u'), undefined, source);
    // Case folding adds characters; RE2-style syntax is not read at all (linear patterns keep no gate).
    assert.equal(firstChars('abc', 'iu'), undefined);
  });

  it('every match of every built-in placeholder pattern begins with one of its first characters', () => {
    const patterns = pack('work-summary').config.placeholders.patterns.map((p) => p.pattern);
    const sets = patterns.map((p) => firstChars(p, 'u'));
    // The built-in patterns are all understood.
    assert.deepEqual(
      patterns.filter((_, i) => !sets[i]),
      [],
    );
    const alphabet = [...new Set([...patterns.join(''), ...'的一是在了工作完成开展全年同志现将等与和0123456789 \n'])];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (cs) => {
        const text = cs.join('');
        patterns.forEach((p, i) => {
          for (const m of text.matchAll(new RegExp(p, 'gu')))
            if (m[0]) assert.ok(sets[i]!.has(m[0].charCodeAt(0)), `${p} at ${m.index} of ${JSON.stringify(text)}`);
        });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('patternGate', () => {
  it('marks the patterns whose first characters a text holds, and the unknown ones always', () => {
    const gate = patternGate([
      new Set(['某'.charCodeAt(0)]),
      undefined,
      new Set(['X'.charCodeAt(0), '×'.charCodeAt(0)]),
      new Set(['某'.charCodeAt(0), '年'.charCodeAt(0)]),
    ]);
    assert.deepEqual([...gate('今年完成工作')], [0, 1, 0, 1]);
    assert.deepEqual([...gate('某某同志')], [1, 1, 0, 1]);
    assert.deepEqual([...gate('共××人')], [0, 1, 1, 0]);
    assert.deepEqual([...gate('')], [0, 1, 0, 0]);
  });

  it('works past 32 patterns', () => {
    const words = [...'一二三四五六七八九十百千万亿甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬'];
    const gate = patternGate(words.map((w) => new Set([w.charCodeAt(0)])));
    assert.equal(words.length, 40);
    const may = gate('冬至、甲子年、三月');
    assert.deepEqual(
      words.filter((_, i) => may[i]),
      ['三', '甲', '子', '冬'],
    );
  });
});
