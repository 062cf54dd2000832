// The benchmark code works (no timing assertions here: benchmarks are never timed
// unit tests). Also pins the two engine shortcuts the benchmark relies on: clause-wise
// segmentation gives jieba's own result, and skipping GFM gives remark-gfm's tree.
import { strict as assert } from 'node:assert';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { loadFixtures, generateDraft, generateCorpus } from '../bench/generate';
import { draftToDocx, measureDocx } from '../bench/docx';
import { readDocx } from '../server/src/docx/index';
import { engineSetup, measureEngine, growthExponent, median, percentile, prhYaml } from '../bench/lib';
import { buildModel } from '../server/src/engine/model';
import { readMarkdown } from '../server/src/engine/reader/blocks';
import { loadSegmenter } from '../server/src/segmenters/index';
import { basicSegmenter } from '../server/src/engine/segmenter';
import { pack } from './helpers';

describe('bench', () => {
  const fx = loadFixtures();

  it('generates a deterministic Markdown work summary of about the asked size', () => {
    const a = generateDraft(fx, { chars: 10_000, seed: 3 });
    assert.equal(a, generateDraft(fx, { chars: 10_000, seed: 3 }));
    assert.notEqual(a, generateDraft(fx, { chars: 10_000, seed: 4 }));
    assert.ok(a.length >= 10_000 && a.length < 11_500, `length ${a.length}`);
    assert.match(a, /^# .+2024年工作总结\n/);
    assert.match(a, /\n## [一二三四五六七八九十]+、存在的问题\n/);
    assert.match(a, /\n## [一二三四五六七八九十]+、下步工作打算\n/);
    // Figures are redrawn per use: no verbatim repeats of a paragraph with figures.
    const paras = a.split('\n\n').filter((p) => /[0-9]/.test(p) && !p.startsWith('#'));
    assert.ok(new Set(paras).size > paras.length * 0.9);
    // Percentages stay plausible.
    for (const m of a.matchAll(/([0-9.]+)%/g)) assert.ok(Number(m[1]) <= 100, m[0]);
  });

  it('corpus files spread over the asked range', () => {
    const c = generateCorpus(fx, 12, 2000, 10_000);
    assert.equal(c.length, 12);
    for (const t of c) assert.ok(t.length >= 2000 && t.length < 11_500, String(t.length));
    assert.ok(Math.max(...c.map((t) => t.length)) - Math.min(...c.map((t) => t.length)) > 2000);
  });

  it('runs the engine against the bare parse on a small draft', () => {
    const text = generateDraft(fx, { chars: 2000, seed: 2000 });
    const s = measureEngine(text, engineSetup(), 2, 0);
    assert.equal(s.parseMs.length, 2);
    assert.equal(s.engineMs.length, 2);
    assert.ok(s.parseMs.every((x) => x > 0) && s.engineMs.every((x) => x > 0));
    assert.deepEqual(s.failures, []);
    // The generated report is complete: every required section is recognised.
    assert.equal(s.byRule['structure/missing-section'] ?? 0, 0);
    assert.ok(s.findings > 0, 'the fixtures carry deliberate slips');
  });

  it('the Word bench: the generated .docx reads back with its headings numbered automatically', () => {
    const docx = draftToDocx(generateDraft(fx, { chars: 3000, seed: 5 }));
    const { text } = readDocx(docx);
    assert.match(text, /^# 一、/m);
    assert.match(text, /^# 二、/m);
    assert.match(text, /^注\d+：资料来源/m);
    assert.doesNotMatch(text, /删去的字/);
    const s = measureDocx(docx, 2, 0);
    assert.ok(s.readMs > 0 && s.parseMs > 0 && s.chars === text.length);
  });

  it('statistics: median, percentile, log-log growth', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95), 10);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50), 5);
    assert.ok(Math.abs(growthExponent([1e3, 1e4, 1e5].map((x) => ({ x, y: 3 * x }))) - 1) < 1e-9);
    assert.ok(Math.abs(growthExponent([1e3, 1e4, 1e5].map((x) => ({ x, y: x * x }))) - 2) < 1e-9);
  });

  it('turns the term list into a prh dictionary', () => {
    const yml = prhYaml([
      { prefer: '部署', avoid: ['布署'] },
      { prefer: '作为', avoid: ['做为'], followedBy: '牵头|主体' },
    ]);
    assert.match(yml, /expected: "部署"\n {4}patterns:\n {6}- "布署"/);
    assert.match(yml, /- "\/做为\(\?=牵头\|主体\)\/"/);
    assert.ok(pack().config.terms.length > 0 && prhYaml(pack().config.terms).split('expected:').length > 1);
  });
});

describe('engine shortcuts the benchmark measures', () => {
  const fx = loadFixtures();
  const texts = [
    generateDraft(fx, { chars: 6000, seed: 11 }),
    '一、主要工作\n（一）抓学习、强思想。全年组织理论学习中心组集体学习12次，“学习二十大·奋进新征程”宣讲7场；《县直机关党务工作应知应会100题》发放1200册。\n二是强化基本制度落实，不断提升标准化规范化水平！是否到位？\r\n三、下步工作打算：A级景区3个、5G基站120座，email: office@example.gov.cn',
  ];

  it('clause-wise segmentation equals segmenting the whole text', () => {
    const seg = loadSegmenter();
    assert.ok(seg.clauseLocal);
    for (const text of texts) {
      const model = buildModel(text, 'markdown', pack().config, seg);
      for (const b of model.blocks) {
        for (const t of [b.text, ...b.text.split(/(?<=[。；])/)]) assert.deepEqual(model.words(t), seg.tag(t), t);
      }
    }
  });

  it("tagging by cut + per-word tags equals jieba's own tag()", () => {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');

    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    const jieba = Jieba.withDict(dict);
    const seg = loadSegmenter();
    const samples = [
      ...texts,
      generateDraft(fx, { chars: 20_000, seed: 12 }),
      '两学一做 三会一课 5G基站 A级 12345热线 GDP增长6.5% 2023—2024年 “双报到” 乡村振兴 一岗双责',
    ];
    for (const text of samples) {
      for (const line of text.split('\n')) {
        if (!line) continue;
        assert.deepEqual(
          seg.tag(line),
          jieba.tag(line, true).map((w) => ({ word: w.word, tag: w.tag })),
          line,
        );
      }
    }
  });

  it('a draft without GFM characters parses to the same blocks with or without remark-gfm', () => {
    const plain = texts[0];
    assert.doesNotMatch(plain, /[|~@]/);
    const gfm = unified().use(remarkParse).use(remarkGfm).parse(plain);
    const bare = unified().use(remarkParse).parse(plain);
    assert.deepEqual(bare, gfm);
    // And a table still needs GFM: it is read as table rows.
    const blocks = readMarkdown('| 指标 | 数值 |\n| --- | --- |\n| 培训人次 | 6100 |\n');
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['tableRow', 'tableRow'],
    );
  });

  it('tagMany (one native jieba call per draft) gives each text exactly what tag() gives it', () => {
    const seg = loadSegmenter('node-rs-jieba');
    assert.ok(seg.tagMany);
    const draft = generateDraft(fx, { chars: 6_000, seed: 21 });
    const lines = draft.split('\n').filter(Boolean);
    // Plus texts that hold line breaks, spaces at the edges, Latin and figures, and a lone one.
    const texts = [...lines, '第一行\n第二行', ' 前面有空格', 'GDP增长6.5%，5G基站12个', '一', '“三会一课”制度'];
    const many = seg.tagMany!(texts);
    assert.equal(many.length, texts.length);
    texts.forEach((t, i) => assert.deepEqual(many[i], seg.tag(t), t));
    // And the basic segmenter, which has none, is asked text by text.
    assert.equal(basicSegmenter.tagMany, undefined);
  });
});
