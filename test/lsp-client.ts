// A minimal LSP client for the protocol tests: spawns the built server over
// stdio and speaks JSON-RPC with vscode-jsonrpc's stream reader/writer.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from './helpers';

export const SERVER = join(ROOT, 'dist', 'server.js');

/** Builds dist/ once if a test run starts without it (npm test builds first). */
export function ensureBuilt(): void {
  if (existsSync(SERVER)) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

export function tempWorkspace(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'shengao-lsp-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).toString();
}

export interface ClientOptions {
  pull?: boolean;
  /** Settings the test answers workspace/configuration with (section `shengao`). */
  settings?: Record<string, unknown>;
  root?: string;
  serverPath?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  initializationOptions?: Record<string, unknown>;
}

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  settings: Record<string, unknown>;
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly notifications: { method: string; params: unknown }[] = [];
  refreshes = 0;
  configRequests = 0;
  registrations: string[] = [];
  stderr = '';
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  init!: InitializeResult;

  constructor(private opts: ClientOptions = {}) {
    this.settings = opts.settings ?? {};
    this.proc = spawn(process.execPath, [opts.serverPath ?? SERVER, '--stdio'], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.poke();
    });
    this.conn.onNotification((method: string, params: unknown) => {
      this.notifications.push({ method, params });
      this.poke();
    });
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) => {
      this.configRequests++;
      return p.items.map(() => this.settings);
    });
    this.conn.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      this.registrations.push(...p.registrations.map((r) => r.method));
      return null;
    });
    this.conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.poke();
      return null;
    });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('window/showMessageRequest', (params: unknown) => {
      this.notifications.push({ method: 'window/showMessageRequest', params });
      this.poke();
      return null;
    });
    this.conn.listen();
  }

  private poke(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }

  /** Resolves when `pred` holds, re-checked on every message from the server. */
  async until<T>(pred: () => T | undefined | false, what: string, timeoutMs = 30000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = pred();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}\n--- server stderr ---\n${this.stderr.slice(-2000)}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  async initialize(): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        diagnostics: this.opts.pull ? { refreshSupport: true } : undefined,
      },
      textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        diagnostic: this.opts.pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          isPreferredSupport: true,
          dataSupport: true,
        },
        completion: { completionItem: { snippetSupport: true } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        foldingRange: {},
      },
    };
    const root = this.opts.root;
    this.init = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root ? uriOf(root) : null,
      workspaceFolders: root ? [{ uri: uriOf(root), name: 'ws' }] : null,
      capabilities,
      initializationOptions: this.opts.initializationOptions,
    });
    await this.conn.sendNotification('initialized', {});
    return this.init;
  }

  open(uri: string, text: string, languageId = uri.endsWith('.md') ? 'markdown' : 'plaintext'): void {
    this.versions.set(uri, 1);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Full-text change (or an incremental one when `range` is given); returns the new version. */
  change(uri: string, text: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): number {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [range ? { range, text } : { text }] });
    return v;
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /** The latest push diagnostics for `uri` (after at least `after` publications). */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    const l = this.published.get(uri);
    return l?.[l.length - 1];
  }

  async diagnostics(uri: string, pred: (d: Diagnostic[]) => boolean = (d) => d.length > 0, what = 'diagnostics'): Promise<Diagnostic[]> {
    if (this.opts.pull) {
      const deadline = Date.now() + 30000;
      for (;;) {
        try {
          const r = (await this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
          if (pred(r.items)) return r.items;
        } catch {
          /* ServerCancelled: retrigger */
        }
        if (Date.now() > deadline) throw new Error(`timed out pulling ${what}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const p = await this.until(() => {
      const l = this.latest(uri);
      return l && pred(l.diagnostics) ? l : undefined;
    }, `${what} for ${uri}`);
    return p.diagnostics;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise((r) => setTimeout(r, 100));
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }
}
