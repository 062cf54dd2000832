// numbers/* on the ways of writing that round twenty-two of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/sum', { kind }).map((f) => flagged(text, f));
const counts = (text: string) => run(text, 'numbers/count', { kind: 'markdown' }).map((f) => flagged(text, f));
const conflicts = (text: string) => run(text, 'numbers/conflict').map((f) => flagged(text, f));

describe('numbers/sum: a clause of another measure and its share of the plan between the total and 其中', () => {
  const text = '全年实施农村道路项目18个，完成投资2.6亿元，占年度计划的98.5%，其中县道改造项目5个、乡道提升项目7个、村道硬化项目5个。';

  it('the parts still split the first total', () => {
    assert.deepEqual(sums(text), ['18个']);
  });

  it('parts that add up are quiet', () => {
    assert.deepEqual(sums(text.replace('乡道提升项目7个', '乡道提升项目8个')), []);
  });
});

describe('numbers/sum: a stated total followed by clauses of a name and a figure each', () => {
  it('three such clauses a little short of the total are a slip', () => {
    const text = '全年共审结各类案件214件，刑事案件126件，民事案件52件，行政案件35件，结案率98.1%。';
    assert.deepEqual(sums(text), ['214件']);
    assert.deepEqual(sums(text.replace('126件', '127件')), []);
  });

  it('clauses far short of the total name the main kinds only', () => {
    assert.deepEqual(sums('全年共审结各类案件214件，刑事案件96件，民事案件52件，行政案件35件，结案率98.1%。'), []);
  });

  it('two clauses, or clauses saying what became of them, are no split', () => {
    assert.deepEqual(sums('全年共审结各类案件214件，刑事案件126件，民事案件52件，已执行到位201件。'), []);
    assert.deepEqual(sums('全年共排查安全隐患126处，整改118处，销号97处，挂牌督办6处。'), []);
  });
});

describe('numbers/sum: a figure right before 分类如下： and a table of one column of counts', () => {
  const table = (lead: string, rows: string) => `${lead}\n\n| 类型 | 数量 |\n|---|---|\n${rows}`;
  const rows = '| 服务质量 | 41 |\n| 收费争议 | 30 |\n| 设施故障 | 22 |\n';

  it('cells that do not add up to the figure are reported', () => {
    const text = table('本季度处理用户反馈 96 条，分类如下：', rows);
    assert.deepEqual(sums(text, 'markdown'), ['96 条']);
    assert.deepEqual(sums(table('本季度处理用户反馈 93 条，分类如下：', rows), 'markdown'), []);
  });

  it('a table of the main kinds only is not', () => {
    assert.deepEqual(sums(table('本季度处理用户反馈 96 条，主要分类如下：', rows), 'markdown'), []);
  });

  it('nor a table of two columns of counts', () => {
    const text =
      '本季度处理用户反馈 96 条，分类如下：\n\n| 类型 | 数量 | 已解决 |\n|---|---|---|\n| 服务质量 | 41 | 38 |\n| 收费争议 | 30 | 30 |\n| 设施故障 | 22 | 20 |\n';
    assert.deepEqual(sums(text, 'markdown'), []);
  });
});

describe('numbers/sum: members of the associations above the body’s own', () => {
  it('nest and leave out members of none: no slip', () => {
    assert.deepEqual(sums('协会现有会员312名，其中省作协会员41名、市作协会员96名。'), []);
  });

  it('a split by sex still has to add up', () => {
    assert.deepEqual(sums('协会现有会员312名，其中男会员180名、女会员120名。'), ['312名']);
  });
});

describe('numbers/count: the lead paragraph under the document’s title heading', () => {
  const md = (count: string) =>
    [
      '# 2025年度个人述职报告',
      '',
      `一年来，我主要抓了${count}方面的工作。`,
      '',
      '## 一、履职情况',
      '',
      '### （一）抓好业务',
      '',
      '全年办理各类事项1200余件。',
      '',
      '### （二）抓好队伍',
      '',
      '组织业务培训6次。',
      '',
      '## 二、学习提升',
      '',
      '参加专题培训2期。',
      '',
      '## 三、廉洁自律',
      '',
      '严格遵守各项规定。',
      '',
      '## 四、存在的不足',
      '',
      '统筹能力还需提高。',
      '',
      '## 五、下一步打算',
      '',
      '继续做好各项工作。',
      '',
    ].join('\n');

  it('may count the first part’s headings, not the parts', () => {
    assert.deepEqual(counts(md('两个')), []);
  });

  it('a count no reading agrees with is still reported', () => {
    assert.deepEqual(counts(md('七个')), ['七个方面']);
  });
});

describe('numbers/conflict: a kind’s name in quotes after 新增', () => {
  const text = '一、经济发展\n全年新增“专精特新”企业12家，总数达到31家。\n二、存在不足\n安全监管人员仅5人，难以覆盖辖区960余家企业。';

  it('is an addition, not what the area has', () => {
    assert.deepEqual(conflicts(text), []);
  });

  it('a restatement of the addition is still compared', () => {
    assert.deepEqual(conflicts(text + '全年新增“专精特新”企业15家，梯队培育仍显薄弱。'), ['15家']);
  });
});

describe('numbers/conflict: one campaign’s problems solved, the first with a list before the thing', () => {
  const first = '一、服务企业\n开展“万人助万企”走访活动，全年走访企业320家次，帮助企业协调解决融资、用工、物流等问题57个。\n';

  it('is restated under another item by the campaign’s name', () => {
    assert.deepEqual(conflicts(first + '二、优化营商环境\n依托“万人助万企”活动为企业解决具体问题75个，兑现惠企资金860万元。'), ['75个']);
  });

  it('problems solved in another way are another quantity', () => {
    assert.deepEqual(conflicts(first + '二、优化营商环境\n依托政务服务中心为企业解决具体问题75个，兑现惠企资金860万元。'), []);
  });
});

describe('numbers/conflict: a level judged short (仅) naming a measure in brief', () => {
  const text = (n: string) =>
    `一、经营情况\n4.对公业务。全年新开对公结算账户156户，对公存款新增1.2亿元。\n二、存在问题\n一是对公拓户不足，全年新开对公账户仅${n}户，低于同业平均水平。`;

  it('another value is reported', () => {
    assert.deepEqual(conflicts(text('139')), ['139户']);
  });

  it('the same value is quiet', () => {
    assert.deepEqual(conflicts(text('156')), []);
  });

  it('人才 before a figure is no level judged short', () => {
    assert.deepEqual(conflicts('一、人才引进\n全年引进高层次人才12名。\n二、存在问题\n一是结构不优，全年引进人才15名，其中博士2名。'), []);
  });
});

describe('numbers/conflict: one doing’s year total, by people and by cases, its digits swapped', () => {
  const text = (n: string) => `一、医疗服务\n全年门诊量12.4万人次；住院分娩1873人，剖宫产率36.2%。\n二、存在问题\n（一）全年分娩量${n}例，较上年下降5.1%。`;

  it('is a slip of the keys', () => {
    assert.deepEqual(conflicts(text('1837')), ['1837例']);
  });

  it('another value, not the same digits, is not said to be the same measure', () => {
    assert.deepEqual(conflicts(text('1760')), []);
  });
});
