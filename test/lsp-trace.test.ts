// The language server's shengao/trace request (behind the VS Code command
// "审稿：对照去年的工作打算"): last year's text in, plans with LSP ranges out.
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';
import { TestClient, ensureBuilt, tempWorkspace, uriOf } from './lsp-client';
import { TRACE_REQUEST, type TraceResponse } from '../server/src/lsp/protocol';

const PAIR = join(ROOT, 'test', 'fixtures', 'trace', '09-library');

describe('language server: shengao/trace', function () {
  this.timeout(60000);
  let client: TestClient;
  let ws: string;

  before(async () => {
    ensureBuilt();
    ws = tempWorkspace({ '2024年工作总结.txt': readFileSync(join(PAIR, 'this.txt'), 'utf8') });
    client = new TestClient({ root: ws, settings: {} });
    await client.initialize();
  });
  after(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it('answers with the plans, their status and the duties heading of the open draft', async () => {
    const uri = uriOf(join(ws, '2024年工作总结.txt'));
    client.open(uri, readFileSync(join(PAIR, 'this.txt'), 'utf8'));
    const lastText = readFileSync(join(PAIR, 'last.txt'), 'utf8');
    const r = await client.conn.sendRequest<TraceResponse | null>(TRACE_REQUEST, { uri, lastText, lastPath: join(PAIR, 'last.txt') });
    assert.ok(r);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.summary, { followed: 2, partial: 0, unmatched: 2 });
    assert.deepEqual(r.dutiesHeading, { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } });
    assert.deepEqual(
      r.plans.map((p) => p.status),
      ['followed', 'followed', 'unmatched', 'unmatched'],
    );
    const first = r.plans[0];
    assert.equal(
      lastText.split('\n')[first.lastRange.start.line].slice(first.lastRange.start.character, first.lastRange.start.character + 8),
      '办好全民阅读活动',
    );
    assert.ok(first.candidates[0].words.includes('书香'));
    assert.equal(first.candidates[0].range.start.line, 3);
  });

  it('answers with the history/* findings of the open draft against last year’s', async () => {
    const last = '2023年度工作总结\n一、主要工作\n全年新发展党员12名，化解矛盾纠纷286起。\n';
    const now =
      '2024年度工作总结\n一、主要工作\n全年新发展党员15名，较上年的10名增加5名；全年化解矛盾纠纷312起，同比增长12%。\n二、存在的问题\n队伍不稳定。\n三、下步工作打算\n一是年底前建成平台。\n';
    const uri = uriOf(join(ws, '2024年对照.txt'));
    client.open(uri, now);
    const r = await client.conn.sendRequest<TraceResponse | null>(TRACE_REQUEST, { uri, lastText: last, lastPath: join(ws, '2023.txt') });
    assert.ok(r?.history);
    assert.deepEqual(
      r.history.map((h) => [h.ruleId, h.severity]),
      [
        ['history/restated', 'warning'],
        ['history/growth', 'warning'],
      ],
    );
    const line = now.split('\n')[r.history[0].range.start.line];
    assert.equal(line.slice(r.history[0].range.start.character, r.history[0].range.end.character), '10名');
  });
});
