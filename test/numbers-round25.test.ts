// numbers/* on the ways of writing that round twenty-five of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));
const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));

describe('numbers/sum: 标箱, the unit containers are counted in', () => {
  const text = '全年完成集装箱吞吐量42.6万标箱，其中铁水联运18.3万标箱、公水联运15.1万标箱、中转箱9.6万标箱。';

  it('parts that overshoot the throughput are reported', () => {
    assert.deepEqual(sums(text), ['42.6万标箱']);
  });

  it('parts that add up are not', () => {
    assert.deepEqual(sums(text.replace('9.6万标箱', '9.2万标箱')), []);
  });
});

describe('numbers/sum: after a sentence opening 其中, kinds given a count and then an amount each', () => {
  const text =
    '全年实施民生工程15个，完成投资8.6亿元，占年度计划8亿元的107.5%。其中：教育项目5个、完成投资3.2亿元，卫生项目4个、完成投资2.1亿元，交通项目6个、完成投资2.9亿元。';

  it('the amounts break down the amount stated before (not the plan it is a share of)', () => {
    assert.deepEqual(sums(text), ['8.6亿元']);
  });

  it('amounts and counts that add up are quiet', () => {
    assert.deepEqual(sums(text.replace('2.9亿元', '3.3亿元')), []);
  });
});

describe('numbers/sum: the upper rungs of the administrative ladder', () => {
  it('under a floor the whole sets (市级以上) that no part names, they leave the lowest rung out', () => {
    assert.deepEqual(sums('新认定市级以上农业龙头企业5家，全县累计达到46家，其中国家级龙头企业3家、省级龙头企业15家。'), []);
  });

  it('of a kind narrower than the whole (骨干教师 of 教师), they leave the rest of the whole out', () => {
    assert.deepEqual(sums('学校现有专任教师86名，其中省级骨干教师4名、市级骨干教师11名。'), []);
  });

  it('rungs of the whole’s own kind, with no floor, are all of it', () => {
    assert.deepEqual(sums('全县共有农业龙头企业46家，其中国家级龙头企业3家、省级龙头企业15家、市级龙头企业26家。'), ['46家']);
  });
});

describe('numbers/sum: a 其中 after a 、-list naming an earlier item', () => {
  const text = '全年处理用户投诉46件，其中物流配送类18件、产品质量类15件、售后服务类13件，其中配送超时投诉16件。';

  it('breaks down the item it names, not the last one', () => {
    assert.deepEqual(sums(text), []);
  });

  it('a part naming the last item and overshooting it is still reported', () => {
    assert.deepEqual(sums(text.replace('配送超时投诉16件', '售后退换投诉16件')), ['13件']);
  });
});

describe('numbers/percent: 缩短, a fall in time', () => {
  it('a fall worked out on the wrong base is reported', () => {
    assert.deepEqual(percents('窗口平均办件时长由50分钟缩短到35分钟，缩短了43%。'), ['43%']);
  });

  it('the right one is not', () => {
    assert.deepEqual(percents('窗口平均办件时长由50分钟缩短到35分钟，缩短了30%。'), []);
  });

  it('a duration written in two units is one level, not its minutes alone', () => {
    assert.deepEqual(percents('平均出车时间从1小时5分钟缩短到45分钟，缩短约31%。'), []);
  });
});

describe('numbers/conflict: a line stating its total before a colon announces the parts below', () => {
  const text =
    '（一）举办培训。全年举办专题培训班3期，培训学员共420名：\n1.“乡村振兴”专题培训班，培训学员160名；\n2.“数字经济”专题培训班，培训学员140名；\n3.基层干部能力提升班，培训学员120名。\n（二）开展调研。全年开展专题调研6次。';

  it('the items are parts of the total, not the total stated again', () => {
    assert.deepEqual(conflicts(text), []);
  });

  it('a line announcing a list with no total right before its colon does not make the items parts', () => {
    assert.deepEqual(conflicts(text.replace('共420名：', '共420名，具体如下：')), ['160名', '140名']);
  });
});

describe('numbers/conflict: a batch referred back to by the years before the report’s', () => {
  const text = '某县农业农村局2025年工作总结\n一、主要工作\n全年新建高标准农田2.6万亩。\n对2020—2022年建成的2.4万亩高标准农田开展管护检查。';

  it('is an earlier batch, not this year’s stated again', () => {
    assert.deepEqual(conflicts(text), []);
  });

  it('the report’s own year referred back to is this year’s batch', () => {
    assert.deepEqual(conflicts(text.replace('2020—2022年建成的', '2025年新建的')), ['2.4万亩']);
  });
});

describe('numbers/conflict: the same work done for bodies at two levels', () => {
  const text = '二、业务工作\n1.全年承担国家卫健委质控中心抽检项目38项，均按时完成；\n2.承担市卫健委质控中心抽检项目52项，均按时完成。';

  it('counts two things', () => {
    assert.deepEqual(conflicts(text), []);
  });

  it('bodies of one level are compared as before', () => {
    assert.deepEqual(conflicts(text.replace('国家卫健委', '市卫健委')), ['52项']);
  });
});

describe('numbers/conflict: a stock named with its body, restated by the body right before a figure', () => {
  const text = '一、基本情况\n科室现有护理人员36名，其中主管护师8名。\n二、存在的问题\n科室35名护理人员中，本科学历仅占四成。';

  it('is one quantity stated twice', () => {
    assert.deepEqual(conflicts(text), ['35名']);
  });

  it('the same value, or another body, is quiet', () => {
    assert.deepEqual(conflicts(text.replace('35名', '36名')), []);
    assert.deepEqual(conflicts(text.replace('科室35名', '病区35名')), []);
  });
});
