// Protocol tests: the built server (dist/server.js) over stdio, driven by a
// JSON-RPC client the way an editor drives it.
import iconv from 'iconv-lite';
import { pathToFileURL } from 'node:url';
import { readDraft } from '../server/src/project/read-draft';
import { strToU8, zipSync } from 'fflate';
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { RULES } from '../server/src/engine/checks/index';
import { TestClient, ensureBuilt, tempWorkspace, uriOf } from './lsp-client';

// A realistic year-end summary with a non-BMP character (𠮷) before a placeholder on the
// same line, a misspelt term, a skipped number and no “存在的问题” section.
const DRAFT = [
  '2024年度机关党建工作总结',
  '',
  '一、履行职责情况',
  '1.强化理论武装。全年组织集中学习12次，𠮷安社区XX名党员参加专题培训。',
  '2.抓好队伍建设。对全年重点工作作了布署，新发展党员8名。',
  '4.推进作风建设。开展警示教育3场次，覆盖党员干部260人次。',
  '二、下步工作打算',
  '一是持续深化理论学习。',
  '二是加强支部规范化建设。',
  '',
].join('\n');

function ids(d: Diagnostic[]): string[] {
  return [...new Set(d.map((x) => String(x.code)))].sort();
}

/** Applies a code action's edit to `text`, checking it targets `uri` at `version`. */
function applyAction(action: CodeAction, uri: string, version: number, text: string): string {
  const changes = action.edit?.documentChanges as TextDocumentEdit[] | undefined;
  assert.ok(changes?.length, `action “${action.title}” has an edit`);
  const change = changes[0];
  assert.equal(change.textDocument.uri, uri);
  assert.equal(change.textDocument.version, version, 'edit computed for the current version');
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', version, text), change.edits);
}

describe('language server over stdio (push diagnostics)', function () {
  this.timeout(60000);
  let client: TestClient;
  let ws: string;
  let uri: string;
  let text: string;

  before(async () => {
    ensureBuilt();
    ws = tempWorkspace({ '年度总结.txt': DRAFT });
    uri = uriOf(join(ws, '年度总结.txt'));
    client = new TestClient({ root: ws, settings: {} });
    const init = await client.initialize();
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'no pull diagnostics for a client without the capability');
    assert.equal(init.serverInfo?.name, 'shengao');
    text = DRAFT;
    client.open(uri, text);
  });
  after(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it('publishes diagnostics with rule ids, UTF-16 ranges, links and severities', async () => {
    const diags = await client.diagnostics(uri);
    assert.deepEqual(ids(diags), ['outline/sequence', 'structure/missing-section', 'terms/preferred', 'text/placeholder']);
    const ph = diags.find((d) => d.code === 'text/placeholder')!;
    const line = DRAFT.split('\n')[3];
    const utf16 = line.indexOf('XX');
    const codePoints = [...line.slice(0, utf16)].length;
    assert.equal(utf16, codePoints + 1, '𠮷 is one code point but two UTF-16 units');
    assert.deepEqual(ph.range, { start: { line: 3, character: utf16 }, end: { line: 3, character: utf16 + 2 } });
    assert.equal(ph.severity, 1);
    assert.equal(ph.source, 'shengao');
    assert.match(ph.codeDescription!.href, /docs\/rules\.md#text-placeholder$/);
    const seq = diags.find((d) => d.code === 'outline/sequence')!;
    assert.equal(seq.severity, 2);
    assert.deepEqual(seq.range.start, { line: 5, character: 0 });
    assert.equal(client.latest(uri)!.version, 1);
  });

  it('a quick fix carries its diagnostic and version, and applying it removes the finding', async () => {
    const diags = await client.diagnostics(uri);
    const term = diags.find((d) => d.code === 'terms/preferred')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: term.range,
      context: { diagnostics: [term] },
    });
    const fix = actions.find((a) => a.title === '改为“部署”')!;
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(
      fix.diagnostics?.map((d) => d.code),
      ['terms/preferred'],
    );
    text = applyAction(fix, uri, client.version(uri), text);
    assert.ok(text.includes('作了部署'));
    const v = client.change(uri, text);
    const after = await client.diagnostics(uri, (d) => client.latest(uri)!.version === v && d.length > 0);
    assert.deepEqual(ids(after), ['outline/sequence', 'structure/missing-section', 'text/placeholder']);
  });

  it('"disable this rule" inserts the comment line and silences the rule there', async () => {
    const diags = await client.diagnostics(uri);
    const seq = diags.find((d) => d.code === 'outline/sequence')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: seq.range, context: { diagnostics: [seq] } });
    const disable = actions.find((a) => a.title.includes('停用 outline/sequence'))!;
    assert.ok(disable, actions.map((a) => a.title).join(' | '));
    const next = applyAction(disable, uri, client.version(uri), text);
    assert.equal(next.split('\n')[5], '<!-- shengao-disable-next outline/sequence -->');
    const v = client.change(uri, next);
    const after = await client.diagnostics(uri, () => client.latest(uri)!.version === v);
    assert.ok(!ids(after).includes('outline/sequence'));
    // Put the numbering problem back for the next tests.
    const v2 = client.change(uri, text);
    await client.diagnostics(uri, (d) => client.latest(uri)!.version === v2 && ids(d).includes('outline/sequence'));
  });

  it('inserts the missing section from the pack skeleton', async () => {
    const diags = await client.diagnostics(uri);
    const miss = diags.find((d) => d.code === 'structure/missing-section')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: miss.range,
      context: { diagnostics: [miss] },
    });
    const insert = actions.find((a) => a.title.startsWith('插入“存在的问题”'))!;
    assert.ok(insert);
    assert.notEqual(insert.isPreferred, true, 'inserting a section is not a safe fix');
    const next = applyAction(insert, uri, client.version(uri), text);
    assert.match(next, /二、存在的问题\n（一）/);
    assert.match(next, /三、下步工作打算/);
    const v = client.change(uri, next);
    const after = await client.diagnostics(uri, () => client.latest(uri)!.version === v);
    assert.ok(!ids(after).includes('structure/missing-section'), ids(after).join());
    text = next;
  });

  it('source.fixAll.shengao applies every safe fix', async () => {
    const before = await client.diagnostics(uri);
    assert.ok(ids(before).includes('outline/sequence'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.shengao');
    const next = applyAction(actions[0], uri, client.version(uri), text);
    assert.match(next, /\n3\.推进作风建设/);
    const v = client.change(uri, next);
    const after = await client.diagnostics(uri, () => client.latest(uri)!.version === v);
    assert.deepEqual(ids(after), ['text/placeholder']);
    text = next;
  });

  it('hover explains the rule: what, why, link — without repeating the message the editor shows above it', async () => {
    const diags = await client.diagnostics(uri);
    const ph = diags.find((d) => d.code === 'text/placeholder')!;
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: ph.range.start.line, character: ph.range.start.character + 1 },
    });
    const value = (hover.contents as { value: string }).value;
    const meta = RULES.find((r) => r.id === 'text/placeholder')!;
    assert.ok(value.includes(meta.title), value);
    assert.ok(value.includes(meta.rationale));
    assert.match(value, /\(file:\/\/[^)]*docs\/rules\.md#text-placeholder\)/);
    assert.ok(!value.includes(ph.message), value);
    const none = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.equal(none, null);
  });

  it('"allow this placeholder" writes to .shengao.yaml (creating it) and the finding goes', async () => {
    const diags = await client.diagnostics(uri);
    const ph = diags.find((d) => d.code === 'text/placeholder')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: ph.range, context: { diagnostics: [ph] } });
    const allow = actions.find((a) => a.command?.command === 'shengao.allowWord')!;
    assert.ok(allow, actions.map((a) => a.title).join(' | '));
    assert.deepEqual(
      allow.diagnostics?.map((d) => d.code),
      ['text/placeholder'],
    );
    const cfg = join(ws, '.shengao.yaml');
    assert.ok(!existsSync(cfg));
    const before = client.published.get(uri)!.length;
    await client.request('workspace/executeCommand', { command: allow.command!.command, arguments: allow.command!.arguments });
    assert.match(readFileSync(cfg, 'utf8'), /allow:\n {2}- "XX"/);
    const after = await client.diagnostics(
      uri,
      (d) => client.published.get(uri)!.length > before && !ids(d).includes('text/placeholder'),
      'placeholder allowed',
    );
    assert.deepEqual(ids(after), []);
  });

  it('a settings change (didChangeConfiguration + configuration request) changes severities', async () => {
    const v = client.change(uri, text.replace('3.推进', '5.推进'));
    await client.diagnostics(uri, (d) => client.latest(uri)!.version === v && ids(d).includes('outline/sequence'));
    const asked = client.configRequests;
    client.settings = { rules: { 'outline/sequence': 'error' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const d = await client.diagnostics(uri, (x) => x.some((y) => y.code === 'outline/sequence' && y.severity === 1), 'error severity');
    assert.ok(client.configRequests > asked, 'the server asked for the new settings');
    assert.equal(d.filter((y) => y.code === 'outline/sequence').length, 1);
    client.settings = { rules: { 'outline/sequence': 'off' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri, (x) => !x.some((y) => y.code === 'outline/sequence'), 'rule off');
    client.settings = {};
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri, (x) => x.some((y) => y.code === 'outline/sequence' && y.severity === 2), 'back to the pack severity');
  });

  it('a pack change (.shengao.yaml edited + didChangeWatchedFiles) changes findings', async () => {
    const cfg = join(ws, '.shengao.yaml');
    assert.ok(client.registrations.includes('workspace/didChangeWatchedFiles'), 'the server asked to watch pack files');
    writeFileSync(cfg, readFileSync(cfg, 'utf8') + 'rules:\n  outline/sequence: off\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(cfg), type: 2 }] });
    await client.diagnostics(uri, (x) => !x.some((y) => y.code === 'outline/sequence'), 'pack switched the rule off');
  });

  it('a broken pack is reported on the pack file; the draft keeps the last good pack', async () => {
    const cfg = join(ws, '.shengao.yaml');
    const good = readFileSync(cfg, 'utf8');
    writeFileSync(cfg, good.replace('outline/sequence: off', 'outline/sequense: off'));
    const before = client.published.get(uri)?.length ?? 0;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(cfg), type: 2 }] });
    const packDiags = await client.diagnostics(uriOf(cfg), (d) => d.length > 0, 'pack file diagnostic');
    const badLine = good.split('\n').findIndex((l) => l.includes('outline/sequence: off'));
    assert.equal(packDiags[0].range.start.line, badLine);
    assert.equal(packDiags[0].range.start.character, 2);
    assert.match(packDiags[0].message, /outline\/sequense/);
    assert.match(packDiags[0].message, /outline\/sequence/, 'suggests the right id');
    const status = await client.until(
      () =>
        client.notifications
          .filter((n) => n.method === 'shengao/status')
          .map((n) => n.params as { packError?: string })
          .reverse()
          .find((p) => p.packError),
      'status with packError',
    );
    assert.match(status.packError!, /sequense/);
    await client.until(() => (client.published.get(uri)?.length ?? 0) > before, 'draft re-published');
    assert.ok(!ids(client.latest(uri)!.diagnostics).includes('outline/sequence'), 'last good pack (rule off) still applies');
    writeFileSync(cfg, good);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(cfg), type: 2 }] });
    await client.diagnostics(uriOf(cfg), (d) => d.length === 0, 'pack diagnostic cleared');
  });

  it('200 rapid changes publish only the final version', async () => {
    const base = client.published.get(uri)?.length ?? 0;
    let v = 0;
    let final: string;
    for (let i = 1; i <= 200; i++) {
      // Each version adds one more unfilled 某某; only the last has 200 of them.
      final = text + '\n' + Array.from({ length: i }, (_, k) => `（${k + 1}）某某单位完成任务。`).join('\n') + '\n';
      v = client.change(uri, final);
    }
    const last = await client.until(() => {
      const l = client.latest(uri);
      return l && l.version === v ? l : undefined;
    }, 'final version published');
    const burst = client.published.get(uri)!.slice(base);
    // Debounced: a handful of runs at most (the machine may stall mid-burst), never out of order,
    // and the last one is the final version.
    assert.ok(burst.length <= 10, `published ${burst.length} times for 200 changes`);
    assert.ok(
      burst.every((p, i) => i === 0 || p.version! > burst[i - 1].version!),
      `out of order: ${burst.map((p) => p.version).join(',')}`,
    );
    assert.equal(burst[burst.length - 1].version, v);
    assert.equal(last.diagnostics.filter((d) => d.code === 'text/placeholder').length, 200);
    const v2 = client.change(uri, text);
    await client.diagnostics(uri, () => client.latest(uri)!.version === v2);
  });

  it('loads the jieba segmenter in the background and re-runs', async () => {
    const st = await client.until(
      () => client.notifications.map((n) => n.params as { segmenter?: string }).find((p) => p.segmenter === 'jieba-ts'),
      'a run with jieba',
    );
    assert.equal(st.segmenter, 'jieba-ts');
  });

  it('survives a hostile document', async () => {
    const bad = 'file:///nowhere/坏稿.md';
    client.open(bad, '# ' + '（'.repeat(5000) + '\n' + '\u0000\uD800'.repeat(100) + '\n一、\n（一）\n1.\n'.repeat(300));
    await client.diagnostics(bad, () => true, 'diagnostics for a hostile doc');
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 1 } });
    assert.equal(h === null || typeof h === 'object', true);
    assert.equal(client.proc.exitCode, null, 'server still running');
  });
});

describe('language server: completion, symbols, folding, pack hover', function () {
  this.timeout(60000);
  let client: TestClient;
  let ws: string;
  before(async () => {
    ensureBuilt();
    ws = tempWorkspace({ '.shengao.yaml': 'extends: work-summary\nallow:\n  - 某某\n' });
    client = new TestClient({ root: ws });
    await client.initialize();
  });
  after(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it('offers the next outline marker, the section skeletons and terms', async () => {
    const uri = uriOf(join(ws, '述职.md'));
    const md = [
      '# 2024年度述职报告',
      '',
      '一、履行职责情况',
      '',
      '（一）抓好理论学习。全年学习12次。',
      '',
      '（二）抓好队伍建设。新发展党员8名。',
      '',
      '',
      '',
    ].join('\n');
    client.open(uri, md);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 8, character: 0 } });
    const labels = items.map((i) => i.label);
    assert.equal(labels[0], '（三）', labels.join(' '));
    assert.ok(labels.includes('二、'), 'the next top-level marker too');
    const snippet = items.find((i) => i.label === '问题：存在的问题')!;
    assert.ok(snippet, labels.join(' '));
    assert.equal(snippet.insertTextFormat, 2);
    assert.match((snippet.textEdit as { newText: string }).newText, /^二、\$\{1:存在的问题\}/);
    const typed = md.replace(/\n\n\n$/, '\n\n深入学习习近平新时代中');
    client.change(uri, typed);
    const last = typed.split('\n').length - 1;
    const terms = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: last, character: typed.split('\n')[last].length },
    });
    const t = terms.find((i) => i.label === '习近平新时代中国特色社会主义思想')!;
    assert.ok(t, terms.map((i) => i.label).join(' '));
    const edit = t.textEdit as { range: { start: { character: number } }; newText: string };
    assert.equal(edit.range.start.character, '深入学习'.length, 'replaces the typed part of the term');
  });

  it('continues arabic numbering in the writer’s style (2. → 3.)', async () => {
    const uri = uriOf(join(ws, '总结.txt'));
    const txt = '一、主要工作\n1.强化学习。全年学习12次。\n2.加强队伍建设。新发展党员8名。\n\n';
    client.open(uri, txt);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 0 } });
    assert.equal(items[0].label, '3.');
  });

  it('document symbols and folding follow the outline, with the section kind', async () => {
    const uri = uriOf(join(ws, '大纲.txt'));
    const txt = DRAFT;
    client.open(uri, txt);
    const syms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      syms.map((s) => [s.name, s.detail]),
      [
        ['一、履行职责情况', '履职'],
        ['二、下步工作打算', '打算'],
      ],
    );
    assert.deepEqual(
      syms[0].children!.map((c) => c.name),
      ['1.强化理论武装', '2.抓好队伍建设', '4.推进作风建设'],
    );
    assert.equal(syms[0].range.start.line, 2);
    assert.equal(syms[0].range.end.line, 5);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(
      folds.some((f) => f.startLine === 2 && f.endLine === 5),
      JSON.stringify(folds),
    );
    assert.ok(
      folds.some((f) => f.startLine === 6 && f.endLine === 8),
      JSON.stringify(folds),
    );
    // Markdown headings, with and without Chinese markers.
    const md = uriOf(join(ws, '标题.md'));
    client.open(
      md,
      [
        '# 2024年度述职报告',
        '',
        '## 履行职责情况',
        '',
        '（一）抓学习。全年学习12次。',
        '',
        '## 存在的问题',
        '',
        '学习不够深入。',
        '',
        '## 下步工作打算',
        '',
        '一是加强学习。',
        '',
      ].join('\n'),
    );
    const mdSyms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: md } });
    const flat = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((x) => [x, ...flat(x.children ?? [])]);
    const byName = new Map(flat(mdSyms).map((x) => [x.name, x]));
    assert.equal(byName.get('履行职责情况')?.detail, '履职');
    assert.equal(byName.get('存在的问题')?.detail, '问题');
    assert.equal(byName.get('下步工作打算')?.detail, '打算');
    assert.equal(byName.get('（一）抓学习')?.range.start.line, 4);
  });

  it('Markdown: "disable for this paragraph" silences only the line it was asked for', async () => {
    const uri = uriOf(join(ws, '停用.md'));
    const md = [
      '# 2024年度工作总结',
      '',
      '一、履行职责情况',
      '1、强化理论武装。全年学习12次。',
      '2、抓好队伍建设。新发展党员8名。',
      '3、推进作风建设。开展警示教育3场次。',
      '',
    ].join('\n');
    client.open(uri, md);
    const diags = (await client.diagnostics(uri, (d) => d.filter((x) => x.code === 'outline/style').length === 3)).filter((x) => x.code === 'outline/style');
    const second = diags.find((d) => d.range.start.line === 4)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: second.range,
      context: { diagnostics: [second] },
    });
    const disable = actions.find((a) => a.title === '在本段停用 outline/style')!;
    assert.ok(disable, actions.map((a) => a.title).join(' | '));
    const next = applyAction(disable, uri, client.version(uri), md);
    assert.deepEqual(next.split('\n').slice(3, 7), [
      '1、强化理论武装。全年学习12次。',
      '<!-- shengao-disable-next outline/style -->',
      '',
      '2、抓好队伍建设。新发展党员8名。',
    ]);
    const v = client.change(uri, next);
    const after = await client.diagnostics(uri, () => client.latest(uri)!.version === v);
    assert.deepEqual(
      after.filter((x) => x.code === 'outline/style').map((x) => next.split('\n')[x.range.start.line].slice(0, 2)),
      ['1、', '3、'],
    );
  });

  it('hover on a pack key shows its description from rules/schema.json', async () => {
    const cfg = join(ws, '.shengao.yaml');
    const uri = uriOf(cfg);
    client.open(uri, readFileSync(cfg, 'utf8'), 'yaml');
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'rules', 'schema.json'), 'utf8')) as { properties: Record<string, { description: string }> };
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.ok((h.contents as { value: string }).value.includes(schema.properties.allow.description));
    const e = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.ok((e.contents as { value: string }).value.includes(schema.properties.extends.description));
  });
});

describe('language server with pull diagnostics', function () {
  this.timeout(60000);
  let client: TestClient;
  let ws: string;
  before(async () => {
    ensureBuilt();
    ws = tempWorkspace({ 'a.txt': DRAFT });
    client = new TestClient({ root: ws, pull: true, settings: { run: 'onType' } });
    const init = await client.initialize();
    assert.deepEqual(init.capabilities.diagnosticProvider, { identifier: 'shengao', interFileDependencies: false, workspaceDiagnostics: false });
  });
  after(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it('answers textDocument/diagnostic and never pushes for drafts', async () => {
    const uri = uriOf(join(ws, 'a.txt'));
    client.open(uri, DRAFT);
    const items = await client.diagnostics(uri);
    assert.deepEqual(ids(items), ['outline/sequence', 'structure/missing-section', 'terms/preferred', 'text/placeholder']);
    client.change(uri, DRAFT.replace('XX', '36'));
    const next = await client.diagnostics(uri, (d) => !ids(d).includes('text/placeholder'));
    assert.equal(next.length, 3);
    assert.equal(client.published.get(uri), undefined);
  });

  it('answers "unchanged" when the client already has the latest results', async () => {
    const uri = uriOf(join(ws, 'a.txt'));
    const first = await client.request<{ kind: string; resultId?: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(first.kind, 'full');
    assert.ok(first.resultId);
    const again = await client.request<{ kind: string; resultId?: string }>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: first.resultId,
    });
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    client.change(uri, DRAFT.replace('XX', '48'));
    const changed = await client
      .request<{ kind: string; resultId?: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId })
      .catch(() => ({ kind: 'cancelled' }));
    assert.notEqual(changed.kind, 'unchanged');
  });

  it('asks the client to refresh when settings change', async () => {
    const before = client.refreshes;
    client.settings = { rules: { 'terms/preferred': 'hint' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.refreshes > before, 'workspace/diagnostic/refresh');
    const items = await client.diagnostics(uriOf(join(ws, 'a.txt')));
    assert.equal(items.find((d) => d.code === 'terms/preferred')!.severity, 4);
  });

  it('focus: holds back findings on the line being typed until the cursor leaves it', async () => {
    const uri = uriOf(join(ws, 'b.txt'));
    client.settings = { focus: true };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    client.open(uri, DRAFT.replace('XX', '36'));
    await client.diagnostics(uri, (d) => d.length === 3);
    // Type a placeholder into line 4.
    client.change(uri, 'XX', { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } });
    const held = await client.diagnostics(uri, (d) => d.length > 0 && !d.some((x) => x.range.start.line === 4), 'held back');
    assert.ok(!held.some((d) => d.code === 'terms/preferred'), 'the term on the typed line is held back too');
    const before = client.refreshes;
    client.notify('shengao/cursor', { uri, line: 7 });
    await client.until(() => client.refreshes > before, 'refresh after the cursor left');
    const shown = await client.diagnostics(uri, (d) => d.some((x) => x.range.start.line === 4 && x.code === 'text/placeholder'));
    assert.ok(shown.some((d) => d.code === 'terms/preferred'));
  });
});

describe('language server: numbers, locale, onSave, restricted mode', function () {
  this.timeout(60000);
  let ws: string;
  const SUMS = [
    '一、履行职责情况',
    '（一）开展评先评优。全年共评选表彰优秀党员100名，其中一等奖10名、二等奖30名、三等奖50名。',
    '二、存在的问题',
    '（一）学习教育形式单一，吸引力不强。',
    '三、下步工作打算',
    '一是丰富教育形式。',
    '',
  ].join('\n');
  before(() => {
    ensureBuilt();
    ws = tempWorkspace({});
  });
  after(() => rmSync(ws, { recursive: true, force: true }));

  it('numbers findings carry related ranges and the arithmetic in hover', async () => {
    const client = new TestClient({ root: ws });
    try {
      await client.initialize();
      const uri = uriOf(join(ws, '评优.txt'));
      client.open(uri, SUMS);
      const diags = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'numbers/sum'), 'numbers/sum');
      const sum = diags.find((x) => x.code === 'numbers/sum')!;
      const line = SUMS.split('\n')[1];
      assert.equal(sum.range.start.character, line.indexOf('100名'));
      const related = sum.relatedInformation!.map((r) => line.slice(r.location.range.start.character, r.location.range.end.character));
      assert.deepEqual(
        related.map((r) => r.replace(/名$/, '')),
        ['10', '30', '50'],
      );
      assert.ok(sum.relatedInformation!.every((r) => r.location.uri === uri));
      const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: sum.range.start });
      const value = (h.contents as { value: string }).value;
      assert.match(value, /10名? \+ 30名? \+ 50名? = 90/);
      assert.match(value, /合计写的是 100/);
    } finally {
      await client.close();
    }
  });

  it('locale en: rule titles and UI strings in English, findings stay Chinese', async () => {
    const client = new TestClient({ root: ws, settings: { locale: 'en' } });
    try {
      await client.initialize();
      const uri = uriOf(join(ws, 'en.txt'));
      client.open(uri, DRAFT);
      const diags = await client.diagnostics(uri);
      const ph = diags.find((d) => d.code === 'text/placeholder')!;
      assert.match(ph.message, /占位符/);
      const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: ph.range.start });
      const meta = RULES.find((r) => r.id === 'text/placeholder')!;
      assert.ok((h.contents as { value: string }).value.includes(meta.titleEn));
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: ph.range, context: { diagnostics: [ph] } });
      assert.ok(
        actions.some((a) => a.title === 'Disable text/placeholder for this line'),
        actions.map((a) => a.title).join(' | '),
      );
    } finally {
      await client.close();
    }
  });

  it('run: onSave checks on open and save, not while typing', async () => {
    const client = new TestClient({ root: ws, settings: { run: 'onSave' } });
    try {
      await client.initialize();
      const uri = uriOf(join(ws, 'save.txt'));
      client.open(uri, DRAFT);
      await client.diagnostics(uri);
      // The background segmenter load re-runs the (saved) text once; count after it.
      await client.until(() => client.notifications.some((x) => (x.params as { segmenter?: string }).segmenter === 'jieba-ts'), 'jieba run');
      const n = client.published.get(uri)!.length;
      client.change(uri, DRAFT.replace('XX', '36'));
      await new Promise((r) => setTimeout(r, 800));
      assert.equal(client.published.get(uri)!.length, n, 'nothing published while typing');
      client.notify('textDocument/didSave', { textDocument: { uri } });
      const after = await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'text/placeholder'), 'after save');
      assert.equal(client.latest(uri)!.version, 2);
      assert.ok(after.length > 0);
    } finally {
      await client.close();
    }
  });

  it('focus (push): a typing pause releases the held-back finding', async () => {
    const client = new TestClient({ root: ws, settings: { focus: true } });
    try {
      await client.initialize();
      const uri = uriOf(join(ws, 'focus.txt'));
      const clean = DRAFT.replace('XX', '36');
      client.open(uri, clean);
      await client.diagnostics(uri, (d) => d.length === 3);
      const v = client.change(uri, '某某', { start: { line: 5, character: 2 }, end: { line: 5, character: 2 } });
      const typedAt = Date.now();
      const held = await client.diagnostics(uri, () => client.latest(uri)!.version === v, 'run of the typed version');
      assert.ok(!held.some((d) => d.code === 'text/placeholder'), 'held while typing');
      const shown = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'text/placeholder' && x.range.start.line === 5), 'released after the pause');
      assert.ok(Date.now() - typedAt >= 1400, 'not before the pause');
      assert.equal(shown.filter((d) => d.code === 'text/placeholder').length, 1);
    } finally {
      await client.close();
    }
  });

  it('watches the packs a project extends, and ignores unrelated YAML', async () => {
    const dir = tempWorkspace({
      '.shengao.yaml': 'extends: ./规则/团队.yaml\n',
      '规则/团队.yaml': 'name: 团队规则\nextends: work-summary\nrules:\n  outline/sequence: error\n',
      '.github/ci.yaml': 'on: push\n',
      'a.txt': DRAFT,
    });
    const client = new TestClient({ root: dir });
    try {
      await client.initialize();
      const uri = uriOf(join(dir, 'a.txt'));
      client.open(uri, DRAFT);
      await client.diagnostics(uri, (d) => d.some((x) => x.code === 'outline/sequence' && x.severity === 1), 'team pack severity');
      // Let the background segmenter load (it re-runs once) before counting publications.
      await client.until(() => client.notifications.some((x) => (x.params as { segmenter?: string }).segmenter === 'jieba-ts'), 'jieba run');
      const n = client.published.get(uri)!.length;
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, '.github', 'ci.yaml')), type: 2 }] });
      await new Promise((r) => setTimeout(r, 700));
      assert.equal(client.published.get(uri)!.length, n, 'an unrelated YAML change does not re-run');
      writeFileSync(join(dir, '规则', '团队.yaml'), 'name: 团队规则\nextends: work-summary\nrules:\n  outline/sequence: hint\n');
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, '规则', '团队.yaml')), type: 2 }] });
      await client.diagnostics(uri, (d) => d.some((x) => x.code === 'outline/sequence' && x.severity === 4), 'extended pack change picked up');
    } finally {
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('CRLF drafts: positions and inserted comments follow the file’s line breaks', async () => {
    const client = new TestClient({ root: ws });
    try {
      await client.initialize();
      const uri = uriOf(join(ws, 'crlf.txt'));
      const crlf = DRAFT.replace(/\n/g, '\r\n');
      client.open(uri, crlf);
      const diags = await client.diagnostics(uri);
      const ph = diags.find((d) => d.code === 'text/placeholder')!;
      const line = DRAFT.split('\n')[3];
      assert.deepEqual(ph.range.start, { line: 3, character: line.indexOf('XX') });
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: ph.range, context: { diagnostics: [ph] } });
      const disable = actions.find((a) => a.title === '在本行停用 text/placeholder')!;
      const next = applyAction(disable, uri, client.version(uri), crlf);
      assert.ok(next.includes('\r\n<!-- shengao-disable-next text/placeholder -->\r\n1.强化理论武装'));
      const v = client.change(uri, next);
      const after = await client.diagnostics(uri, () => client.latest(uri)!.version === v);
      assert.ok(!ids(after).includes('text/placeholder'));
    } finally {
      await client.close();
    }
  });

  it('"allow" on a .shengao.yaml with a YAML syntax error leaves the file alone and says why', async () => {
    const dir = tempWorkspace({ '.shengao.yaml': 'allow: [某某\n', 'a.txt': DRAFT });
    const client = new TestClient({ root: dir });
    try {
      await client.initialize();
      const uri = uriOf(join(dir, 'a.txt'));
      client.open(uri, DRAFT);
      await client.diagnostics(uri);
      const pack = await client.diagnostics(uriOf(join(dir, '.shengao.yaml')), (d) => d.length > 0, 'YAML error on the pack');
      assert.match(pack[0].message, /YAML 语法错误/);
      const r = await client.request('workspace/executeCommand', { command: 'shengao.allowWord', arguments: [uri, 'XX'] });
      assert.equal(r, null);
      assert.equal(readFileSync(join(dir, '.shengao.yaml'), 'utf8'), 'allow: [某某\n');
      const msg = await client.until(() => client.notifications.find((n) => n.method === 'window/showMessageRequest'), 'an error message');
      assert.match((msg.params as { message: string }).message, /未能写入/);
    } finally {
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('enable: false clears the findings', async () => {
    const client = new TestClient({ root: ws, settings: {} });
    try {
      await client.initialize();
      const uri = uriOf(join(ws, 'off.txt'));
      client.open(uri, DRAFT);
      await client.diagnostics(uri);
      client.settings = { enable: false };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      await client.diagnostics(uri, (d) => d.length === 0, 'no findings when disabled');
    } finally {
      await client.close();
    }
  });

  it('restricted (untrusted) mode: an npm-package pack is refused with a positioned error, built-ins still work', async () => {
    const dir = tempWorkspace({
      'node_modules/shengao-pack-demo/package.json': JSON.stringify({ name: 'shengao-pack-demo', shengao: 'pack.yaml' }),
      'node_modules/shengao-pack-demo/pack.yaml': 'name: demo\nextends: work-summary\nrules:\n  outline/sequence: off\n',
      '.shengao.yaml': '# 项目配置\nextends: shengao-pack-demo\n',
      'a.txt': DRAFT,
    });
    const trusted = new TestClient({ root: dir });
    const untrusted = new TestClient({ root: dir, initializationOptions: { trusted: false } });
    try {
      await trusted.initialize();
      await untrusted.initialize();
      const uri = uriOf(join(dir, 'a.txt'));
      trusted.open(uri, DRAFT);
      untrusted.open(uri, DRAFT);
      const t = await trusted.diagnostics(uri);
      assert.ok(!ids(t).includes('outline/sequence'), 'trusted: the npm pack switched the rule off');
      const u = await untrusted.diagnostics(uri);
      assert.ok(ids(u).includes('outline/sequence'), 'untrusted: falls back to the default pack');
      const cfg = await untrusted.diagnostics(uriOf(join(dir, '.shengao.yaml')), (d) => d.length > 0, 'pack error');
      assert.equal(cfg[0].range.start.line, 1);
      assert.match(cfg[0].message, /受限模式/);
    } finally {
      await trusted.close();
      await untrusted.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server: custom requests used by the VS Code extension', function () {
  this.timeout(60000);
  let client: TestClient;
  let ws: string;
  before(async () => {
    ensureBuilt();
    ws = tempWorkspace({
      '.shengao.yaml': 'extends: debriefing\n',
      '2024/述职报告.md': '# 述职报告\n\n## 一、履行职责情况\n\n全年组织学习XX次。\n',
      '2024/工作总结.txt': DRAFT,
      // Saved by Windows tools: GBK text and a Word document are checked too.
      '2024/gbk稿.txt': iconv.encode('一、履行职责情况\n（一）全年组织学习XX次。\n', 'gbk'),
      '2024/档案.docx': zipSync({
        'word/document.xml': strToU8(
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、履行职责情况</w:t></w:r></w:p><w:p><w:r><w:t>全年接收档案XX卷。</w:t></w:r></w:p></w:body></w:document>',
        ),
      }),
      '2024/~$档案.docx': 'lock',
      'node_modules/x/readme.md': '不应检查XX',
      '说明.yaml': 'a: 1\n',
    });
    client = new TestClient({ root: ws, pull: true });
    await client.initialize();
  });
  after(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it('shengao/lintWorkspace checks every draft (not node_modules), GBK and Word ones too, and pushes the results', async () => {
    const r = await client.request<{ files: number; findings: number }>('shengao/lintWorkspace', {});
    assert.equal(r.files, 4);
    const md = uriOf(join(ws, '2024', '述职报告.md'));
    const txt = uriOf(join(ws, '2024', '工作总结.txt'));
    const gbk = uriOf(join(ws, '2024', 'gbk稿.txt'));
    const word = uriOf(join(ws, '2024', '档案.docx'));
    await client.until(() => client.latest(md) && client.latest(txt) && client.latest(gbk) && client.latest(word), 'pushed results');
    assert.ok(ids(client.latest(md)!.diagnostics).includes('text/placeholder'));
    assert.ok(ids(client.latest(md)!.diagnostics).includes('structure/missing-section'));
    assert.ok(ids(client.latest(gbk)!.diagnostics).includes('text/placeholder'));
    const inWord = client.latest(word)!.diagnostics.find((d) => d.code === 'text/placeholder');
    assert.ok(inWord);
    assert.match(inWord.message, /（Word 第 2 段：“全年接收档案XX卷。…”）/);
    const all = [md, txt, gbk, word].map((u) => client.latest(u)!.diagnostics.length);
    assert.equal(
      r.findings,
      all.reduce((a, b) => a + b, 0),
    );
    assert.equal(client.published.get(uriOf(join(ws, 'node_modules', 'x', 'readme.md'))), undefined);
    // Opening one of them in a pulling client clears the pushed copy (no duplicates in the Problems panel).
    client.open(txt, DRAFT);
    await client.until(() => client.latest(txt)!.diagnostics.length === 0, 'pushed copy cleared');
    assert.equal((await client.diagnostics(txt)).length, all[1]);
  });

  it("a Word document opened by the VS Code command (shengao-docx: extracted text) is checked with the config of the .docx's folder", async () => {
    const docxPath = join(ws, '2024', '档案.docx');
    const uri = `shengao-docx:${pathToFileURL(docxPath).pathname}.md`;
    const text = readDraft(docxPath, readFileSync(docxPath));
    assert.ok(!('skip' in text));
    client.open(uri, text.text, 'markdown');
    const diags = await client.diagnostics(uri);
    assert.ok(ids(diags).includes('text/placeholder'), ids(diags).join());
    const info = await client.request<{ configFile?: string; chain: string[] }>('shengao/packInfo', { uri });
    assert.equal(info.configFile, join(ws, '.shengao.yaml'));
    const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0, 'the outline of the extracted text');
  });

  it('shengao/packInfo and shengao/sections follow the project config', async () => {
    const uri = uriOf(join(ws, '2024', '述职报告.md'));
    const text = readFileSync(join(ws, '2024', '述职报告.md'), 'utf8');
    client.open(uri, text);
    const info = await client.request<{ name: string; chain: string[]; configFile?: string }>('shengao/packInfo', { uri });
    assert.equal(info.configFile, join(ws, '.shengao.yaml'));
    assert.ok(info.chain.includes('debriefing'), info.chain.join());
    const lines = text.split('\n').length - 1;
    const sections = await client.request<{ kind: string; snippet: string }[]>('shengao/sections', { uri, position: { line: lines, character: 0 } });
    assert.deepEqual(
      sections.map((s) => s.kind),
      ['duties', 'integrity', 'problems', 'next'],
    );
    assert.match(sections.find((s) => s.kind === 'integrity')!.snippet, /^## 二、\$\{1:廉洁自律情况\}/);
  });
});
