// Language-server resilience over stdio: a throwing check is isolated and logged once,
// a 1,000-change burst leaves no backlog, cancellation is honoured, closing clears.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, ensureBuilt, tempWorkspace, uriOf } from './lsp-client';

// A skipped number (4.), an unfilled placeholder (XX) and a misspelt term (布署).
const DRAFT = [
  '2024年度办公室工作总结',
  '一、主要工作及成效',
  '1.完善制度建设。全年修订制度9项，XX科室牵头落实。',
  '2.加强值班管理。对节假日值班作了布署，全年未发生漏岗。',
  '4.做好后勤保障。全年保障会议126场次。',
  '二、存在的问题',
  '信息化水平不高。',
  '三、下步工作打算',
  '推进办公自动化。',
  '',
].join('\n');

function codes(d: Diagnostic[]): string[] {
  return [...new Set(d.map((x) => String(x.code)))].sort();
}

function logs(client: TestClient): string[] {
  return client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
}

describe('language server resilience', function () {
  this.timeout(120_000);
  before(() => ensureBuilt());

  describe('a check that throws (SHENGAO_TEST_THROW=outline/sequence)', () => {
    let client: TestClient;
    let ws: string;
    before(async () => {
      ws = tempWorkspace({ '总结.txt': DRAFT });
      client = new TestClient({ root: ws, env: { SHENGAO_TEST_THROW: 'outline/sequence', SHENGAO_SEGMENTER: 'basic' } });
      await client.initialize();
    });
    after(async () => {
      await client.close();
      rmSync(ws, { recursive: true, force: true });
    });

    it('the other checks’ findings are still published; the error is logged once with the rule id', async () => {
      const uri = uriOf(join(ws, '总结.txt'));
      client.open(uri, DRAFT);
      const d = await client.diagnostics(uri, (x) => x.length > 0);
      assert.ok(codes(d).includes('text/placeholder') && codes(d).includes('terms/preferred'), codes(d).join(','));
      assert.ok(!codes(d).includes('outline/sequence'));
      // Three more runs of the same failing check: still one log line.
      for (let i = 0; i < 3; i++) {
        const v = client.change(uri, DRAFT + `\n补充说明第${i + 1}条。`);
        await client.until(() => client.latest(uri)?.version === v, `version ${v}`);
      }
      const failed = logs(client).filter((m) => m.includes('outline/sequence') && m.includes('出错'));
      assert.equal(failed.length, 1, logs(client).join('\n'));
      assert.match(failed[0], /SHENGAO_TEST_THROW=outline\/sequence/);
      assert.equal(client.proc.exitCode, null, 'server still running');
    });
  });

  describe('a check that fails under a project config (SHENGAO_TEST_THROW=numbers/percent)', () => {
    let client: TestClient;
    let ws: string;
    const CONFIG = 'name: 本单位\nrules:\n  numbers/percent:\n    options:\n      increaseWords: [增长, 提高]\n';
    before(async () => {
      ws = tempWorkspace({ '总结.txt': DRAFT, '.shengao.yaml': CONFIG });
      client = new TestClient({ root: ws, env: { SHENGAO_TEST_THROW: 'numbers/percent', SHENGAO_SEGMENTER: 'basic' } });
      await client.initialize();
    });
    after(async () => {
      await client.close();
      rmSync(ws, { recursive: true, force: true });
    });

    it('is shown on the config at the rule’s line, and the status names it (results incomplete)', async () => {
      const uri = uriOf(join(ws, '总结.txt'));
      client.open(uri, DRAFT);
      await client.diagnostics(uri, (x) => x.length > 0);
      const config = uriOf(join(ws, '.shengao.yaml'));
      const onConfig = await client.diagnostics(config, (x) => x.some((d) => d.message.includes('numbers/percent')), 'the failure on the config');
      const d = onConfig.find((x) => x.message.includes('numbers/percent'))!;
      assert.equal(d.range.start.line, 2, 'on the line that names the rule');
      assert.match(d.message, /规则 numbers\/percent 在 总结\.txt 上未能完成/);
      const failed = await client.until(
        () =>
          client.notifications
            .filter((n) => n.method === 'shengao/status')
            .map((n) => (n.params as { failed?: string[] }).failed ?? [])
            .find((f) => f.length),
        'a status naming the failed rule',
      );
      assert.ok(
        failed.some((f) => f.startsWith('numbers/percent')),
        failed.join('; '),
      );
    });
  });

  describe('bursts, cancellation and closing', () => {
    let client: TestClient;
    let ws: string;
    before(async () => {
      ws = tempWorkspace({ '总结.txt': DRAFT });
      client = new TestClient({ root: ws });
      await client.initialize();
    });
    after(async () => {
      await client.close();
      rmSync(ws, { recursive: true, force: true });
    });

    it('1,000 didChange notifications: the final version’s diagnostics win, no backlog', async () => {
      const uri = uriOf(join(ws, '总结.txt'));
      client.open(uri, DRAFT);
      await client.diagnostics(uri);
      const base = client.published.get(uri)!.length;
      let v = 0;
      let final: string;
      for (let i = 1; i <= 1000; i++) {
        // Only the last version has exactly 1,000 lines ending in “某某”.
        final = DRAFT + '某某\n'.repeat(i);
        v = client.change(uri, final);
      }
      const t0 = Date.now();
      const last = await client.until(() => (client.latest(uri)?.version === v ? client.latest(uri) : undefined), 'final version published', 60_000);
      const settle = Date.now() - t0;
      assert.equal(last!.diagnostics.filter((d) => d.code === 'text/placeholder').length, 1000 + 1);
      // No backlog: nothing older is published after the final version, and at most a few runs happened.
      await new Promise((r) => setTimeout(r, 1500));
      const burst = client.published.get(uri)!.slice(base);
      assert.equal(burst[burst.length - 1].version, v, 'the last publication is the final version');
      assert.ok(
        burst.every((p, i) => i === 0 || p.version! > burst[i - 1].version!),
        `out of order: ${burst.map((p) => p.version).join(',')}`,
      );
      assert.ok(burst.length <= 20, `published ${burst.length} times for 1,000 changes`);
      console.log(`      (1,000 changes → ${burst.length} publications; final one ${settle} ms after the last change)`);
    });

    it('closing a document clears its diagnostics', async () => {
      const uri = uriOf(join(ws, '总结.txt'));
      client.notify('textDocument/didClose', { textDocument: { uri } });
      const cleared = await client.until(
        () => (client.latest(uri)?.diagnostics.length === 0 ? client.latest(uri) : undefined),
        'empty diagnostics after close',
      );
      assert.deepEqual(cleared!.diagnostics, []);
      // A change burst just before closing must not resurrect diagnostics afterwards.
      const uri2 = uriOf(join(ws, '另一篇.txt'));
      client.open(uri2, DRAFT);
      await client.diagnostics(uri2);
      for (let i = 0; i < 50; i++) client.change(uri2, DRAFT + 'XX'.repeat(i));
      client.notify('textDocument/didClose', { textDocument: { uri: uri2 } });
      await client.until(() => client.latest(uri2)?.diagnostics.length === 0, 'cleared');
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual(client.latest(uri2)!.diagnostics, [], 'nothing published after close');
    });
  });

  describe('cancellation (pull diagnostics)', () => {
    let client: TestClient;
    let ws: string;
    before(async () => {
      ws = tempWorkspace({ '总结.txt': DRAFT });
      client = new TestClient({ root: ws, pull: true });
      await client.initialize();
    });
    after(async () => {
      await client.close();
      rmSync(ws, { recursive: true, force: true });
    });

    it('a cancelled diagnostic request is answered as cancelled, and the next one gets the result', async () => {
      const uri = uriOf(join(ws, '总结.txt'));
      client.open(uri, DRAFT);
      await client.diagnostics(uri);
      client.change(uri, DRAFT + '补充XX。\n');
      const cts = new CancellationTokenSource();
      const pending = client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, cts.token);
      cts.cancel();
      const err = await pending.then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(err instanceof ResponseError, 'answered with an error, not a result');
      assert.ok([-32800, -32802].includes(err.code), `code ${err.code}`);
      const d = await client.diagnostics(uri, (x) => x.filter((y) => y.code === 'text/placeholder').length === 2);
      assert.ok(d.length > 0);
      assert.equal(client.proc.exitCode, null);
    });
  });
});
