// A LintCache carries parsing, segmentation and figure extraction over from one version
// of a document to the next (the language server keeps one per open document). Whatever
// the edits, a run with the cache must give exactly the findings of a run without it.
import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, createLintCache, basicSegmenter, type DocumentKind, type Finding } from '../server/src/engine/index';
import { loadSegmenter } from '../server/src/segmenters/index';
import { pack, ROOT, runFreshNode } from './helpers';

const RUNS = Number(process.env.SHENGAO_PROP_RUNS ?? 150);

const DRAFT = `# 县农业农村局2024年工作总结

今年以来，我局紧紧围绕乡村全面振兴目标，各项工作取得新进展。

## 一、主要工作及成效

### （一）稳住粮食生产

全年粮食播种面积52.3万亩，总产量21.6万吨，同比增长2.1%。全年培训党员干部320人次，其中科级干部150人次、一般干部160人次。

### （二）推进农村改革

1．完成农村集体产权制度改革，组建股份经济合作社126个。

2．培训高素质农民1200余人次，发展家庭农场86家。全年发展家庭农场84家。

## 二、存在的问题

对照年初目标，主要有三个方面的不足：一是农业基础设施仍较薄弱；二是农民增收渠道不多。

## 三、下一步工作打算

（一）抓好粮食生产，确保播种面积稳定在XX万亩以上。

（二）加快高标准农田建设，完成投资亿元。
`;

const EDITS = ['', '加强', '\n\n', '\n', '１．', '## ', '（三）', '12个', '全年培训1300人次。', '*', '，', '　　'];

function digest(fs: Finding[]): string[] {
  return fs.map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.severity} ${f.message} ${JSON.stringify(f.fix ?? null)} ${JSON.stringify(f.related ?? null)}`);
}

describe('lint cache (successive versions of one document)', function () {
  this.timeout(120_000);
  const config = pack('work-summary').config;
  const jieba = loadSegmenter();

  it('gives exactly the findings of an uncached run, edit after edit', () => {
    const edit = fc.tuple(fc.nat(), fc.nat(6), fc.constantFrom(...EDITS));
    fc.assert(
      fc.property(fc.constantFrom<DocumentKind>('markdown', 'text'), fc.array(edit, { minLength: 1, maxLength: 10 }), (kind, edits) => {
        const cache = createLintCache();
        let text = DRAFT;
        for (const [at, del, ins] of [[0, 0, ''] as const, ...edits]) {
          const p = at % (text.length + 1);
          text = text.slice(0, p) + ins + text.slice(p + del);
          const cached = lint(text, { kind, config, segmenter: jieba, cache });
          const fresh = lint(text, { kind, config, segmenter: jieba });
          assert.deepEqual(digest(cached.findings), digest(fresh.findings));
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('the fixture draft has findings of many rules, so the comparison means something', () => {
    const ids = new Set(lint(DRAFT, { kind: 'markdown', config, segmenter: jieba }).findings.map((f) => f.ruleId));
    for (const id of ['numbers/sum', 'numbers/conflict', 'numbers/count', 'text/placeholder']) assert.ok(ids.has(id), `${id} missing: ${[...ids].join(', ')}`);
  });

  it('re-reads only what changed: one edited paragraph of a long draft', () => {
    const long = Array.from({ length: 40 }, (_, i) => DRAFT.replace(/2024/g, String(1990 + i))).join('\n');
    const cache = createLintCache();
    lint(long, { kind: 'markdown', config, segmenter: jieba, cache });
    // Plain chunks and runs of other chunks; a chunk repeated word for word is read once.
    const units = cache.chunks.last.hits + cache.chunks.last.misses;
    assert.ok(units >= 40 * 10, `only ${units} chunks`);
    const edited = long.replace('组建股份经济合作社126个', '组建股份经济合作社128个');
    const r = lint(edited, { kind: 'markdown', config, segmenter: jieba, cache });
    assert.deepEqual(digest(r.findings), digest(lint(edited, { kind: 'markdown', config, segmenter: jieba }).findings));
    // One chunk was read again, one paragraph segmented again, its figures extracted again.
    assert.deepEqual(cache.chunks.last, { hits: units - 1, misses: 1 });
    // (A paragraph's lookup can miss twice: when the run segments every new paragraph at once, and when asked.)
    assert.ok(cache.words.last.misses <= 3, JSON.stringify(cache.words.last));
    // What the checks worked out per block came back for every other block.
    assert.ok(cache.blockFindings.last.hits > 300, JSON.stringify(cache.blockFindings.last));
    assert.equal(cache.quantities.last.misses, 1);
  });

  it('a different config (a rule option, an allow list) does not reuse findings of the old one', () => {
    const cache = createLintCache();
    const text = DRAFT + '\n对全年重点工作作了布署。\n';
    const before = lint(text, { kind: 'markdown', config, segmenter: jieba, cache });
    assert.ok(before.findings.some((f) => f.ruleId === 'terms/preferred'));
    const allowing = { ...config, allow: [...config.allow, '布署'], placeholders: { ...config.placeholders, allow: [...config.placeholders.allow, 'XX'] } };
    const after = lint(text, { kind: 'markdown', config: allowing, segmenter: jieba, cache });
    assert.deepEqual(digest(after.findings), digest(lint(text, { kind: 'markdown', config: allowing, segmenter: jieba }).findings));
    assert.ok(!after.findings.some((f) => f.ruleId === 'terms/preferred' && f.message.includes('布署')));
  });

  it('moves cached findings with their block when text before it changes', () => {
    const cache = createLintCache();
    const text = DRAFT + '\n对全年重点工作作了布署。\n';
    lint(text, { kind: 'markdown', config, segmenter: jieba, cache });
    const shifted = '# 前言\n\n补充说明一段文字。\n\n' + text;
    const r = lint(shifted, { kind: 'markdown', config, segmenter: jieba, cache });
    assert.ok(cache.blockFindings.last.hits > 10, JSON.stringify(cache.blockFindings.last));
    assert.deepEqual(digest(r.findings), digest(lint(shifted, { kind: 'markdown', config, segmenter: jieba }).findings));
    const term = r.findings.find((f) => f.ruleId === 'terms/preferred' && f.message.includes('布署'))!;
    assert.equal(shifted.slice(term.start, term.end), '布署');
    assert.equal(shifted.slice(term.fix!.edits[0].start, term.fix!.edits[0].end), '布署');
  });

  it('drops words of another segmenter (basic until jieba has loaded)', () => {
    const cache = createLintCache();
    const before = lint(DRAFT, { kind: 'markdown', config, segmenter: basicSegmenter, cache });
    const after = lint(DRAFT, { kind: 'markdown', config, segmenter: jieba, cache });
    assert.deepEqual(digest(after.findings), digest(lint(DRAFT, { kind: 'markdown', config, segmenter: jieba }).findings));
    assert.notDeepEqual(digest(before.findings), digest(after.findings), 'the two segmenters should differ on this draft');
  });

  it('the shipped example drafts lint the same with and without a cache', () => {
    for (const f of ['examples/2024年工作总结-信息中心.md', 'examples/2024年度机关党建工作总结.txt']) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      const kind: DocumentKind = f.endsWith('.md') ? 'markdown' : 'text';
      const cache = createLintCache();
      lint(text, { kind, config, segmenter: jieba, cache });
      const second = lint(text, { kind, config, segmenter: jieba, cache });
      assert.deepEqual(digest(second.findings), digest(lint(text, { kind, config, segmenter: jieba }).findings), f);
    }
  });

  it('keeps no old version of the document alive through cached chunks', function () {
    // Cached blocks live on across versions; if their texts were views into the version
    // they were read from, every edit would pin one more copy of the whole document.
    this.timeout(120_000);
    const script = [
      "const { lint, createLintCache } = require('./server/src/engine/index.ts');",
      "const { pack } = require('./test/helpers.ts');",
      "const config = pack('work-summary').config;",
      `const base = ${JSON.stringify(DRAFT)};`,
      // ~100k characters: the fixture's paragraphs, each copy numbered so no two chunks are equal.
      "let text = Array.from({ length: 280 }, (_, i) => base.replace(/2024/g, String(1900 + i)).replace(/52\\.3/g, String(i))).join('\\n');",
      'const cache = createLintCache();',
      "const run = () => { lint(text, { kind: 'markdown', config, cache }); };",
      'const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };',
      // Each edit changes one paragraph somewhere else in the draft.
      "const edit = (i) => { const at = text.indexOf('同比增长', (i * 7919) % (text.length - 50)); text = text.slice(0, at) + '较上年' + text.slice(at); run(); };",
      // Ten edits first, so the caches are full and swept as they will stay; then two windows of 30 edits. Pinned
      // versions pile up in both; the heap's one-off steps (a few MB, now and then, on a loaded machine) show in one.
      'run(); for (let i = 100; i < 110; i++) edit(i);',
      'const h0 = heap();',
      'for (let i = 0; i < 30; i++) edit(i);',
      'const h1 = heap();',
      'for (let i = 30; i < 60; i++) edit(i);',
      'const h2 = heap();',
      'console.log(JSON.stringify({ chars: text.length, growth: Math.min(h1 - h0, h2 - h1) }));',
    ].join('\n');
    const out = runFreshNode<{ chars: number; growth: number }>(script, { exposeGc: true });
    assert.ok(out.chars > 90_000, `draft of ${out.chars} characters`);
    // One version is 2 bytes a character; 30 pinned versions would be 30 of them.
    const version = out.chars * 2;
    // (Eight versions of slack: the heap measure is noisy on a loaded machine; thirty pinned versions are thirty.)
    assert.ok(
      out.growth < 8 * version,
      `heap grew ${(out.growth / 1048576).toFixed(1)} MB over each of two runs of 30 edits (a version is ${(version / 1048576).toFixed(2)} MB)`,
    );
  });
});
