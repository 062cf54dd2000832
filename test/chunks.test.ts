// Reading a Markdown draft chunk by chunk (plain paragraphs without remark, cached
// chunks from the last run) must give exactly the blocks of one whole remark parse.
import { blankNonProse } from '../server/src/engine/reader/nonprose';
import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { readMarkdown, parseBlocks } from '../server/src/engine/reader/blocks';
import { splitChunks, plainPieces } from '../server/src/engine/reader/chunks';
import { RunMemo, type ChunkBlocks } from '../server/src/engine/run/cache';
import type { Block } from '../server/src/engine/types';

const RUNS = Number(process.env.SHENGAO_PROP_RUNS ?? 150);

// Lines a Chinese draft in Markdown is made of, with every construct that could make
// a chunk depend on its neighbours (fences, HTML, definitions, lazy lines, setext…).
const LINES = [
  '今年以来，我局坚持稳中求进工作总基调，各项工作取得新成效。',
  '全年完成固定资产投资12.6亿元，同比增长8.3%。',
  '　　一是强化理论武装，组织集中学习24次。',
  '二是狠抓作风建设，开展专项整治3轮。',
  '# 县统计局2024年工作总结',
  '## 一、主要工作及成效',
  '### （一）加强党的建设',
  '##  （二）两个空格后的标题',
  '####### 七个井号不是标题',
  '#井号后无空格',
  '## 带结尾井号的标题 ##',
  '#',
  '1．严格落实“三会一课”制度。',
  '1. 完善统计调查制度',
  '2) 规范数据报送流程',
  '- 加强队伍建设',
  '* 推进数字化转型',
  '+ 抓好安全生产',
  '  续行：分两个阶段实施',
  '    缩进的代码行',
  '> 引用：坚持问题导向',
  '| 指标 | 完成 |',
  '|---|---|',
  '| 收入 | 3.2亿元 |',
  '指标 | 完成',
  '--- | ---',
  '```',
  '~~~',
  '```js',
  '<!-- shengao-disable terms/preferred -->',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '[依据]: http://example.cn/a',
  '[^1]: 注释内容',
  '见[依据]和[^1]。',
  '**重点**工作要*落实*到位。',
  '`代码`与\\*转义\\*',
  '访问 www.example.cn 或 https://example.cn/x 了解',
  '联系 tongji@example.cn',
  '~~删除~~的内容',
  '行尾两个空格  ',
  '行尾一个空格 ',
  '制表\t分隔',
  '===',
  '---',
  '***',
  '2024年全县生产总值增长6.1%',
  '&amp; 与 &#x4e2d;',
  '\uFEFF字节序标记',
  '',
  '',
  '',
  '   ',
];
const EOL = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const draft = fc.array(fc.tuple(fc.constantFrom(...LINES), EOL), { maxLength: 40 }).map((ls) => ls.map(([l, e]) => l + e).join(''));
// Mostly prose and blank lines: the drafts that do fall into chunks.
const chunkyDraft = fc
  .array(fc.tuple(fc.constantFrom(...LINES.slice(0, 4), ...LINES.slice(0, 4), ...LINES.slice(0, 25), '', '', '', '', '', '', '', '', ''), EOL), {
    minLength: 4,
    maxLength: 40,
  })
  .map((ls) => ls.map(([l, e]) => l + e).join(''));

// One whole parse of the draft's prose (front matter and site-generator tags blanked first, as readMarkdown does).
function same(text: string, got: Block[]): void {
  assert.deepStrictEqual(got, parseBlocks(blankNonProse(text)), JSON.stringify(text));
}

describe('chunked Markdown reading', function () {
  this.timeout(60_000);

  it('gives exactly the blocks of one whole parse (any draft)', () => {
    fc.assert(
      fc.property(draft, (t) => same(t, readMarkdown(t))),
      { numRuns: RUNS * 2 },
    );
  });

  it('gives exactly the blocks of one whole parse (drafts that fall into chunks)', () => {
    fc.assert(
      fc.property(chunkyDraft, (t) => same(t, readMarkdown(t))),
      { numRuns: RUNS * 2 },
    );
  });

  it('with a cache, every version of an edited draft reads as a whole parse would', () => {
    const edit = fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom('', '加强', '\n\n', '\n', '1. ', '# ', '```\n', '*', '12个', '\r\n'));
    fc.assert(
      fc.property(chunkyDraft, fc.array(edit, { maxLength: 12 }), (start, edits) => {
        const cache = new RunMemo<ChunkBlocks>();
        let t = start;
        same(t, readMarkdown(t, cache));
        cache.sweep();
        for (const [at, del, ins] of edits) {
          const p = t.length ? at % (t.length + 1) : 0;
          t = t.slice(0, p) + ins + t.slice(p + del);
          same(t, readMarkdown(t, cache));
          cache.sweep();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the generators reach chunked drafts, plain paragraphs and cache hits', () => {
    const sample = fc.sample(chunkyDraft, { numRuns: 200, seed: 7 });
    const chunked = sample.filter((t) => (splitChunks(t)?.length ?? 0) > 2);
    assert.ok(chunked.length > 60, `only ${chunked.length} of 200 drafts fall into chunks`);
    const plain = chunked.filter((t) => splitChunks(t)!.some((c) => plainPieces(t, c)?.some((p) => p.kind === 'paragraph')));
    assert.ok(plain.length > 40, `only ${plain.length} drafts have a plain paragraph`);
  });

  it('a draft that is not chunkable is parsed whole (fence, HTML block, definition, BOM)', () => {
    for (const t of [
      '正文。\n\n```\n代码\n\n仍是代码\n```\n',
      '<!--\n注释\n\n仍是注释\n-->\n正文',
      '见[依据]。\n\n[依据]: http://a.cn\n',
      '\uFEFF正文\n\n第二段',
    ]) {
      assert.equal(splitChunks(t), undefined, t);
      same(t, readMarkdown(t));
    }
    // A complete one-line comment does not stop chunking (inline suppressions are common).
    assert.ok(splitChunks('<!-- shengao-disable -->\n正文。\n\n第二段。\n'));
  });

  it('cuts only before a column-0 line after a blank line', () => {
    const t = '一、总体情况\n\n- 列表项\n\n  续行仍属列表\n\n第二段\n\n\n第三段';
    const cuts = splitChunks(t)!.map((c) => t.slice(c.start, c.end));
    assert.deepEqual(cuts, ['一、总体情况\n\n', '- 列表项\n\n  续行仍属列表\n\n', '第二段\n\n\n', '第三段']);
  });

  it('reuses unchanged chunks: an edit re-reads only the chunk it touched', () => {
    const paras = Array.from({ length: 30 }, (_, i) => (i % 2 ? `## （${i}）第${i}项工作` : `完成投资${i + 3}亿元，同比增长${i}%。`));
    const t1 = paras.join('\n\n');
    const cache = new RunMemo<ChunkBlocks>();
    readMarkdown(t1, cache);
    cache.sweep();
    const t2 = t1.replace('第7项', '第七项').replace('完成投资9亿元', '完成投资九亿元');
    const got = readMarkdown(t2, cache);
    same(t2, got);
    // A heading between two plain paragraphs is its own run: 28 chunks came from the
    // cache, the edited heading and the edited paragraph were read anew.
    assert.deepEqual([cache.hits, cache.misses, cache.size], [28, 2, 30]);
  });
});
