// What the eighteenth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 18: an item number run into the figure after it', () => {
  it('1.220千伏… then 2.… is item 1; 3.95598热线… and 4.0—3岁… go on with the list', () => {
    const text = [
      '一、主要工作',
      '（一）电网建设',
      '1.220千伏城西变电站于5月投运，新增容量18万千伏安。',
      '2.完成配网改造项目26个。',
      '3.95598热线受理来电12.6万个，接通率98.2%。',
      '4.0—3岁儿童健康管理率93.1%。',
      '5.新增充电桩140个。',
    ].join('\n');
    assert.deepEqual(hits(text, 'outline/sequence'), []);
    const nodes = check(text, {}).model.sectionNodes[0].children[0].children.map((n) => n.marker.ordinal);
    assert.deepEqual(nodes, [1, 2, 3, 4, 5]);
  });

  it('a paragraph opening with 1.5亿元 and no item 2. after it is an amount, not an item', () => {
    const text = ['一、主要工作', '全年完成投资：', '1.5亿元用于道路建设，其余用于管网改造。', '全年新建道路12公里。'].join('\n');
    assert.equal(check(text, {}).model.sectionNodes[0].children.length, 0);
  });
});

describe('round 18: Markdown headings left empty', () => {
  const doc = (middle: string) =>
    `# 2025年工作总结\n\n全年参与项目 6 个。\n\n## 结算系统\n\n完成接口改造 14 个。\n\n${middle}\n\n## 质检工具\n\n上线规则 120 条。\n\n## 监控平台\n\n接入服务 36 个。\n`;
  it('## 组件库 followed straight by ## 规范库 and another ## is a part left unwritten', () => {
    const text = doc('## 组件库\n\n## 规范库');
    assert.deepEqual(hits(text, 'structure/empty-section', 'markdown'), ['组件库', '规范库']);
  });
  it('a slide deck’s divider page (heading, ---, heading), a cover’s lines and numbered headings used as items are not', () => {
    assert.deepEqual(hits(doc('---\n\n## 第二部分\n\n---\n\n## 组件库\n\n新增组件 18 个。'), 'structure/empty-section', 'markdown'), []);
    const cover = '# 某某大学\n\n# 课程设计个人总结\n\n## 需求分析\n\n完成用例 12 个。\n\n## 编码\n\n提交代码 3200 行。\n\n## 测试\n\n用例 80 条。\n';
    assert.deepEqual(hits(cover, 'structure/empty-section', 'markdown'), []);
    assert.deepEqual(hits(doc('#### 1.推送服务\n\n#### 2.即时通信\n\n#### 3.长连接'), 'structure/empty-section', 'markdown'), []);
  });
});

describe('round 18: misspelt names of tools', () => {
  const terms = (s: string) => hits(`一、工作情况\n${s}\n`, 'terms/preferred');
  it('typesrcipt, Pyhton and ngnix on their own are misspelt; inside a path or a file name they are names', () => {
    assert.deepEqual(terms('改用typesrcipt重写了组件，用Pyhton写了脚本，迁到了ngnix上。'), ['typesrcipt', 'Pyhton', 'ngnix']);
    assert.deepEqual(terms('配置见 github.com/demo/ngnix-conf 与 ngnix.conf。'), []);
  });
  it('时间截 is 时间戳; 报名时间截止 is a deadline', () => {
    assert.deepEqual(terms('订单号由机器号和时间截拼成，报名时间截止到5月底。'), ['时间截']);
  });
});
