// Shared plumbing for the real-editor tests (test/e2e-*.test.ts).
// Locally they skip with a reason when an editor is missing; with SHENGAO_E2E=1 (CI, after
// .ci/setup-editors.sh) a missing editor is a failure.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ROOT } from '../helpers';

export const E2E = process.env.SHENGAO_E2E === '1';
export const FIXTURES = join(ROOT, 'test', 'e2e', 'fixtures');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
/** Headless chromium on a CI box: no sandbox (root), no GPU, and nothing that reaches the network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** An executable from an environment variable, else from PATH, else undefined. */
export function findTool(envVar: string, name: string): string | undefined {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/**
 * Call in `before`: skips the suite when something is missing locally, fails it under SHENGAO_E2E=1.
 * `missing` lists human-readable descriptions of what is absent.
 */
export function requireTools(ctx: Mocha.Context, missing: string[]): void {
  if (!missing.length) return;
  const why = `缺少 ${missing.join('、')}（运行 .ci/setup-editors.sh 安装；missing: ${missing.join(', ')})`;
  if (E2E) throw new Error(`SHENGAO_E2E=1 but ${why}`);

  console.log(`      跳过真实编辑器测试 (skipped): ${why}`);
  ctx.skip();
}

/** dist/ is built by `npm test`; build it when a single test file runs without it. */
export function ensureBuilt(files = ['dist/server.js']): void {
  if (files.every((f) => existsSync(join(ROOT, f)))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

const scratchDirs: string[] = [];

/** A scratch folder with XDG_* sub-folders, so no editor writes into $HOME. removeScratch() deletes them. */
export function scratch(prefix: string): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), `shengao-${prefix}-`));
  scratchDirs.push(dir);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, sub] of [
    ['XDG_CONFIG_HOME', 'config'],
    ['XDG_DATA_HOME', 'data'],
    ['XDG_CACHE_HOME', 'cache'],
    ['XDG_STATE_HOME', 'state'],
  ] as const) {
    env[k] = join(dir, sub);
    mkdirSync(env[k]!, { recursive: true });
  }
  return { dir, env };
}

/** Deletes the scratch folders made so far (call from `after`, once the editors have exited). */
export function removeScratch(): void {
  for (const d of scratchDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** UTF-16 column, byte column and code-point column of `needle` in `line` (0-based). */
export function columns(line: string, needle: string): { utf16: number; bytes: number; codePoints: number } {
  const utf16 = line.indexOf(needle);
  if (utf16 < 0) throw new Error(`fixture changed: “${needle}” not in “${line}”`);
  const before = line.slice(0, utf16);
  return { utf16, bytes: Buffer.byteLength(before, 'utf8'), codePoints: [...before].length };
}

/**
 * The JSON result file a batch editor run (Neovim, Emacs) wrote, checked: the file exists,
 * the editor reported no errors of its own, and it exited 0. Failures show the editor's output.
 */
export function editorResult<T extends { errors: string[] }>(editor: string, r: SpawnSyncReturns<string>, out: string): T {
  const log = `${editor} exit ${r.status} ${r.signal ?? ''}\n${r.stderr}\n${r.stdout}`;
  assert.ok(existsSync(out), `${editor} wrote no result file\n${log}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as T;
  assert.deepEqual(result.errors, [], `errors inside ${editor}\n${log}`);
  assert.equal(r.status, 0, log);
  return result;
}
