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
  it('…and so is a total that is not the categories\' sum', () => {
    assert.equal(hits(table('80', '99'), 'numbers/sum', 'markdown').length, 1);
  });
});
