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
    assert.deepEqual(r.plans.map((p) => p.status), ['followed', 'followed', 'unmatched', 'unmatched']);
    const first = r.plans[0];
    assert.equal(lastText.split('\n')[first.lastRange.start.line].slice(first.lastRange.start.character, first.lastRange.start.character + 8), '办好全民阅读活动');
    assert.ok(first.candidates[0].words.includes('书香'));
    assert.equal(first.candidates[0].range.start.line, 3);
  });
});
