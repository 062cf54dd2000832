// The VS Code extension: starts the bundled language server over IPC, adds the
// commands, the status bar item and the output channel. No rule logic here.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions, type DocumentSelector } from 'vscode-languageclient/node';
import {
  CURSOR_NOTIFICATION,
  LINT_WORKSPACE_REQUEST,
  PACK_INFO_REQUEST,
  SECTIONS_REQUEST,
  STATUS_NOTIFICATION,
  TRACE_REQUEST,
  type TraceResponse,
  type LintWorkspaceResult,
  type PackInfo,
  type SectionItem,
  type StatusParams,
  DOCX_SCHEME,
} from '../../server/src/lsp/protocol';
import { checkWordDocument, WordTextProvider } from './word';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem;
let output: vscode.OutputChannel;
const statuses = new Map<string, StatusParams>();

function zh(): boolean {
  const set = vscode.workspace.getConfiguration('shengao').get<string>('locale');
  return (set ?? vscode.env.language).toLowerCase().startsWith('zh');
}

function t(cn: string, en: string): string {
  return zh() ? cn : en;
}

function selector(): DocumentSelector {
  const langs = vscode.workspace.getConfiguration('shengao').get<string[]>('languages') ?? ['markdown', 'plaintext'];
  const docs = langs.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  // Pack files: hover explains each key; pack errors arrive as diagnostics on them. Word documents: their extracted text.
  return [
    ...docs,
    { scheme: DOCX_SCHEME, language: 'markdown' },
    { scheme: 'file', language: 'yaml', pattern: '**/.shengao.{yaml,yml}' },
    { scheme: 'file', language: 'yaml', pattern: '**/rules/*.{yaml,yml}' },
  ];
}

function updateStatus(): void {
  const editor = vscode.window.activeTextEditor;
  const s = editor ? statuses.get(editor.document.uri.toString()) : undefined;
  if (!s) {
    status.hide();
    return;
  }
  if (s.packError) {
    status.text = `$(warning) 审稿 · ${s.pack}`;
    status.tooltip = t(`规则包有错误（仍用上一次可用的包）：${s.packError}`, `Rule pack is broken (using the last good one): ${s.packError}`);
    status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
  } else if (s.failed?.length) {
    // Some checks did not finish: the findings shown are incomplete, and the status says so.
    status.text = `$(error) 审稿 · ${s.pack} · ${s.findings}`;
    status.tooltip = t(`有规则未能完成，本篇结果不完整：${s.failed.join('；')}`, `Some rules did not finish; results are incomplete: ${s.failed.join('; ')}`);
    status.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  } else {
    status.text = `$(checklist) 审稿 · ${s.pack} · ${s.findings}`;
    status.tooltip = t(
      `规则包：${s.pack}；本篇 ${s.findings} 处问题；分词：${s.segmenter}`,
      `Pack: ${s.pack}; ${s.findings} findings; segmenter: ${s.segmenter}`,
    );
    status.backgroundColor = undefined;
  }
  status.command = 'shengao.showPack';
  status.show();
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(),
    outputChannel: output,
    initializationOptions: { trusted: vscode.workspace.isTrusted },
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
  };
  client = new LanguageClient('shengao', '审稿 shengao', serverOptions, clientOptions);
  client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
    statuses.set(p.uri, p);
    updateStatus();
  });
  await client.start();
}

let traceDiagnostics: vscode.DiagnosticCollection;

function lspRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** 审稿：对照去年的工作打算 — unmatched and partly followed plans become information diagnostics on the duties heading. */
async function traceLastYear(): Promise<void> {
  const editor = activeDoc();
  if (!editor || !client) return;
  const doc = editor.document;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    title: t('选择去年的工作总结（含“下步工作打算”）', 'Pick last year’s report (with its plans section)'),
    openLabel: t('对照', 'Compare'),
    filters: { [t('文稿', 'Drafts')]: ['md', 'markdown', 'txt'] },
    defaultUri: vscode.Uri.joinPath(doc.uri, '..'),
  });
  if (!picked?.length) return;
  const lastUri = picked[0];
  const lastText = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(lastUri)).replace(/^\uFEFF/, '');
  const r = await client.sendRequest<TraceResponse | null>(TRACE_REQUEST, { uri: doc.uri.toString(), lastText, lastPath: lastUri.fsPath });
  if (!r) return;
  const at = r.dutiesHeading ? lspRange(r.dutiesHeading) : new vscode.Range(0, 0, 0, 0);
  const name = vscode.workspace.asRelativePath(lastUri);
  const diags: vscode.Diagnostic[] = [];
  output.appendLine(`[对照去年的工作打算] ${name} → ${vscode.workspace.asRelativePath(doc.uri)}`);
  for (const p of r.plans) {
    const best = p.candidates[0];
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    output.appendLine(
      `  ${p.status === 'followed' ? '✓' : p.status === 'partial' ? '◐' : '✗'} ${p.marker}${p.title}（${pct(p.score)}）${best ? ` → ${best.marker}${best.title}：${best.words.join('、')}` : ''}`,
    );
    if (p.status === 'followed') continue;
    const message =
      p.status === 'unmatched'
        ? t(
            `去年的打算“${p.marker}${p.title}”在今年的工作情况中未见落实${best ? `（最接近：${best.marker}${best.title}，共有词：${best.words.slice(0, 5).join('、')}）` : ''}。`,
            `Last year's plan "${p.title}" has no visible follow-up this year.`,
          )
        : t(
            `去年的打算“${p.marker}${p.title}”只部分落实（吻合度 ${pct(p.score)}，对应：${best?.marker ?? ''}${best?.title ?? ''}）。`,
            `Last year's plan "${p.title}" is only partly followed up (${pct(p.score)}).`,
          );
    const d = new vscode.Diagnostic(at, message, vscode.DiagnosticSeverity.Information);
    d.source = '审稿';
    d.code = p.status === 'unmatched' ? 'trace/unmatched' : 'trace/partial';
    d.relatedInformation = [
      new vscode.DiagnosticRelatedInformation(new vscode.Location(lastUri, lspRange(p.lastRange)), t('去年的打算', 'last year’s plan')),
      ...p.candidates.map(
        (c) =>
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(doc.uri, lspRange(c.range)),
            `${t('最接近', 'nearest')}（${pct(c.score)}）：${c.words.slice(0, 5).join('、')}`,
          ),
      ),
    ];
    diags.push(d);
  }
  // This year against last year's report: restated figures, growth, copied passages, stale dates.
  const SEVERITY = {
    error: vscode.DiagnosticSeverity.Error,
    warning: vscode.DiagnosticSeverity.Warning,
    info: vscode.DiagnosticSeverity.Information,
    hint: vscode.DiagnosticSeverity.Hint,
  };
  for (const h of r.history ?? []) {
    const d = new vscode.Diagnostic(lspRange(h.range), h.message, SEVERITY[h.severity]);
    d.source = '审稿';
    d.code = h.ruleId;
    diags.push(d);
    output.appendLine(`  ${h.ruleId} 第 ${h.range.start.line + 1} 行：${h.message}`);
  }
  traceDiagnostics.set(doc.uri, diags);
  const s = r.summary;
  const msg = r.problems.length
    ? r.problems.join('；')
    : t(
        `去年 ${r.plans.length} 项打算：已落实 ${s.followed}，部分落实 ${s.partial}，未见落实 ${s.unmatched}。未落实的已标在“工作情况”标题上。`,
        `${r.plans.length} plans: ${s.followed} followed, ${s.partial} partly, ${s.unmatched} not followed up.`,
      );
  void (r.problems.length ? vscode.window.showWarningMessage(msg) : vscode.window.showInformationMessage(msg));
}

function activeDoc(): vscode.TextEditor | undefined {
  const e = vscode.window.activeTextEditor;
  if (!e) void vscode.window.showWarningMessage(t('请先打开一篇文稿。', 'Open a draft first.'));
  return e;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('审稿 shengao');
  status = vscode.window.createStatusBarItem('shengao.status', vscode.StatusBarAlignment.Right, 100);
  status.name = '审稿 shengao';
  traceDiagnostics = vscode.languages.createDiagnosticCollection('shengao-trace');
  context.subscriptions.push(output, status, traceDiagnostics);

  context.subscriptions.push(
    vscode.commands.registerCommand('shengao.checkWorkspace', async () => {
      if (!client) return;
      const r = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: t('审稿：正在检查工作区文稿…', 'shengao: checking the workspace…') },
        () => client!.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST, {}),
      );
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(
        t(`已检查 ${r.files} 篇文稿，发现 ${r.findings} 处问题。`, `Checked ${r.files} drafts, ${r.findings} findings.`),
      );
    }),
    vscode.commands.registerCommand('shengao.insertSection', async () => {
      const editor = activeDoc();
      if (!editor || !client) return;
      const pos = editor.selection.active;
      const items = await client.sendRequest<SectionItem[]>(SECTIONS_REQUEST, {
        uri: editor.document.uri.toString(),
        position: { line: pos.line, character: pos.character },
      });
      if (!items.length) {
        void vscode.window.showInformationMessage(t('当前规则包没有定义章节。', 'The pack defines no sections.'));
        return;
      }
      const pick = await vscode.window.showQuickPick(
        items.map((i) => ({ label: `${i.label}：${i.title}`, description: i.required ? t('必备', 'required') : '', item: i })),
        { placeHolder: t('选择要插入的标准章节', 'Pick a standard section to insert') },
      );
      if (!pick) return;
      const at = editor.document.lineAt(pos.line).isEmptyOrWhitespace ? new vscode.Position(pos.line, 0) : pos;
      await editor.insertSnippet(new vscode.SnippetString(pick.item.snippet), at);
    }),
    vscode.commands.registerCommand('shengao.showPack', async () => {
      const editor = activeDoc();
      if (!editor || !client) return;
      const info = await client.sendRequest<PackInfo | null>(PACK_INFO_REQUEST, { uri: editor.document.uri.toString() });
      if (!info) return;
      output.appendLine(`[规则包] ${info.name}：${info.description}`);
      output.appendLine(`  继承链：${info.chain.join(' → ')}`);
      for (const f of info.files) output.appendLine(`  ${f}`);
      if (info.error) output.appendLine(`  错误：${info.error}`);
      const open = t('打开规则包文件', 'Open pack file');
      const msg = info.error
        ? t(`规则包有错误：${info.error}`, `The pack is broken: ${info.error}`)
        : t(
            `当前规则包：${info.name}（${info.chain.join(' → ')}）${info.configFile ? `，项目配置 ${info.configFile}` : ''}`,
            `Pack in use: ${info.name} (${info.chain.join(' → ')})`,
          );
      const choice = await (info.error ? vscode.window.showWarningMessage(msg, open) : vscode.window.showInformationMessage(msg, open));
      if (choice === open) {
        const file = info.configFile ?? info.files[info.files.length - 1];
        if (file) await vscode.window.showTextDocument(vscode.Uri.file(file));
      }
    }),
    vscode.commands.registerCommand('shengao.traceLastYear', traceLastYear),
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, new WordTextProvider()),
    vscode.commands.registerCommand('shengao.checkWordDocument', (uri?: vscode.Uri) => checkWordDocument(uri instanceof vscode.Uri ? uri : undefined, t)),
    vscode.workspace.onDidCloseTextDocument((d) => traceDiagnostics.delete(d.uri)),
    vscode.commands.registerCommand('shengao.restart', async () => {
      // A fresh client, so a changed `shengao.languages` takes effect too.
      const old = client;
      client = undefined;
      if (old) await old.dispose();
      await startClient(context);
      output.appendLine('[审稿] 服务已重启');
    }),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (!client || !vscode.workspace.getConfiguration('shengao', e.textEditor.document.uri).get<boolean>('focus')) return;
      void client.sendNotification(CURSOR_NOTIFICATION, { uri: e.textEditor.document.uri.toString(), line: e.selections[0].active.line });
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void vscode.commands.executeCommand('shengao.restart')),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('shengao.languages')) void vscode.commands.executeCommand('shengao.restart');
      else if (e.affectsConfiguration('shengao')) updateStatus();
    }),
  );
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
