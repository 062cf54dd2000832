// Drafts saved by Windows tools: GBK/GB18030 and "Unicode" (UTF-16 with a BOM) text is
// read and checked like UTF-8, the output says how it was read, and a file that could
// not be checked never makes a run look clean.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeBytes, parseEncoding } from '../server/src/project/decode';
import { callCli } from './helpers';
import { cli } from '../server/src/cli/cli';
import type { JsonReport } from '../server/src/cli/formatters/json';

/** A street office's summary: 三、 follows 一、 (a skipped number: outline/sequence), and an XX placeholder. */
const STREET = `2024年度街道综治办工作总结
一、履行职责情况
（一）矛盾纠纷排查化解扎实有效。全年排查各类矛盾纠纷312件，化解305件，化解率97.8%。
（二）平安建设宣传深入人心。开展“平安进万家”宣传活动26场，由XX同志负责统筹。
三、存在的问题
（一）网格员队伍流动性大，业务培训不够系统。
四、下步工作打算
（一）每季度组织一次网格员集中培训。
`;

const call = callCli;

const dirs: string[] = [];
function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shengao-enc-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return order === 'le' ? le : Buffer.from(le).swap16();
}

/** Rule ids and lines of a file's findings, in order. */
function found(rep: JsonReport, path: string): string[] {
  const f = rep.files.find((x) => x.path === path);
  assert.ok(f, `${path} not checked: ${JSON.stringify(rep.skipped)}`);
  return f.findings.map((x) => `${x.line}:${x.ruleId}`);
}

describe('encodings: decodeBytes', () => {
  it('UTF-8 with and without a BOM: the same text, the BOM remembered', () => {
    const plain = decodeBytes(Buffer.from(STREET));
    const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STREET)]));
    assert.deepEqual(plain, { text: STREET, bom: false, encoding: 'utf-8' });
    assert.deepEqual(bom, { text: STREET, bom: true, encoding: 'utf-8' });
  });

  it('UTF-16 LE and BE with a BOM (Notepad\'s "Unicode"), including a character outside the BMP', () => {
    const text = STREET.replace('网格员', '𠮷网格员');
    assert.deepEqual(decodeBytes(utf16(text, 'le')), { text, bom: true, encoding: 'utf-16le' });
    assert.deepEqual(decodeBytes(utf16(text, 'be')), { text, bom: true, encoding: 'utf-16be' });
    // An odd number of bytes after the BOM is not UTF-16: said, not guessed.
    const odd = decodeBytes(Buffer.concat([utf16(text, 'le'), Buffer.from([0x41])]));
    assert.equal('skip' in odd && odd.skip, 'encoding');
  });

  it('GBK and GB18030 (four-byte characters too) are detected', () => {
    assert.deepEqual(decodeBytes(iconv.encode(STREET, 'gbk')), { text: STREET, bom: false, encoding: 'gb18030' });
    const rare = STREET.replace('网格员队伍', '𠮷网格员队伍'); // 𠮷 needs GB18030's four-byte form
    assert.deepEqual(decodeBytes(iconv.encode(rare, 'gb18030')), { text: rare, bom: false, encoding: 'gb18030' });
  });

  it('bytes that are neither: binary (NUL) or an unknown encoding, each with a reason', () => {
    const bin = decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0xff]));
    assert.equal('skip' in bin && bin.skip, 'binary');
    // Latin-1 French: decodes as GB18030 only into nonsense, so it is refused, not misread.
    const latin1 = decodeBytes(Buffer.from('Réunion générale: été très réussi, à refaire!', 'latin1'));
    assert.ok('skip' in latin1 && latin1.skip === 'encoding');
    assert.match(latin1.message, /请另存为 UTF-8，或用 --encoding 指定编码/);
  });

  it('a forced encoding is used as given, and fails loudly when the bytes are not valid in it', () => {
    const gbk = iconv.encode(STREET, 'gbk');
    assert.deepEqual(decodeBytes(gbk, 'gb18030'), { text: STREET, bom: false, encoding: 'gb18030' });
    const notUtf8 = decodeBytes(gbk, 'utf-8');
    assert.ok('skip' in notUtf8 && /不是有效的 UTF-8/.test(notUtf8.message));
    // UTF-16 LE without a BOM is only read when asked for.
    const bare = Buffer.from(STREET, 'utf16le');
    assert.equal('skip' in decodeBytes(bare) && (decodeBytes(bare) as { skip: string }).skip, 'binary');
    assert.deepEqual(decodeBytes(bare, 'utf-16le'), { text: STREET, bom: false, encoding: 'utf-16le' });
    assert.equal(parseEncoding('GBK'), 'gb18030');
    assert.equal(parseEncoding('big5'), undefined);
  });
});

describe('encodings: shengao check', () => {
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('a GBK, a UTF-16 LE and a UTF-16 BE draft get the findings of the UTF-8 one; the GBK reading is said', async () => {
    const dir = workspace({ 'utf8.txt': STREET, 'gbk.txt': iconv.encode(STREET, 'gbk'), 'le.txt': utf16(STREET, 'le'), 'be.txt': utf16(STREET, 'be') });
    const r = await call(['check', '--format', 'json', '--jobs', '1'], dir);
    const rep = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(rep.skipped, []);
    const want = found(rep, 'utf8.txt');
    assert.ok(
      want.some((x) => x.endsWith('outline/sequence')),
      want.join(),
    );
    for (const p of ['gbk.txt', 'le.txt', 'be.txt']) assert.deepEqual(found(rep, p), want, p);
    assert.equal(rep.files.find((f) => f.path === 'gbk.txt')?.encoding, 'gb18030');
    assert.equal(rep.files.find((f) => f.path === 'utf8.txt')?.encoding, undefined);
    assert.match(r.stderr, /gbk\.txt：按 GBK\/GB18030 编码读取/);
    assert.match(r.stderr, /le\.txt：按 UTF-16 LE 编码读取/);
    assert.equal(r.code, 1); // the XX placeholder is an error, as in the UTF-8 draft
  });

  it('--fix leaves a GBK file untouched and says why', async () => {
    const bytes = iconv.encode(STREET.replace('（一）矛盾', '1、矛盾'), 'gbk');
    const dir = workspace({ 'gbk.txt': bytes });
    const r = await call(['check', '--fix', 'gbk.txt'], dir);
    assert.deepEqual(readFileSync(join(dir, 'gbk.txt')), bytes);
    assert.match(r.stderr, /--fix 只改写 UTF-8 文件，此文件未修复/);
  });

  it('--encoding forces the reading; an unknown name is a usage error', async () => {
    const dir = workspace({ 'bare.txt': Buffer.from(STREET, 'utf16le') });
    const forced = await call(['check', '--format', 'json', '--encoding', 'utf-16le', 'bare.txt'], dir);
    assert.ok(found(JSON.parse(forced.stdout) as JsonReport, 'bare.txt').length > 0);
    const bad = await call(['check', '--encoding', 'big5', 'bare.txt'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /不支持的编码“big5”/);
  });

  it('a named file that cannot be read exits 2 and the summary does not say "no problems"', async () => {
    const clean =
      '2024年度办公室工作总结\n一、履行职责情况\n（一）全年起草各类综合文稿126篇。\n二、存在的问题\n（一）调查研究不够深入。\n三、下步工作打算\n（一）每季度开展一次专题调研。\n';
    const dir = workspace({ 'clean.txt': clean, 'latin.txt': Buffer.from('Rapport annuel: très réussi, à refaire!', 'latin1') });
    const r = await call(['check', 'clean.txt', 'latin.txt'], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /latin\.txt：无法识别编码/);
    assert.doesNotMatch(r.stdout, /✔/);
    assert.match(r.stdout, /另有 1 个文件未能检查/);
    const rep = JSON.parse((await call(['check', '--format', 'json', 'clean.txt', 'latin.txt'], dir)).stdout) as JsonReport;
    assert.equal(rep.summary.unchecked, 1);
    // Found in a folder instead, the same file is reported but is not a usage error.
    const folder = await call(['check', '.'], dir);
    assert.equal(folder.code, 0);
    assert.match(folder.stdout, /另有 1 个文件未能检查/);
    // Without the unreadable file: clean.
    assert.match((await call(['check', 'clean.txt'], dir)).stdout, /✔ 检查了 1 个文件/);
  });

  it('a folder with no draft says so', async () => {
    const dir = workspace({ '材料/数据.csv': '项目,数量\n', 'a.txt': '一、履行职责情况\n' });
    const r = await call(['check', '材料'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /文件夹“材料”中没有找到文稿/);
    const empty = workspace({ 'data.csv': '项目,数量\n' });
    assert.match((await call(['check'], empty)).stderr, /下没有找到文稿/);
  });
});

describe('standard input: shengao check -', () => {
  const io = (cwd: string, input: Buffer) => {
    let stdout = '';
    let stderr = '';
    const run = (args: string[]) =>
      cli(args, {
        cwd,
        env: {},
        stdout: { write: (x: string) => (stdout += x), isTTY: false },
        stderr: { write: (x: string) => (stderr += x) },
        readStdin: async () => input,
      }).then((code) => ({ code, stdout, stderr }));
    return run;
  };

  it('reads the draft from stdin, named by --stdin-filename (its kind and its .shengao.yaml), GBK included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shengao-stdin-'));
    try {
      mkdirSync(join(dir, '述职'));
      writeFileSync(join(dir, '述职', '.shengao.yaml'), 'extends: debriefing\n');
      const r = await io(dir, iconv.encode(STREET, 'gbk'))(['check', '-', '--stdin-filename', '述职/街道.txt', '--format', 'json']);
      const rep = JSON.parse(r.stdout) as JsonReport;
      assert.equal(rep.files[0].path, '述职/街道.txt');
      assert.equal(rep.files[0].config, join(dir, '述职', '.shengao.yaml'));
      assert.ok(rep.files[0].findings.some((x) => x.ruleId === 'outline/sequence'));
      const plain = await io(dir, Buffer.from(STREET))(['check', '-']);
      assert.match(plain.stdout, /^stdin\.txt/m);
      assert.equal(plain.code, 1);
      const mixed = await io(dir, Buffer.from(STREET))(['check', '-', 'a.txt']);
      assert.equal(mixed.code, 2);
      const fix = await io(dir, Buffer.from(STREET))(['check', '-', '--fix']);
      assert.match(fix.stderr, /--fix 不能用于标准输入/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
