// What the forty-seventh held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 47: numbers/percent and a table of two years', () => {
  const table =
    '# 机关事务中心2025年工作总结\n\n## 一、主要工作\n\n| 项目 | 2024年 | 2025年 | 变化 |\n|---|---:|---:|---|\n| 公务用车运行费用（万元） | 250 | 220 | 下降13.6% |\n| 人均综合能耗（千克标准煤） | 186.4 | 175.2 | 下降6.0% |\n';

  it('下降13.6% in the change column where 250 → 220 is 12%: the base is last year’s', () => {
    assert.deepEqual(hits(table, 'numbers/percent', 'markdown'), ['下降13.6%']);
  });

  it('…and 人均综合能耗下降2% among next year’s plans is a target, not the row’s change', () => {
    const text = table + '\n## 二、存在的问题\n\n节能设备更新慢。\n\n## 三、2026年工作打算\n\n1. 公务用车运行费用再压减5%，人均综合能耗下降2%。\n';
    assert.deepEqual(hits(text, 'numbers/percent', 'markdown'), ['下降13.6%']);
  });
});

describe('round 47: numbers/count with long items ending in quoted names', () => {
  it('四款产品，分别为面向…的“茶油贷”、面向…的“强村贷”和面向…的“安居贷”: three items, not four', () => {
    const text = '一、主要工作\n推出四款特色信贷产品，分别为面向种植户的“果农贷”、面向村集体经济组织的“强村贷”和面向进城务工人员的“新市民安居贷”。\n';
    assert.equal(hits(text, 'numbers/count').length, 1);
  });

  it('…and three of them counted as three: nothing', () => {
    const text = '一、主要工作\n推出三款特色信贷产品，分别为面向种植户的“果农贷”、面向村集体经济组织的“强村贷”和面向进城务工人员的“新市民安居贷”。\n';
    assert.deepEqual(hits(text, 'numbers/count'), []);
  });
});

describe('round 47: text/placeholder and 待定 with its way forward', () => {
  it('是否引入服务网格：待定，二季度完成评审后由组内决定 is a decision pending, not a blank', () => {
    assert.deepEqual(hits('# 计划\n\n- 是否引入服务网格：**待定**，二季度完成技术评审后由组内决定；\n', 'text/placeholder', 'markdown'), []);
  });

  it('完成时间：待定 is still a blank', () => {
    assert.equal(hits('# 计划\n\n- 完成时间：待定\n', 'text/placeholder', 'markdown').length, 1);
  });
});
