// CLI for reviewers and pack maintainers: --format github, shengao packs test, shengao trace.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';
import { cli } from '../server/src/cli/cli';
import { escapeData, escapeProperty } from '../server/src/cli/formatters/github';

async function run(argv: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await cli(argv, { cwd, env: { NO_COLOR: '1' }, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'shengao-rev-'));
}

describe('shengao check --format github', () => {
  it('writes one workflow command per finding with 1-based code-point positions', async () => {
    const dir = scratch();
    // 𠮷 (outside the BMP) before the placeholder: two UTF-16 units, one column.
    writeFileSync(join(dir, '总结,2024.txt'), '一、主要工作\n𠮷某某同志完成调研报告XX篇。\n二、存在的问题\n调研不深。\n三、下步工作打算\n一是深入调研。\n');
    const r = await run(['check', '--format', 'github', '.'], dir);
    assert.equal(r.code, 1, r.err);
    const lines = r.out.trim().split('\n');
    const ph = lines.find((l) => l.includes('title=text/placeholder') && l.includes('XX'));
    assert.ok(ph, r.out);
    assert.match(ph, /^::error file=总结%2C2024\.txt,line=2,col=12,endLine=2,endColumn=14,title=text\/placeholder::占位符“XX”/);
    for (const l of lines) assert.match(l, /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z]+\/[a-z-]+::[^\n]+$/);
  });

  it('escapes messages and properties as the Actions runner expects', () => {
    assert.equal(escapeData('50%完成\r\n下一行'), '50%25完成%0D%0A下一行');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  });
});

describe('shengao packs test', () => {
  it('passes on the built-in packs', async () => {
    const r = await run(['packs', 'test', 'debriefing']);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /✓ [^\n]+  rules\/debriefing\.yaml:\d+\n/);
    assert.match(r.out, /全部 \d+ 个例子通过/);
  });

  it('names the file and line of a broken example and exits 1', async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'team.yaml'),
      [
        'name: team',
        'extends: debriefing',
        'examples:',
        '  - name: 好例子',
        '    text: |',
        '      一、主要工作',
        '      完成调研XX篇。',
        '    expect: [text/placeholder]',
        '  - name: 写错了的例子',
        '    text: |',
        '      一、主要工作',
        '      完成调研报告3篇。',
        '    expect: [text/placeholder]',
        '',
      ].join('\n'),
    );
    const r = await run(['packs', 'test', 'team.yaml'], dir);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /✓ 好例子  team\.yaml:4/);
    assert.match(r.out, /✗ 写错了的例子  team\.yaml:9\n\s+应报 text\/placeholder 1 处，实际 0 处/);
    assert.match(r.out, /1 个例子未通过/);
  });

  it('tests the example team pack (npm package folder)', async () => {
    const r = await run(['packs', 'test', 'examples/team-pack']);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /examples\/team-pack\/pack\.yaml:\d+/);
  });

  it('tests the project’s .shengao.yaml when no pack is named', async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, '.shengao.yaml'),
      'extends: debriefing\nexamples:\n  - name: 本项目的例子\n    text: |\n      一、主要工作\n      全年完成任务。\n    forbid: [text/placeholder]\n',
    );
    mkdirSync(join(dir, 'sub'));
    const r = await run(['packs', 'test'], join(dir, 'sub'));
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /✓ 本项目的例子  \S*\/\.shengao\.yaml:3\n/);
  });
});

describe('shengao trace', () => {
  const pair = (n: string, f: string) => join('test', 'fixtures', 'trace', n, f);

  it('lists followed, partly followed and unmatched plans with the shared words', async () => {
    const r = await run(['trace', pair('06-it', 'last.txt'), pair('06-it', 'this.txt')]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /✓ 已落实  （一）实施机房升级改造/);
    assert.match(r.out, /共有词：机房、/);
    assert.match(r.out, /✗ 未见落实  （三）建设政务数据中台[^\n]*\n\s+最接近 1：（三）政务服务接口持续扩展/);
    assert.match(r.out, /4 项打算：已落实 2，部分落实 1，未见落实 1/);
  });

  it('writes JSON with line numbers', async () => {
    const r = await run(['trace', pair('10-community', 'last.txt'), pair('10-community', 'this.txt'), '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as {
      summary: Record<string, number>;
      plans: { title: string; status: string; line: number; candidates: { words: string[] }[] }[];
    };
    assert.deepEqual(j.summary, { followed: 1, partial: 0, unmatched: 2 });
    assert.equal(j.plans[2].status, 'followed');
    assert.equal(j.plans[2].line, 10);
    assert.ok(j.plans[2].candidates[0].words.includes('养老'));
  });

  it('says so when last year’s draft has no plans section', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'last.txt'), '一、主要工作\n完成调研报告3篇。\n二、存在的问题\n调研不深。\n');
    writeFileSync(join(dir, 'this.txt'), '一、主要工作\n完成调研报告5篇。\n');
    const r = await run(['trace', 'last.txt', 'this.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.out, /没有找到“下步工作打算”部分/);
  });

  it('rejects a wrong number of drafts', async () => {
    const r = await run(['trace', 'only-one.txt']);
    assert.equal(r.code, 2);
    assert.match(r.err, /trace 需要两个文稿/);
  });
});
