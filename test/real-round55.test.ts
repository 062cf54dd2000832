// What the fifty-fifth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 55: a time table grouped by list marks, not bold', () => {
  const table = (dev: string, total: string) =>
    `## 用时\n\n| 阶段 | 耗时(h) |\n| --- | --- |\n| 计划 | 3 |\n| ·  估计任务时间 | 3 |\n| 开发 | ${dev} |\n| ·  需求分析 | 12 |\n| ·  具体编码 | 60 |\n| ·  测试 | 8 |\n| 报告 | 4 |\n| ·  测试报告 | 1 |\n| ·  事后总结 | 3 |\n| 复盘改进 | 2 |\n| **合计** | ${total} |\n`;
  it('categories and their marked steps add up: 3 + 80 + 4 + 2 = 89, no finding', () => {
    assert.deepEqual(hits(table('80', '89'), 'numbers/sum', 'markdown'), []);
  });
  it('…a category whose steps add up to 80, written 70, is found', () => {
    assert.equal(hits(table('70', '79'), 'numbers/sum', 'markdown').length, 1);
  });
  it("…and so is a total that is not the categories' sum", () => {
    assert.equal(hits(table('80', '99'), 'numbers/sum', 'markdown').length, 1);
  });
});

describe("round 55: a year's target rate of the running total", () => {
  const table = (rate: string) =>
    `## 指标\n\n| 项目 | 本季度完成 | 累计完成 | 年度目标 | 完成率 |\n|---|---|---|---|---|\n| 充电桩（个） | 38 | 126 | 150 | ${rate} |\n| 公共停车位（个） | 210 | 940 | 1000 | 94.0% |\n`;
  it("126 ÷ 150 = 84.0%: the rate is of 累计完成, not of this quarter's 38", () => {
    assert.deepEqual(hits(table('84.0%'), 'numbers/percent', 'markdown'), []);
  });
  it('…and 80.0% is wrong', () => {
    assert.equal(hits(table('80.0%'), 'numbers/percent', 'markdown').length, 1);
  });
});

describe('round 55: 万条 with no figure', () => {
  it('归集各类数据万条: the figure before 万 was never typed', () => {
    assert.deepEqual(hits('一、主要工作\n三季度归集各类数据万条，回流数据1860万条。\n', 'text/placeholder'), ['万条']);
  });
  it('…while 一万条 and 1860万条 are filled', () => {
    assert.deepEqual(hits('一、主要工作\n三季度归集各类数据一万条，回流数据1860万条。\n', 'text/placeholder'), []);
  });
});

describe('round 55: a change between two bare figures', () => {
  const text = (rate: string) => `## 压测\n\n- 写入峰值 QPS 由改造前的 2400 提升到 4200，提升约 ${rate}。\n`;
  it('QPS 由 2400 提升到 4200 is a rise of 75%, not 43% (4200 taken as the base)', () => {
    assert.deepEqual(hits(text('43%'), 'numbers/percent', 'markdown'), ['43%']);
  });
  it('…and 约 75% agrees', () => {
    assert.deepEqual(hits(text('75%'), 'numbers/percent', 'markdown'), []);
  });
  it('P99 由 420 降到 180，下降 57%: a fall, computed on the level before', () => {
    assert.deepEqual(hits('## 延迟\n\n- P99 由 420 降到 180，下降 57%。\n', 'numbers/percent', 'markdown'), []);
  });
});
