// code-server (VS Code in the browser, from npm) driven by playwright-core and Debian's chromium.
// Everything it writes goes to a scratch folder; stop() kills it by PID.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, scratch } from './util';

export interface CodeServerOptions {
  bin: string;
  workspace: string;
  /** A .vsix to install first (none = the negative control). */
  vsix?: string;
  settings?: Record<string, unknown>;
}

export const SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei Mono', monospace",
  'editor.minimap.enabled': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.auxiliaryBar.visible': false,
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export class CodeServer {
  proc?: ChildProcess;
  port = 0;
  log = '';
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
  readonly extDir: string;
  readonly userDir: string;
  timings: Record<string, number> = {};

  constructor(private opts: CodeServerOptions) {
    const s = scratch('code-server');
    this.dir = s.dir;
    this.env = { ...process.env, ...s.env, HOME: join(s.dir, 'home') };
    mkdirSync(this.env.HOME!, { recursive: true });
    this.extDir = join(s.dir, 'extensions');
    this.userDir = join(s.dir, 'user-data');
    mkdirSync(join(this.userDir, 'User'), { recursive: true });
    writeFileSync(join(this.userDir, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...opts.settings }, null, 2));
    writeFileSync(join(s.dir, 'config.yaml'), 'auth: none\ncert: false\n');
  }

  /** `code-server --install-extension` into the scratch extensions folder; returns its output. */
  installExtension(vsix: string): string {
    const t0 = Date.now();
    const r = spawnSync(
      this.opts.bin,
      ['--config', join(this.dir, 'config.yaml'), '--user-data-dir', this.userDir, '--extensions-dir', this.extDir, '--install-extension', vsix],
      {
        env: this.env,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    this.timings.installExtension = Date.now() - t0;
    if (r.status !== 0) throw new Error(`--install-extension failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return r.stdout + r.stderr;
  }

  listExtensions(): string[] {
    const r = spawnSync(
      this.opts.bin,
      ['--config', join(this.dir, 'config.yaml'), '--user-data-dir', this.userDir, '--extensions-dir', this.extDir, '--list-extensions', '--show-versions'],
      {
        env: this.env,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    return r.stdout.split('\n').filter((l) => l.includes('@'));
  }

  async start(): Promise<void> {
    if (this.opts.vsix) this.installExtension(this.opts.vsix);
    this.port = await freePort();
    const t0 = Date.now();
    this.proc = spawn(
      this.opts.bin,
      [
        '--config',
        join(this.dir, 'config.yaml'),
        '--user-data-dir',
        this.userDir,
        '--extensions-dir',
        this.extDir,
        '--bind-addr',
        `127.0.0.1:${this.port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--reconnection-grace-time',
        '5',
        this.opts.workspace,
      ],
      { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.proc.stdout!.on('data', (d: Buffer) => (this.log += d.toString()));
    this.proc.stderr!.on('data', (d: Buffer) => (this.log += d.toString()));
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (this.proc.exitCode !== null) throw new Error(`code-server exited ${this.proc.exitCode}\n${this.log}`);
      try {
        const r = await fetch(`http://127.0.0.1:${this.port}/healthz`);
        if (r.status === 200) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new Error(`code-server /healthz not 200 within 90 s\n${this.log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    this.timings.healthz = Date.now() - t0;
  }

  url(): string {
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.opts.workspace)}`;
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.pid === undefined) return;
    const exited = new Promise<void>((r) => p.once('exit', () => r()));
    p.kill('SIGTERM');
    const t = setTimeout(() => p.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(t);
  }
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  console: string[];
  close(): Promise<void>;
}

export async function openBrowser(executablePath: string, url: string, env: NodeJS.ProcessEnv): Promise<Browser> {
  const s = scratch('chromium');
  const context = await chromium.launchPersistentContext(join(s.dir, 'profile'), {
    executablePath,
    headless: true,
    env: { ...env, ...s.env, HOME: join(s.dir, 'profile') },
    viewport: { width: 1440, height: 860 },
    locale: 'zh-CN',
    args: [...CHROMIUM_FLAGS, '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const log: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { context, page, console: log, close: () => context.close() };
}
