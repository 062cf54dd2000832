// bin/shengao.js starts dist/cli.js from V8's code cache (dist/cli.js.cache, written by the
// build), and dist/server.js the language server (dist/server-main.js.cache): the same report
// as a plain require, and a cache made from another dist/cli.js is never used, even when V8
// itself would take it (same length, same flags).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_V8_FLAGS } from '../server/src/cli/compiler-budget';
import { ROOT } from './helpers';

const DRAFT = [
  '# 2025年度综合科工作总结',
  '',
  '## 一、主要工作',
  '',
  '全年共受理来文412件，办结398件，办结率96.6%。其中，上级来文210件，下级请示202件。',
  '',
  '（一）完善公文流转制度，由XX同志牵头修订办法。',
  '',
  '（三）组织业务培训6期，参训人员达到人次。',
  '',
  '## 二、存在的问题',
  '',
  '部分科室报送材料不够及时。',
  '',
  '## 三、下一步工作打算',
  '',
  '力争2026年公文平均办理时限缩短到3个工作日。',
  '',
].join('\n');

function run(script: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.SHENGAO_WRITE_CODE_CACHE;
  const r = spawnSync(process.execPath, [script, 'check', '.', '--format', 'json'], { cwd, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** dist/<bundle>.cache, asserted to have been made from this very dist/<bundle> (its SHA-1 in the first 40 bytes). */
function assertCacheOf(bundle: string): Buffer {
  const cache = readFileSync(join(ROOT, 'dist', `${bundle}.cache`));
  assert.equal(
    cache.toString('latin1', 0, 40),
    createHash('sha1')
      .update(readFileSync(join(ROOT, 'dist', bundle)))
      .digest('hex'),
  );
  return cache;
}

/** An environment that asks the loader to report on its cache and never write one. */
function debugEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SHENGAO_DEBUG_CODE_CACHE: '1' };
  delete env.SHENGAO_WRITE_CODE_CACHE;
  return env;
}

/** The packaged layout in a temporary folder: bin/shengao.js, the given files of dist/, rules/ and package.json. */
function packageLayout(prefix: string, distFiles: string[]): string {
  const pkg = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(pkg, 'bin'));
  mkdirSync(join(pkg, 'dist'));
  copyFileSync(join(ROOT, 'bin', 'shengao.js'), join(pkg, 'bin', 'shengao.js'));
  for (const f of ['code-cache.js', ...distFiles]) copyFileSync(join(ROOT, 'dist', f), join(pkg, 'dist', f));
  symlinkSync(join(ROOT, 'rules'), join(pkg, 'rules'));
  symlinkSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  return pkg;
}

describe('bin/shengao.js and the code cache', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'shengao-cache-'));
    writeFileSync(join(dir, '综合科工作总结.md'), DRAFT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the build leaves a cache made from this dist/cli.js', () => {
    const cache = assertCacheOf('cli.js');
    assert.ok(cache.length > 100_000, `cache of ${cache.length} bytes`);
  });

  it('sets the flags dist/cli.js sets, so that V8 accepts the cache', () => {
    const bin = readFileSync(join(ROOT, 'bin', 'shengao.js'), 'utf8');
    assert.ok(bin.includes(`const FLAGS = '${CLI_V8_FLAGS}';`), `bin/shengao.js must set ${CLI_V8_FLAGS}`);
  });

  it('reports exactly what a plain require of dist/cli.js reports', () => {
    const cached = run(join(ROOT, 'bin', 'shengao.js'), dir);
    const plain = run(join(ROOT, 'dist', 'cli.js'), dir);
    assert.equal(cached.status, 1, cached.stderr);
    assert.equal(cached.stdout, plain.stdout);
    assert.equal(cached.stderr, plain.stderr);
    assert.match(cached.stdout, /text\/placeholder/);
    assert.match(cached.stdout, /人次/);
  });

  it('ignores a cache made from another dist/cli.js of the same length', () => {
    // The packaged layout, with one message of dist/cli.js changed in place (same length).
    const pkg = packageLayout('shengao-stale-', ['check-worker.js', 'builtin-packs.json', 'jieba-ts.bin', 'cli.js.cache']);
    try {
      // “人次”前缺少数字：这里的数据尚未填写 → …尚未补写 (\u586b → \u8865): the message changes, the length does not.
      const code = readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8');
      const needle = '\\u5C1A\\u672A\\u586B\\u5199'; // esbuild's escapes
      assert.ok(code.includes(needle), 'the placeholder message in dist/cli.js');
      const changed = code.split(needle).join('\\u5C1A\\u672A\\u8865\\u5199');
      assert.equal(changed.length, code.length);
      writeFileSync(join(pkg, 'dist', 'cli.js'), changed);
      const r = run(join(pkg, 'bin', 'shengao.js'), dir);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /“人次”前缺少数字：这里的数据尚未补写/);
      assert.doesNotMatch(r.stdout, /这里的数据尚未填写/);
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });

  it('dist/server.js starts the language server from the cache the build made', () => {
    const env = debugEnv();
    assertCacheOf('server-main.js');
    // V8 takes it: the flags set before compiling are the ones the cache was written under.
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'server.js'), '--version'], { encoding: 'utf8', env });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'shengao-language-server 0.1.0\n');
    assert.equal(r.stderr, 'shengao code cache: accepted\n');
  });

  it('the language server starts without its cache too', () => {
    const pkg = packageLayout('shengao-server-nocache-', ['server.js', 'server-main.js', 'builtin-packs.json', 'jieba-ts.bin']);
    try {
      const env = debugEnv();
      const r = spawnSync(process.execPath, [join(pkg, 'dist', 'server.js'), '--version'], { encoding: 'utf8', env });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, 'shengao-language-server 0.1.0\n');
      assert.equal(r.stderr, 'shengao code cache: none\n');
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });

  it('runs without a cache (a layout that has none)', () => {
    const pkg = packageLayout('shengao-nocache-', ['cli.js', 'check-worker.js', 'builtin-packs.json', 'jieba-ts.bin']);
    try {
      const r = run(join(pkg, 'bin', 'shengao.js'), dir);
      assert.equal(r.status, 1, r.stderr);
      assert.equal(r.stdout, run(join(ROOT, 'bin', 'shengao.js'), dir).stdout);
      assert.ok(!existsSync(join(pkg, 'dist', 'cli.js.cache')), 'nothing written at run time');
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });
});
