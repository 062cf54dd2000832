// The `shengao` command over real folders: spawned as a user runs it
// (node bin/shengao.js), on drafts written here for the purpose.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RULES } from '../server/src/engine/index';
import { findConfig, loadConfigFile } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { ROOT } from './helpers';
import type { JsonReport } from '../server/src/cli/formatters/json';
import { cli } from '../server/src/cli/cli';

const BIN = join(ROOT, 'bin', 'shengao.js');
const DIST = join(ROOT, 'dist', 'cli.js');

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Ran> {
  const base = { ...process.env };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  delete base.SHENGAO_SEGMENTER;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/**
 * The same command in this process (no Node start-up, no segmenter reload): for the
 * many flag variants. The main flows above each run the real binary.
 */
async function call(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, {
    cwd,
    env: { ...env },
    stdout: { write: (x: string) => (stdout += x), isTTY: false },
    stderr: { write: (x: string) => (stderr += x) },
  });
  return { code, stdout, stderr };
}

/** A temporary folder holding `files` (string → UTF-8, Buffer → raw bytes). */
function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shengao-cli-'));
  for (const [name, body] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, body);
  }
  return dir;
}

function json(r: Ran): JsonReport {
  try {
    return JSON.parse(r.stdout) as JsonReport;
  } catch {
    assert.fail(`stdout is not JSON:\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}

/** 1-based line and code-point column of the first `needle` in `text`, counted independently of the engine. */
function whereIs(text: string, needle: string, from = 0): { line: number; column: number } {
  const i = text.indexOf(needle, from);
  assert.ok(i >= 0, `fixture lacks ${needle}`);
  const before = text.slice(0, i);
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
}

// ---------------------------------------------------------------- drafts

/** Markdown: headings with Chinese numbering, `1、` items (style warnings) and an XX placeholder (error). */
const MARKET_MD = `# 2024年度市场监管所工作总结

2024年，我所在区局党组的坚强领导下，围绕“守底线、促发展”的工作目标，扎实推进各项监管任务。

## 一、主要工作及成效

1、食品安全监管持续加强。全年检查食品经营主体1260家次，下达责令整改通知书85份，立案查处违法案件23起。

2、营商环境不断优化。推行“一件事一次办”，新设立市场主体3180户，同比增长12.5%。由XX同志牵头开展“放心消费在身边”活动。

## 二、存在的问题

（一）监管力量不足。全所在编人员仅9名，人均监管主体超过600户。

（二）智慧监管手段不多。信息化系统使用率不高，数据共享不畅。

## 三、下步工作打算

（一）强化队伍建设。开展执法业务培训4期，提升执法规范化水平。

（二）推进智慧监管。全面应用“互联网+监管”平台，实现日常检查全程留痕。
`;

/** Plain text with CRLF line ends and 𠮷 (outside the BMP) before a placeholder on the same line. */
const COMMUNITY_CRLF = [
  '一、履行职责情况',
  '（一）抓实社区服务。全年走访群众1200余户，解决急难愁盼问题56件。',
  '（二）组织𠮷祥社区志愿服务队开展活动18次，由XX同志负责台账管理。',
  '二、存在的问题',
  '（一）服务精细化程度不够，部分群众诉求办理周期偏长。',
  '三、下步工作打算',
  '（一）健全群众诉求闭环办理机制，确保按期办结率达到95%以上。',
  '',
].join('\r\n');

/** A clean plain-text draft: preamble, three recognised sections, nothing to report. */
const OFFICE_CLEAN = `2024年度办公室工作总结

一、履行职责情况
（一）文稿起草质量稳步提升。全年起草各类综合文稿126篇，其中3篇获上级领导批示肯定。
（二）会务保障规范有序。圆满完成各类会议保障48场次，未发生差错。
二、存在的问题
（一）调查研究不够深入，部分文稿对基层实际情况掌握不够全面。
三、下步工作打算
（一）加强调查研究，每季度至少开展一次专题调研，形成高质量调研报告。
`;

/** Warnings only: two `1、` items (outline/style, fixable), no error. */
const ARCHIVE_WARN = `一、履行职责情况
1、完善档案管理制度。修订档案管理办法2项，完成年度归档文件2300余件。
2、推进档案数字化。完成历史档案扫描18万页，数字化率达到85%。
二、存在的问题
1.档案专业人员不足，兼职档案员流动性较大。
三、下步工作打算
1.开展档案业务培训2期，提升兼职档案员业务能力。
`;

/** Errors only (placeholders), for "nothing but errors" checks. */
const PLACEHOLDER_ONLY = `一、履行职责情况
（一）完成某某项目验收工作，由XX同志具体负责。
二、存在的问题
（一）项目管理经验不足。
三、下步工作打算
（一）加强项目全过程管理。
`;

// "工作总结" in GBK: not valid UTF-8.
const GBK_BYTES = Buffer.from([0xb9, 0xa4, 0xd7, 0xf7, 0xd7, 0xdc, 0xbd, 0xe1, 0x0a]);
const BINARY_BYTES = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(16), Buffer.from('一、履行职责情况')]);

describe('cli: shengao', function () {
  this.timeout(60000);

  before(function () {
    this.timeout(120000);
    const sources = Math.max(newestMtime(join(ROOT, 'server', 'src')), statSync(join(ROOT, 'package.json')).mtimeMs);
    if (!existsSync(DIST) || statSync(DIST).mtimeMs < sources) {
      const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(b.status, 0, b.stderr);
    }
    // A stray .shengao.yaml above the temp folder would change every default below.
    assert.equal(findConfig(tmpdir(), nodeHost()), undefined, `${tmpdir()} or a parent holds a .shengao.yaml`);
  });

  describe('check, stylish', () => {
    it('groups findings per file with 1-based line:column, severity, message, rule id and a summary', async () => {
      const dir = workspace({ '2024年度工作总结.md': MARKET_MD, 'warn.txt': ARCHIVE_WARN, 'clean.txt': OFFICE_CLEAN });
      const r = await run(['check'], dir);
      assert.equal(r.code, 1, r.stderr); // the XX placeholder is an error
      assert.ok(!r.stdout.includes('\u001b['), 'no colours when stdout is a pipe');
      const lines = r.stdout.split('\n');
      const md = lines.indexOf('2024年度工作总结.md');
      const txt = lines.indexOf('warn.txt');
      assert.ok(md >= 0 && txt > md, r.stdout);
      assert.ok(!lines.includes('clean.txt'), 'a clean file has no group');
      const xx = whereIs(MARKET_MD, 'XX');
      const row = lines.slice(md + 1, txt).find((l) => l.includes('text/placeholder'));
      assert.ok(row, r.stdout);
      assert.match(row, new RegExp(`^\\s+${xx.line}:${xx.column}\\s+error\\s+\\S.*\\s+text/placeholder$`));
      const one = whereIs(ARCHIVE_WARN, '1、');
      assert.ok(
        lines.slice(txt + 1).some((l) => new RegExp(`^\\s+${one.line}:${one.column}\\s+warning\\s+.*outline/style$`).test(l)),
        r.stdout,
      );
      assert.match(r.stdout, /✖ \d+ problems \(1 error, \d+ warnings\)/);
    });

    it('counts columns in code points and lines across CRLF (𠮷 before the finding)', async () => {
      const dir = workspace({ 'community.txt': COMMUNITY_CRLF });
      const r = await run(['check', 'community.txt', '--format', 'json'], dir);
      const f = json(r).files[0];
      const ph = f.findings.find((x) => x.ruleId === 'text/placeholder');
      assert.ok(ph, r.stdout);
      const at = whereIs(COMMUNITY_CRLF, 'XX');
      assert.deepEqual(
        { line: ph.line, column: ph.column, endLine: ph.endLine, endColumn: ph.endColumn },
        { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 2 },
      );
      // offset/length are UTF-16 units into the file: 𠮷 counts twice there.
      assert.equal(COMMUNITY_CRLF.slice(ph.offset, ph.offset + ph.length), 'XX');
      assert.equal(at.column, [...COMMUNITY_CRLF.split('\r\n')[2]].indexOf('X') + 1);
      assert.notEqual(ph.offset - COMMUNITY_CRLF.lastIndexOf('\r\n', ph.offset) - 2 + 1, at.column, 'UTF-16 column would differ from the code-point column');
      const stylish = await call(['check', 'community.txt'], dir);
      assert.match(stylish.stdout, new RegExp(`\\s${at.line}:${at.column}\\s+error\\s`));
    });

    it('exits 0 on a clean folder and says so', async () => {
      const dir = workspace({ 'clean.txt': OFFICE_CLEAN, 'notes/clean-copy.md': OFFICE_CLEAN });
      const r = await run(['check'], dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /✔/);
      assert.match(r.stdout, /2 个文件/);
    });

    it('warnings alone exit 0; --max-warnings makes too many exit 1', async () => {
      const dir = workspace({ 'warn.txt': ARCHIVE_WARN });
      const all = json(await call(['check', '--format', 'json'], dir));
      const warnings = all.summary.warnings;
      assert.ok(warnings >= 2 && all.summary.errors === 0, JSON.stringify(all.summary));
      assert.equal((await call(['check'], dir)).code, 0);
      assert.equal((await call(['check', '--max-warnings', String(warnings)], dir)).code, 0);
      const over = await run(['check', '--max-warnings', String(warnings - 1)], dir);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /--max-warnings/);
    });

    it('--quiet reports errors only, and its warnings no longer count', async () => {
      const dir = workspace({ 'market.md': MARKET_MD });
      const full = json(await call(['check', '--format', 'json'], dir));
      assert.ok(full.summary.warnings > 0 && full.summary.errors > 0);
      const quiet = await call(['check', '--quiet', '--format', 'json', '--max-warnings', '0'], dir);
      const q = json(quiet);
      assert.equal(quiet.code, 1); // still the error
      assert.ok(q.files[0].findings.every((x) => x.severity === 'error'));
      assert.equal(q.files[0].findings.length, full.summary.errors);
      assert.equal(q.summary.warnings, 0);
      const text = await call(['check', '-q'], dir);
      assert.ok(!/\swarning\s/.test(text.stdout), text.stdout);
      assert.match(text.stdout, /\serror\s/);
      // Warnings-only draft + --quiet + --max-warnings 0: nothing counted, exit 0.
      const w = workspace({ 'warn.txt': ARCHIVE_WARN });
      assert.equal((await call(['check', '--quiet', '--max-warnings', '0'], w)).code, 0);
    });

    it('colours only on request: FORCE_COLOR / --color, never with NO_COLOR', async () => {
      const dir = workspace({ 'market.md': MARKET_MD });
      assert.ok((await run(['check'], dir, { FORCE_COLOR: '1' })).stdout.includes('\u001b[31m'));
      assert.ok((await call(['check', '--color'], dir)).stdout.includes('\u001b['));
      assert.ok((await call(['check'], dir, { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout.includes('\u001b['), 'FORCE_COLOR wins');
      assert.ok(!(await call(['check', '--no-color'], dir, { FORCE_COLOR: '1' })).stdout.includes('\u001b['));
      assert.ok(!(await call(['check'], dir, { NO_COLOR: '1' })).stdout.includes('\u001b['));
    });
  });

  describe('check, json', () => {
    it('has the documented shape: version, files with pack, sections and findings, summary', async () => {
      const dir = workspace({ 'market.md': MARKET_MD, 'clean.txt': OFFICE_CLEAN, 'warn.txt': ARCHIVE_WARN });
      const r = await run(['check', '--format', 'json'], dir);
      const rep = json(r);
      assert.equal(rep.version, 1);
      assert.equal(rep.tool.version, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
      assert.deepEqual(
        rep.files.map((f) => f.path),
        ['clean.txt', 'market.md', 'warn.txt'],
      );
      const md = rep.files.find((f) => f.path === 'market.md')!;
      assert.equal(md.pack, 'work-summary');
      assert.equal(md.kind, 'markdown');
      assert.deepEqual(
        md.sections.map((s) => [s.kind, s.title, s.line]),
        [
          ['duties', '主要工作及成效', whereIs(MARKET_MD, '## 一、').line],
          ['problems', '存在的问题', whereIs(MARKET_MD, '## 二、').line],
          ['next', '下步工作打算', whereIs(MARKET_MD, '## 三、').line],
        ],
      );
      const clean = rep.files.find((f) => f.path === 'clean.txt')!;
      assert.deepEqual(clean.findings, []);
      assert.deepEqual(
        clean.sections.map((s) => s.kind),
        ['duties', 'problems', 'next'],
      );
      const all = rep.files.flatMap((f) => f.findings);
      assert.deepEqual(rep.summary, {
        errors: all.filter((x) => x.severity === 'error').length,
        warnings: all.filter((x) => x.severity === 'warning').length,
        infos: all.filter((x) => x.severity === 'info' || x.severity === 'hint').length,
        fixable: all.filter((x) => x.fix?.safe).length,
        files: 3,
        unchecked: 0,
      });
      for (const x of all) {
        for (const k of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'length'] as const)
          assert.ok(x[k] !== undefined, `${k} missing`);
      }
      // A style finding carries its fix with positioned edits.
      const style = md.findings.find((x) => x.ruleId === 'outline/style')!;
      assert.ok(style.fix && style.fix.safe);
      const edit = style.fix.edits[0];
      const fixed = MARKET_MD.slice(0, edit.offset) + edit.newText + MARKET_MD.slice(edit.offset + edit.length);
      assert.ok(fixed.includes('\n1.食品安全'), 'the edit turns 1、 into 1.');
      assert.equal(edit.line, whereIs(MARKET_MD, '1、食品').line);
    });

    it('--output writes the report to a file and nothing to stdout', async () => {
      const dir = workspace({ 'market.md': MARKET_MD });
      const r = await run(['check', '--format', 'json', '--output', 'reports/shengao.json'], dir);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      const rep = JSON.parse(readFileSync(join(dir, 'reports', 'shengao.json'), 'utf8')) as JsonReport;
      assert.equal(rep.files[0].path, 'market.md');
      const s = await call(['check', '-o', 'report.txt'], dir, { FORCE_COLOR: '1' });
      assert.equal(s.stdout, '');
      const txt = readFileSync(join(dir, 'report.txt'), 'utf8');
      assert.match(txt, /text\/placeholder/);
      assert.ok(!txt.includes('\u001b['), 'no colour codes in a report file');
    });
  });

  describe('check, sarif', () => {
    it('is valid SARIF 2.1.0 with rule metadata, 1-based code-point regions, related locations and fixes', async () => {
      const dir = workspace({ '述职/2024年度工作总结.md': MARKET_MD, 'community.txt': COMMUNITY_CRLF });
      const r = await run(['check', '--format', 'sarif'], dir);
      assert.equal(r.code, 1, r.stderr);
      const log = JSON.parse(r.stdout) as import('sarif').Log;

      const Ajv4 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;

      const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
      const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
      // unicodeRegExp: false — the official schema's `language` pattern is not valid under the u flag.
      const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));

      const sarifRun = log.runs[0];
      assert.equal(sarifRun.columnKind, 'unicodeCodePoints');
      const driver = sarifRun.tool.driver;
      assert.equal(driver.name, 'shengao');
      assert.deepEqual(
        driver.rules!.map((x) => x.id),
        RULES.map((x) => x.id),
      );
      for (const [i, meta] of RULES.entries()) {
        const d = driver.rules![i];
        assert.equal(d.shortDescription!.text, meta.title);
        assert.equal(d.fullDescription!.text, meta.rationale);
        assert.ok(d.help!.text.length > 0);
      }
      const results = sarifRun.results!;
      assert.ok(results.length > 0);
      for (const res of results) assert.equal(driver.rules![res.ruleIndex!].id, res.ruleId);

      // The CRLF + 𠮷 placeholder: same 1-based position as counted by hand.
      const ph = results.find((x) => x.ruleId === 'text/placeholder' && x.locations![0].physicalLocation!.artifactLocation!.uri === 'community.txt')!;
      const at = whereIs(COMMUNITY_CRLF, 'XX');
      const reg = ph.locations![0].physicalLocation!.region!;
      assert.deepEqual([reg.startLine, reg.startColumn, reg.endLine, reg.endColumn], [at.line, at.column, at.line, at.column + 2]);
      assert.equal(ph.level, 'error');

      // A Chinese path is a percent-encoded relative URI against %SRCROOT%.
      const mdLoc = results.find((x) => x.ruleId === 'outline/style')!.locations![0].physicalLocation!.artifactLocation!;
      assert.equal(mdLoc.uriBaseId, '%SRCROOT%');
      assert.equal(decodeURIComponent(mdLoc.uri!), '述职/2024年度工作总结.md');
      assert.ok(/^[\x21-\x7e]+$/.test(mdLoc.uri!));
      assert.ok(sarifRun.originalUriBaseIds!['%SRCROOT%'].uri!.startsWith('file:///'));

      // outline/style carries a fix whose replacement turns 1、 into 1.
      const style = results.find((x) => x.ruleId === 'outline/style')!;
      const rep = style.fixes![0].artifactChanges[0].replacements[0];
      assert.equal(rep.insertedContent!.text, '.');
      const one = whereIs(MARKET_MD, '1、食品');
      assert.deepEqual([rep.deletedRegion.startLine, rep.deletedRegion.startColumn], [one.line, one.column + 1]);
    });

    it('carries relatedLocations when a finding has related ranges', async () => {
      const seq = `一、履行职责情况
（一）完成信息系统等级保护测评，整改问题15项。
（三）完成机房改造，新增机柜12台。
二、存在的问题
（一）运维人员不足。
三、下步工作打算
（一）引进运维人才2名。
`;
      const dir = workspace({ 'seq.txt': seq });
      const r = await call(['check', '--format', 'sarif'], dir);
      const res = (JSON.parse(r.stdout) as import('sarif').Log).runs[0].results!.find((x) => x.ruleId === 'outline/sequence');
      assert.ok(res, r.stdout);
      const rel = res.relatedLocations![0];
      const prev = whereIs(seq, '（一）完成');
      assert.deepEqual([rel.physicalLocation!.region!.startLine, rel.physicalLocation!.region!.startColumn], [prev.line, prev.column]);
      assert.equal(res.locations![0].physicalLocation!.region!.startLine, whereIs(seq, '（三）').line);
    });
  });

  describe('discovery', () => {
    it('skips node_modules, git-ignored and .git/info/exclude files by default, but checks a file named explicitly', async () => {
      const dir = workspace({
        '.git/HEAD': 'ref: refs/heads/main\n',
        '.git/info/exclude': '私人笔记.md\n',
        '私人笔记.md': PLACEHOLDER_ONLY,
        '.gitignore': '草稿箱/\n*.bak.md\n',
        '总结/一季度.txt': PLACEHOLDER_ONLY,
        '总结/.gitignore': '临时*.txt\n!临时-保留.txt\n',
        '总结/临时稿.txt': PLACEHOLDER_ONLY,
        '总结/临时-保留.txt': PLACEHOLDER_ONLY,
        '草稿箱/旧稿.md': PLACEHOLDER_ONLY,
        '归档.bak.md': PLACEHOLDER_ONLY,
        'node_modules/some-pkg/README.md': PLACEHOLDER_ONLY,
        'readme.md': OFFICE_CLEAN,
        'data.csv': '项目,数量\n',
      });
      const paths = (r: Ran) => json(r).files.map((f) => f.path);
      assert.deepEqual(paths(await run(['check', '--format', 'json'], dir)), ['readme.md', '总结/一季度.txt', '总结/临时-保留.txt']);
      // From a subfolder, the repository root's .gitignore still applies.
      assert.deepEqual(paths(await call(['check', '--format', 'json', '.'], join(dir, '总结'))), ['一季度.txt', '临时-保留.txt']);
      // Globs are filtered the same way; explicit files are not.
      assert.deepEqual(paths(await call(['check', '--format', 'json', '**/*.md'], dir)), ['readme.md']);
      assert.deepEqual(paths(await call(['check', '--format', 'json', '草稿箱/旧稿.md'], dir)), ['草稿箱/旧稿.md']);
    });

    it('skips a binary file found in a folder with a message on stderr (exit code unchanged); reads a GBK draft and says so', async () => {
      const dir = workspace({ 'clean.txt': OFFICE_CLEAN, '扫描件.txt': BINARY_BYTES, 'gbk稿.txt': GBK_BYTES });
      const r = await run(['check'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /扫描件\.txt：二进制文件/);
      assert.match(r.stderr, /gbk稿\.txt：按 GBK\/GB18030 编码读取/);
      const rep = json(await call(['check', '--format', 'json'], dir));
      assert.deepEqual(
        rep.files.map((f) => f.path),
        ['clean.txt', 'gbk稿.txt'],
      );
      assert.deepEqual(
        rep.skipped.map((s) => [s.path, s.reason]),
        [['扫描件.txt', 'binary']],
      );
      // Named on the command line, the binary file fails the run.
      assert.equal((await call(['check', 'clean.txt', '扫描件.txt'], dir)).code, 2);
    });

    it('a path that names nothing is a usage error (exit 2), other files are still checked', async () => {
      const dir = workspace({ 'clean.txt': OFFICE_CLEAN });
      const r = await call(['check', 'clean.txt', '没有这个文件.txt', '--format', 'json'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /没有这个文件\.txt/);
      assert.deepEqual(
        json(r).files.map((f) => f.path),
        ['clean.txt'],
      );
    });
  });

  describe('packs and config', () => {
    it('uses the nearest .shengao.yaml, falls back to work-summary, and --pack / --no-config override', async () => {
      const dir = workspace({
        '办公室/.shengao.yaml': 'name: 办公室配置\nextends: work-summary\nrules:\n  text/placeholder: "off"\n',
        '办公室/2024/总结.txt': PLACEHOLDER_ONLY,
        '财务科/总结.txt': PLACEHOLDER_ONLY,
      });
      const rep = json(await run(['check', '--format', 'json'], dir));
      const office = rep.files.find((f) => f.path === '办公室/2024/总结.txt')!;
      const finance = rep.files.find((f) => f.path === '财务科/总结.txt')!;
      assert.equal(office.pack, '办公室配置');
      assert.equal(office.config, join(dir, '办公室', '.shengao.yaml'));
      assert.ok(!office.findings.some((x) => x.ruleId === 'text/placeholder'));
      assert.equal(finance.pack, 'work-summary');
      assert.ok(finance.findings.some((x) => x.ruleId === 'text/placeholder'));

      for (const flags of [['--no-config'], ['--pack', 'work-summary']]) {
        const o = json(await call(['check', '--format', 'json', ...flags, '办公室'], dir)).files[0];
        assert.equal(o.pack, 'work-summary', flags.join(' '));
        assert.ok(
          o.findings.some((x) => x.ruleId === 'text/placeholder'),
          flags.join(' '),
        );
      }
      // 述职报告 pack: the same draft lacks its 廉洁自律 section.
      const deb = json(await call(['check', '--format', 'json', '--pack', 'debriefing', '财务科/总结.txt'], dir)).files[0];
      assert.equal(deb.pack, 'debriefing');
      assert.ok(deb.findings.some((x) => x.ruleId === 'structure/missing-section' && x.message.includes('廉洁')));
    });

    it('a broken .shengao.yaml exits 2 with file:line:column and no stack trace', async () => {
      const yamlError = 'name: 团队配置\nrules:\n  outline/style: warning\n   text/placeholder: error\n';
      const unknownRule = 'name: 团队配置\nextends: work-summary\nrules:\n  outline/stlye: warning\n';
      // The YAML parser decides where a syntax error sits; the unknown rule id is the key on line 4.
      for (const [body, line, exec] of [
        [yamlError, '\\d+', run],
        [unknownRule, '4', call],
      ] as const) {
        const dir = workspace({ '.shengao.yaml': body, 'clean.txt': OFFICE_CLEAN });
        const cfg = join(dir, '.shengao.yaml');
        const r = await exec(['check'], dir);
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, new RegExp(`^${cfg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+: \\S`, 'm'));
        assert.ok(!/\n\s+at /.test(r.stderr), `stack trace leaked:\n${r.stderr}`);
        assert.ok(!r.stdout.includes('clean.txt'), 'drafts under a broken config are not reported');
      }
      const badPack = await call(['check', '--pack', './没有的包.yaml'], workspace({ 'clean.txt': OFFICE_CLEAN }));
      assert.equal(badPack.code, 2);
      assert.match(badPack.stderr, /没有的包\.yaml/);
    });

    it('packs lists the built-in packs with their descriptions', async () => {
      const r = await run(['packs'], ROOT);
      assert.equal(r.code, 0, r.stderr);
      for (const name of ['work-summary', 'debriefing', 'party-building']) {
        const { description } = parseYaml(readFileSync(join(ROOT, 'rules', `${name}.yaml`), 'utf8')) as { description: string };
        const line = r.stdout.split('\n').find((l) => l.trimStart().startsWith(`${name} `));
        assert.ok(line && line.includes(description), `${name}: ${line}`);
      }
    });
  });

  describe('--fix', () => {
    it('rewrites a file only with --fix, keeps CRLF and a BOM, and reports what remains', async () => {
      const crlfWarn = ARCHIVE_WARN.replace(/\n/g, '\r\n');
      const bom = '\uFEFF' + MARKET_MD;
      const dir = workspace({ 'warn.txt': crlfWarn, 'market.md': bom });
      const before = await call(['check', '--format', 'json'], dir);
      assert.ok(json(before).summary.fixable >= 3);
      assert.equal(readFileSync(join(dir, 'warn.txt'), 'utf8'), crlfWarn, 'no --fix: untouched');
      assert.equal(readFileSync(join(dir, 'market.md'), 'utf8'), bom);

      const r = await run(['check', '--fix', '--format', 'json'], dir);
      const rep = json(r);
      const warn = readFileSync(join(dir, 'warn.txt'), 'utf8');
      assert.equal(warn, crlfWarn.replace('1、完善', '1.完善').replace('2、推进', '2.推进'));
      const market = readFileSync(join(dir, 'market.md'), 'utf8');
      assert.ok(market.startsWith('\uFEFF# 2024'), 'BOM kept');
      assert.ok(market.includes('\n1.食品安全') && market.includes('\n2.营商环境'));
      assert.ok(market.includes('由XX同志'), 'an unsafe/unfixable finding is left alone');
      assert.equal(r.code, 1); // the placeholder remains
      assert.deepEqual(
        rep.files.map((f) => f.findings.filter((x) => x.ruleId === 'outline/style').length),
        [0, 0],
      );
      assert.ok(rep.files.every((f) => (f.fixed ?? 0) >= 2));

      const again = await call(['check', '--fix'], dir);
      assert.equal(readFileSync(join(dir, 'warn.txt'), 'utf8'), warn, 'a second run changes nothing');
      assert.equal(again.code, 1);
    });
  });

  describe('init, help, version, usage errors', () => {
    it('init writes a loadable commented .shengao.yaml and refuses to overwrite it', async () => {
      const dir = workspace({ 'clean.txt': OFFICE_CLEAN });
      const r = await run(['init', '--pack', 'debriefing'], dir);
      assert.equal(r.code, 0, r.stderr);
      const file = join(dir, '.shengao.yaml');
      const text = readFileSync(file, 'utf8');
      assert.match(text, /^# /m);
      assert.match(text, /extends: debriefing/);
      const loaded = loadConfigFile(file, nodeHost());
      assert.ok(loaded.chain.includes('debriefing'));
      const used = json(await call(['check', '--format', 'json'], dir)).files[0];
      assert.equal(used.pack, loaded.config.name);

      const again = await call(['init'], dir);
      assert.equal(again.code, 2);
      assert.match(again.stderr, /已存在/);
      assert.equal(readFileSync(file, 'utf8'), text);
      assert.equal((await call(['init', '--pack', 'no-such-pack'], workspace({}))).code, 2);
    });

    it('--help prints Chinese and English usage; --version the package version', async () => {
      const h = await run(['--help'], ROOT);
      assert.equal(h.code, 0);
      assert.match(h.stdout, /用法/);
      assert.match(h.stdout, /Usage/);
      for (const opt of ['--pack', '--format', '--output', '--max-warnings', '--quiet', '--fix', '--no-config']) assert.ok(h.stdout.includes(opt), opt);
      const ch = await call(['check', '--help'], ROOT);
      assert.equal(ch.code, 0);
      assert.match(ch.stdout, /shengao check/);
      const v = await run(['--version'], ROOT);
      assert.equal(v.code, 0);
      assert.equal(v.stdout.trim(), (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    });

    it('bad flags, formats and values exit 2 with a message and no output', async () => {
      const dir = workspace({ 'market.md': MARKET_MD });
      for (const [i, args] of [
        ['check', '--fromat', 'json'],
        ['check', '--format', 'xml'],
        ['check', '--max-warnings', 'many'],
        ['chekc'],
        ['check', '--output'],
        ['packs', 'extra'],
      ].entries()) {
        const r = await (i === 0 ? run : call)(args, dir);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.stdout, '', args.join(' '));
        assert.ok(r.stderr.startsWith('shengao: '), r.stderr);
      }
    });
  });
});
