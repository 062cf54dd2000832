// What the fifty-fourth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 54: a point of a list set as a heading', () => {
  const text = (point: string) =>
    `## 工作\n\n### 社区运营\n\n#### 组织线上分享\n\n1. 三月一次\n2. 五月两次\n\n#### 整理新人指南\n\n写了 4 篇入门文档。\n\n#### ${point}\n\n#### 维护镜像站\n\n全年可用率 99.9%。\n`;
  it('#### 迁移旧数据并归档； closes with a semicolon: a point, not a title left empty', () => {
    assert.deepEqual(hits(text('迁移旧数据并归档；'), 'structure/empty-section', 'markdown'), []);
  });
  it('…while #### 迁移旧数据 among titles with content is left empty', () => {
    assert.equal(hits(text('迁移旧数据'), 'structure/empty-section', 'markdown').length, 1);
  });
});

describe('round 54: blanks and homes', () => {
  it('每年节省约 万元带宽费用: an approximation, a space and the unit — the figure is missing', () => {
    assert.deepEqual(hits('## 成本\n\n- 下线旧集群 12 台，每年节省约 万元带宽费用。\n', 'text/placeholder', 'markdown'), ['万元']);
  });
  it('…while 每年节省约 36 万元带宽费用 is filled', () => {
    assert.deepEqual(hits('## 成本\n\n- 下线旧集群 12 台，每年节省约 36 万元带宽费用。\n', 'text/placeholder', 'markdown'), []);
  });
  it('月初去了舅舅家，月底回了外婆家: 家 is a home, no count of firms left blank', () => {
    assert.deepEqual(hits('## 生活\n\n* 五月：月初去了舅舅家，月底回了外婆家。\n', 'text/placeholder', 'markdown'), []);
  });
  it('…while 新设立分支机构家。 still lacks its figure', () => {
    assert.equal(hits('一、主要工作\n全年新设立分支机构家。\n', 'text/placeholder').length, 1);
  });
});

describe('round 54: a schedule kept is no plan', () => {
  const text = (title: string) =>
    `# 结项报告\n\n## 项目信息\n\n项目为开源之夏支持的插件开发，导师 1 名，学生 1 名。\n\n## ${title}\n\n### 时间：2021.07.01-2021.07.21\n\n完成需求调研。\n\n## 项目成果\n\n完成 3 种消息的收发，合并 PR 4 个。\n\n## 遇到的问题\n\n测试号不能绑定小程序。\n`;
  it('## 项目时间规划 before ## 项目成果 is the schedule the work kept to', () => {
    assert.deepEqual(hits(text('项目时间规划'), 'structure/section-order', 'markdown'), []);
  });
  it('…while ## 下一步计划 before the results is out of order', () => {
    assert.equal(hits(text('下一步计划'), 'structure/section-order', 'markdown').length, 2);
  });
});

describe('round 54: a template field in square brackets', () => {
  it('本项目 [项目名称] 系…资助的开源项目: the field name was never replaced', () => {
    assert.deepEqual(hits('## 项目信息\n\n本项目 [项目名称] 系暑期计划资助的开源项目。\n', 'text/placeholder', 'markdown'), ['[项目名称]']);
  });
  it('…while a link named so, [项目名称](https://example.org), is filled', () => {
    assert.deepEqual(hits('## 项目信息\n\n本项目 [项目名称](https://example.org/p) 系暑期计划资助的开源项目。\n', 'text/placeholder', 'markdown'), []);
  });
});

describe('round 54: figures of two platforms, of two scales', () => {
  it('微信公众号粉丝 8.6 万人 / 抖音号粉丝 12.4 万人: two accounts, counted apart', () => {
    const text = '## 新媒体\n\n1. 微信公众号粉丝 8.6 万人，较年初增加 0.9 万人。\n2. 抖音号粉丝 12.4 万人，全年播放量 3600 万次。\n';
    assert.deepEqual(hits(text, 'numbers/conflict', 'markdown'), []);
  });
  it('…while 公众号粉丝 restated with another value is still found', () => {
    const text = '## 新媒体\n\n1. 微信公众号粉丝 8.6 万人，较年初增加 0.9 万人。\n2. 年末微信公众号粉丝 8.9 万人。\n';
    assert.equal(hits(text, 'numbers/conflict', 'markdown').length, 1);
  });
  it('会员企业软件业务收入 486.3 亿元 … 协会年度收入 386.4 万元: the same digits ten thousand times apart are no slip', () => {
    const text = '## 行业\n\n会员企业全年实现软件业务收入 486.3 亿元，同比增长 11.2%。\n\n## 协会\n\n- 年度收入 386.4 万元，支出 361.7 万元。\n';
    assert.deepEqual(hits(text, 'numbers/conflict', 'markdown'), []);
  });
});

describe('round 54: 单 glued to the change after it', () => {
  it('故障工单由迁移前的 160 单降至 120 单，下降 33%: (120−160)÷160 is −25%', () => {
    assert.equal(hits('## 成效\n\n- 故障工单由迁移前的 160 单降至 120 单，下降 33%。\n', 'numbers/percent', 'markdown').length, 1);
  });
  it('…and 下降 25% agrees', () => {
    assert.deepEqual(hits('## 成效\n\n- 故障工单由迁移前的 160 单降至 120 单，下降 25%。\n', 'numbers/percent', 'markdown'), []);
  });
});
