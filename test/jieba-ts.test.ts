// jieba-ts (the pure-TypeScript port) against @node-rs/jieba as the oracle: the same
// words and the same tags, on report text and on random mixes of its hard parts.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { jiebaDictPath, loadSegmenter } from '../server/src/segmenters/index';
import type { Segmenter, TaggedWord } from '../server/src/engine/segmenter';
import { dirname, join } from 'node:path';
import { compileFromPackages, createJieba, dataPath, hashOf, loadJiebaTs } from '../server/src/segmenters/jieba-ts/index';
import { compile, lnExact } from '../server/src/segmenters/jieba-ts/compile';
import { lookup, openData, tagOf } from '../server/src/segmenters/jieba-ts/dict';
import { IntMap } from '../server/src/segmenters/jieba-ts/int-map';
import { lint } from '../server/src/engine/index';
import { loadFixtures, generateDraft } from '../bench/generate';
import { pack } from './helpers';

const REPORT = [
  '一、2024年第三季度工作总结',
  '',
  '第三季度，我局营业收入达3.2万元，同比增长12.5%，环比下降0.8个百分点；全年累计完成投资１２．５亿元，完成率１０３％。',
  '围绕“数字政府”建设，上线政务服务App 2个、小程序5个，GDP核算、5G基站布点和IPv6改造按计划推进，R&D投入占比2.15%。',
  '存在的主要问题：一是人手不足，专职人员仅3人；二是“最后一公里”问题仍然突出（详见附件1），三是部分台账更新不及时……',
  '\t下一步，我们将坚持问题导向，压实责任，确保12月31日前完成整改。联系人：张三丰（杭研大厦），电话0571-88886666，邮箱 zhangsf@example.gov.cn。',
  '生僻字测试：𠀀𠀁𪚥龘䶮犇猋骉，囧槑嘦嫑，丄丅丏両；全角空格　与半角空格 混排；Windows换行\r\n结束。',
  '「引号」『书名』《关于进一步加强基层党建工作的意见》【重要】——破折号、省略号……以及 C++、C#、Node.js、.NET 和 e-mail_2024。',
].join('\n');

/** Pieces the property draws from: numbers, units, English, full-width forms, whitespace, rare characters, punctuation. */
const PIECES = [
  '12.5%',
  '3.2万元',
  '第三季度',
  '同比增长',
  'GDP',
  'App',
  '5G',
  '１２．５',
  '１０３％',
  ' ',
  '　',
  '\n',
  '\r\n',
  '\t',
  '𠀀',
  '𪚥',
  '䶮',
  '龘',
  '“',
  '”',
  '「',
  '」',
  '（',
  '）',
  '《',
  '》',
  '、',
  '，',
  '。',
  '；',
  '：',
  '！',
  '？',
  '……',
  '——',
  '完成',
  '任务',
  '工作',
  '总结',
  '存在',
  '问题',
  '不足',
  '下一步',
  '推进',
  '落实',
  '张三丰',
  '杭研',
  '小明',
  '硕士',
  '毕业于',
  '中国科学院',
  '计算所',
  '的',
  '了',
  '和',
  '是',
  '在',
  '年',
  '月',
  '日',
  '个',
  '人',
  '次',
  '亿',
  '万',
  '元',
  '%',
  '.',
  '-',
  '_',
  '+',
  '#',
  '&',
  'C++',
  'IPv6',
  'abc',
  'ABC123',
  'x',
  '0',
  '7',
  '2024',
  'e-mail',
  '𠮷野家',
  '粤',
  '港',
  '澳',
  '大湾区',
  // Characters in neither the dictionary nor the HMM's emissions (their scores tie in the Viterbi), and
  // traditional characters only the HMM knows.
  '丄',
  '丅',
  '丏',
  '両',
  '俁',
  '倆',
  '亙',
  '傳',
  '傷',
];

const pairs = (xs: TaggedWord[]): string[] => xs.map((x) => `${x.word}/${x.tag}`);

describe('jieba-ts: a TypeScript jieba with @node-rs/jieba’s words and tags', function () {
  this.timeout(120000);
  let port: Segmenter;
  let native: Segmenter;
  before(() => {
    port = loadSegmenter('jieba-ts');
    native = loadSegmenter('node-rs-jieba');
  });

  it('tags a work report exactly as the native binding does, line by line and whole', () => {
    for (const line of REPORT.split('\n')) assert.deepEqual(pairs(port.tag(line)), pairs(native.tag(line)), line);
    const whole = port.tag(REPORT);
    assert.deepEqual(pairs(whole), pairs(native.tag(REPORT)));
    assert.equal(whole.map((w) => w.word).join(''), REPORT);
    // Dictionary words carry dict.txt's tag; others m (digits), eng (ASCII letters), x.
    const tagOf = (w: string) => whole.find((x) => x.word === w)?.tag;
    const dict = readFileSync(jiebaDictPath(), 'utf8');
    for (const w of ['第三季度', '同比', '营业收入', '基站']) assert.equal(tagOf(w), new RegExp(`^${w} \\d+ (\\w+)$`, 'm').exec(dict)?.[1], w);
    assert.equal(tagOf('12.5%'), 'm');
    assert.equal(tagOf('GDP'), 'eng');
    assert.equal(tagOf('杭研'), 'x', 'an unknown word the HMM joined');
    assert.ok(
      whole.some((x) => x.word === '𠀀𠀁𪚥' && x.tag === 'x'),
      'a run of Ext-B characters (outside the HMM’s range) is one unknown word',
    );
  });

  it('cuts as the native binding does, with and without the HMM', () => {
    const jieba = loadJiebaTs();

    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const raw = Jieba.withDict(readFileSync(jiebaDictPath()));
    for (const line of REPORT.split('\n')) {
      assert.deepEqual(jieba.cut(line, true), raw.cut(line, true), line);
      assert.deepEqual(jieba.cut(line, false), raw.cut(line, false), line);
    }
    assert.deepEqual(port.cut(REPORT), native.cut(REPORT));
  });

  it('splits runs of letters and digits among unknown characters as jieba-rs’s RE_SKIP does', () => {
    // Digits and letters next to characters outside the HMM's range (Ext A 㐀, Ext B 𠀀 as a surrogate pair,
    // compatibility ideographs 﨎), with one character then digits after them, and a trailing %.
    const texts = [
      '型号A7𠀀5%的设备',
      '㐀12.5%㐀',
      'v1.2.3版本',
      'x_1-2与3+4',
      '5G%覆盖率',
      '𠀀2024𠀀12',
      '﨎3﨎a1b2﨎%',
      'IPv6改造完成率100%',
      '编号AB12#34&56',
      '第3.2.1节',
      '㐀1𠀀2𠀀',
      'abc𠀀123%',
      '98.6%的㐀7%',
    ];
    for (const t of texts) assert.deepEqual(pairs(port.tag(t)), pairs(native.tag(t)), t);
  });

  it('keeps two unknown words apart when their texts hash alike', () => {
    // Letter-digit codes (unknown words, cached by a hash of their text) until two collide.
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const code = `q${i.toString(36)}`;
      const h = hashOf(code, 0, code.length);
      const other = seen.get(h);
      if (other) pair = [other, code];
      else seen.set(h, code);
    }
    const [a, b] = pair;
    const fresh = loadJiebaTs(); // caches of its own
    for (const t of [`设备编号${a}与${b}均已登记`, `${b}，${a}，${b}`]) {
      const words = pairs(fresh.tag(t));
      assert.deepEqual(words, pairs(native.tag(t)), t);
      assert.ok(words.includes(`${a}/eng`) && words.includes(`${b}/eng`), t);
    }
  });

  it('is asked text by text, as checks need words, and a draft gets the findings of one batch call', () => {
    // jieba-ts has no per-call cost to save, so it has no tagMany: the model tags each text
    // when a check first asks for it. The same draft with every text tagged up front (the
    // batching native bindings get) must give exactly the same findings.
    assert.equal(port.tagMany, undefined);
    const batched: Segmenter = { ...port, tagMany: (texts) => texts.map((t) => port.tag(t)) };
    const config = pack('work-summary').config;
    const draft = generateDraft(loadFixtures(), { chars: 20_000, seed: 7 });
    const lazy = lint(draft, { kind: 'markdown', config, segmenter: port });
    const eager = lint(draft, { kind: 'markdown', config, segmenter: batched });
    assert.ok(
      lazy.findings.some((f) => f.ruleId.startsWith('numbers/')),
      'the draft has figures for the checks to read',
    );
    assert.deepEqual(lazy.findings, eager.findings);
  });

  it('agrees with the native binding on random mixes of numbers, English, full-width forms, whitespace and rare characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(pairs(port.tag(text)), pairs(native.tag(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('follows jieba-rs on small dictionaries: repeated words, missing tags, equal route scores (larger end wins)', () => {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const hmm = readFileSync(join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/hmm_model.utf8'), 'utf8');
    const dicts = [
      // Frequency 0: every route through these words scores −∞, so all of them tie.
      '甲 0 n\n乙 0 v\n甲乙 0 a\n丙 10 n\n',
      // A repeated word keeps its first tag and takes its last frequency.
      '甲 0 n\n乙 0 v\n甲乙 0 a\n丙 10 n\n甲 5 q\n',
      // No tag at all.
      '甲乙 3 n\n丙 0\n年度 20 t\n总结 30 vn\n',
    ];
    for (const dict of dicts) {
      const native = Jieba.withDict(Buffer.from(dict));
      const port = createJieba(openData(compile(dict, hmm)));
      for (const s of ['甲乙', '甲乙丙', '丙甲乙甲', '甲乙乙甲丙丙', '年度总结：甲乙丙丁'])
        assert.deepEqual(pairs(port.tag(s)), pairs(native.tag(s, true).map((t) => ({ word: t.word, tag: t.tag }))), `${JSON.stringify(dict)} ${s}`);
    }
  });

  it('finds every word of a dictionary in its double-array trie with its tag, and no other string', () => {
    const hmm = readFileSync(join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/hmm_model.utf8'), 'utf8');
    // Words sharing prefixes (one node with many children, chains of one child), a character outside the BMP, ASCII.
    const chars = [...'工作总结述职报告年度计划完成情况问题整改措施下一步推进落实数字政府建设𠮷野家C+#.%0'];
    const word = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 300 }), fc.array(word, { maxLength: 50 }), (words, probes) => {
        const tags = ['n', 'v', 'vn', 'nz', 'eng'];
        const d = openData(compile(words.map((w, i) => `${w} ${i + 1} ${tags[i % tags.length]}`).join('\n'), hmm));
        words.forEach((w, i) => {
          const node = lookup(d, w, 0, w.length);
          assert.ok(node >= 0, w);
          assert.equal(d.tagNames[tagOf(d, node)], tags[i % tags.length], w);
        });
        const known = new Set(words);
        for (const p of probes) if (!known.has(p)) assert.equal(lookup(d, p, 0, p.length), -1, p);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps its word caches in an int map that finds what was added, across growth and clearing', () => {
    // Keys like trie slots and code units: spread, clustered, and colliding under the multiplicative hash.
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.oneof(
            fc.nat(800_000),
            fc.integer({ min: 0x4e00, max: 0x4e40 }),
            fc.nat(64).map((i) => i << 22),
          ),
          { maxLength: 3000 },
        ),
        fc.array(fc.nat(800_000), { maxLength: 200 }),
        (keys, probes) => {
          const m = new IntMap<string>();
          for (const k of keys) m.add(k, `w${k}`);
          assert.equal(m.size, keys.length);
          for (const k of keys) assert.equal(m.get(k), `w${k}`);
          const known = new Set(keys);
          for (const p of probes) assert.equal(m.get(p), known.has(p) ? `w${p}` : undefined);
          m.clear();
          assert.equal(m.size, 0);
          for (const k of keys.slice(0, 20)) assert.equal(m.get(k), undefined);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('the built data file is what the dictionary and HMM compile to today', function () {
    const file = dataPath();
    if (!file || !existsSync(file)) this.skip(); // not built: the segmenter compiled it in memory
    assert.ok(Buffer.from(compileFromPackages()).equals(readFileSync(file)), `${file} is stale: npm run build`);
  });

  it('takes ln(freq) correctly rounded, as the C library does (V8’s Math.log is an ulp off for some)', () => {
    // ln 3 = 1.09861228866810969139…: the nearest double is 1.0986122886681098.
    assert.equal(lnExact(3), 1.0986122886681098);
    assert.equal(lnExact(1), 0);
    assert.equal(lnExact(0), -Infinity);
    for (const n of [2, 10, 48, 74, 883634, 60101964]) assert.ok(Math.abs(lnExact(n) - Math.log(n)) <= Number.EPSILON * 32);
  });
});
