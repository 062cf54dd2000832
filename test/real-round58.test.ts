// What the fifty-eighth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 58: exhibits at the end, a part named in brackets', () => {
  it('## 下周安排 then ## 成果展示: the exhibits close the report, no duties out of order', () => {
    const text =
      '# 周报\n\n## 本周工作\n\n1. 完成结课项目\n2. 刷题 20 道\n\n## 遇到的困难\n\n- 无\n\n## 下周安排\n\n1. 期末复习\n\n## 成果展示\n\n![原型图](img/a.png)\n';
    assert.deepEqual(hits(text, 'structure/section-order', 'markdown'), []);
  });
  it('- [组件库开发的基础知识(工程化篇)](https://…): 篇 names a part of a series, no count left blank', () => {
    assert.deepEqual(hits('## 文章\n\n- [组件库开发的基础知识(工程化篇)](https://example.org/p/1)\n', 'text/placeholder', 'markdown'), []);
  });
});

describe('round 58: 万人 after a verb', () => {
  it('签约服务覆盖万人，: the figure before 万 was never typed', () => {
    assert.deepEqual(hits('一、主要工作\n3.组建家庭医生团队96个，签约服务覆盖万人，重点人群签约率80.2%。\n', 'text/placeholder'), ['万人']);
  });
  it('…while 用户已经超过万人 passes a mark: 万 is the figure', () => {
    assert.deepEqual(hits('一、主要工作\n据保守估计，插件用户已经超过万人。\n', 'text/placeholder'), []);
  });
});

describe('round 58: events of every kind, restated', () => {
  const text = (n: string) =>
    `2025年，县科协全年开展各类科普活动152场次，服务群众8.6万人次。现总结如下。\n一、主要工作\n1.科普活动。以科技活动周为重点，联合18个成员单位开展各类科普活动${n}场次，其中科普讲座60场、科普展览40场、科普进校园52场。\n`;
  it('各类科普活动152场次 in the overview, 125场次 in the body: one whole, two values', () => {
    assert.deepEqual(hits(text('125'), 'numbers/conflict'), ['125场次']);
  });
  it('…and no alarm when they agree', () => {
    assert.deepEqual(hits(text('152'), 'numbers/conflict'), []);
  });
});

describe('round 58: documents listed with the number they were issued under', () => {
  const text = (n: string) =>
    `一、主要工作\n全年牵头制定管理制度${n}项，分别为《公共数据管理办法》（澄政办发〔2025〕18号）、《数据共享实施细则》和《政务云管理规定》，为数据工作提供了依据。\n`;
  it('4项 over three titles, the first with its 文号, the last two joined by 和: one short', () => {
    assert.deepEqual(hits(text('4'), 'numbers/count'), ['4项']);
  });
  it('…and 3项 matches', () => {
    assert.deepEqual(hits(text('3'), 'numbers/count'), []);
  });
});

describe("round 54: a table of the year's values restated in prose", () => {
  const text = (n: string) =>
    `## 概览\n\n| 项目 | 数值 |\n|---|---|\n| 上线需求 | 126 个 |\n| 迭代发布 | 40 次 |\n\n## 工程效率\n\n- 全年上线需求 ${n} 个，平均交付周期 5.2 天。\n`;
  it('| 上线需求 | 126 个 | then 全年上线需求 121 个: one measure, two values', () => {
    assert.deepEqual(hits(text('121'), 'numbers/conflict', 'markdown'), ['121 个']);
  });
  it('…and no alarm when they agree', () => {
    assert.deepEqual(hits(text('126'), 'numbers/conflict', 'markdown'), []);
  });
});

describe('round 49: a row naming the doing after its object', () => {
  const text = (n: string) =>
    `## 指标\n\n| 项目 | 年度目标 | 完成值 | 完成率 |\n|---|---:|---:|---:|\n| 老旧水表改造（万只） | 2.0 | 2.4 | 120% |\n| 分区计量（个） | 80 | 86 | 107.5% |\n\n## 问题\n\n1. 全年改造老旧水表 ${n} 万只中，老旧小区仅占 0.5 万只。\n`;
  it('| 老旧水表改造（万只） | … | 2.4 | then 全年改造老旧水表 2.1 万只: one measure', () => {
    assert.deepEqual(hits(text('2.1'), 'numbers/conflict', 'markdown'), ['2.1 万只']);
  });
  it('…and no alarm when they agree', () => {
    assert.deepEqual(hits(text('2.4'), 'numbers/conflict', 'markdown'), []);
  });
});

describe('round 50: a doing done, named before 的 with 完成', () => {
  const text = (n: string) =>
    `## 概览\n\n- 全年共迁移服务 52 个，下线虚拟机 140 台。\n\n## 后续计划\n\n- 2026 年 Q2：迁移完成的 ${n} 个服务全部接入链路追踪。\n`;
  it('迁移完成的 50 个服务 in the plans restates the 52 迁移服务 of the year', () => {
    assert.deepEqual(hits(text('50'), 'numbers/conflict', 'markdown'), ['50 个']);
  });
  it('…and no alarm when it agrees', () => {
    assert.deepEqual(hits(text('52'), 'numbers/conflict', 'markdown'), []);
  });
});

describe("round 52: the year's whole of one thing, what was done to it said after it", () => {
  const text = (n: string) =>
    `## 总体情况\n\n2025 年 SRE 组围绕稳定与成本开展工作，全年完成 28 个服务的容器化迁移，可用性 99.95%。\n\n## 主要工作\n\n3. 全年共完成 ${n} 个服务的容器化迁移，容器化率由 40% 提升到 76%。\n`;
  it('全年完成 28 个服务的容器化迁移 / 全年共完成 30 个服务的容器化迁移: one measure', () => {
    assert.deepEqual(hits(text('30'), 'numbers/conflict', 'markdown'), ['30 个']);
  });
  it('…and no alarm when they agree', () => {
    assert.deepEqual(hits(text('28'), 'numbers/conflict', 'markdown'), []);
  });
});
