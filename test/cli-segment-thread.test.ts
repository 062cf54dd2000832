// With SHENGAO_SEGMENT_THREAD=1 a sequential `shengao check` segments in a second thread
// (server/src/cli/segment-thread.ts): the report is byte for byte the one jieba in the main
// thread gives (the default),
// --fix writes the same files, and a segmentation thread that is missing, throws at load,
// cannot load jieba or dies in the middle of the run changes nothing but the debug line:
// jieba then loads in the main thread. Spawned as a user runs it (node bin/shengao.js).
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './helpers';
import type { JsonReport } from '../server/src/cli/formatters/json';

const BIN = join(ROOT, 'bin', 'shengao.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'parallel');

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(script: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Ran> {
  const base = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'SHENGAO_SEGMENTER', 'SHENGAO_JOBS', 'SHENGAO_DEBUG', 'SHENGAO_SEGMENT_THREAD', 'NODE_PATH']) delete base[k];
  return new Promise((resolvePromise, reject) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [script, 'check', ...args], { cwd, env: { ...base, SHENGAO_DEBUG: '1', ...env } });
    let stdout = '';
    let stderr = '';
    // A thread that hangs the run would never exit: fail with what it printed instead of waiting for mocha.
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

const debugLine = (stderr: string) => stderr.split('\n').find((l) => l.includes('(jobs:')) ?? '';
const withoutDebug = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => !l.includes('(jobs:'))
    .join('\n');

/**
 * The fixture drafts, plus drafts written for what the thread must answer outside the
 * prefetch: short section titles classified by their words (cut while the model is built),
 * a 、-list before a count (numbers/count segments the list's last item on its own), a
 * term to fix, a byte-order mark and a plain-text draft.
 */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shengao-segthread-'));
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(
    join(dir, '10-档案馆工作总结.md'),
    [
      '# 市档案馆2024年工作总结',
      '',
      '## 一、聚焦主责主业，馆藏资源持续丰富',
      '',
      '全年接收进馆档案2.3万卷，完成馆藏档案数字化146万页。开展征集、整理、鉴定三项工作，征集名人档案312件。',
      '',
      '## 二、深化开放利用',
      '',
      '组织调研、座谈、走访四项活动，接待查档群众5600人次，办结率达到98.6%，较上年提高1.2个百分点。',
      '',
      '## 三、短板弱项',
      '',
      '库房面积不足，部分档案保管条件有待改善。',
      '',
      '## 四、明年打算',
      '',
      '推进新馆建设，计划新增库房面积3000平方米。',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, '11-社区述职报告.txt'),
    '\uFEFF社区党委书记2024年述职报告\n\n一、履职情况\n全年走访居民1200户，化解矛盾纠纷86件，其中邻里纠纷52件、物业纠纷34件。各网格员再接再励，担当做为。\n\n二、存在的不足\n为民服务的方式还不够多样。\n\n三、下步打算\n完成老旧小区改造3个，新增停车位240个。\n',
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

/**
 * A copy of the CLI whose dist/segment-worker.js is `worker` (undefined: none at all);
 * node_modules points back to the repository's, so jieba can load in the main thread.
 */
function cliWithWorker(worker: string | undefined): string {
  const pkg = mkdtempSync(join(tmpdir(), 'shengao-segworker-'));
  mkdirSync(join(pkg, 'bin'));
  mkdirSync(join(pkg, 'dist'));
  copyFileSync(BIN, join(pkg, 'bin', 'shengao.js'));
  for (const f of ['cli.js', 'builtin-packs.json']) copyFileSync(join(ROOT, 'dist', f), join(pkg, 'dist', f));
  symlinkSync(join(ROOT, 'rules'), join(pkg, 'rules'));
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
  if (worker !== undefined) writeFileSync(join(pkg, 'dist', 'segment-worker.js'), worker);
  return join(pkg, 'bin', 'shengao.js');
}

const ON = { SHENGAO_SEGMENT_THREAD: '1' };
const REAL_WORKER = JSON.stringify(join(ROOT, 'dist', 'segment-worker.js'));

describe('shengao check: segmentation thread', function () {
  this.timeout(240_000);
  let dir: string;
  let off: Ran;

  before(async function () {
    assert.ok(existsSync(join(ROOT, 'dist', 'segment-worker.js')), 'dist/segment-worker.js is missing: run npm run build');
    dir = workspace();
    off = await run(BIN, ['--format', 'json'], dir, {});
  });

  it('gives the same JSON report, stderr and exit code as jieba in the main thread', async () => {
    const on = await run(BIN, ['--format', 'json'], dir, ON);
    assert.match(debugLine(on.stderr), /在主线程中，分词线程（预取 \d+ 次/);
    assert.doesNotMatch(debugLine(off.stderr), /分词/);
    assert.equal(on.stdout, off.stdout);
    assert.equal(withoutDebug(on.stderr), withoutDebug(off.stderr));
    assert.equal(on.code, off.code);
    // Real findings that need words: the drafts are checked, not skipped.
    const report = JSON.parse(on.stdout) as JsonReport;
    const mine = report.files.find((f) => f.path === '10-档案馆工作总结.md');
    assert.ok(mine, 'the archive draft is in the report');
    const rules = new Set(report.files.flatMap((f) => f.findings.map((x) => x.ruleId)));
    assert.ok(rules.has('terms/preferred'), `terms found: ${[...rules].join(', ')}`);
    assert.ok(report.files.length >= 10);
  });

  it('gives the same stylish report', async () => {
    const a = await run(BIN, [], dir, {});
    const b = await run(BIN, [], dir, ON);
    assert.equal(b.stdout, a.stdout);
    assert.equal(b.code, a.code);
  });

  it('--fix writes the same files with the thread as without', async () => {
    const a = workspace();
    const b = workspace();
    const seq = await run(BIN, ['--fix', '--format', 'json'], a, {});
    const thr = await run(BIN, ['--fix', '--format', 'json'], b, ON);
    assert.match(debugLine(thr.stderr), /分词线程（/);
    assert.equal(thr.stdout.split(b).join('<dir>'), seq.stdout.split(a).join('<dir>'));
    const fa = filesUnder(a);
    const fb = filesUnder(b);
    assert.deepEqual([...fb.keys()].sort(), [...fa.keys()].sort());
    for (const [k, v] of fa) assert.ok(v.equals(fb.get(k)!), `${k} differs after --fix`);
    // Something was fixed (再接再励 → 再接再厉), and the byte-order mark was kept.
    const txt = fb.get('11-社区述职报告.txt')!.toString('utf8');
    assert.ok(txt.startsWith('\uFEFF'));
    assert.match(txt, /再接再厉/);
  });

  it('a single draft is checked without the thread (its start-up would cost more than it saves)', async () => {
    const a = await run(BIN, ['--format', 'json', '10-档案馆工作总结.md'], dir, {});
    const b = await run(BIN, ['--format', 'json', '10-档案馆工作总结.md'], dir, ON);
    assert.match(debugLine(b.stderr), /检查了 1 份文稿，在主线程中 \(jobs/);
    assert.equal(b.stdout, a.stdout);
    assert.equal(b.code, a.code);
    // Two drafts do use it.
    const two = await run(BIN, ['--format', 'json', '10-档案馆工作总结.md', '11-社区述职报告.txt'], dir, ON);
    assert.match(debugLine(two.stderr), /检查了 2 份文稿，在主线程中，分词线程（/);
  });

  it('is off by default and with SHENGAO_SEGMENT_THREAD=0', async () => {
    assert.doesNotMatch(debugLine(off.stderr), /分词/);
    const zero = await run(BIN, ['--format', 'json'], dir, { SHENGAO_SEGMENT_THREAD: '0' });
    assert.doesNotMatch(debugLine(zero.stderr), /分词/);
    assert.equal(zero.stdout, off.stdout);
  });

  it('--jobs 2 and a custom SHENGAO_SEGMENTER do not use it', async () => {
    const par = await run(BIN, ['--format', 'json', '--jobs', '2'], dir, ON);
    assert.match(debugLine(par.stderr), /2 个工作线程 \(jobs/);
    assert.equal(par.stdout, off.stdout);
    const basic = await run(BIN, ['--format', 'json'], dir, { ...ON, SHENGAO_SEGMENTER: 'basic' });
    assert.doesNotMatch(debugLine(basic.stderr), /分词/);
  });

  const broken: { what: string; worker: string | undefined; reason: RegExp }[] = [
    { what: 'is missing', worker: undefined, reason: /找不到 segment-worker\.js/ },
    { what: 'throws while loading', worker: `throw new Error('分词线程脚本损坏');`, reason: /退出|损坏/ },
    {
      what: 'cannot load jieba',
      worker: `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === '@node-rs/jieba') throw new Error('no native binding in this thread');
  return load.call(this, request, ...rest);
};
require(${REAL_WORKER});`,
      reason: /no native binding in this thread/,
    },
    {
      what: 'dies in the middle of the run',
      worker: `const { workerData } = require('node:worker_threads');
const post = workerData.reply.postMessage.bind(workerData.reply);
let n = 0;
workerData.reply.postMessage = (...args) => {
  if (++n > 5) process.exit(3);
  return post(...args);
};
require(${REAL_WORKER});`,
      reason: /意外退出/,
    },
  ];
  for (const b of broken) {
    it(`a segmentation thread that ${b.what}: jieba loads in the main thread, same report`, async () => {
      const r = await run(cliWithWorker(b.worker), ['--format', 'json'], dir, ON);
      assert.match(debugLine(r.stderr), /分词改在主线程（/);
      assert.match(debugLine(r.stderr), b.reason);
      assert.equal(r.stdout, off.stdout);
      assert.equal(withoutDebug(r.stderr), withoutDebug(off.stderr));
      assert.equal(r.code, off.code);
    });
  }
});
