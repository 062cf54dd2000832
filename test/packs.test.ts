import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { lint } from '../server/src/engine/index';
import { loadPack, loadConfigFile, findConfig } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { ROOT, project, packError } from './helpers';

const host = nodeHost({ builtinDir: join(ROOT, 'rules') });

describe('rule packs', () => {
  it('the built-in packs load and extend base', () => {
    for (const name of ['work-summary', 'debriefing', 'party-building']) {
      const p = loadPack(name, ROOT, host);
      assert.deepEqual(p.chain.slice(0, 2), ['terms', 'base']);
      assert.equal(p.chain[p.chain.length - 1], name);
      assert.ok(p.config.sections.some((s) => s.kind === 'problems' && s.required));
    }
    assert.equal(loadPack('party-building', ROOT, host).config.rules['terms/preferred'].severity, 'error');
    assert.deepEqual(
      loadPack('debriefing', ROOT, host).config.sections.map((s) => s.kind),
      ['duties', 'integrity', 'problems', 'next'],
    );
  });

  it('a project config extends a team pack file that extends a built-in pack', () => {
    const dir = project({
      'team/pack.yaml':
        'name: team\nextends: debriefing\nrules:\n  outline/style: error\nterms:\n  - prefer: 网格员\n    avoid: [网络员]\n    note: 社区网格化管理人员称“网格员”。\n',
      'drafts/.shengao.yaml': 'extends: ../team\nrules:\n  structure/missing-section: off\nallow: [某某]\n',
      'drafts/sub/a.txt': '',
    });
    const cfgFile = findConfig(join(dir, 'drafts/sub'), host);
    assert.equal(cfgFile, join(dir, 'drafts/.shengao.yaml'));
    const p = loadConfigFile(cfgFile!, host);
    assert.deepEqual(p.chain, ['terms', 'base', 'debriefing', 'team', '.shengao.yaml']);
    assert.equal(p.config.rules['outline/style'].severity, 'error');
    const r = lint('一、个人履职情况\n1、某某社区配备网络员12名。', { kind: 'text', config: p.config });
    assert.deepEqual(
      r.findings.map((f) => [f.ruleId, f.severity]),
      [
        ['outline/style', 'error'],
        ['terms/preferred', 'warning'],
      ],
    );
  });

  it('resolves an npm package pack from the config’s folder', () => {
    const dir = project({
      'node_modules/@county/shengao-pack/package.json': JSON.stringify({ name: '@county/shengao-pack', version: '1.2.0', shengao: 'county.yaml' }),
      'node_modules/@county/shengao-pack/county.yaml':
        'name: county\nextends: work-summary\nplaceholders:\n  patterns:\n    - pattern: "〇〇"\n      message: 县名“{0}”未填写。\n',
      '.shengao.yaml': 'extends: "@county/shengao-pack"\n',
    });
    const p = loadConfigFile(join(dir, '.shengao.yaml'), host);
    assert.equal(p.chain[p.chain.length - 2], 'county');
    const r = lint('〇〇县完成换届。', { kind: 'text', config: p.config });
    assert.ok(r.findings.some((f) => f.ruleId === 'text/placeholder' && f.message === '县名“〇〇”未填写。'));
  });

  it('in a restricted workspace npm packs are refused, with a positioned reason', () => {
    const dir = project({ '.shengao.yaml': '# 团队配置\nextends: "@county/shengao-pack"\n' });
    const e = packError(() => loadConfigFile(join(dir, '.shengao.yaml'), nodeHost({ builtinDir: join(ROOT, 'rules'), allowPackages: false })));
    assert.equal(e.line, 2);
    assert.equal(e.column, 10);
    assert.match(e.problem, /受限模式/);
  });

  describe('broken packs are positioned errors', () => {
    const cases: [string, string, number, number, RegExp][] = [
      ['YAML syntax', 'name: x\nrules:\n  outline/style: [warning\n', 4, 1, /YAML 语法错误/],
      ['unknown rule id', 'name: x\nrules:\n  outline/styles: warning\n', 3, 3, /未知的规则编号“outline\/styles”/],
      ['bad severity', 'name: x\nrules:\n  outline/style: loud\n', 3, 18, /outline\/style 的取值不对：应为 error \/ warning/],
      ['unknown key', 'name: x\nsection:\n  - kind: duties\n', 2, 1, /不认识的键“section”/],
      ['missing extends', 'name: x\nextends: [base, ./nowhere.yaml]\n', 2, 17, /找不到继承的规则包文件 \.\/nowhere\.yaml/],
      ['missing npm pack', 'name: x\nextends: shengao-pack-absent\n', 2, 10, /既不是内置包.*也没有安装同名 npm 包/],
      ['invalid regex', 'name: x\nplaceholders:\n  patterns:\n    - pattern: "([a-z]"\n', 4, 16, /正则表达式无效/],
      [
        'lookbehind in a project pack (its patterns run on RE2, in linear time)',
        'name: x\nterms:\n  - prefer: 部署\n    avoid: [布署]\n    followedBy: "(?<=布署)工作"\n',
        5,
        17,
        /断言.*RE2/,
      ],
    ];
    for (const [what, body, line, column, re] of cases) {
      it(what, () => {
        const dir = project({ 'p.yaml': body });
        const e = packError(() => loadPack('./p.yaml', dir, host));
        assert.equal(e.file, join(dir, 'p.yaml'));
        assert.match(e.problem, re);
        assert.deepEqual([e.line, e.column], [line, column], e.message);
      });
    }

    it('circular extends names the cycle', () => {
      const dir = project({ 'a.yaml': 'name: a\nextends: ./b.yaml\n', 'b.yaml': 'name: b\nextends: ./a.yaml\n' });
      const e = packError(() => loadPack('./a.yaml', dir, host));
      assert.match(e.problem, /循环继承：a\.yaml → b\.yaml → a\.yaml/);
      assert.equal(e.file, join(dir, 'b.yaml'));
      assert.deepEqual([e.line, e.column], [2, 10]);
    });
  });
});
