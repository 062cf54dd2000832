// The language server: wires documents, settings, packs and scheduling to the
// engine and converts its results for the protocol. No rule logic lives here.
import { EDITOR_BUDGETS, clock, vmDeadline } from '../project/deadline.js';
import { readRegularText } from '../project/safe-read.js';
import { MAX_PACK_BYTES } from '../packs/host.js';
import { checkWorkspace } from './workspace.js';
import { draftName, isDraftPath, kindOfPath } from '../project/files.js';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, createLintCache, type LintCache, type LintResult } from '../engine/index.js';
import type { CheckFailure } from '../engine/index.js';
import { PackError } from '../packs/errors.js';
import { failureProblems } from './pack-problems.js';
import type { EngineConfig } from '../engine/index.js';
import { basicSegmenter, type Segmenter } from '../engine/index.js';
import { LineIndex } from '../engine/index.js';
import { loadSegmenter } from '../segmenters/index.js';
import { PackResolver, type PackState } from '../project/packs.js';
import { addAllowWord } from '../project/allow-word.js';
import { nodeHost } from '../packs/host.js';
import { SettingsStore, withOverrides, type Settings } from './config.js';
import { Scheduler } from './schedule.js';
import { holdBack, packErrorDiagnostic, toDiagnostic } from './diagnostics.js';
import { codeActions } from './actions.js';
import { complete, sectionSnippets } from './completion.js';
import { findingHover, yamlHover } from './hover.js';
import { documentSymbols, foldingRanges } from './symbols.js';
import { strings } from './i18n.js';
import { traceResponse } from './trace.js';
import { DOCX_SCHEME, TRACE_REQUEST, type TraceParams, type TraceResponse } from './protocol.js';
import {
  ALLOW_COMMAND,
  CURSOR_NOTIFICATION,
  FIX_ALL_KIND,
  LINT_WORKSPACE_REQUEST,
  PACK_INFO_REQUEST,
  SECTIONS_REQUEST,
  STATUS_NOTIFICATION,
  type CursorParams,
  type LintWorkspaceResult,
  type PackInfo,
  type SectionItem,
  type SectionsParams,
  type StatusParams,
} from './protocol.js';
import { budgetsForTest, checksForTest } from '../project/test-hooks.js';

/** Undefined (all checks) unless a resilience test injects a throwing check. */
const TEST_CHECKS = checksForTest();

/** Debounce of runs while typing. */
export const DEBOUNCE_MS = 150;
/** `focus`: a pause this long releases the findings held back on the line being typed. */
export const FOCUS_PAUSE_MS = 1500;
const VERSION = '0.1.0';

interface Entry {
  uri: string;
  version: number;
  index: LineIndex;
  result: LintResult;
  pack: PackState;
  config: EngineConfig;
  settings: Settings;
  diagnostics: Diagnostic[];
  /** Run number, for pull result ids. */
  seq: number;
}

type Reason = 'open' | 'change' | 'save' | 'refresh';

function uriToPath(uri: string): string | undefined {
  // A Word document's extracted text stands for the .docx itself (its folder's .shengao.yaml applies).
  if (uri.startsWith(`${DOCX_SCHEME}:`)) uri = `file:${uri.slice(DOCX_SCHEME.length + 1).replace(/\.md$/, '')}`;
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** A parse or check past its budget is stopped, so one pathological draft cannot hold up every request. */
/** Most diagnostics sent for one document. */
const MAX_DIAGNOSTICS = 2_000;

const EDITOR_BOUNDS = { deadline: vmDeadline, budgets: budgetsForTest(EDITOR_BUDGETS), clock };

function isPackFile(doc: { uri: string; languageId: string }): boolean {
  return doc.languageId === 'yaml' || /\.ya?ml$/i.test(doc.uri);
}

export class ShengaoServer {
  private documents = new TextDocuments(TextDocument);
  private settings: SettingsStore;
  private packs!: PackResolver;
  private scheduler: Scheduler<Entry>;
  private entries = new Map<string, Entry>();
  private reasons = new Map<string, Reason>();
  private prevText = new Map<string, string>();
  /** Per open document: parsing, words and figures kept from its previous version. */
  private caches = new Map<string, LintCache>();
  private typing = new Map<string, { line: number; timer: NodeJS.Timeout }>();
  private segmenter: Segmenter = basicSegmenter;
  private segmenterState: 'basic' | 'loading' | 'loaded' | 'failed' = 'basic';
  private loggedFailures = new Set<string>();
  /** Per open document: the checks that failed on it and the config file whose rules they are (shown on that file). */
  private failedChecks = new Map<string, { configFile: string; failures: CheckFailure[] }>();
  private runs = 0;
  private packErrorUris = new Map<string, string>();
  /** Files whose results were pushed by a workspace check (cleared when a pulling client opens them). */
  private workspacePushed = new Set<string>();
  private roots: string[] = [];
  private caps = { pull: false, config: false, refresh: false, watchDynamic: false, configDynamic: false };

  /** `afterRun`: called after each published run (main.ts: schedules the idle collection). */
  constructor(
    private connection: Connection,
    private afterRun: () => void = () => {},
  ) {
    this.settings = new SettingsStore(connection, () => this.caps.config);
    this.scheduler = new Scheduler<Entry>(DEBOUNCE_MS, (uri) => this.run(uri));
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => this.initialized());
    this.listenDocuments(c);
    this.listenFeatures(c);
    this.listenRequests(c);
    c.onShutdown(() => this.scheduler.dispose());
    this.documents.listen(c);
    c.listen();
  }

  /** Open, change, save, close; settings and watched pack files; pulled diagnostics. */
  private listenDocuments(c: Connection): void {
    this.documents.onDidChangeContent((e) => this.guard(() => this.changed(e.document)));
    this.documents.onDidSave((e) => this.guard(() => this.touch(e.document.uri, 'save')));
    this.documents.onDidClose((e) => this.guard(() => this.closed(e.document.uri)));
    c.onDidChangeConfiguration((p) =>
      this.guard(() => {
        this.settings.changed(p.settings);
        void this.relintAll();
      }),
    );
    c.onDidChangeWatchedFiles((p) =>
      this.guard(() => {
        // Any created/deleted YAML may be a pack someone extends; a changed one matters if a pack was read from it.
        const known = new Set([...this.packs.files(), ...this.packs.errors().keys()].map((f) => resolve(f)));
        const relevant = p.changes.some((ch) => {
          const path = uriToPath(ch.uri);
          return ch.type !== FileChangeType.Changed || !path || /(^|[\\/])\.shengao\.ya?ml$/.test(path) || known.has(resolve(path));
        });
        if (!relevant) return;
        this.packs.invalidate();
        void this.relintAll();
      }),
    );
    c.languages.diagnostics.on(async (p, token) => {
      const doc = this.documents.get(p.textDocument.uri);
      if (!doc || isPackFile(doc)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      let entry = this.entries.get(doc.uri);
      if (!entry || entry.version !== doc.version) {
        if (entry?.settings.run === 'onSave' && this.reasons.get(doc.uri) === 'change') return this.report(entry, p.previousResultId);
        entry = (await (this.scheduler.pending(doc.uri) ?? this.scheduler.schedule(doc.uri, 0))) ?? this.entries.get(doc.uri);
      }
      const now = this.documents.get(doc.uri);
      if (token.isCancellationRequested || !entry || !now || (entry.version !== now.version && entry.settings.run !== 'onSave')) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer version', { retriggerRequest: true });
      }
      return this.report(entry, p.previousResultId);
    });
    c.onNotification(CURSOR_NOTIFICATION, (p: CursorParams) => this.guard(() => this.cursor(p)));
  }

  /** What the editor asks of a draft: quick fixes, completion, hover, outline, folding. */
  private listenFeatures(c: Connection): void {
    c.onCodeAction(async (p) =>
      this.safely([], async () => {
        const entry = await this.current(p.textDocument.uri);
        if (!entry) return [];
        return codeActions({
          uri: entry.uri,
          version: entry.version,
          model: entry.result.model,
          findings: entry.result.findings,
          index: entry.index,
          diagnostics: p.context.diagnostics,
          only: p.context.only,
          t: strings(entry.settings.locale),
        });
      }),
    );
    c.onCompletion(async (p) =>
      this.safely([], async () => {
        const entry = await this.current(p.textDocument.uri);
        if (!entry) return [];
        const offset = entry.index.offsetAt(p.position);
        return complete(entry.result.model, entry.config, offset, entry.index, strings(entry.settings.locale));
      }),
    );
    c.onHover(async (p) =>
      this.safely(null, async () => {
        const doc = this.documents.get(p.textDocument.uri);
        if (!doc) return null;
        if (isPackFile(doc)) {
          const text = doc.getText();
          const index = new LineIndex(text);
          return yamlHover(text, index.offsetAt(p.position), index);
        }
        const entry = await this.current(doc.uri);
        if (!entry) return null;
        return findingHover(entry.result.findings, entry.index.offsetAt(p.position), entry.index, entry.settings.locale);
      }),
    );
    c.onDocumentSymbol(async (p) =>
      this.safely([], async () => {
        const entry = await this.current(p.textDocument.uri);
        return entry ? documentSymbols(entry.result.model, entry.config, entry.index) : [];
      }),
    );
    c.onFoldingRanges(async (p) =>
      this.safely([], async () => {
        const entry = await this.current(p.textDocument.uri);
        return entry ? foldingRanges(entry.result.model, entry.index) : [];
      }),
    );
  }

  /** The allow-word command and the requests of the VS Code extension (workspace check, sections, pack info, trace). */
  private listenRequests(c: Connection): void {
    c.onExecuteCommand(async (p) => this.safely(null, async () => (p.command === ALLOW_COMMAND ? this.allowWord(p.arguments ?? []) : null)));
    c.onRequest(LINT_WORKSPACE_REQUEST, () => this.safely<LintWorkspaceResult>({ files: 0, findings: 0 }, () => this.lintWorkspace()));
    c.onRequest(SECTIONS_REQUEST, (p: SectionsParams) =>
      this.safely<SectionItem[]>([], async () => {
        const entry = await this.current(p.uri);
        if (!entry) return [];
        return sectionSnippets(entry.result.model, entry.config, entry.index.offsetAt(p.position));
      }),
    );
    c.onRequest(PACK_INFO_REQUEST, (p: { uri: string }) =>
      this.safely<PackInfo | null>(null, async () => {
        const state = await this.packFor(p.uri);
        if (!state) return null;
        return {
          name: state.pack.config.name,
          description: state.pack.description,
          chain: state.pack.chain,
          files: state.pack.files,
          configFile: state.configFile,
          error: state.error?.message,
        };
      }),
    );
    c.onRequest(TRACE_REQUEST, (p: TraceParams) =>
      this.safely<TraceResponse | null>(null, async () => {
        const entry = await this.current(p.uri);
        const doc = this.documents.get(p.uri);
        if (!entry || !doc) return null;
        return traceResponse(p, { text: doc.getText(), kind: entry.result.model.kind }, entry.config, loadSegmenter());
      }),
    );
  }

  /** The quick fix "allow this word": adds it to the project's .shengao.yaml, then checks every open draft again. */
  private async allowWord(args: unknown[]): Promise<{ file: string; created: boolean } | null> {
    const [uri, word] = args as [unknown, unknown];
    if (typeof uri !== 'string' || typeof word !== 'string' || !word) return null;
    const path = uriToPath(uri);
    const dir = path ? dirname(path) : this.roots[0];
    if (!dir) return null;
    let res: ReturnType<typeof addAllowWord>;
    try {
      res = addAllowWord(dir, this.rootFor(path), word, this.packs.host);
    } catch (e) {
      void this.connection.window.showErrorMessage(`审稿：未能写入 .shengao.yaml：${(e as Error).message}`);
      return null;
    }
    this.connection.console.info(`已把“${word}”加入 ${res.file} 的 allow`);
    this.packs.invalidate();
    await this.relintAll();
    return { file: pathToFileURL(res.file).toString(), created: res.created };
  }

  // ------------------------------------------------------------ lifecycle

  private initialize(p: InitializeParams): InitializeResult {
    const cap = p.capabilities;
    this.caps.pull = !!cap.textDocument?.diagnostic;
    this.caps.config = !!cap.workspace?.configuration;
    this.caps.refresh = !!cap.workspace?.diagnostics?.refreshSupport;
    this.caps.watchDynamic = !!cap.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.caps.configDynamic = !!cap.workspace?.didChangeConfiguration?.dynamicRegistration;
    const folders = p.workspaceFolders?.map((f) => f.uri) ?? (p.rootUri ? [p.rootUri] : []);
    this.roots = folders.map(uriToPath).filter((x): x is string => !!x);
    const opts = (p.initializationOptions ?? {}) as { trusted?: boolean };
    this.packs = new PackResolver(nodeHost({ allowPackages: opts.trusted !== false, within: this.roots }));
    const result: InitializeResult = {
      serverInfo: { name: 'shengao', version: VERSION },
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: ['（', '('] },
        hoverProvider: true,
        documentSymbolProvider: { label: '审稿大纲' },
        foldingRangeProvider: true,
        executeCommandProvider: { commands: [ALLOW_COMMAND] },
      },
    };
    if (this.caps.pull) result.capabilities.diagnosticProvider = { identifier: 'shengao', interFileDependencies: false, workspaceDiagnostics: false };
    return result;
  }

  private initialized(): void {
    if (this.caps.watchDynamic) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.shengao.{yaml,yml}' }, { globPattern: '**/*.{yaml,yml}' }],
      });
    }
    if (this.caps.config && this.caps.configDynamic) void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'shengao' });
    // Warm up: load the pack the workspace root would use while the client is still opening its first draft.
    setTimeout(() => {
      if (this.documents.all().length || this.entries.size) return;
      const root = this.roots[0];
      this.guard(() => void this.packs.resolve(root ? join(root, 'draft.md') : undefined, { root }));
    }, 0);
    // Load the dictionary soon even when no draft is open; first results never wait for it.
    // (If a draft is already waiting for its first run, that run starts the load once it has published.)
    setTimeout(() => {
      if (this.documents.all().every((d) => this.entries.has(d.uri))) this.loadSegmenterInBackground();
    }, 1000).unref();
  }

  private loadSegmenterInBackground(): void {
    if (this.segmenterState !== 'basic') return;
    this.segmenterState = 'loading';
    setTimeout(() => {
      try {
        const t0 = Date.now();
        this.segmenter = loadSegmenter();
        this.segmenterState = 'loaded';
        this.connection.console.info(`分词器 ${this.segmenter.name} 已加载（${Date.now() - t0} ms）`);
      } catch (e) {
        this.segmenterState = 'failed';
        this.connection.console.warn(`分词器加载失败，继续使用基础分词：${(e as Error).message}`);
        return;
      }
      if (this.documents.all().length) void this.relintAll();
    }, 10);
  }

  // ------------------------------------------------------------ documents

  private changed(doc: TextDocument): void {
    const before = this.prevText.get(doc.uri);
    const text = doc.getText();
    this.prevText.set(doc.uri, text);
    if (before === undefined) {
      if (this.caps.pull && this.workspacePushed.delete(doc.uri)) void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      this.touch(doc.uri, 'open', 0);
      return;
    }
    // The line being typed: where the old and the new text first differ.
    let i = 0;
    const n = Math.min(before.length, text.length);
    while (i < n && before.charCodeAt(i) === text.charCodeAt(i)) i++;
    const line = doc.positionAt(i).line;
    const old = this.typing.get(doc.uri);
    if (old) clearTimeout(old.timer);
    const timer = setTimeout(() => {
      this.typing.delete(doc.uri);
      this.republish(doc.uri);
    }, FOCUS_PAUSE_MS);
    this.typing.set(doc.uri, { line, timer });
    this.touch(doc.uri, 'change');
  }

  private touch(uri: string, reason: Reason, delay = DEBOUNCE_MS): void {
    const prev = this.reasons.get(uri);
    // A save or open must not be downgraded to a change by a later keystroke in the same debounce window.
    this.reasons.set(uri, prev && prev !== 'change' && reason === 'change' && this.scheduler.pending(uri) ? prev : reason);
    void this.scheduler.schedule(uri, delay);
  }

  private closed(uri: string): void {
    this.scheduler.cancel(uri);
    this.entries.delete(uri);
    this.caches.delete(uri);
    this.prevText.delete(uri);
    this.reasons.delete(uri);
    const t = this.typing.get(uri);
    if (t) clearTimeout(t.timer);
    this.typing.delete(uri);
    if (!this.caps.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private cursor(p: CursorParams): void {
    const t = this.typing.get(p.uri);
    if (!t || t.line === p.line) return;
    clearTimeout(t.timer);
    this.typing.delete(p.uri);
    this.republish(p.uri);
  }

  private rootFor(path: string | undefined): string | undefined {
    if (!path) return this.roots[0];
    return this.roots.filter((r) => path === r || path.startsWith(r.endsWith(sep) ? r : r + sep)).sort((a, b) => b.length - a.length)[0];
  }

  private isDraft(doc: TextDocument, s: Settings): boolean {
    if (isPackFile(doc)) return false;
    return s.languages.includes(doc.languageId) || isDraftPath(doc.uri);
  }

  private async packFor(uri: string): Promise<PackState | undefined> {
    const s = await this.settings.get(uri);
    const path = uriToPath(uri);
    return this.packs.resolve(path, { pack: s.pack || undefined, root: this.rootFor(path) });
  }

  // ------------------------------------------------------------ running

  /** One run for the document's current version; undefined when it went stale while waiting. */
  private async run(uri: string): Promise<Entry | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const version = doc.version;
    const settings = await this.settings.get(uri);
    const now = this.documents.get(uri);
    if (!now || now.version !== version) return undefined; // a newer version is on its way
    const reason = this.reasons.get(uri) ?? 'refresh';
    const old = this.entries.get(uri);
    // onSave: typing never triggers a run, and a background re-run (pack, settings, segmenter) re-checks
    // only text that was already checked — unsaved edits wait for the save.
    if (settings.run === 'onSave' && old && (reason === 'change' || (reason === 'refresh' && old.version !== version))) return old;
    const entry = this.lintDocument(now, settings);
    this.entries.set(uri, entry);
    this.reasons.set(uri, 'refresh');
    this.publishPackErrors();
    this.publish(entry);
    this.status(entry);
    if (this.segmenterState === 'basic') this.loadSegmenterInBackground();
    this.afterRun();
    return entry;
  }

  private lintDocument(doc: TextDocument, settings: Settings): Entry {
    const text = doc.getText();
    const index = new LineIndex(text);
    const path = uriToPath(doc.uri);
    const pack = this.packs.resolve(path, { pack: settings.pack || undefined, root: this.rootFor(path) });
    const config = withOverrides(pack.pack.config, settings.rules);
    const kind = doc.languageId === 'markdown' ? 'markdown' : kindOfPath(doc.uri);
    let result: LintResult;
    if (!settings.enable || !this.isDraft(doc, settings)) {
      result = lint(text, { kind, config, checks: [] });
    } else {
      try {
        let cache = this.caches.get(doc.uri);
        if (!cache && this.documents.get(doc.uri)) this.caches.set(doc.uri, (cache = createLintCache()));
        result = lint(text, {
          kind,
          config,
          segmenter: this.segmenter,
          checks: TEST_CHECKS,
          cache,
          bounds: EDITOR_BOUNDS,
          name: path ? draftName(path) : undefined,
        });
      } catch (e) {
        this.connection.console.error(`审稿失败（${doc.uri}）：${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        result = { model: lint('', { kind, config, checks: [] }).model, findings: [], failures: [] };
      }
    }
    for (const f of result.failures) {
      const fresh = f.rules.filter((r) => !this.loggedFailures.has(r));
      if (!fresh.length) continue;
      fresh.forEach((r) => this.loggedFailures.add(r));
      this.connection.console.error(`检查 ${f.check}（${f.rules.join('、')}）出错，已跳过：${f.error}`);
    }
    if (pack.configFile && result.failures.length) this.failedChecks.set(doc.uri, { configFile: pack.configFile, failures: result.failures });
    else this.failedChecks.delete(doc.uri);
    // A draft with tens of thousands of findings (a template line of XX pasted 60,000 times)
    // would cost the editor more to receive than it gives: the first MAX_DIAGNOSTICS are sent.
    const shown = result.findings.length > MAX_DIAGNOSTICS ? result.findings.slice(0, MAX_DIAGNOSTICS) : result.findings;
    const diagnostics = shown.map((f) => toDiagnostic(f, index, doc.uri));
    if (shown !== result.findings) {
      const last = diagnostics[diagnostics.length - 1].range;
      diagnostics.push({
        range: { start: last.start, end: last.end },
        severity: DiagnosticSeverity.Information,
        source: 'shengao',
        code: 'engine/limits',
        message: `本篇共 ${result.findings.length.toLocaleString('en-US')} 处问题，编辑器中只显示前 ${MAX_DIAGNOSTICS.toLocaleString('en-US')} 处；全部结果请用命令行 shengao check 查看。`,
      });
    }
    return { uri: doc.uri, version: doc.version, index, result, pack, config, settings, diagnostics, seq: ++this.runs };
  }

  /** An up-to-date entry for requests (code actions, completion, hover, symbols). */
  private async current(uri: string): Promise<Entry | undefined> {
    const doc = this.documents.get(uri);
    if (!doc || isPackFile(doc)) return undefined;
    const e = this.entries.get(uri);
    if (e && e.version === doc.version) return e;
    const settings = await this.settings.get(uri);
    const now = this.documents.get(uri);
    if (!now) return undefined;
    const fresh = this.lintDocument(now, settings);
    if (settings.run !== 'onSave') this.entries.set(uri, fresh);
    return fresh;
  }

  /** A pull report; `unchanged` when the client already has exactly these results. */
  private report(entry: Entry, previous: string | undefined): DocumentDiagnosticReport {
    const resultId = `${entry.seq}:${entry.settings.focus ? (this.typing.get(entry.uri)?.line ?? '') : ''}`;
    if (previous === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: this.visible(entry) };
  }

  private visible(entry: Entry): Diagnostic[] {
    if (!entry.settings.focus) return entry.diagnostics;
    return holdBack(entry.diagnostics, this.typing.get(entry.uri)?.line);
  }

  private publish(entry: Entry): void {
    if (this.caps.pull) return; // the client pulls; refresh() tells it when to
    void this.connection.sendDiagnostics({ uri: entry.uri, version: entry.version, diagnostics: this.visible(entry) });
  }

  private republish(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry || !entry.settings.focus) return;
    if (this.caps.pull) this.refresh();
    else this.publish(entry);
  }

  private refresh(): void {
    if (this.caps.pull && this.caps.refresh) void this.connection.languages.diagnostics.refresh();
  }

  private status(entry: Entry): void {
    const p: StatusParams = {
      uri: entry.uri,
      pack: entry.pack.pack.config.name,
      findings: entry.result.findings.length,
      segmenter: entry.result.model.segmenterName,
    };
    if (entry.result.failures.length) p.failed = entry.result.failures.map((f) => `${f.rules.join('、')}：${f.error.split('\n')[0]}`);
    if (entry.pack.error) {
      p.packError = entry.pack.error.message;
      const file = entry.pack.error instanceof PackError ? entry.pack.error.file : entry.pack.configFile;
      if (file) p.packErrorFile = pathToFileURL(file).toString();
    }
    void this.connection.sendNotification(STATUS_NOTIFICATION, p);
  }

  /** Broken packs: one diagnostic on each pack file, cleared once the file loads again. */
  private publishPackErrors(): void {
    const errors = this.packs.errors();
    // A check that failed (threw, or ran out of time) under a project config: most often its
    // options there are wrong, so it is shown on that config, at the rule's line when named there.
    for (const [uri, { configFile, failures }] of this.failedChecks) {
      if (!this.documents.get(uri)) {
        this.failedChecks.delete(uri);
        continue;
      }
      const read = readRegularText(configFile, { maxBytes: MAX_PACK_BYTES });
      for (const e of failureProblems(configFile, read.ok ? read.text : undefined, failures, basename(uriToPath(uri) ?? uri))) {
        const list = errors.get(configFile) ?? [];
        if (!list.some((x) => x.problem === e.problem)) list.push(e);
        errors.set(configFile, list);
      }
    }
    const seen = new Set<string>();
    for (const [file, list] of errors) {
      const uri = pathToFileURL(resolve(file)).toString();
      seen.add(uri);
      const read = readRegularText(file, { maxBytes: MAX_PACK_BYTES });
      const text = read.ok ? read.text : undefined;
      const diagnostics = list.map((e) => packErrorDiagnostic(e, text));
      const sig = JSON.stringify(diagnostics);
      if (this.packErrorUris.get(uri) === sig) continue;
      this.packErrorUris.set(uri, sig);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of [...this.packErrorUris.keys()]) {
      if (seen.has(uri)) continue;
      this.packErrorUris.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  /** Pack, settings or segmenter changed: run every open draft again, then tell a pulling client. */
  private async relintAll(): Promise<void> {
    const uris = this.documents
      .all()
      .filter((d) => !isPackFile(d))
      .map((d) => d.uri);
    for (const u of uris) this.reasons.set(u, 'refresh');
    await Promise.all(uris.map((u) => this.scheduler.schedule(u, 0)));
    this.publishPackErrors();
    this.refresh();
  }

  /** 「审稿：检查工作区」: every draft of every workspace folder (see workspace.ts). */
  private async lintWorkspace(): Promise<LintWorkspaceResult> {
    const result = await checkWorkspace({
      roots: this.roots,
      settingsFor: (uri) => this.settings.get(uri),
      packs: this.packs,
      segmenter: this.segmenter,
      bounds: EDITOR_BOUNDS,
      openText: (uri) => this.documents.get(uri)?.getText(),
      openFindings: async (uri) => (await this.current(uri))?.result.findings.length,
      push: (uri, diagnostics) => {
        void this.connection.sendDiagnostics({ uri, diagnostics });
        this.workspacePushed.add(uri);
      },
      maxDiagnostics: MAX_DIAGNOSTICS,
    });
    this.publishPackErrors();
    return result;
  }

  // ------------------------------------------------------------ resilience

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.connection.console.error(`shengao: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  private async safely<T>(fallback: T, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      this.connection.console.error(`shengao: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  }
}
