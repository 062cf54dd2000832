// What the fifty-third held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 53: parts named by a doing for people', () => {
  const text = (total: string) => `一、主要工作\n3.全年开展志愿服务21次，参与党员共计${total}，其中慰问困难群众96人次、关爱独居老人88人次、清扫街巷64人次。\n`;
  it('慰问困难群众 / 关爱独居老人 / 清扫街巷 are activities, all of them: 96+88+64=248, not 260', () => {
    assert.deepEqual(hits(text('260人次'), 'numbers/sum'), ['260人次']);
  });
  it('…and 248 adds up', () => {
    assert.deepEqual(hits(text('248人次'), 'numbers/sum'), []);
  });
});

describe('round 53: an item with one part of its own after 其中', () => {
  const text = (total: string) =>
    `## 交付\n\n全年共上线功能 ${total} 个，按类型分：\n\n- 新增功能 41 个，其中“掌上办”事项 12 个\n- 体验改进 27 个\n- 缺陷修复 19 个\n`;
  it('41 + 27 + 19 = 87, not 89: the 12 after 其中 is some of the 41', () => {
    assert.deepEqual(hits(text('89'), 'numbers/sum', 'markdown'), ['89 个']);
  });
  it('…and 87 adds up', () => {
    assert.deepEqual(hits(text('87'), 'numbers/sum', 'markdown'), []);
  });
});

describe('round 53: a spaced count after its noun', () => {
  const text = (n: string) => `## 管网\n\n- 排查出渗漏主要成因 ${n} 类：\n  - 管材老化\n  - 接头松动\n  - 外力破坏\n  - 水压波动\n`;
  it('成因 5 类： over four nested items is one short', () => {
    assert.deepEqual(hits(text('5'), 'numbers/count', 'markdown'), ['5 类']);
  });
  it('…and 成因 4 类： matches', () => {
    assert.deepEqual(hits(text('4'), 'numbers/count', 'markdown'), []);
  });
});

describe('round 53: a clause that goes on in time ends a 包括 list', () => {
  it('设计用了 2 天，包括画原型…，然后编码用了 5 天: the 5 days come after, they are no part of the 2', () => {
    const text = '整个工具设计用了 2 天，包括画原型、定接口，都在这 2 天里完成，然后编码用了 5 天。\n';
    assert.deepEqual(hits(text, 'numbers/sum', 'markdown'), []);
  });
  it('…while parts inside the list still count: 共 5 场，包括线上 2 场、线下 4 场', () => {
    assert.equal(hits('全年共培训 5 场，包括线上 2 场、线下 4 场，然后又补训 1 场。\n', 'numbers/sum', 'markdown').length, 1);
  });
});

describe('round 53: thousands grouped by a space', () => {
  it('巡检脚本从 1 250 个精简到 500 个，减少 60%: 1 250 is one figure', () => {
    assert.deepEqual(hits('## 运维\n\n巡检脚本从 1 250 个精简到 500 个，减少 60%。\n', 'numbers/percent', 'markdown'), []);
  });
  it('…and 减少 50% of it is wrong', () => {
    assert.equal(hits('## 运维\n\n巡检脚本从 1 250 个精简到 500 个，减少 50%。\n', 'numbers/percent', 'markdown').length, 1);
  });
});

describe('round 53: quoted grades before a count', () => {
  it('对评级为“较差”“差”的5个项目: the grades pick out which items, they are not the items', () => {
    assert.deepEqual(hits('一、主要工作\n2.对绩效评级为“较差”“差”的5个项目收回结余资金620万元。\n', 'numbers/count'), []);
  });
  it('…while quoted names set side by side before their count are still counted', () => {
    assert.equal(hits('一、主要工作\n2.建立“周调度”“月通报”三项机制，全年调度48次。\n', 'numbers/count').length, 1);
  });
});

describe('round 53: a year heading after a front matter title', () => {
  const body =
    '全年上线服务 6 个，写了 18 篇文档，重构了部署流水线，整体发布耗时从 40 分钟降到 12 分钟。参与了两次大促保障，值班 16 次，处理告警 230 条。'.repeat(8);
  const text = (opening: string) =>
    `---\ntitle: 2025年度总结\n---\n\n${opening}\n\n### 变化\n\n${body}\n\n### 收获\n\n${body}\n\n### 2026\n\n- 把覆盖率提到 70%\n- 学完一门课\n`;
  it('### 2026 under title: 2025年度总结 heads the plans, though the first line of prose names 2026', () => {
    assert.deepEqual(hits(text('2026已经过去半个月了，才动笔写总结。'), 'structure/missing-section', 'markdown'), []);
  });
  it('…while a summary with no plan at all still owes one', () => {
    const none = text('2026已经过去半个月了，才动笔写总结。').replace(/### 2026[\s\S]*$/, '');
    assert.equal(hits(none, 'structure/missing-section', 'markdown').length, 1);
  });
});

describe('round 53: a length of time beside a count', () => {
  it('全程4个小时，分为两个阶段: 4个小时 is a length of time, not a count of the stages', () => {
    assert.deepEqual(hits('一、主要工作\n参加市级技能竞赛，全程4个小时，分为两个阶段。\n', 'style/numbers'), []);
  });
  it('…while 3个项目和两个课题 beside it still mix forms for one kind', () => {
    assert.deepEqual(hits('一、主要工作\n全程4个小时，完成了3个项目和两个课题。\n', 'style/numbers'), ['两']);
  });
});
