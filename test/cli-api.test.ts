// checkFiles, the programmatic core the CLI, the HTML report and the language
// server share: discovery, per-draft packs, unsaved text, broken configs.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkFiles, decodeDraft } from '../server/src/project/check-files';
import { parseArgs, UsageError } from '../server/src/cli/args';
import { PackError } from '../server/src/packs/errors';
import { loadSegmenter } from '../server/src/segmenters/index';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shengao-api-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

const DRAFT = `一、履行职责情况
（一）完成全年政府采购项目42个，节约财政资金310万元。
二、存在的问题
（一）采购需求论证不够充分。
三、下步工作打算
（一）健全采购内控制度，年内修订制度3项。
`;

describe('cli api: checkFiles', () => {
  const segmenter = loadSegmenter();

  it('checks an unsaved buffer instead of the disk when `read` supplies it', async () => {
    const dir = folder({ '采购科.txt': DRAFT });
    const unsaved = DRAFT.replace('采购项目42个', '采购项目XX个');
    const file = join(dir, '采购科.txt');
    const disk = await checkFiles([], { cwd: dir, segmenter });
    assert.ok(!disk.files[0].findings.some((f) => f.ruleId === 'text/placeholder'));
    const buf = await checkFiles([], { cwd: dir, segmenter, read: (f) => (f === file ? unsaved : undefined) });
    const ph = buf.files[0].findings.find((f) => f.ruleId === 'text/placeholder');
    assert.ok(ph);
    assert.equal(buf.files[0].text.slice(ph.start, ph.end), 'XX');
    assert.equal(readFileSync(file, 'utf8'), DRAFT);
  });

  it('reports a broken config once, with the drafts it blocked, and checks the rest', async () => {
    const dir = folder({
      '甲/.shengao.yaml': 'extends: ./不存在.yaml\n',
      '甲/一.txt': DRAFT,
      '甲/二.txt': DRAFT,
      '乙/三.txt': DRAFT,
    });
    const run = await checkFiles([], { cwd: dir, segmenter });
    assert.deepEqual(
      run.files.map((f) => f.path),
      ['乙/三.txt'],
    );
    assert.equal(run.configProblems.length, 1);
    assert.deepEqual(run.configProblems[0].paths, ['甲/一.txt', '甲/二.txt']);
    const e = run.configProblems[0].error;
    assert.ok(e instanceof PackError);
    assert.equal(e.file, join(dir, '甲', '.shengao.yaml'));
    assert.equal(e.line, 1);
  });

  it('decodeDraft: BOM kept aside, NUL → binary, GBK read, unknown bytes → encoding', () => {
    const bom = decodeDraft(Buffer.from('\uFEFF一、履行职责情况', 'utf8'));
    assert.deepEqual(bom, { text: '一、履行职责情况', bom: true, encoding: 'utf-8' });
    assert.equal((decodeDraft(Buffer.from([0x31, 0x00, 0x32])) as { skip: string }).skip, 'binary');
    assert.deepEqual(decodeDraft(Buffer.from([0xd7, 0xdc, 0xbd, 0xe1])), { text: '总结', bom: false, encoding: 'gb18030' });
    assert.equal((decodeDraft(Buffer.from('café crème', 'latin1')) as { skip: string }).skip, 'encoding');
  });
});

describe('cli api: parseArgs', () => {
  it('reads --opt=value, short flags with values, --, and a leading flag as check', () => {
    const a = parseArgs(['check', '-fjson', '--max-warnings=3', '-q', '--', '--odd-name.md']);
    assert.deepEqual(a, {
      command: 'check',
      patterns: ['--odd-name.md'],
      pack: undefined,
      format: 'json',
      output: undefined,
      maxWarnings: 3,
      quiet: true,
      fix: false,
      noConfig: false,
      color: undefined,
    });
    const b = parseArgs(['--format', 'sarif', '总结']);
    assert.equal(b.command, 'check');
    assert.deepEqual((b as { patterns: string[] }).patterns, ['总结']);
  });

  it('rejects what it does not understand with a Chinese usage error', () => {
    for (const argv of [['check', '--quiet=yes'], ['check', '-z'], ['check', '--pack'], ['check', '--color', '--no-color'], ['lint']]) {
      assert.throws(
        () => parseArgs(argv),
        (e: unknown) => e instanceof UsageError && /[\u4e00-\u9fff]/.test(e.message),
        argv.join(' '),
      );
    }
  });
});
