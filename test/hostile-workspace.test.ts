// An untrusted workspace attacks (issue 17): each attack, small enough to run in every test
// run, with the safe outcome asserted. The size-dependent ones (190k brackets, a 300k-character
// line, a 150k-entry list) are in `npm run hostile` (scripts/hostile.ts), which CI runs too.
// Time limits here are hang guards (generous), never benchmarks.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, host, project, packError } from './helpers';
import { readRegularFile } from '../server/src/project/safe-read';
import { writeFileAtomic, WriteRefused, type WriteFs } from '../server/src/project/atomic-write';
import { vmDeadline } from '../server/src/project/deadline';
import { DeadlineExceeded } from '../server/src/engine/run/deadline';
import { compilePattern } from '../server/src/engine/text/pattern';
import { loadConfigFile, loadPack, findConfig } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { LineIndex, lint } from '../server/src/engine/index';
import { PackResolver } from '../server/src/project/packs';

const CLI = join(ROOT, 'dist', 'cli.js');
const DRAFT = '一、主要工作\n全年组织培训3场，覆盖干部120人次。\n二、存在问题\n宣传工作还不够深入。\n三、下步打算\n继续做好培训工作。\n';

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  assert.notEqual(r.signal, 'SIGTERM', `the CLI hung: ${args.join(' ')}`);
  return r;
}

function tmp(prefix = 'shengao-attack-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** CPU time of `fn` in ms (a hang guard that a busy machine does not trip). */
function cpu(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}

describe('hostile workspaces (issue 17)', function () {
  this.timeout(120_000);
  before(function () {
    if (!existsSync(CLI)) this.skip(); // npm test builds it first
  });

  describe('bounded reads', () => {
    it('a symlink to /dev/zero, a FIFO and an oversized file are refused before any byte is read', () => {
      const dir = tmp();
      symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
      spawnSync('mkfifo', [join(dir, 'pipe.yaml')]);
      writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(5000));
      const zero = readRegularFile(join(dir, 'zero.yaml'), { maxBytes: 1000 });
      assert.ok(!zero.ok && zero.code === 'not-regular' && /字符设备/.test(zero.message), JSON.stringify(zero));
      const t0 = Date.now();
      const pipe = readRegularFile(join(dir, 'pipe.yaml'), { maxBytes: 1000 });
      assert.ok(Date.now() - t0 < 5000, 'opening a FIFO blocked');
      assert.ok(!pipe.ok && pipe.code === 'not-regular' && /FIFO/.test(pipe.message), JSON.stringify(pipe));
      const big = readRegularFile(join(dir, 'big.yaml'), { maxBytes: 1000 });
      assert.ok(!big.ok && big.code === 'too-large', JSON.stringify(big));
      const ok = readRegularFile(join(dir, 'big.yaml'), { maxBytes: 5000 });
      assert.ok(ok.ok && ok.bytes.length === 5000);
    });

    it('a symlink out of the allowed folders is refused; one inside is read', () => {
      const outside = tmp('shengao-outside-');
      const dir = tmp();
      writeFileSync(join(outside, 'secret.md'), 'API_KEY=sk-1');
      writeFileSync(join(dir, 'real.md'), DRAFT);
      symlinkSync(join(outside, 'secret.md'), join(dir, 'leak.md'));
      symlinkSync(join(dir, 'real.md'), join(dir, 'alias.md'));
      const leak = readRegularFile(join(dir, 'leak.md'), { maxBytes: 1e6, within: [dir] });
      assert.ok(!leak.ok && leak.code === 'outside', JSON.stringify(leak));
      const alias = readRegularFile(join(dir, 'alias.md'), { maxBytes: 1e6, within: [dir] });
      assert.ok(alias.ok && alias.bytes.toString() === DRAFT);
    });

    it('CLI: `extends:` a symlink to /dev/zero or a FIFO is a positioned pack error, exit 2, in well under the hang guard', () => {
      for (const make of [(p: string) => symlinkSync('/dev/zero', p), (p: string) => spawnSync('mkfifo', [p])]) {
        const dir = tmp();
        make(join(dir, 'team.yaml'));
        writeFileSync(join(dir, '.shengao.yaml'), 'extends: ./team.yaml\n');
        writeFileSync(join(dir, 'a.txt'), DRAFT);
        const r = cli(['check', 'a.txt'], dir);
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, /\.shengao\.yaml:1:10: 继承的规则包文件 \.\/team\.yaml 不是普通文件/);
        assert.doesNotMatch(r.stdout, /没有发现问题/);
      }
    });

    it('CLI: a draft symlinked out of the tree is not read, and its text is in no report (SARIF, HTML, JSON)', () => {
      const outside = tmp('shengao-outside-');
      writeFileSync(join(outside, 'secret.md'), '# 密钥\n\nAPI_KEY=sk-live-9b1c，由XX同志保管。\n');
      const dir = tmp();
      mkdirSync(join(dir, 'docs'));
      writeFileSync(join(dir, 'docs', 'a.txt'), DRAFT);
      symlinkSync(join(outside, 'secret.md'), join(dir, 'docs', 'leak.md'));
      for (const format of ['sarif', 'html', 'json']) {
        const r = cli(['check', 'docs', 'docs/leak.md', '--format', format], dir);
        assert.equal(r.status, 2, r.stderr);
        assert.doesNotMatch(r.stdout, /sk-live|XX同志/, format);
        assert.match(r.stderr, /docs\/leak\.md：是指向检查范围之外/);
      }
    });

    it('CLI: a symlinked folder looping back up is not walked; each draft is reported once', () => {
      const dir = tmp();
      mkdirSync(join(dir, 'docs'));
      writeFileSync(join(dir, 'docs', 'a.txt'), DRAFT.replace('3场', 'XX场'));
      symlinkSync('..', join(dir, 'docs', 'up'));
      const r = cli(['check', '.', '--format', 'json'], dir);
      const out = JSON.parse(r.stdout) as { files: { path: string }[] };
      assert.deepEqual(
        out.files.map((f) => f.path),
        ['docs/a.txt'],
      );
    });
  });

  describe('patterns that cannot hang', () => {
    it('a project pack’s (某|某)*同志, (a|a?)+b and X*X*同志 run in linear time and still match', () => {
      for (const [pattern, text, want] of [
        ['(某|某)*同志', '某'.repeat(40) + '！某某同志', '某某同志'],
        ['(a|a?)+b', 'a'.repeat(40) + 'c aab', 'aab'],
        ['X*X*同志', 'X'.repeat(4000) + '！XX同志', 'XX同志'],
      ]) {
        const p = compilePattern(pattern, true);
        let found: string[] = [];
        const ms = cpu(() => (found = p.matches(text).map((m) => m.text)));
        assert.ok(ms < 2000, `${pattern}: ${ms} ms`);
        assert.deepEqual(found, [want], pattern);
      }
    });

    it('every built-in placeholder pattern (on V8, with look-arounds) stays linear on long runs of one character', () => {
      // (A pattern that looks behind over a run it just matched turns a paragraph of 4,000 X into minutes.)
      const config = loadPack('work-summary', ROOT, host).config;
      const runs = ['X', 'x', '×', '*', '＊', '_', '某', ' ', '　', '?', '.', '0', '年'].map((c) => '一、工作\n' + c.repeat(4000) + '！\n');
      for (const p of config.placeholders.patterns.filter((q) => !q.linear)) {
        const re = new RegExp(p.pattern, 'g');
        const ms = cpu(() => {
          for (const text of runs) text.match(re);
        });
        assert.ok(ms < 2000, `${p.pattern}: ${ms} ms`);
      }
    });

    it('a project pack’s placeholder pattern is used by the check on RE2, with \\u escapes read as JavaScript writes them', () => {
      const dir = project({ '.shengao.yaml': "placeholders:\n  patterns:\n    - pattern: '(甲|甲)*乙同\\u5fd7'\n      message: 姓名未填：{0}\n" });
      const config = loadConfigFile(join(dir, '.shengao.yaml'), host).config;
      assert.equal(config.placeholders.patterns.find((p) => p.pattern.startsWith('(甲'))?.linear, true);
      assert.equal(
        config.placeholders.patterns.some((p) => !p.linear),
        true,
        'the built-in patterns stay on V8',
      );
      let r!: ReturnType<typeof lint>;
      const ms = cpu(() => (r = lint(DRAFT + '由' + '甲'.repeat(35) + '乙同志负责。\n', { kind: 'text', config })));
      assert.ok(ms < 5000, `${ms} ms`);
      assert.ok(
        r.findings.some((f) => f.ruleId === 'text/placeholder' && f.message === `姓名未填：${'甲'.repeat(35)}乙同志`),
        JSON.stringify(r.findings.map((f) => f.message)),
      );
    });

    it('numbers/percent words from a pack are words: “(” and “(a+)+b” neither break the check nor hang it', () => {
      const dir = project({
        '.shengao.yaml': "rules:\n  numbers/percent:\n    options:\n      increaseWords: ['(', '(a+)+b', '提高']\n",
        'a.txt': DRAFT + '收入' + 'a'.repeat(40) + '12%，群众满意度提高5%。\n',
      });
      const r = cli(['check', 'a.txt', '--format', 'json'], dir);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.doesNotMatch(r.stderr, /未能完成|内部出错/);
    });

    it('the deadline stops a catastrophic regular expression mid-match', () => {
      const t0 = Date.now();
      assert.throws(() => vmDeadline(() => /(a+)+b/.test('a'.repeat(40) + 'c'), 200), DeadlineExceeded);
      assert.ok(Date.now() - t0 < 10_000);
      assert.equal(
        vmDeadline(() => 6 * 7, 200),
        42,
      );
    });
  });

  describe('a check that throws or runs away is a failed run', () => {
    it('CLI: a rule that throws → exit 2, the rule named, and never “没有发现问题”', () => {
      const dir = project({ 'a.txt': '一、主要工作\n全年组织培训3场。\n二、存在问题\n宣传不够深入。\n三、下步打算\n继续做好培训。\n' });
      const r = cli(['check', 'a.txt'], dir, { SHENGAO_TEST_THROW: 'numbers/percent' });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /规则 numbers\/percent 的结果缺失/);
      assert.doesNotMatch(r.stdout, /没有发现问题/);
    });

    it('CLI: a check that never ends is stopped at its time budget, named, and the other rules still report', () => {
      const dir = project({ 'a.txt': DRAFT + '由XX同志负责。\n' });
      const t0 = Date.now();
      const r = cli(['check', 'a.txt', '--format', 'json'], dir, { SHENGAO_TEST_SPIN: 'numbers/sum', SHENGAO_TEST_BUDGET_MS: '500' });
      assert.ok(Date.now() - t0 < 30_000);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /numbers\/sum.*超过 0\.5 秒仍未完成/);
      const out = JSON.parse(r.stdout) as { files: { findings: { ruleId: string }[] }[] };
      assert.ok(
        out.files[0].findings.some((f) => f.ruleId === 'text/placeholder'),
        'the other checks ran',
      );
    });

    it('engine: a check is blamed only for its own time; a run past its total names the checks it skipped', () => {
      const busy = (ms: number) => {
        const t = performance.now();
        while (performance.now() - t < ms) {
          /* work */
        }
      };
      const check = (name: string, work: () => void) => ({
        name,
        rules: [{ id: `test/${name}`, title: name, titleEn: name, rationale: '', defaultSeverity: 'warning' as const, fixable: false }],
        run: () => {
          work();
          return [];
        },
      });
      const config = loadPack('work-summary', ROOT, host).config;
      const bounds = (totalMs?: number) => ({ deadline: vmDeadline, budgets: { parseMs: 1000, checkMs: 400, totalMs }, clock: () => performance.now() });
      // a uses 300 ms of the call's 400; b is running when time is up, having used 100: run again, not blamed.
      const fair = lint('一、主要工作\n', { kind: 'text', config, checks: [check('a', () => busy(300)), check('b', () => busy(300))], bounds: bounds() });
      assert.deepEqual(fair.failures, []);
      const runaway = lint('一、主要工作\n', { kind: 'text', config, checks: [check('a', () => busy(300)), check('spin', () => busy(1e9))], bounds: bounds() });
      assert.deepEqual(
        runaway.failures.map((f) => f.check),
        ['spin'],
      );
      const total = lint('一、主要工作\n', {
        kind: 'text',
        config,
        checks: [check('a', () => busy(300)), check('b', () => busy(300)), check('c', () => busy(10))],
        bounds: bounds(500),
      });
      assert.deepEqual(
        total.failures.map((f) => [f.check, /未运行/.test(f.error)]),
        [['c', true]],
      );
    });

    it('engine: a Markdown parse past its budget falls back to plain text with an engine/limits note', () => {
      const text = '# 一、主要工作\n\n' + '全年开展业务培训，覆盖干部职工。\n\n'.repeat(5_000);
      const r = lint(text, {
        kind: 'markdown',
        config: loadPack('work-summary', ROOT, host).config,
        bounds: { deadline: vmDeadline, budgets: { parseMs: 1, checkMs: 10_000 } },
      });
      const note = r.findings.find((f) => f.ruleId === 'engine/limits');
      assert.ok(note, 'no engine/limits note');
      assert.match(note!.message, /Markdown 解析超过 0\.001 秒仍未完成.*按纯文本读取/);
    });
  });

  describe('atomic fixes', () => {
    const before = '一、主要工作\n对全年工作作了布署。\n';
    const after = '一、主要工作\n对全年工作作了部署。\n';

    it('a write that fails half-way (full disk) leaves the draft as it was and no temporary file behind', () => {
      const dir = tmp();
      const file = join(dir, '总结.txt');
      writeFileSync(file, before);
      chmodSync(file, 0o640);
      let written = 0;
      const failing: WriteFs = {
        ...require('node:fs'),
        writeSync: (fd: number, buf: Uint8Array, off: number, len: number) => {
          if (written > 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          written += require('node:fs').writeSync(fd, buf, off, Math.min(len, 5));
          return Math.min(len, 5);
        },
      };
      assert.throws(() => writeFileAtomic(file, Buffer.from(after), Buffer.from(before), failing), /ENOSPC/);
      assert.equal(readFileSync(file, 'utf8'), before);
      assert.deepEqual(readdirSync(dir), ['总结.txt']);
    });

    it('a fix keeps the file mode, and replaces a symlink’s target rather than the link', () => {
      const dir = tmp();
      const file = join(dir, 'real.txt');
      writeFileSync(file, before);
      chmodSync(file, 0o640);
      symlinkSync(file, join(dir, 'link.txt'));
      writeFileAtomic(join(dir, 'link.txt'), Buffer.from(after), Buffer.from(before));
      assert.equal(readFileSync(file, 'utf8'), after);
      assert.equal(statSync(file).mode & 0o777, 0o640);
      assert.ok(readdirSync(dir).sort().join() === 'link.txt,real.txt');
    });

    it('a draft changed after it was checked is not overwritten; a second fixer waits its turn', () => {
      const dir = tmp();
      const file = join(dir, 'a.txt');
      writeFileSync(file, before + '新加的一段。\n');
      assert.throws(
        () => writeFileAtomic(file, Buffer.from(after), Buffer.from(before)),
        (e: unknown) => e instanceof WriteRefused && /被改动过/.test((e as Error).message),
      );
      assert.equal(readFileSync(file, 'utf8'), before + '新加的一段。\n');
      writeFileSync(`${file}.shengao-lock`, String(process.pid));
      writeFileSync(file, before);
      assert.throws(() => writeFileAtomic(file, Buffer.from(after), Buffer.from(before)), /另一个审稿进程/);
      // A lock left by a process that no longer runs is taken over.
      writeFileSync(`${file}.shengao-lock`, '2147483646');
      writeFileAtomic(file, Buffer.from(after), Buffer.from(before));
      assert.equal(readFileSync(file, 'utf8'), after);
      assert.ok(!existsSync(`${file}.shengao-lock`));
    });

    it('CLI --fix killed at random moments leaves either the old or the new draft, never a part', function () {
      const dir = tmp();
      const file = join(dir, 'big.txt');
      const old = (before + '全年开展培训12场，覆盖干部300余人次。\n').repeat(60_000);
      for (let k = 0; k < 6; k++) {
        writeFileSync(file, old);
        const child = require('node:child_process').spawn(process.execPath, [CLI, 'check', '--fix', 'big.txt'], { cwd: dir, stdio: 'ignore' });
        const wait = 200 + k * 150;
        const t0 = Date.now();
        while (Date.now() - t0 < wait) {
          /* let it run */
        }
        child.kill('SIGKILL');
        spawnSync('sleep', ['0.2']);
        const now = readFileSync(file, 'utf8');
        assert.ok(
          now === old || now === old.split('布署').join('部署'),
          `after a kill at ${wait} ms the draft is ${now.length} characters (was ${old.length})`,
        );
      }
    });
  });

  describe('packs', () => {
    it('a symlinked extends cycle is reported as a cycle', () => {
      const dir = project({ 'a.yaml': 'name: a\nextends: ./b.yaml\n' });
      symlinkSync(join(dir, 'a.yaml'), join(dir, 'b.yaml'));
      const e = packError(() => loadPack('./a.yaml', dir, host));
      assert.match(e.problem, /循环继承/);
    });

    it('an alias bomb is refused at the first alias', () => {
      const body = [
        'a: &a ["x","x","x","x","x","x","x","x","x"]',
        ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
        'allow: *h',
        '',
      ].join('\n');
      const dir = project({ '.shengao.yaml': body });
      const e = packError(() => loadConfigFile(join(dir, '.shengao.yaml'), host));
      assert.match(e.problem, /别名.*展开过多/);
      assert.ok(e.line >= 2, e.message);
    });

    it('a list over the cap is refused at its key; one under the cap of 20,000 words loads without a stack overflow', () => {
      const words = (n: number) => Array.from({ length: n }, (_, i) => `  - 词${i}`).join('\n');
      const dir = project({ '.shengao.yaml': `name: big\nallow:\n${words(20_000)}\n` });
      assert.equal(loadConfigFile(join(dir, '.shengao.yaml'), host).config.allow.length, 20_000);
    });
  });

  describe('restricted mode (an untrusted workspace)', () => {
    it('reads only built-in packs and YAML files inside the workspace: no node_modules, no absolute path, nothing outside', () => {
      const outside = tmp('shengao-outside-');
      writeFileSync(join(outside, 'team.yaml'), 'name: team\n');
      const ws = project({ 'ok.yaml': 'name: ok\nextends: work-summary\n' });
      mkdirSync(join(ws, 'node_modules', 'p'), { recursive: true });
      writeFileSync(join(ws, 'node_modules', 'p', 'pack.yaml'), 'name: p\n');
      symlinkSync(join(outside, 'team.yaml'), join(ws, 'linked.yaml'));
      const restricted = nodeHost({ builtinDir: join(ROOT, 'rules'), allowPackages: false, within: [ws] });
      assert.equal(loadPack('./ok.yaml', ws, restricted).config.name, 'ok');
      assert.match(packError(() => loadPack('./node_modules/p/pack.yaml', ws, restricted)).problem, /受限模式下不读取 node_modules/);
      assert.match(packError(() => loadPack(join(outside, 'team.yaml'), ws, restricted)).problem, /受限模式下不读取绝对路径/);
      assert.match(packError(() => loadPack('./linked.yaml', ws, restricted)).problem, /检查范围之外/);
      assert.match(packError(() => loadPack('/dev/zero', ws, restricted)).problem, /受限模式下不读取绝对路径/);
    });

    it('the configuration search stops at the workspace folder and at a repository root', () => {
      const top = project({ '.shengao.yaml': 'name: above\n' });
      mkdirSync(join(top, 'repo', '.git'), { recursive: true });
      mkdirSync(join(top, 'repo', 'docs'));
      assert.equal(findConfig(join(top, 'repo', 'docs'), host), undefined, 'a config above the repository is not the project’s');
      mkdirSync(join(top, 'ws', 'docs'), { recursive: true });
      assert.equal(findConfig(join(top, 'ws', 'docs'), host, join(top, 'ws')), undefined);
      const resolver = new PackResolver(nodeHost({ allowPackages: false, builtinDir: join(ROOT, 'rules'), within: [join(top, 'ws')] }));
      assert.equal(resolver.resolve(join(top, 'ws', 'docs', 'a.md'), { root: join(top, 'ws') }).configFile, undefined);
    });
  });

  describe('smaller points', () => {
    const config = () => loadPack('work-summary', ROOT, host).config;

    it('an unclosed shengao-disable is reported at the comment, with how much it silences', () => {
      const text = '一、主要工作\n<!-- shengao-disable text/placeholder -->\n由XX同志负责。\n二、存在问题\n宣传不够。\n三、下步打算\n继续做好。\n';
      const r = lint(text, { kind: 'text', config: config() });
      const f = r.findings.filter((x) => x.ruleId === 'engine/unclosed-disable');
      assert.equal(f.length, 1);
      assert.equal(text.slice(f[0].start, f[0].end), '<!-- shengao-disable text/placeholder -->');
      assert.match(f[0].message, /没有 shengao-enable：其后约 5 行都不检查/);
      assert.ok(!r.findings.some((x) => x.ruleId === 'text/placeholder'), 'the disable itself still works');
      const closed = lint(text.replace('由XX同志负责。\n', '由XX同志负责。\n<!-- shengao-enable text/placeholder -->\n'), { kind: 'text', config: config() });
      assert.ok(!closed.findings.some((x) => x.ruleId === 'engine/unclosed-disable'));
    });

    it('zero-width characters inside 某某 or 布署 do not hide them; the fix removes them too', () => {
      const text = '一、主要工作\n由某\u200B某同志对全年工作作了布\u200D署。\n';
      const r = lint(text, { kind: 'text', config: config() });
      const ph = r.findings.find((x) => x.ruleId === 'text/placeholder');
      assert.ok(ph, JSON.stringify(r.findings.map((x) => x.ruleId)));
      assert.equal(text.slice(ph!.start, ph!.end), '某\u200B某');
      const term = r.findings.find((x) => x.ruleId === 'terms/preferred');
      assert.ok(term && text.slice(term.start, term.end) === '布\u200D署', JSON.stringify(term));
      assert.equal(term!.fix?.edits[0].newText, '部署');
    });

    it('figures beyond 10^15 are never used in arithmetic (no “1e+23” in a message)', () => {
      const text = '一、主要工作\n全年收入100000000000000000000000元，其中财政拨款1元、经营收入100000000000000000000000元。增长率为100000000000000000000%。\n';
      const r = lint(text, { kind: 'text', config: config() });
      for (const f of r.findings) assert.doesNotMatch(f.message, /e\+|Infinity|NaN|÷0/, f.message);
    });

    it('the size note on one over-long line says how far into that line was checked', () => {
      const text = '全年开展培训。'.repeat(80_000);
      const r = lint(text, { kind: 'text', config: config() });
      const note = r.findings.find((x) => x.ruleId === 'engine/limits');
      assert.ok(note);
      assert.match(note!.message, /只检查到第 1 行第 [0-9,]+ 个字，其后未检查/);
    });
  });

  describe('long lines', () => {
    it('columns are counted in characters by binary search (astral characters once each)', () => {
      const text = 'a𠮷b\n𠮷𠮷c𠮷d';
      const idx = new LineIndex(text);
      assert.deepEqual(idx.lineColumn(text.indexOf('b')), { line: 1, column: 3 });
      assert.deepEqual(idx.lineColumn(text.indexOf('c')), { line: 2, column: 3 });
      assert.deepEqual(idx.lineColumn(text.indexOf('d')), { line: 2, column: 5 });
    });
  });
});

after(() => {
  for (const d of readdirSync(tmpdir())) if (/^shengao-(attack|outside)-/.test(d)) rmSync(join(tmpdir(), d), { recursive: true, force: true });
});
