// What users bring from ESLint, markdownlint-cli2 and textlint: -c/--config, --fix-dry-run,
// --print-config, .shengaoignore and --ignore-path.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { callCli } from './helpers';
import type { JsonReport } from '../server/src/cli/formatters/json';

/** Two `1、` items (outline/style, fixable to `1.`) in an otherwise clean summary. */
const ARCHIVE = `一、履行职责情况
1、完善档案管理制度。修订档案管理办法2项，完成年度归档文件2300余件。
2、推进档案数字化。完成历史档案扫描18万页，数字化率达到85%。
二、存在的问题
（一）档案专业人员不足，兼职档案员流动性较大。
三、下步工作打算
（一）开展档案业务培训2期，提升兼职档案员业务能力。
`;

const dirs: string[] = [];
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shengao-conv-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

const call = callCli;

describe('CLI conventions from ESLint and friends', () => {
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('--fix-dry-run prints what --fix would change as a diff and writes nothing', async () => {
    const dir = workspace({ '档案室.txt': ARCHIVE });
    const r = await call(['check', '--fix-dry-run', '档案室.txt'], dir);
    assert.equal(readFileSync(join(dir, '档案室.txt'), 'utf8'), ARCHIVE);
    assert.match(r.stdout, /^--- a\/档案室\.txt/m);
    assert.match(r.stdout, /^-1、完善档案管理制度/m);
    assert.match(r.stdout, /^\+1\.完善档案管理制度/m);
    assert.match(r.stdout, /--fix 会修复 2 处（见上方 diff；未改动文件）/);
    assert.doesNotMatch(r.stdout, /已自动修复/);
    const rep = JSON.parse((await call(['check', '--fix-dry-run', '--format', 'json', '档案室.txt'], dir)).stdout) as JsonReport;
    assert.equal(rep.files[0].output, ARCHIVE.replace('1、', '1.').replace('2、', '2.'));
    assert.equal(rep.files[0].fixed, 2);
    assert.equal(readFileSync(join(dir, '档案室.txt'), 'utf8'), ARCHIVE);
    assert.equal((await call(['check', '--fix', '--fix-dry-run', '档案室.txt'], dir)).code, 2);
  });

  it('--print-config shows the pack chain, the config file and the rules a draft is checked with', async () => {
    const dir = workspace({ '述职/.shengao.yaml': 'extends: debriefing\nrules:\n  outline/style: off\n', '述职/张三.txt': ARCHIVE });
    const r = await call(['check', '--print-config', '述职/张三.txt'], dir);
    assert.equal(r.code, 0, r.stderr);
    const cfg = JSON.parse(r.stdout) as { configFile: string; chain: string[]; rules: Record<string, unknown> };
    assert.equal(cfg.configFile, join(dir, '述职', '.shengao.yaml'));
    assert.ok(cfg.chain.includes('debriefing'), cfg.chain.join());
    assert.equal((cfg.rules['outline/style'] as { severity: string }).severity, 'off');
  });

  it('-c FILE checks every draft with that config, whatever .shengao.yaml a folder has', async () => {
    const dir = workspace({
      'team.yaml': 'extends: work-summary\nrules:\n  outline/style: off\n',
      '科室/.shengao.yaml': 'extends: work-summary\n',
      '科室/档案室.txt': ARCHIVE,
    });
    const own = JSON.parse((await call(['check', '--format', 'json', '科室'], dir)).stdout) as JsonReport;
    assert.ok(own.files[0].findings.some((f) => f.ruleId === 'outline/style'));
    const withC = JSON.parse((await call(['check', '--format', 'json', '-c', 'team.yaml', '科室'], dir)).stdout) as JsonReport;
    assert.ok(!withC.files[0].findings.some((f) => f.ruleId === 'outline/style'), JSON.stringify(withC.files[0].findings.map((f) => f.ruleId)));
    assert.equal((await call(['check', '-c', '没有这个.yaml', '科室'], dir)).code, 2);
  });

  it('.shengaoignore, --ignore-path and ignores: in .shengao.yaml keep drafts out of folder searches; a file named explicitly is still checked', async () => {
    const dir = workspace({
      '.shengaoignore': '模板/\n*.草稿.md\n',
      '模板/空白模板.md': ARCHIVE,
      '总结.草稿.md': ARCHIVE,
      '总结.md': ARCHIVE,
      'extra-ignore': '总结.md\n',
    });
    const paths = async (args: string[]) =>
      (JSON.parse((await call(['check', '--format', 'json', ...args], dir)).stdout) as JsonReport).files.map((f) => f.path);
    assert.deepEqual(await paths([]), ['总结.md']);
    assert.deepEqual(await paths(['--ignore-path', 'extra-ignore']), []);
    assert.deepEqual(await paths(['模板/空白模板.md']), ['模板/空白模板.md']);
    // The same list kept in .shengao.yaml (ignores:), relative to that file's folder.
    const cfg = workspace({
      '科室/.shengao.yaml': 'ignores:\n  - 往年/\n  - "*.模板.md"\n',
      '科室/往年/2023.md': ARCHIVE,
      '科室/填报.模板.md': ARCHIVE,
      '科室/2024.md': ARCHIVE,
      '2024.md': ARCHIVE,
    });
    const found = async (args: string[]) =>
      (JSON.parse((await call(['check', '--format', 'json', ...args], cfg)).stdout) as JsonReport).files.map((f) => f.path);
    assert.deepEqual(await found([]), ['2024.md', '科室/2024.md']);
    assert.deepEqual(await found(['科室/往年/2023.md']), ['科室/往年/2023.md']);
    const missing = await call(['check', '--ignore-path', '没有.ignore'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--ignore-path 没有\.ignore/);
  });
});
