// What the thirty-seventh held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { createLintCache, lint } from '../server/src/engine/index';
import { check, hits, pack } from './helpers';

describe('round 37: a quoted count of 件', () => {
  const count = (s: string) => hits(`一、主要工作\n${s}\n`, 'numbers/count');

  it('“三件事” announcing 一是…四是 is a count the list must match', () => {
    assert.deepEqual(count('全年聚焦“三件事”：一是新建社区食堂2处；二是改造健身步道3公里；三是增设公交站点5个；四是新建公厕2座。'), ['“三件事”']);
    assert.deepEqual(count('全年聚焦“三件事”：一是新建社区食堂2处；二是改造健身步道3公里；三是增设公交站点5个。'), []);
  });
});

describe('round 37: a unit in brackets in a pasted table’s label', () => {
  const blank = (s: string) => hits(`一、主要工作\n${s}\n`, 'text/placeholder');

  it('增速（%） names the unit of the figures beside it; 达% leaves the figure out', () => {
    assert.deepEqual(blank('社会消费品零售总额增速（%）\t5.2\t6.0\t—'), []);
    assert.deepEqual(blank('社会消费品零售总额增速(%)\t5.2\t6.0\t—'), []);
    assert.deepEqual(blank('社会消费品零售总额增速达%。'), ['%']);
  });
});

describe('round 37: a link whose address was left empty', () => {
  const blank = (s: string) => hits(`# 总结\n\n## 博客清单\n\n${s}\n`, 'text/placeholder', 'markdown');

  it('[名称]() is a blank; a link with its address, an image and code are not', () => {
    assert.deepEqual(blank('1. [组件通信小结]()\n2. [状态管理实践](https://example.com/b)'), ['[组件通信小结]()']);
    assert.deepEqual(blank('1. [状态管理实践](https://example.com/b)\n2. ![]() 截图待补\n3. `[a]()` 是语法示例'), []);
  });

  it('filling the address in clears the finding, though the block’s words stay the same (the editor’s cache)', () => {
    const cache = createLintCache();
    const run = (addr: string) =>
      lint(`# 总结\n\n1. [组件通信小结](${addr})\n`, { kind: 'markdown', config: pack().config, cache, only: new Set(['text/placeholder']) }).findings.length;
    assert.equal(run(''), 1);
    assert.equal(run('https://example.com/a'), 0);
    assert.equal(run(''), 1);
  });
});

describe('round 37: a Markdown heading told whole on its line', () => {
  it('####1. 排行榜的客户端逻辑。 among headings with content is a point, not a heading left empty', () => {
    const doc = (first: string) =>
      `# 工作总结\n\n### 2025 上半年\n####${first}\n####2. 服务器相关\n* 搭建测试服\n\n####3. 自动化测试\n* 写了用例 120 个\n\n####4. 运营后台\n* 完成 6 个页面\n`;
    assert.deepEqual(hits(doc('1. 完成排行榜的客户端逻辑。'), 'structure/empty-section', 'markdown'), []);
    assert.equal(hits(doc('1. 排行榜客户端'), 'structure/empty-section', 'markdown').length, 1);
  });
});

describe('round 37: one letter standing for a unit’s name', () => {
  const blank = (s: string) => hits(`一、主要工作\n${s}\n`, 'text/placeholder');

  it('x物业管理处, X公司 are blanks; X光机, x86 and x64 are not', () => {
    assert.deepEqual(blank('半年来，x物业管理处在公司领导下完成检修17次。'), ['x']);
    assert.deepEqual(blank('与X公司签订保洁合同。'), ['X']);
    assert.deepEqual(blank('采购X光机2台、x86服务器3台，升级Windows x64公司版。'), []);
  });
});

describe('numbers/count: the message counts the items as the writer does', () => {
  it('包括A、B和C under 四项 says at most three, not two', () => {
    const f = check('一、主要工作\n修订四项制度，包括考勤制度、财务制度和采购制度。\n', { only: ['numbers/count'] }).findings;
    assert.equal(f.length, 1);
    assert.match(f[0].message, /实际最多有3项/);
  });
});

describe('metrics/vague: a change or a leap claimed without a figure', () => {
  const vague = (s: string) => hits(`一、主要工作\n${s}\n`, 'metrics/vague');

  it('发生明显变化、飞跃发展 are claims; 变化了12% gives the figure', () => {
    assert.deepEqual(vague('五年来，镇村面貌发生明显变化。'), ['明显变化']);
    assert.deepEqual(vague('今年是小区管理飞跃发展的一年。'), ['飞跃发展']);
    assert.deepEqual(vague('五年来，镇村面貌发生明显变化，绿化覆盖率提高12个百分点。'), []);
  });
});

describe('metrics/vague: a negated having before the claim', () => {
  it('并不会有个比较明显的变化 claims nothing', () => {
    const vague = (s: string) => hits(`一、主要工作\n${s}\n`, 'metrics/vague');
    assert.deepEqual(vague('只运动不控制饮食，体重并不会有个比较明显的变化。'), []);
    assert.deepEqual(vague('坚持运动半年，体重有了比较明显的变化。'), ['明显的变化']);
  });
});
