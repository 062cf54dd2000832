// `shengao figures`: the figure ledger of real files as a table, CSV and JSON, and its
// errors (a missing path, an unknown format) as positioned usage errors.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callCli, project, ROOT } from './helpers';

const call = callCli;

const DRAFT = [
  '# 2024年工作总结',
  '',
  '## 一、主要工作',
  '',
  '全年共接待来访群众1250人次，其中一季度830人次、二季度360人次。上半年办理政务服务事项4.2万件，较上年增长8%。',
  '',
  '## 二、下步打算',
  '',
  '持续优化“一网通办”，力争全年网办率达到90%以上。',
].join('\n');

describe('shengao figures', function () {
  this.timeout(60_000);
  const dir = project({ 'drafts/总结.md': DRAFT, 'drafts/空白.txt': '一、主要工作\n认真学习，扎实工作。\n' });

  it('prints every figure with its place, indicator, value and the sum that does not add up', async () => {
    const r = await call(['figures', 'drafts'], dir);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.ok(lines.includes('drafts/总结.md'));
    const row = lines.find((l) => l.includes('1250人次'))!;
    assert.match(row, /^\s+5:10\s+来访群众\s+1250人次\s+1250\s+人次\s+全年\s+numbers\/sum 不符$/);
    assert.match(
      lines.find((l) => l.includes('4.2万件'))!,
      /42000\s+件\s+上半年/,
    );
    assert.match(
      lines.find((l) => l.includes('90%以上'))!,
      /≥90/,
    );
    assert.match(r.stdout, /drafts\/空白\.txt\n {2}（未识别出数据）/);
    assert.match(r.stdout, /2 份文稿，数据 6 处，其中核对不符 3 处\n$/);
  });

  it('writes CSV a spreadsheet opens (header, quoting, a BOM in files) and JSON with offsets', async () => {
    const csv = await call(['figures', 'drafts/总结.md', '--format', 'csv'], dir);
    assert.equal(csv.code, 0, csv.stderr);
    const rows = csv.stdout.trimEnd().split('\r\n');
    assert.equal(rows[0], '文件,行,列,指标,原文,数值,单位,约数,期间/口径,所在部分,核对,核对说明');
    assert.equal(rows.length, 7);
    assert.ok(rows[1].startsWith('drafts/总结.md,5,10,来访群众,1250人次,1250,人次,,全年,'), rows[1]);
    const out = await call(['figures', 'drafts/总结.md', '-f', 'csv', '-o', 'out/figures.csv'], dir);
    assert.equal(out.code, 0, out.stderr);
    assert.equal(readFileSync(join(dir, 'out/figures.csv'), 'utf8').charCodeAt(0), 0xfeff);

    const json = await call(['figures', 'drafts/总结.md', '--format', 'json'], dir);
    const doc = JSON.parse(json.stdout) as {
      version: number;
      files: { path: string; figures: { raw: string; start: number; end: number; approx?: string; max: number | null }[] }[];
    };
    assert.equal(doc.version, 1);
    const figs = doc.files[0].figures;
    for (const f of figs) assert.equal(DRAFT.slice(f.start, f.end), f.raw);
    const open = figs.find((f) => f.raw === '90%以上')!;
    assert.equal(open.approx, '以上');
    assert.equal(open.max, null);
  });

  it('says what is wrong with a missing path or an unknown format (exit 2)', async () => {
    const missing = await call(['figures', 'nope.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /找不到“nope\.md”/);
    const bad = await call(['figures', 'drafts', '--format', 'xlsx'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /figures 不支持输出格式“xlsx”：可用 table \/ csv \/ json/);
    const help = await call(['figures', '--help'], dir);
    assert.match(help.stdout, /数据核对表/);
  });

  it('runs as the installed binary on the bundled examples', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'shengao.js'), 'figures', 'examples'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /受理数据共享申请\s+126件\s+126\s+件\s+全年\s+numbers\/sum 不符/);
    assert.match(r.stdout, /2 份文稿，数据 17 处，其中核对不符 4 处/);
    // The README shows this very output.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = /自带两份示例的核对表[^\n]*\n\n```text\n([\s\S]*?)```/.exec(readme);
    assert.ok(shown, 'README shows the ledger of the examples');
    assert.equal(shown[1], r.stdout);
  });
});
