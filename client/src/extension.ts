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
  type LintWorkspaceResult,
  type PackInfo,
  type SectionItem,
  type StatusParams,
} from '../../server/src/lsp/protocol';

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
  // Pack files: hover explains each key; pack errors arrive as diagnostics on them.
  return [...docs, { scheme: 'file', language: 'yaml', pattern: '**/.shengao.{yaml,yml}' }, { scheme: 'file', language: 'yaml', pattern: '**/rules/*.{yaml,yml}' }];
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
  } else {
    status.text = `$(checklist) 审稿 · ${s.pack} · ${s.findings}`;
    status.tooltip = t(`规则包：${s.pack}；本篇 ${s.findings} 处问题；分词：${s.segmenter}`, `Pack: ${s.pack}; ${s.findings} findings; segmenter: ${s.segmenter}`);
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

function activeDoc(): vscode.TextEditor | undefined {
  const e = vscode.window.activeTextEditor;
  if (!e) void vscode.window.showWarningMessage(t('请先打开一篇文稿。', 'Open a draft first.'));
  return e;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('审稿 shengao');
  status = vscode.window.createStatusBarItem('shengao.status', vscode.StatusBarAlignment.Right, 100);
  status.name = '审稿 shengao';
  context.subscriptions.push(output, status);

  context.subscriptions.push(
    vscode.commands.registerCommand('shengao.checkWorkspace', async () => {
      if (!client) return;
      const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('审稿：正在检查工作区文稿…', 'shengao: checking the workspace…') }, () =>
        client!.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST, {}),
      );
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(t(`已检查 ${r.files} 篇文稿，发现 ${r.findings} 处问题。`, `Checked ${r.files} drafts, ${r.findings} findings.`));
    }),
    vscode.commands.registerCommand('shengao.insertSection', async () => {
      const editor = activeDoc();
      if (!editor || !client) return;
      const pos = editor.selection.active;
      const items = await client.sendRequest<SectionItem[]>(SECTIONS_REQUEST, { uri: editor.document.uri.toString(), position: { line: pos.line, character: pos.character } });
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
        : t(`当前规则包：${info.name}（${info.chain.join(' → ')}）${info.configFile ? `，项目配置 ${info.configFile}` : ''}`, `Pack in use: ${info.name} (${info.chain.join(' → ')})`);
      const choice = await (info.error ? vscode.window.showWarningMessage(msg, open) : vscode.window.showInformationMessage(msg, open));
      if (choice === open) {
        const file = info.configFile ?? info.files[info.files.length - 1];
        if (file) await vscode.window.showTextDocument(vscode.Uri.file(file));
      }
    }),
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
