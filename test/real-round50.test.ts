// What the fiftieth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 50', () => {
  it('沿用了旧网关的指标名: a metric’s name, not a head count left blank', () => {
    assert.deepEqual(hits('# 复盘\n\n上线首周发生 2 次告警漏报，原因是规则沿用了旧系统的指标名。\n', 'text/placeholder', 'markdown'), []);
  });

  it('完成高标准农田建设6200亩，新增土地流转3100亩，全镇土地流转率46.8%: the rate is of all the land, not of the new fields', () => {
    assert.deepEqual(hits('一、主要工作\n完成高标准农田建设5400亩，新增土地流转2600亩，全镇土地流转率达到46.8%。\n', 'numbers/percent'), []);
  });

  it('…while 排查漏点148处，修复126处，漏点修复率86% is still checked', () => {
    assert.equal(hits('一、主要工作\n排查漏点148处，修复126处，漏点修复率86%。\n', 'numbers/percent').length, 1);
  });

  it('推动“两个覆盖” over three items of work that never name 覆盖 in their titles', () => {
    const text =
      '一、主要工作\n（二）强化党建引领，推动“两个覆盖”\n1.指导建立党组织47个，覆盖党员512名。\n2.开展示范创建，评选示范党组织10个。\n3.组织书记培训班2期，培训93人次。\n';
    assert.deepEqual(hits(text, 'numbers/count'), []);
  });

  it('落实“三个到位” over two items each naming 到位 is still short', () => {
    assert.equal(hits('一、主要工作\n（二）落实“三个到位”\n1.责任到位。全年签订责任书12份。\n2.措施到位。制定措施8条。\n', 'numbers/count').length, 1);
  });
});

describe('round 50: a PSP 2.1 table with its steps marked by dashes', () => {
  const psp = (dev: number) =>
    `## PSP 2.1统计表\n|PSP 2.1 | Stages | Time(%) |\n|--|--|--\n| Planning |计划 |6\n|--Estimate|估计|6\n|Development|开发|${dev}\n|--Analysis|需求分析|12\n|--Design|具体设计|20\n|--Coding|具体编码|40\n|--Test|测试|15\n|Reporting|报告|7\n|--Test Report|测试报告|2\n|--Size Measuerment|计算工作量|2\n|--Postmortem&Process improvement plan|事后总结|3\n`;

  it('Development 90 over steps of 87: found, a misspelt step name and all', () => {
    assert.equal(hits(psp(90), 'numbers/sum', 'markdown').length, 1);
  });

  it('…87 over 87: nothing', () => {
    assert.deepEqual(hits(psp(87), 'numbers/sum', 'markdown'), []);
  });
});
