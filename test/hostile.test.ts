// Hostile inputs: each gets a clear answer, none crashes or hangs. Time bounds here are
// hang guards only (generous), never benchmarks.
import { strict as assert } from 'node:assert';
import { readFileSync, mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { check, byRule, ids, ROOT } from './helpers';
import { LineIndex, type DocumentKind, type LintResult } from '../server/src/engine/index';
import { readGuarded, LIMITS } from '../server/src/engine/reader/limits';

const FIX = join(__dirname, 'fixtures', 'hardening');
const REPORT_TXT = readFileSync(join(FIX, 'report.txt'), 'utf8');
const REPORT_MD = readFileSync(join(FIX, 'report.md'), 'utf8');
// A hang guard on CPU time (not wall time, so a busy machine does not fail it); not a benchmark.
const HANG_GUARD_MS = 10_000;
// The fixture drafts are clean; these lines add a skipped number, a 1、 marker, a misspelt term and a placeholder.
const FLAWS = '四、其他事项\n1、对全年工作作了布署\n3、由XX同志负责\n';

function timed(text: string, kind: DocumentKind): LintResult & { ms: number } {
  const t0 = process.cpuUsage();
  const r = check(text, { kind });
  const used = process.cpuUsage(t0);
  const ms = Math.round((used.user + used.system) / 1000);
  assert.deepEqual(r.failures, [], 'no check may fail');
  assert.ok(ms < HANG_GUARD_MS, `took ${ms} ms of CPU (hang guard ${HANG_GUARD_MS} ms)`);
  for (const f of r.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `${f.ruleId} ${f.start}-${f.end} outside the text`);
  return { ...r, ms };
}

/** Findings as rule@line:column, so drafts that differ only in line endings or a BOM compare equal. */
function located(text: string, r: LintResult, shift = 0): string[] {
  const idx = new LineIndex(text);
  return r.findings.map((f) => {
    const lc = idx.lineColumn(f.start);
    return `${f.ruleId}@${lc.line}:${lc.column - (lc.line === 1 ? shift : 0)}`;
  });
}

const KINDS: DocumentKind[] = ['text', 'markdown'];

describe('hostile inputs', function () {
  this.timeout(120_000);

  for (const kind of KINDS) {
    describe(kind, () => {
      it('empty file: no blocks, no findings (a draft that names none of the parts is not told which are missing)', () => {
        const r = timed('', kind);
        assert.deepEqual(r.findings, []);
        assert.deepEqual(r.model.blocks, []);
        // One named part is enough for the other two to be reported, at the end of the file.
        const one = timed(kind === 'text' ? '一、主要工作' : '# 2024年工作总结\n\n## 一、主要工作', kind);
        assert.deepEqual(
          byRule(one.findings, 'structure/missing-section').map((f) => f.data?.section),
          ['problems', 'next'],
        );
      });

      it('whitespace only (spaces, tabs, full-width spaces, blank lines): same as empty', () => {
        const text = '  \t\n\u3000\u3000\r\n\n   ';
        const r = timed(text, kind);
        assert.deepEqual(r.model.blocks, []);
        assert.deepEqual(ids(r.findings), []);
      });

      it('UTF-8 BOM: same findings as without it, one column to the right on line 1', () => {
        const src = (kind === 'text' ? REPORT_TXT : REPORT_MD) + FLAWS;
        const plain = timed(src, kind);
        const bom = timed('\uFEFF' + src, kind);
        assert.ok(plain.findings.length >= 4);
        assert.deepEqual(located('\uFEFF' + src, bom, 1), located(src, plain));
        assert.deepEqual(
          bom.findings.map((f) => f.start - 1),
          plain.findings.map((f) => f.start),
        );
      });

      it('CRLF and lone CR line endings: same findings at the same lines and columns as LF', () => {
        const src = (kind === 'text' ? REPORT_TXT : REPORT_MD) + FLAWS;
        const lf = timed(src, kind);
        assert.deepEqual([...new Set(ids(lf.findings))].sort(), ['outline/sequence', 'outline/style', 'terms/preferred', 'text/placeholder']);
        for (const nl of ['\r\n', '\r']) {
          const text = src.replace(/\n/g, nl);
          const r = timed(text, kind);
          assert.deepEqual(located(text, r), located(src, lf), `line ending ${JSON.stringify(nl)}`);
        }
      });

      it('text decoded from invalid UTF-8 (U+FFFD) and NUL characters: read, not crashed', () => {
        const bytes = Buffer.concat([
          Buffer.from('一、主要工作\n全年开展培训', 'utf8'),
          Buffer.from([0xff, 0xfe, 0xc3]),
          Buffer.from('12次。\n二、存在的问题\n\0\0\0\n三、下步打算\n', 'utf8'),
        ]);
        const text = new TextDecoder('utf-8').decode(bytes);
        assert.ok(text.includes('\uFFFD') && text.includes('\0'));
        const r = timed(text, kind);
        assert.deepEqual(
          r.model.outline.map((n) => n.section),
          ['duties', 'problems', 'next'],
        );
        assert.deepEqual(byRule(r.findings, 'structure/missing-section'), []);
      });

      it('a file that is only numbers: no crash, no number finding invented', () => {
        const text = Array.from({ length: 2000 }, (_, i) => `${(i * 37) % 1000} ${(i * 1.5).toFixed(1)} 2024 12,345 ${i % 7}%`).join('\n');
        const r = timed(text, kind);
        // No words, so no sums, counts or conflicts can be stated, and no part is named.
        assert.deepEqual(
          r.findings.filter((f) => f.ruleId.startsWith('numbers/')),
          [],
        );
        assert.equal(byRule(r.findings, 'structure/missing-section').length, 0);
      });

      it('a draft mixing Traditional characters: markers and structure are still read', () => {
        const text =
          '一、主要工作及成效\n（一）加強理論學習。全年組織集中學習12次，覆蓋黨員320人次。\n（三）完善制度建設。\n二、存在的問題\n學習不夠深入。\n三、下步工作打算\n持續加強學習。\n';
        const r = timed(text, kind);
        assert.equal(r.model.outline.length, 3);
        assert.equal(r.model.outline[0].children.length, 2);
        // （一）（三）: the skipped number is found whatever the script.
        assert.equal(byRule(r.findings, 'outline/sequence').length, 1);
      });

      it('a single 1 MB line: read, and the size limit is stated when it applies', () => {
        const line = '全面加强理论学习，扎实推进各项工作落实'.repeat(Math.ceil((1 << 20) / 57)); // ≈ 1 MB of UTF-8
        assert.ok(Buffer.byteLength(line) >= 1 << 20);
        const r = timed(line, kind);
        const limits = byRule(r.findings, 'engine/limits');
        if (line.length > LIMITS.maxChars[kind]) {
          assert.equal(limits.length, 1);
          assert.equal(limits[0].severity, 'info');
          assert.equal(limits[0].data?.checkedUpTo, LIMITS.maxChars[kind]);
        } else {
          assert.deepEqual(limits, []);
          assert.equal(r.model.blocks.length, 1);
          assert.equal(r.model.blocks[0].text.length, line.length);
        }
      });

      it('a 100,000-line file: read to the end, or cut at a line with the line number stated', () => {
        const lines = Array.from({ length: 100_000 }, (_, i) => (i % 10 === 0 ? `（${['一', '二', '三'][i % 3]}）抓好落实` : '学习'));
        const text = lines.join('\n') + '\n';
        const r = timed(text, kind);
        const limits = byRule(r.findings, 'engine/limits');
        if (text.length <= LIMITS.maxChars[kind]) {
          assert.deepEqual(limits, []);
          assert.equal(r.model.blocks.length, kind === 'text' ? 100_000 : r.model.blocks.length);
          assert.ok(r.model.blocks[r.model.blocks.length - 1].end >= text.length - 3, 'read to the last line');
        } else {
          assert.equal(limits.length, 1);
          const idx = new LineIndex(text);
          const firstUnchecked = idx.lineColumn(limits[0].start).line;
          assert.equal(idx.lineColumn(limits[0].start).column, 1, 'cut at a line start');
          assert.ok(limits[0].message.includes(`从第 ${firstUnchecked} 行起未检查`), limits[0].message);
          assert.ok(r.findings.every((f) => f.ruleId === 'engine/limits' || f.ruleId.startsWith('structure/') || f.start < limits[0].start));
        }
      });

      it('a 10 MB file: the first part is checked, the rest is reported as unchecked', () => {
        const src = kind === 'text' ? REPORT_TXT : REPORT_MD;
        const text = src.repeat(Math.ceil(10e6 / Buffer.byteLength(src)));
        assert.ok(Buffer.byteLength(text) >= 10e6);
        const r = timed(text, kind);
        const [limit] = byRule(r.findings, 'engine/limits');
        assert.ok(limit, 'a 10 MB draft exceeds the size limit and says so');
        assert.equal(limit.data?.length, text.length);
        const cut = limit.data?.checkedUpTo as number;
        assert.ok(cut <= LIMITS.maxChars[kind] && cut > LIMITS.maxChars[kind] - 10_000);
        assert.ok(/[\r\n]/.test(text[cut - 1]), 'cut after a line break');
        assert.ok(/文稿过长.*只检查了前 \d+ 行/.test(limit.message), limit.message);
        // Findings from the checked part are real ones (the draft repeats, so it has some).
        assert.ok(byRule(r.findings, 'outline/sequence').length > 0 || byRule(r.findings, 'metrics/vague').length > 0 || r.findings.length > 1);
      });
    });
  }

  describe('deep nesting (Markdown)', () => {
    it('1,000-deep nested list: read as plain text with an info finding on the first too-deep line', () => {
      const text = '一、主要工作\n\n' + Array.from({ length: 1000 }, (_, i) => '  '.repeat(i) + '- 加强学习').join('\n') + '\n';
      const r = timed(text, 'markdown');
      const [n] = byRule(r.findings, 'engine/limits');
      assert.ok(n, 'nesting limit reported');
      assert.equal(n.data?.reason, 'nesting');
      assert.equal(n.severity, 'info');
      const idx = new LineIndex(text);
      assert.equal(idx.lineColumn(n.start).line, 3 + LIMITS.maxNesting, 'reported on the first line deeper than the limit');
      assert.match(n.message, /嵌套过深.*按纯文本读取/);
      assert.equal(r.model.outline[0].title, '主要工作');
    });

    it('1,000-deep block quote: same guard', () => {
      const text = '>'.repeat(1000) + ' 一、主要工作\n';
      const r = timed(text, 'markdown');
      const [n] = byRule(r.findings, 'engine/limits');
      assert.equal(n?.data?.reason, 'nesting');
      assert.deepEqual([n.start, n.end], [0, text.length - 1]);
    });

    it('a 1,000-line staircase of block quotes (> … >>>>…): same guard', () => {
      const text = Array.from({ length: 1000 }, (_, i) => '>'.repeat(i + 1) + ' 引用内容').join('\n');
      const r = timed(text, 'markdown');
      assert.equal(byRule(r.findings, 'engine/limits')[0]?.data?.reason, 'nesting');
    });

    it('ordinary nesting (lists inside quotes, 4 levels) is parsed as Markdown with no notice', () => {
      const text = '## 一、主要工作\n\n> - 加强学习\n>   - 组织培训12次\n>     - 覆盖320人次\n>       - 其中党员200人次\n';
      const r = timed(text, 'markdown');
      assert.deepEqual(byRule(r.findings, 'engine/limits'), []);
      assert.ok(r.model.blocks.some((b) => b.kind === 'listItem' && b.nesting >= 3));
    });

    it('a Markdown parser that throws (stack overflow) falls back to plain text with an info finding', () => {
      const text = '一、主要工作\n全年开展培训12次。\n';
      const { blocks, notices } = readGuarded(text, 'markdown', LIMITS, () => {
        throw new RangeError('Maximum call stack size exceeded');
      });
      assert.deepEqual(
        blocks.map((b) => b.text),
        ['一、主要工作', '全年开展培训12次。'],
      );
      assert.equal(notices.length, 1);
      assert.equal(notices[0].reason, 'parser');
      assert.match(notices[0].message, /栈溢出，整篇按纯文本读取/);
    });

    it('a cut never splits a surrogate pair (1 MB line of 𠮷)', () => {
      const text = '𠮷'.repeat(LIMITS.maxChars.markdown); // 2 units each: the limit falls inside the run
      const { blocks, notices } = readGuarded(text, 'markdown');
      assert.equal(notices[0].reason, 'size');
      assert.equal(notices[0].start % 2, 0);
      assert.equal(blocks[0].text.length % 2, 0);
    });
  });

  describe('CLI (dist/cli.js)', () => {
    const cli = join(ROOT, 'dist', 'cli.js');
    let dir: string;
    before(function () {
      if (!existsSync(cli)) this.skip(); // npm test builds it first
      dir = mkdtempSync(join(tmpdir(), 'shengao-hostile-'));
    });
    after(() => dir && rmSync(dir, { recursive: true, force: true }));

    it('skips a binary file (NUL bytes) with a message and exit 2 when it was named; reads a GBK file', () => {
      writeFileSync(join(dir, '附件.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0xff]));
      writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd6, 0xf7, 0xd2, 0xaa, 0xb9, 0xa4, 0xd7, 0xf7])); // 一、主要工作 in GBK
      const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '附件.txt', 'gbk.txt'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 2, r.stderr);
      const out = JSON.parse(r.stdout) as { files: { path: string; encoding?: string }[]; skipped: { path: string; reason: string; message: string }[] };
      assert.deepEqual(
        out.skipped.map((s) => [s.path, s.reason]),
        [['附件.txt', 'binary']],
      );
      assert.deepEqual(
        out.files.map((f) => [f.path, f.encoding]),
        [['gbk.txt', 'gb18030']],
      );
      assert.match(r.stderr, /附件\.txt：二进制文件/);
      assert.match(r.stderr, /gbk\.txt：按 GBK\/GB18030 编码读取/);
    });

    it('checks an empty file, a BOM+CRLF file and a 10 MB file without crashing', () => {
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'bom.txt'), '\uFEFF' + REPORT_TXT.replace(/\n/g, '\r\n'));
      writeFileSync(join(dir, 'big.txt'), REPORT_TXT.repeat(Math.ceil(10e6 / Buffer.byteLength(REPORT_TXT))));
      const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', 'empty.txt', 'bom.txt', 'big.txt'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
        maxBuffer: 1 << 28,
      });
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
      const out = JSON.parse(r.stdout) as { files: { path: string; findings?: { ruleId: string }[]; messages?: { ruleId: string }[] }[] };
      assert.deepEqual(out.files.map((f) => f.path).sort(), ['big.txt', 'bom.txt', 'empty.txt']);
      const big = out.files.find((f) => f.path === 'big.txt')!;
      assert.ok(JSON.stringify(big).includes('engine/limits'), 'the size limit is reported for big.txt');
      assert.equal(readFileSync(join(dir, 'bom.txt'), 'utf8').charCodeAt(0), 0xfeff, 'file untouched');
    });
  });
});
