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
