// Property-based tests over the engine (fast-check), short budget; `npm run fuzz` runs the long one.
import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { loadSegmenter } from '../server/src/segmenters/index';
import { pack } from './helpers';
import { draft, kindArb, allProps, propRanges, propLineIndex, propFixes, type Env } from './fuzz/props';

const RUNS = Number(process.env.SHENGAO_PROP_RUNS ?? 150);

describe('engine properties (fast-check)', function () {
  this.timeout(60_000);
  let env: Env;
  before(() => {
    env = { config: pack('work-summary').config, segmenter: loadSegmenter() };
  });

  it('never throws; ranges inside the document and on character boundaries; deterministic; fixes are clean', () => {
    fc.assert(
      fc.property(draft, kindArb, (text, kind) => allProps(env, text, kind)),
      { numRuns: RUNS },
    );
  });

  it('LineIndex round-trips on arbitrary strings (lone CR, CRLF, surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '中', '𠮷', '\r', '\n', '\r\n', '\u3000', '\uFEFF'), maxLength: 60 }), (t) => propLineIndex(t)),
      { numRuns: RUNS * 2 },
    );
  });

  it('the generators reach the interesting cases (markers, surrogates, CR, fixes)', () => {
    // Guards against a generator that silently stops producing what the properties are about.
    const sample = fc.sample(draft, { numRuns: 300, seed: 42 });
    assert.ok(
      sample.some((t) => /[\uD800-\uDBFF]/.test(t)),
      'no surrogate pairs generated',
    );
    assert.ok(
      sample.some((t) => /\r(?!\n)/.test(t)),
      'no lone CR generated',
    );
    assert.ok(
      sample.some((t) => /(^|\n)（[一二三]）/.test(t)),
      'no （一） markers generated',
    );
    let fixes = 0;
    for (const t of sample.slice(0, 80)) fixes += propRanges(env, t, 'text').findings.filter((f) => f.fix?.safe).length;
    assert.ok(fixes > 10, `only ${fixes} safe fixes in 80 drafts`);
  });

  // Regression cases the fuzzer found are pinned here (see RELIABILITY.md).
  const REGRESSIONS: { name: string; text: string; kind: 'markdown' | 'text' }[] = [
    { name: 'BOM before a Markdown paragraph (offsets were one short)', text: '\uFEFF加强\n', kind: 'markdown' },
    { name: 'BOM before a Markdown heading', text: '\uFEFF# 一、总体情况\n\n正文。', kind: 'markdown' },
    { name: 'NUL read as U+FFFD by micromark (later text mapped onto one offset)', text: '\u0000\n一、\uFFFD\n', kind: 'markdown' },
    { name: '（一）、， : the whole punctuation run goes in one fix', text: '（一）、，加强学习\n', kind: 'markdown' },
    { name: '1、 takes the full-width dot its sibling uses', text: '１．加强学习\n2、完善制度\n', kind: 'markdown' },
    { name: 'half-width (一)， among mixed siblings', text: '(二）\n(一)，\n', kind: 'markdown' },
    { name: 'several slips in one run: only the first renumbers (三要 三要 三要)', text: '一、\n三要\n三要\n三要\n', kind: 'text' },
    { name: 'several slips in one run: 三、 一、 三、 after 1.', text: '1. \n三、\n一、\n三、\n', kind: 'text' },
    { name: 'mixed brackets and punctuation in one marker', text: '(二），加强学习\n', kind: 'text' },
    { name: 'two BOMs before a non-BMP character', text: '\uFEFF\uFEFF\n𠮷\n', kind: 'markdown' },
    { name: 'GFM e-mail autolink after [ (remark gives it no position)', text: '[a@b.cn\n', kind: 'markdown' },
    { name: 'GFM URL autolink after [ on the line before', text: '[\nhttp://a.b/c 某某\n', kind: 'markdown' },
    { name: 'an empty Markdown list item “1.” keeps its number (fuzz seed 526235245)', text: '1、\n3.abc\n', kind: 'markdown' },
    { name: 'renumbering next to an empty list item (fuzz seed 526235254)', text: '2、\n（三）\n1. \n（二）\n', kind: 'markdown' },
    { name: 'a list under a heading of its own kind is not renumbered from 一 unasked (fuzz seed 2121384701)', text: '一、\n# 四、\n二、\n', kind: 'markdown' },
  ];
  for (const r of REGRESSIONS) it(`regression: ${r.name}`, () => allProps(env, r.text, r.kind));
  void propFixes;
});
