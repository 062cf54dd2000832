// Broken and untrusted packs: every failure is a PackError with file:line:column, the
// problem and what to do; restricted mode resolves only built-in packs and plain YAML.
// (test/packs.test.ts covers the basic positioned cases; these add option types,
// schema shapes, errors in a parent pack, hints on every error and the trust model.)
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../server/src/engine/index';
import { loadPack, loadConfigFile } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { ROOT, project, packError } from './helpers';

const trusted = nodeHost({ builtinDir: join(ROOT, 'rules') });
const restricted = nodeHost({ builtinDir: join(ROOT, 'rules'), allowPackages: false });

describe('broken packs', () => {
  // [what, .shengao.yaml body, line, column, problem, hint]
  const cases: [string, string, number, number, RegExp, RegExp][] = [
    [
      'YAML syntax: unclosed flow sequence',
      '# 团队配置\nrules:\n  outline/style: warning\n  terms/preferred: [error\nallow: [某某]\n',
      5,
      1,
      /YAML 语法错误/,
      /缩进|引号|括号/,
    ],
    ['YAML syntax: tab indentation', 'rules:\n\touline/style: warning\n', 2, 1, /YAML 语法错误/, /缩进/],
    ['YAML syntax: duplicate key', 'name: 甲\nname: 乙\n', 2, 1, /YAML 语法错误/, /./],
    ['schema: sections is not a list', 'name: 县直机关\nsections: 履职\n', 2, 11, /sections 的类型不对：应为 array（列表）/, /- 甲/],
    ['schema: a section without kind', 'sections:\n  - title: 廉洁自律情况\n    required: true\n', 2, 5, /缺少必填项“kind”/, /请补上“kind: …”/],
    ['a term that avoids nothing and is no formula', 'terms:\n  - prefer: 部署\n    avoid: []\n', 3, 12, /avoid 为空/, /nearMisses/],
    ['nearMisses on a short word', 'terms:\n  - prefer: 高质量发展\n    avoid: []\n    nearMisses: true\n', 4, 17, /nearMisses 只用于 6 字以上/, /./],
    ['unknown rule id, with a suggestion', 'rules:\n  numbers/summ: error\n', 2, 3, /未知的规则编号“numbers\/summ”/, /numbers\/sum/],
    [
      'wrong option type: a string where a list is expected',
      'rules:\n  metrics/vague:\n    options:\n      phrases: 大幅提升\n',
      4,
      16,
      /rules\.metrics\/vague\.options\.phrases 的类型不对：应为 array（列表）/,
      /只有一项也要写成列表/,
    ],
    [
      'wrong option type: a number given as text',
      'rules:\n  metrics/missing:\n    options:\n      minChars: 二十\n',
      4,
      17,
      /minChars 的类型不对：应为 integer（整数）/,
      /阿拉伯数字/,
    ],
    ['unknown option', 'rules:\n  metrics/missing:\n    options:\n      minChar: 20\n', 4, 7, /不认识的键“minChar”/, /schema/],
    ['missing extends target', 'extends: ./团队/规则包.yaml\n', 1, 10, /找不到继承的规则包文件/, /已按 .* 查找/],
    ['npm pack not installed', 'extends: "@county/shengao-pack"\n', 1, 10, /找不到规则包“@county\/shengao-pack”/, /npm install @county\/shengao-pack/],
    ['invalid regular expression', 'placeholders:\n  patterns:\n    - pattern: "【待(补充|完善】"\n      message: 未填写\n', 3, 16, /正则表达式无效/, /括号/],
    [
      'a lookahead, which the linear-time engine has not',
      'placeholders:\n  patterns:\n    - pattern: "某某(?=同志)"\n',
      3,
      16,
      /先行或后行断言.*线性时间引擎（RE2）/,
      /改写/,
    ],
    ['a backreference in a term context', 'terms:\n  - prefer: 部署\n    avoid: [布署]\n    notFollowedBy: (会)\\1\n', 4, 20, /反向引用/, /改写/],
  ];
  for (const [what, body, line, column, problem, hint] of cases) {
    it(what, () => {
      const dir = project({ '.shengao.yaml': body });
      const e = packError(() => loadConfigFile(join(dir, '.shengao.yaml'), trusted));
      assert.equal(e.file, join(dir, '.shengao.yaml'));
      assert.deepEqual([e.line, e.column], [line, column], e.message);
      assert.match(e.problem, problem);
      assert.ok(e.hint, `no hint (what to do) in: ${e.message}`);
      assert.match(e.hint!, hint);
      assert.ok(e.message.startsWith(`${e.file}:${line}:${column}: `), e.message);
    });
  }

  it('an error inside a parent pack is reported on the parent file, not the config', () => {
    const dir = project({
      '.shengao.yaml': 'extends: ./团队.yaml\n',
      '团队.yaml': 'name: 团队\nextends: work-summary\nrules:\n  outline/style: 严重\n',
    });
    const e = packError(() => loadConfigFile(join(dir, '.shengao.yaml'), trusted));
    assert.equal(e.file, join(dir, '团队.yaml'));
    assert.deepEqual([e.line, e.column], [4, 18]);
    assert.match(e.problem, /取值不对/);
  });

  it('a three-pack cycle names every pack in order', () => {
    const dir = project({ 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./c.yaml\n', 'c.yaml': 'name: c\nextends: [base, ./a.yaml]\n' });
    const e = packError(() => loadPack('./a.yaml', dir, trusted));
    assert.equal(e.file, join(dir, 'c.yaml'));
    assert.deepEqual([e.line, e.column], [2, 17]);
    assert.match(e.problem, /循环继承：a\.yaml → b\.yaml → c\.yaml → a\.yaml/);
    assert.match(e.hint ?? '', /去掉其中一处 extends/);
  });

  it('a pack that is a list, not a mapping', () => {
    const dir = project({ '.shengao.yaml': '- extends: base\n- rules: {}\n' });
    const e = packError(() => loadConfigFile(join(dir, '.shengao.yaml'), trusted));
    assert.deepEqual([e.line, e.column], [1, 1]);
    assert.match(e.problem, /键值表/);
  });

  it('an empty config file is valid and means the default pack', () => {
    const dir = project({ '.shengao.yaml': '' });
    const p = loadConfigFile(join(dir, '.shengao.yaml'), trusted);
    assert.ok(p.chain.includes('work-summary'));
  });
});

describe('untrusted workspaces (allowPackages: false)', () => {
  it('refuses an npm pack even when it is installed, saying why and what to do', () => {
    const dir = project({
      'node_modules/shengao-pack-county/package.json': JSON.stringify({ name: 'shengao-pack-county', shengao: 'pack.yaml' }),
      'node_modules/shengao-pack-county/pack.yaml': 'name: county\nextends: work-summary\n',
      '.shengao.yaml': 'extends: shengao-pack-county\n',
    });
    assert.equal(loadConfigFile(join(dir, '.shengao.yaml'), trusted).chain.includes('county'), true, 'trusted: resolves');
    const e = packError(() => loadConfigFile(join(dir, '.shengao.yaml'), restricted));
    assert.deepEqual([e.line, e.column], [1, 10]);
    assert.match(e.problem, /受限模式下不解析 npm 包规则包“shengao-pack-county”/);
    assert.match(e.hint ?? '', /信任此工作区/);
  });

  it('built-in packs and plain YAML files in the workspace still work', () => {
    const dir = project({
      '规则/县直.yaml': 'name: 县直\nextends: party-building\nallow: [某某]\nterms:\n  - prefer: 网格员\n    avoid: [网络员]\n',
      '.shengao.yaml': 'extends: ./规则/县直.yaml\nrules:\n  outline/style: error\n',
    });
    const p = loadConfigFile(join(dir, '.shengao.yaml'), restricted);
    assert.deepEqual(p.chain.slice(-3), ['party-building', '县直', '.shengao.yaml']);
    const r = lint('一、履行职责情况\n1、某某社区配备网络员12名。\n', { kind: 'text', config: p.config });
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId === 'outline/style' || f.ruleId === 'terms/preferred').map((f) => [f.ruleId, f.severity]),
      [
        ['outline/style', 'error'],
        ['terms/preferred', 'error'],
      ],
    );
    assert.ok(!r.findings.some((f) => f.ruleId === 'text/placeholder'), '某某 allowed by the team pack');
    for (const name of ['work-summary', 'debriefing', 'party-building']) assert.ok(loadPack(name, dir, restricted).config.sections.length >= 3);
  });

  it('restricted mode never looks into node_modules, even for a folder pack named like a package', () => {
    let asked = 0;
    const spy = { ...restricted, resolvePackage: (n: string, f: string) => (asked++, restricted.resolvePackage(n, f)) };
    const dir = project({ '.shengao.yaml': 'extends: [base, some-pack]\n' });
    packError(() => loadConfigFile(join(dir, '.shengao.yaml'), spy));
    assert.equal(asked, 0);
  });

  it('packs are data: a JavaScript file given as a pack is read as YAML, never run', () => {
    const marker = join(tmpdir(), `shengao-ran-${process.pid}`);
    const dir = project({
      'evil.js': `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = {};\n`,
      'node_modules/shengao-pack-evil/package.json': JSON.stringify({ name: 'shengao-pack-evil', main: 'index.js' }),
      'node_modules/shengao-pack-evil/index.js': `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\n`,
      '.shengao.yaml': 'extends: ./evil.js\n',
      'b/.shengao.yaml': 'extends: shengao-pack-evil\n',
    });
    const e = packError(() => loadConfigFile(join(dir, '.shengao.yaml'), trusted));
    assert.equal(e.file, join(dir, 'evil.js'));
    assert.deepEqual([e.line, e.column], [1, 1]);
    assert.match(e.problem, /规则包只能是 YAML 文件：审稿不执行规则包里的代码/);
    const e2 = packError(() => loadConfigFile(join(dir, 'b/.shengao.yaml'), trusted));
    assert.match(e2.problem, /npm 包 shengao-pack-evil 里没有规则包/);
    assert.equal(existsSync(marker), false, 'no pack code ran');
  });
});
