// numbers/* on the ways of writing that round nine of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));
const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));

describe('numbers/sum: a 其中 list, then a clause of its own after a comma', () => {
  it('a figure after the list that adds up is another fact of the whole, not a part', () => {
    const text = '全镇实施民生实事项目14个，其中续建项目5个、新建项目7个、储备项目2个，已完工10个。';
    assert.deepEqual(sums(text), []);
  });

  it('a list that does not add up is still found, without the figure after the comma', () => {
    const text = '全镇实施民生实事项目15个，其中续建项目5个、新建项目7个、储备项目2个，已完工10个。';
    const [f, ...rest] = run(text, 'numbers/sum');
    assert.equal(rest.length, 0);
    assert.equal(flagged(text, f), '15个');
    assert.equal(f.message, '5+7+2=14，与“15个”不符。');
  });

  it('parts split by a comma still add up as one list when the first part does not', () => {
    // (Only a first 、-list that adds up on its own, or a clause saying how far the whole has got, is cut off.)
    const text = '全年表彰先进个人60名，其中一等奖10名、二等奖20名，三等奖30名。';
    assert.deepEqual(sums(text), []);
    assert.deepEqual(sums(text.replace('三等奖30名', '三等奖35名')), ['60名']);
  });
});

describe('numbers/sum: a last part named as the rest (其他…) closes the list', () => {
  it('parts of distinct kinds and 其他 that add up to more than the total are found', () => {
    const text = '便民服务中心全年共受理群众事项5210件，其中户籍办理类1830件、社保医保类1460件、就业创业类1270件、其他事项680件。';
    assert.deepEqual(sums(text), ['5210件']);
    assert.deepEqual(sums(text.replace('5210件', '5240件')), []);
  });

  it('with the remainder, a shortfall of any size is a slip', () => {
    const text = '便民服务中心全年共受理群众事项7200件，其中户籍办理类1830件、社保医保类1460件、就业创业类1270件、其他事项680件。';
    assert.deepEqual(sums(text), ['7200件']);
  });

  it('without the remainder, kinds that only name some of the whole stay silent', () => {
    const text = '便民服务中心全年共受理群众事项7200件，其中户籍办理类1830件、社保医保类1460件、就业创业类1270件。';
    assert.deepEqual(sums(text), []);
  });
});

describe('numbers/sum: 市场主体 split into 企业 and 个体工商户', () => {
  it('the two kinds the registers count must add up to the total', () => {
    const text = '全年新登记市场主体共2450户，其中企业830户、个体工商户1610户。';
    assert.deepEqual(sums(text), ['2450户']);
    assert.deepEqual(sums(text.replace('1610户', '1620户')), []);
  });

  it('企业 beside a group that is no kind of 市场主体 is no split', () => {
    const text = '全年共走访服务对象260家，其中企业180家、机关单位45家。';
    assert.deepEqual(sums(text), []);
  });
});

describe('numbers/conflict: a figure of a narrower market or area', () => {
  it('省外 names a part of the year’s figure, not the figure again', () => {
    const text = '全年新签合同额32.5亿元，同比增长8.2%。省外市场新签合同额7.8亿元，占比24.0%。';
    assert.deepEqual(conflicts(text), []);
  });

  it('the same measure stated twice with other values is still found', () => {
    const text = '全年新签合同额32.5亿元，同比增长8.2%。\n二、经营管理\n加强合同评审，全年新签合同额30.5亿元。';
    assert.deepEqual(conflicts(text), ['30.5亿元']);
  });

  it('two figures of the same narrower market conflict', () => {
    const text = '境外业务新签合同额3.1亿元。\n二、经营管理\n加强合同评审，境外业务新签合同额3.4亿元。';
    assert.deepEqual(conflicts(text), ['3.4亿元']);
  });
});

describe('numbers/conflict: those of a thing that meet a condition (没有物业的4个小区)', () => {
  const text = [
    '# 幸福社区2025年工作总结',
    '',
    '## 一、工作回顾',
    '',
    '辖区有小区12个，常住人口1.6万人。',
    '',
    '## 二、明年打算',
    '',
    '1. 在没有物业的5个小区推行居民自治。',
    '2. 抓好消防安全排查，实现辖区12个小区全覆盖。',
    '',
  ].join('\n');

  it('a condition picks out some of them: no restatement of how many there are', () => {
    assert.deepEqual(conflicts(text, 'markdown'), []);
  });

  it('the whole restated with another value is still found', () => {
    assert.deepEqual(conflicts(text.replace('辖区12个小区', '辖区13个小区'), 'markdown'), ['13个']);
    // (Two figures under one condition are one subset.)
    assert.deepEqual(conflicts(text.replace('抓好消防安全排查，实现辖区12个小区', '在没有物业的6个小区'), 'markdown'), ['6个']);
  });
});

describe('numbers/conflict: 发展新党员 and 新发展党员 are one measure', () => {
  const text = [
    '长青村党支部书记2025年度述职报告',
    '一年来，村党支部新发展党员3名，调处矛盾纠纷40余起。',
    '一、抓班子带队伍',
    '严格发展程序，全年发展新党员2名，按期转正预备党员1名。',
  ].join('\n');

  it('the reporting body opening the clause (村党支部新发展党员) does not make it another quantity', () => {
    assert.deepEqual(conflicts(text), ['2名']);
    assert.deepEqual(conflicts(text.replace('新党员2名', '新党员3名')), []);
  });

  it('a word of the body’s name qualifying the thing still tells two kinds apart', () => {
    // (In 心血管内科's report, 心血管介入手术 is one kind of 介入手术, and 急诊介入手术 another.)
    const other = [
      '心血管内科2025年工作总结',
      '（一）介入诊疗。全年完成心血管介入手术1,320例，其中冠脉介入860例。',
      '（二）急诊工作。实行24小时值班制度，全年完成急诊介入手术210例。',
    ].join('\n');
    assert.deepEqual(conflicts(other), []);
  });
});

describe('numbers/count: 主要有三类： and a 、-list closed by 和', () => {
  it('a count right before a colon announces the list; the closing 和 joins two items', () => {
    const text = '我们的活动主要有三类：社区义诊服务、敬老院文艺演出、环保知识宣讲和交通文明劝导。';
    assert.deepEqual(counts(text), ['三类']);
    assert.deepEqual(counts(text.replace('三类', '四类')), []);
  });

  it('a short side of 和 (作风和纪律建设) is one item naming two things', () => {
    assert.deepEqual(counts('重点抓好三项工作：理论学习、阵地建设、作风和纪律建设。'), []);
  });

  it('the bare count needs a verb of having or dividing before it', () => {
    // (完成三项： reads as what was done, its list of figures no list of kinds.)
    assert.deepEqual(counts('全年获得奖项三项：国家级1项、省级2项。'), []);
    assert.deepEqual(counts('项目分为两类：新建项目、续建项目、储备项目。'), ['两类']);
  });
});
