// `shengao check --jobs N`: drafts linted in worker threads give exactly the report of
// a sequential run (same order, same findings, same exit code), --fix writes the same
// files, and a worker that cannot start fails the run clearly instead of hanging.
// Spawned as a user runs it (node bin/shengao.js) on the drafts in fixtures/parallel.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './helpers';
import type { JsonReport } from '../server/src/cli/formatters/json';
import { threadCount } from '../server/src/project/pool';

const BIN = join(ROOT, 'bin', 'shengao.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'parallel');

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Ran> {
  const base = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'SHENGAO_SEGMENTER', 'SHENGAO_JOBS', 'SHENGAO_DEBUG', 'NODE_PATH']) delete base[k];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    // A hung pool would never exit: fail the test with what it printed instead of waiting for mocha.
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

const check = (dir: string, args: string[], env: Record<string, string> = {}) => run(BIN, ['check', ...args], dir, env);

/** The debug line says how the run was done; the rest of stderr must match between runs. */
function debugLine(stderr: string): string {
  return stderr.split('\n').find((l) => l.includes('(jobs:')) ?? '';
}
function withoutDebug(stderr: string): string {
  return stderr
    .split('\n')
    .filter((l) => !l.includes('(jobs:'))
    .join('\n');
}

/** The fixture drafts plus what cannot live in git as text: a binary file and a draft with a byte-order mark and a fixable term. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shengao-parallel-'));
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(join(dir, '00-扫描件.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xe5, 0xb7, 0xa5]));
  writeFileSync(
    join(dir, '09-团委工作总结.md'),
    '\uFEFF# 团县委2024年工作总结\n\n## 一、工作开展情况\n\n全年发展团员320名，组织志愿服务活动46场。各级团组织再接再励，担当做为。\n\n## 二、存在的问题\n\n基层团组织活力不足。\n\n## 三、下步打算\n\n深化“青年大学习”，全年开展主题团日活动12次。\n',
  );
  return dir;
}

function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe('shengao check --jobs (worker threads)', function () {
  this.timeout(180_000);
  let dir: string;

  before(function () {
    assert.ok(existsSync(join(ROOT, 'dist', 'check-worker.js')), 'dist/check-worker.js is missing: run npm run build');
    dir = workspace();
  });

  for (const format of ['stylish', 'json', 'sarif']) {
    it(`--jobs 1 and --jobs 2 print the same ${format} report, stderr and exit code`, async () => {
      const env = { SHENGAO_DEBUG: '1' };
      const seq = await check(dir, ['--format', format, '--jobs', '1'], env);
      const par = await check(dir, ['--format', format, '--jobs', '2'], env);
      assert.match(debugLine(seq.stderr), /在主线程中/);
      assert.match(debugLine(par.stderr), /2 个工作线程/);
      assert.equal(par.stdout, seq.stdout);
      assert.equal(withoutDebug(par.stderr), withoutDebug(seq.stderr));
      assert.equal(par.code, seq.code);
      // The broken .shengao.yaml in 乡镇/ makes it a configuration error for both.
      assert.equal(seq.code, 2);
      assert.match(seq.stderr, /work-sumary/);
      assert.match(seq.stderr, /00-扫描件\.md：二进制文件/);
      if (format === 'json') {
        const report = JSON.parse(par.stdout) as JsonReport;
        // Twelve drafts checked (the binary one skipped, the two under 乡镇/ not checked), in path order.
        assert.equal(report.files.length, 12);
        assert.deepEqual(
          report.files.map((f) => f.path),
          [...report.files.map((f) => f.path)].sort(),
        );
        const byPath = new Map(report.files.map((f) => [f.path, f]));
        assert.deepEqual(
          byPath.get('04-信息中心季度小结.md')!.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`),
          ['5:33 numbers/sum'],
        );
        // 述职/ has its own .shengao.yaml (extends debriefing, which knows the 廉洁自律 section).
        const shuzhi = byPath.get('述职/办公室主任述职报告.md')!;
        assert.equal(shuzhi.pack, '办公室述职');
        assert.ok(shuzhi.sections.some((s) => s.kind === 'integrity'));
        assert.equal(byPath.get('01-教育局2024年工作总结.md')!.findings.length, 0);
        assert.deepEqual(
          byPath.get('01-教育局2024年工作总结.md')!.sections.map((s) => s.kind),
          ['duties', 'problems', 'next'],
        );
        assert.deepEqual(
          report.skipped.map((s) => s.path),
          ['00-扫描件.md'],
        );
      }
    });
  }

  it('SHENGAO_JOBS picks the threads when --jobs is not given, and --jobs wins over it', async () => {
    const env = await check(dir, ['--format', 'json'], { SHENGAO_JOBS: '2', SHENGAO_DEBUG: '1' });
    assert.match(debugLine(env.stderr), /2 个工作线程/);
    const flag = await check(dir, ['--format', 'json', '-j', '1'], { SHENGAO_JOBS: '2', SHENGAO_DEBUG: '1' });
    assert.match(debugLine(flag.stderr), /在主线程中/);
    assert.equal(env.stdout, flag.stdout);
  });

  it('--fix in parallel writes the same files as a sequential --fix', async () => {
    const a = workspace();
    const b = workspace();
    const seq = await check(a, ['--fix', '--format', 'json', '--jobs', '1']);
    const par = await check(b, ['--fix', '--format', 'json', '--jobs', '2']);
    // Config paths are absolute: the two workspaces differ only there.
    assert.equal(par.stdout.split(b).join('<dir>'), seq.stdout.split(a).join('<dir>'));
    assert.equal(par.code, seq.code);
    const fa = filesUnder(a);
    const fb = filesUnder(b);
    assert.deepEqual([...fb.keys()].sort(), [...fa.keys()].sort());
    for (const [path, bytes] of fa) assert.ok(bytes.equals(fb.get(path)!), `${path} differs between the sequential and the parallel --fix`);
    // The fixes were really applied, each file once, the byte-order mark kept.
    const tuan = fb.get('09-团委工作总结.md')!.toString('utf8');
    assert.ok(tuan.startsWith('\uFEFF# 团县委'));
    assert.match(tuan, /各级团组织再接再厉，担当作为。/);
    assert.match(fb.get('02-卫健委上半年工作总结.md')!.toString('utf8'), /再接再厉推进健康县城建设/);
    assert.match(fb.get('06-农业农村局总结.txt')!.toString('utf8'), /（二）乡村振兴。/);
    const report = JSON.parse(par.stdout) as JsonReport;
    assert.equal(report.files.find((f) => f.path === '09-团委工作总结.md')!.fixed, 2);
    assert.equal(report.files.find((f) => f.path === '01-教育局2024年工作总结.md')!.fixed, 0);
    // Untouched: the drafts of the broken config, and the binary file.
    assert.ok(fb.get('乡镇/青山镇工作总结.md')!.equals(readFileSync(join(FIXTURES, '乡镇/青山镇工作总结.md'))));
    assert.equal(fb.get('00-扫描件.md')!.length, 10);
  });

  it('a worker that cannot load the segmenter stops the run with the error and exit code 2', async () => {
    // The packaged layout (bin → dist/cli.js, dist/check-worker.js) without node_modules:
    // neither dist/jieba-ts.bin nor the dictionary it is compiled from, so every worker fails as it starts.
    const pkg = mkdtempSync(join(tmpdir(), 'shengao-nojieba-'));
    mkdirSync(join(pkg, 'bin'));
    mkdirSync(join(pkg, 'dist'));
    copyFileSync(BIN, join(pkg, 'bin', 'shengao.js'));
    for (const f of ['cli.js', 'code-cache.js', 'check-worker.js', 'builtin-packs.json']) copyFileSync(join(ROOT, 'dist', f), join(pkg, 'dist', f));
    symlinkSync(join(ROOT, 'rules'), join(pkg, 'rules'));
    const script = join(pkg, 'bin', 'shengao.js');
    const par = await run(script, ['check', '--jobs', '2'], dir, { SHENGAO_DEBUG: '1' });
    const seq = await run(script, ['check', '--jobs', '1'], dir);
    assert.equal(par.code, 2, par.stderr);
    assert.match(par.stderr, /shengao: 出错了：无法加载分词器 jieba-ts/);
    assert.equal(par.stdout, '');
    assert.equal(seq.code, 2);
    assert.equal(
      seq.stderr.split('\n')[0],
      par.stderr.split('\n').find((l) => l.startsWith('shengao: 出错了')),
    );
  });

  it('auto: one thread per two cores and per ~300 KB of drafts; few or small drafts stay in the main thread', () => {
    const big = mkdtempSync(join(tmpdir(), 'shengao-sizes-'));
    const paragraph = '全年完成固定资产投资4.2亿元，新引进项目7个，新建高标准农田1.5万亩。\n'.repeat(320);
    const files = Array.from({ length: 40 }, (_, i) => {
      const f = join(big, `${i}.md`);
      writeFileSync(f, paragraph); // ≈ 31 KB each, 1.25 MB in all
      return f;
    });
    assert.equal(threadCount('auto', files, 8), 4);
    assert.equal(threadCount('auto', files, 4), 2);
    assert.equal(threadCount('auto', files, 2), 1);
    assert.equal(threadCount('auto', files.slice(0, 12), 8), 1);
    assert.equal(threadCount(3, files, 2), 3);
    assert.equal(threadCount(4, files.slice(0, 2), 8), 2);
    assert.equal(threadCount(undefined, files, 8), 1);
  });

  it('refuses a --jobs that is not a whole number ≥ 1 or auto', async () => {
    for (const bad of ['0', 'two', '-1']) {
      const r = await check(dir, ['--jobs', bad]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--jobs/);
    }
    const env = await check(dir, [], { SHENGAO_JOBS: 'many' });
    assert.equal(env.code, 2);
    assert.match(env.stderr, /SHENGAO_JOBS 应为不小于 1 的整数或 auto/);
  });
});
