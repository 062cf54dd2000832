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

describe('round 47: parts that leave the rest unnamed, and campuses', () => {
  it('特种设备11,926台，其中电梯…台、锅炉…台、…7家、…1,279辆，其余为起重机械…: the remainder is named, not counted', () => {
    const text = '一、主要工作\n全县在用特种设备9,860台，其中电梯3,215台、锅炉58台、气瓶充装单位6家、场内专用机动车辆1,170辆，其余为起重机械、压力管道等。\n';
    assert.deepEqual(hits(text, 'numbers/sum'), []);
  });

  it('培训近千人次，其中省级126人次、国家级18人次: parts far below a rough total are picked out', () => {
    assert.deepEqual(hits('一、主要工作\n教师参加各级各类培训近千人次，其中省级培训126人次、国家级培训18人次。\n', 'numbers/sum'), []);
  });

  it('…while 培训约150人次，其中 126 + 18 is still under it', () => {
    assert.equal(hits('一、主要工作\n教师参加各级各类培训共计160人次，其中省级培训126人次、国家级培训18人次、市级培训12人次。\n', 'numbers/sum').length, 1);
  });

  it('教学班62个 … 本部教学班36个、南苑校区教学班26个: a campus counts its own', () => {
    const text = '一、主要工作\n学校现有本部和南苑2个校区，教学班62个，学生2871人。本部教学班36个、学生1682人，南苑校区教学班26个、学生1189人。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });
});
