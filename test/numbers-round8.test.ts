// numbers/* on the ways of writing that round eight of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));
const sums = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/sum', { kind }).map((f) => flagged(text, f));
const counts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/count', { kind }).map((f) => flagged(text, f));
const percents = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/percent', { kind }).map((f) => flagged(text, f));

describe('numbers/percent: 为计划A的X% between the level and 比上年的B增长Y%', () => {
  it('the plan figure is the whole of its own share, not the level that grew', () => {
    // 5.46 / 5.2 = 105%; (5.46 − 4.9) / 4.9 = 11.4%.
    const text = '全年完成固定资产投资5.46亿元，为年度计划5.2亿元的105%，比上年的4.9亿元增长11.4%。';
    assert.deepEqual(percents(text), []);
  });

  it('a growth rate that does not fit the level is still found', () => {
    const text = '全年完成固定资产投资5.46亿元，为年度计划5.2亿元的105%，比上年的4.9亿元增长6.1%。';
    assert.deepEqual(percents(text), ['6.1%']);
  });
});

describe('numbers/conflict: a table row against prose that counts something else', () => {
  const table = [
    '## 一、概况',
    '',
    '| 指标 | 2024年 | 2025年 |',
    '|---|---:|---:|',
    '| 在用业务系统（个） | 60 | 72 |',
    '| 签约合作机构（家） | 30 | 36 |',
    '',
  ];

  it('a bare head noun and what those did (18个系统迁移上云) counts the ones that did it', () => {
    const text = [...table, '## 二、重点工作', '', '- 完成18个系统迁移上云，分两批上线。'].join('\n');
    assert.deepEqual(conflicts(text, 'markdown'), []);
  });

  it('the additions of a sentence that also states the table’s total are no restatement of it', () => {
    const text = [...table, '## 二、重点工作', '', '全年新签约合作机构 6 家，签约总数达到 36 家。'].join('\n');
    assert.deepEqual(conflicts(text, 'markdown'), []);
  });

  it('the table’s measure restated with another value is still found', () => {
    const text = [...table, '## 二、重点工作', '', '年底统计，在用业务系统达到70个。', '', '今年签约合作机构 32 家，覆盖全部乡镇。'].join('\n');
    assert.deepEqual(conflicts(text, 'markdown'), ['70个', '32 家']);
  });
});

describe('numbers/sum: 分别为A和B的X%和Y%', () => {
  it('the wholes of the shares after 分别为 are no parts of the figure before it', () => {
    const text = '全年实现销售收入8.6亿元、净利润总额0.52亿元，分别为年度预算8亿元和0.5亿元的107.5%和104%。';
    assert.deepEqual(sums(text), []);
    assert.deepEqual(percents(text), []);
  });

  it('a 分别为 list of parts that does not add up is still found', () => {
    const text = '全年开展技能培训总数320人次，分别为线上200人次、线下100人次。';
    assert.deepEqual(sums(text), ['320人次']);
  });
});

describe('numbers/sum: a figure followed by 分别为 and its named parts, without 共', () => {
  it('parts that fall short of the figure are found', () => {
    const text = '今年新建村级便民服务站7个，分别为东片区3个、西片区2个、北片区1个。';
    assert.deepEqual(sums(text), ['7个']);
  });

  it('parts that add up pass', () => {
    const text = '今年新建村级便民服务站7个，分别为东片区3个、西片区2个、北片区2个。';
    assert.deepEqual(sums(text), []);
  });

  it('an approximate figure is not held to its parts', () => {
    const text = '今年新建村级便民服务站约10个，分别为东片区3个、西片区2个、北片区2个。';
    assert.deepEqual(sums(text), []);
  });
});

describe('numbers/sum: parts by level of schooling', () => {
  it('schooling levels split a whole: a shortfall is found', () => {
    const text = '全村有党员46名，其中本科学历6名、大专学历9名、高中学历15名、初中及以下12名。';
    assert.deepEqual(sums(text), ['46名']);
  });

  it('schooling levels that add up pass', () => {
    const text = '全村有党员46名，其中本科学历6名、大专学历9名、高中学历15名、初中及以下16名。';
    assert.deepEqual(sums(text), []);
  });

  it('parts that exceed their total are found, ASCII commas between them', () => {
    const text = '支部有困难党员12人,其中大专学历5人,中专学历3人,高中学历20人,高中以下20人。';
    assert.deepEqual(sums(text), ['12人']);
  });

  it('a schooling level beside another attribute may overlap it: no finding', () => {
    const text = '全村有党员25名，其中女党员10名、大专以上学历20名。';
    assert.deepEqual(sums(text), []);
  });
});

describe('numbers/count: titles in 《》 side by side, the clause going on after them', () => {
  const titles = '《财务报销管理办法》《公车使用管理制度》《值班值守制度》《印章管理制度》';

  it('four titles after 三项制度 are found', () => {
    assert.deepEqual(counts(`结合工作实际，新制定了三项制度：${titles}，全年组织集中学习12次。`), ['三项制度']);
  });

  it('as many titles as stated pass', () => {
    assert.deepEqual(counts(`结合工作实际，新制定了四项制度：${titles}，全年组织集中学习12次。`), []);
  });

  it('titles closed by 等 may be a selection', () => {
    assert.deepEqual(counts('结合工作实际，新制定了五项制度：《财务报销管理办法》《值班值守制度》等，全年组织集中学习12次。'), []);
  });
});

describe('numbers/count: a quoted count, a longer lead, then 即 and the list', () => {
  it('three items named after “四个规范”…，即 are found', () => {
    const text = '严格落实上级提出的“四个规范”要求规范组织生活，即会前准备规范、会议程序规范、会议记录规范，全年检查记录均为“好”等次。';
    assert.deepEqual(counts(text), ['“四个规范”']);
  });

  it('four items pass', () => {
    const text = '严格落实上级提出的“四个规范”要求规范组织生活，即会前准备规范、会议程序规范、会议记录规范、档案整理规范，全年检查均为“好”等次。';
    assert.deepEqual(counts(text), []);
  });

  it('items that do not all name the head are not the count’s list', () => {
    const text = '严格落实上级提出的“四个规范”要求规范组织生活，即按时召开、如实记录、及时归档，全年检查均为“好”等次。';
    assert.deepEqual(counts(text), []);
  });
});

describe('numbers/percent: a level against 较年初的 / 较6月末的 base', () => {
  it('a rate’s fall from its level at the start of the year written in % is found', () => {
    assert.deepEqual(percents('截至9月末，存贷比72.5%，较年初的75.1%下降了2.6%。'), ['2.6%']);
  });

  it('the same fall in 个百分点 passes', () => {
    assert.deepEqual(percents('截至9月末，存贷比72.5%，较年初的75.1%下降了2.6个百分点。'), []);
  });

  it('an amount’s growth over its 6月末 level is computed from that base', () => {
    assert.deepEqual(percents('9月末各项贷款余额36.8亿元，较6月末的32亿元增长15%。'), []);
    assert.deepEqual(percents('9月末各项贷款余额36.8亿元，较6月末的32亿元增长12%。'), ['12%']);
  });
});

describe('numbers/percent: a table of plan, actual and 完成率', () => {
  const table = (rate: string) =>
    [
      '| 指标 | 年度计划 | 实际完成 | 完成率（%） |',
      '|---|---:|---:|---:|',
      '| 新增签约客户（户） | 240 | 258 | 107.5 |',
      `| 上线功能模块（个） | 64 | 60 | ${rate} |`,
      '| 平均响应时长（分钟） | 30 | 25 | 120.0 |',
      '| 首次解决率 | 85% | 87.5% | 102.9 |',
      '',
    ].join('\n');

  it('a rate that is not the actual over the plan is found', () => {
    // 60 ÷ 64 = 93.75%
    assert.deepEqual(percents(table('96.3'), 'markdown'), ['96.3']);
  });

  it('rates that fit pass, a time that should fall read as plan over actual', () => {
    assert.deepEqual(percents(table('93.8'), 'markdown'), []);
  });

  it('a table without a plan column is not read this way', () => {
    const text = ['| 指标 | 2025年 | 完成率（%） |', '|---|---:|---:|', '| 上线功能模块（个） | 60 | 96.3 |', ''].join('\n');
    assert.deepEqual(percents(text, 'markdown'), []);
  });
});

describe('numbers/*: energy in 千瓦时 (亿千瓦时, 万千瓦时) is a figure', () => {
  it('the same year’s output stated twice with its digits swapped is found', () => {
    const text = [
      '一、生产经营',
      '全年完成发电量3.46亿千瓦时，完成年度计划的101.8%。',
      '二、存在问题',
      '全年发电量3.64亿千瓦时中，火电占比仍在七成以上。',
    ].join('\n');
    assert.deepEqual(conflicts(text), ['3.64亿千瓦时']);
  });

  it('a quarter’s output beside the year’s is another scope', () => {
    const text = ['一、生产经营', '全年完成发电量3.46亿千瓦时。', '二、分季度情况', '一季度发电量0.82亿千瓦时，二季度发电量0.9亿千瓦时。'].join('\n');
    assert.deepEqual(conflicts(text), []);
  });

  it('a growth rate between two such figures is computed', () => {
    assert.deepEqual(percents('居民用电量由8600万千瓦时增加到9460万千瓦时，增长10%。'), []);
    assert.deepEqual(percents('居民用电量由8600万千瓦时增加到9460万千瓦时，增长12%。'), ['12%']);
  });
});

describe('numbers/conflict: 完成X建设N and 今年建成的N X', () => {
  const text = (later: string) => ['一、主要工作', '全年完成农村供水管网建设46公里，新增受益人口1.2万人。', '二、生态保护', later].join('\n');

  it('the works built, restated with another length, are found', () => {
    assert.deepEqual(conflicts(text('依托今年建成的52公里农村供水管网，同步实施水源地保护。')), ['52公里']);
  });

  it('restated with the same length they pass', () => {
    assert.deepEqual(conflicts(text('依托今年建成的46公里农村供水管网，同步实施水源地保护。')), []);
  });

  it('other works built are another measure', () => {
    assert.deepEqual(conflicts(text('依托今年建成的52公里农村公路，开通镇村公交线路。')), []);
  });
});

describe('numbers/conflict: the year just reported, restated under next year’s plan', () => {
  const text = (later: string) =>
    [
      '一、主要工作',
      '（二）专科建设稳步推进',
      '开展新技术、新项目23项，其中心血管类6项、外科类9项、内镜类8项。',
      '二、2026年工作打算',
      `（一）加强重点专科建设。重点扶持儿科、康复科。${later}`,
    ].join('\n');

  it('2025年全院共开展…21项 under 2026年工作打算 restates the year and is found', () => {
    assert.deepEqual(conflicts(text('2025年全院共开展新技术新项目21项，为此打下了基础。')), ['21项']);
  });

  it('the same figure restated passes', () => {
    assert.deepEqual(conflicts(text('2025年全院共开展新技术新项目23项，为此打下了基础。')), []);
  });

  it('a figure for the plan’s own year is a target', () => {
    assert.deepEqual(conflicts(text('2026年全院开展新技术新项目25项。')), []);
  });

  it('members of two kinds named with 、 are not all members', () => {
    const members = ['一、基本情况', '支部共有党员27名，其中预备党员1名。', '二、主要工作', '春节期间走访慰问老党员、生活困难党员8名。'].join('\n');
    assert.deepEqual(conflicts(members), []);
  });
});
