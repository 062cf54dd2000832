// The language server's memory: `shengao/memory` reports where it is, and the server,
// however it is started (here: `node dist/server.js --stdio`, as Neovim/Emacs and the
// benchmark start it), holds no dictionary buffers once jieba is loaded.
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient, ensureBuilt, tempWorkspace, uriOf } from './lsp-client';
import { runFreshNode } from './helpers';
import { IDLE_COLLECT_MS, MEMORY_REQUEST, type MemoryReport } from '../server/src/lsp/memory';

const DRAFT = [
  '# 2024年度县卫生健康局工作总结',
  '',
  '## 一、主要工作完成情况',
  '',
  '全年累计完成固定资产投资12.6亿元，同比增长8.3%。组织开展安全生产大检查46次，排查整改隐患213处，培训XX人次。',
  '',
  '## 二、存在的问题',
  '',
  '基层医疗卫生服务能力仍然薄弱，专业技术人才队伍结构不够合理。',
  '',
  '## 三、下一步工作打算',
  '',
  '一是进一步加强党风廉政建设。二是扎实开展“三会一课”。',
  '',
].join('\n');

describe('language server memory', function () {
  this.timeout(60000);
  let client: TestClient;
  let ws: string;

  before(() => ensureBuilt());
  afterEach(async () => {
    await client?.close();
    if (ws) rmSync(ws, { recursive: true, force: true });
  });

  /** A server with `text` open as `name`, checked once with jieba loaded; the draft's uri. */
  async function openWithJieba(name: string, text: string): Promise<string> {
    ws = tempWorkspace({ [name]: text });
    const uri = uriOf(join(ws, name));
    client = new TestClient({ root: ws, settings: {} });
    await client.initialize();
    client.open(uri, text);
    await client.diagnostics(uri);
    await client.until(() => client.notifications.some((n) => (n.params as { segmenter?: string }).segmenter === 'jieba-ts'), 'jieba loaded');
    return uri;
  }

  it('shengao/memory accounts for the RSS; no dictionary buffers are held once jieba is loaded', async () => {
    await openWithJieba('总结.md', DRAFT);
    // Held for good, not garbage waiting for a collection (the code cache read at start-up, 1.6 MB, goes at the
    // server's first idle collection).
    await new Promise((r) => setTimeout(r, IDLE_COLLECT_MS + 500));
    const r = await client.request<MemoryReport>(MEMORY_REQUEST, {});
    for (const k of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'] as const) assert.ok(Number.isFinite(r[k]) && r[k] >= 0, k);
    assert.ok(r.spaces.old_space > 0 && r.spaces.new_space > 0, JSON.stringify(r.spaces));
    const v8 = Object.values(r.spaces).reduce((a, b) => a + b, 0);
    assert.ok(v8 < r.rss && r.heapUsed < r.rss, 'the V8 heap is part of the RSS');
    // The only Buffer held for good is jieba-ts's data (6.4 MB, read as typed arrays). Through
    // @node-rs/jieba/dict the server once also held dict.txt (4.8 MB) and idf.txt (5.9 MB).
    assert.ok(r.arrayBuffers < 8 * 1024 * 1024, `${(r.arrayBuffers / 1048576).toFixed(1)} MB of Buffers held`);
  });

  it('collects the garbage of its runs once it has been quiet for a moment', async () => {
    // A long draft leaves tens of MB of garbage per run; V8 alone returns it only after
    // ~10 s of quiet or later. The server collects IDLE_COLLECT_MS after its last run.
    const long = Array.from({ length: 120 }, (_, i) => DRAFT.replace(/2024/g, String(1900 + i)).replace(/12\.6/g, String(i + 0.5))).join('\n');
    const uri = await openWithJieba('汇编.md', long);
    // A few runs of the whole draft, as typing would cause.
    for (let k = 2; k <= 4; k++) {
      const v = client.change(uri, long.replace('基层医疗', `基层医疗${'卫生'.repeat(k)}`));
      await client.until(() => (client.latest(uri)?.version === v ? true : undefined), `run of version ${v}`);
    }
    const busy = await client.request<MemoryReport>(MEMORY_REQUEST, {});
    await new Promise((r) => setTimeout(r, IDLE_COLLECT_MS + 1500));
    const quiet = await client.request<MemoryReport>(MEMORY_REQUEST, {});
    const mb = (x: number) => (x / 1048576).toFixed(1);
    assert.ok(quiet.heapUsed < busy.heapUsed * 0.8, `heap in use ${mb(busy.heapUsed)} MB right after the runs, ${mb(quiet.heapUsed)} MB once quiet`);
  });

  it('caps the young generation once it holds the limit; uncapped, V8 grows it to 32 MB', () => {
    // Allocation with many survivors in short turns of the event loop, like a session of
    // edits (the cap is applied after garbage collections, between turns: one long
    // synchronous burst can still grow the space past it).
    const script = [
      "const v8 = require('v8');",
      "const { capYoungGeneration } = require('./server/src/lsp/memory.ts');",
      "if (process.argv[1] === 'cap') capYoungGeneration(4 * 1024 * 1024);",
      '(async () => {',
      '  let keep = [];',
      '  let max = 0;',
      '  for (let r = 0; r < 400; r++) {',
      "    for (let i = 0; i < 10000; i++) { keep.push({ i, word: '词' + i }); if (keep.length > 200000) keep = []; }",
      '    await new Promise((res) => setImmediate(res));',
      "    max = Math.max(max, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);",
      '  }',
      '  console.log(max);',
      '})();',
    ].join('\n');
    const young = (mode: string): number => {
      return runFreshNode<number>(script, { args: [mode] }) / 1048576;
    };
    const capped = young('cap');
    const free = young('free');
    assert.ok(free >= 16, `uncapped young generation: ${free} MB`);
    assert.ok(capped <= 8, `capped young generation: ${capped} MB (cap 4 MB, at most one doubling over)`);
  });
});
