// numbers/* on the ways of writing that round seven of the evaluation showed the engine misread:
// items titled by the field they cover (教育方面), a cumulative figure since work began (开累),
// a table's change column holding a plain difference. Sentences are made up; each class has the
// defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));
const percents = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/percent', { kind }).map((f) => flagged(text, f));

describe('numbers/conflict: items titled by the field they cover', () => {
  const text = [
    '一、主要工作',
    '（一）保障重点支出。全年安排专项资金9.6亿元，分领域看：',
    '1.教育培训方面。支出2.4亿元，改造薄弱学校校舍14所。',
    '2.安全稳定方面。支出1.8亿元，更新应急装备320台套。',
    '3.城乡交通方面。支出0.9亿元，改造农村公路86公里。',
  ].join('\n');

  it('the same measure under 教育培训方面 and 安全稳定方面 counts two fields', () => {
    assert.deepEqual(conflicts(text), []);
  });

  it('items titled by what was done (加强…、做好…) may restate one measure: still a conflict', () => {
    const acts = [
      '一、主要工作',
      '（一）加强学习培训。新发展党员14名，培训入党积极分子30名。',
      '（二）抓实作风建设。开展专项检查8次。',
      '（三）做好服务保障。年底统计，全年新发展党员16名。',
    ].join('\n');
    assert.deepEqual(conflicts(acts), ['16名']);
  });
});

describe('numbers/conflict: 开累, the total since work began', () => {
  it('全年完成产值 and 开累完成产值 are the year and the whole project', () => {
    const text = '本年度完成施工产值8.4亿元，为年度计划的103%；开累完成施工产值15.7亿元，占合同总额的62%。';
    assert.deepEqual(conflicts(text), []);
  });

  it('two figures for the year still conflict', () => {
    const text = '本年度完成施工产值8.4亿元，为年度计划的103%。（二）安全管理。……年末盘点，本年度完成施工产值8.9亿元。';
    assert.deepEqual(conflicts(text), ['8.9亿元']);
  });
});

describe('numbers/percent: a table’s change column with a plain difference', () => {
  const table = (change: string) =>
    ['| 指标 | 2024 年 | 2025 年 | 变化 |', '|---|---:|---:|---:|', '| 首屏时间 | 4.0 | 3.0 | -25.0% |', `| 崩溃率 | 0.32 | 0.20 | ${change} |`, ''].join('\n');

  it('-0.12 beside 0.32 → 0.20 is the difference itself, not a rate', () => {
    assert.deepEqual(percents(table('-0.12'), 'markdown'), []);
  });

  it('a rate that is wrong is still found, with or without its % sign', () => {
    assert.deepEqual(percents(table('-30.0%'), 'markdown'), ['-30.0%']);
    assert.deepEqual(percents(table('-0.15'), 'markdown'), ['-0.15']);
  });
});

const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));

describe('numbers/count: items named by a noun and its verb, right before the count', () => {
  it('意见征集、问题督办、数据统计、线索移交三项机制 lists four', () => {
    const text = '健全了意见征集、问题督办、数据统计、线索移交三项工作机制，全年办结群众诉求412件。';
    assert.deepEqual(counts(text), ['三项工作机制']);
    assert.deepEqual(counts(text.replace('三项工作机制', '四项工作机制')), []);
  });

  it('traps: a verb that takes the count as its object still ends the list', () => {
    assert.deepEqual(counts('组织机关党员、社区党员、群众参加两项志愿服务活动。'), []);
    assert.deepEqual(counts('组织党员、干部开展三项主题活动。'), []);
  });
});

describe('numbers/percent: last year’s whole named 总量, this year’s figure named by what it counts', () => {
  const text = [
    '2024年，全市12345热线工单总量为8,400件次，群众反映集中在物业和供暖。',
    '一、2025年工作情况',
    '2025年，全市热线共受理群众诉求工单7,560件次，同比下降10%，其中供暖类1,120件次。',
  ].join('\n');

  it('件次 is a unit: 8,400 → 7,560 is a fall of 10%, and 12% is found', () => {
    assert.deepEqual(percents(text), []);
    assert.deepEqual(percents(text.replace('同比下降10%', '同比下降12%')), ['12%']);
  });

  it('traps: a 总量 of another verb, or two of last year’s, is no base', () => {
    const other = text.replace('热线工单总量为8,400件次', '信访总量为8,400件次').replace('同比下降10%', '同比下降12%');
    assert.deepEqual(percents(other), []);
    const two = text
      .replace('群众反映集中在物业和供暖。', '群众反映集中在物业和供暖。2024年，区级热线工单总量为3,900件次。')
      .replace('同比下降10%', '同比下降12%');
    assert.deepEqual(percents(two), []);
  });
});

describe('numbers/conflict: a batch named after 的 by a verb and its noun (实施的45个验收项目)', () => {
  const text = [
    '一、主要工作',
    '全年共完成验收项目42个，其中市级重点项目9个。',
    '二、几点体会',
    '回顾今年实施的45个验收项目，我们深刻认识到前期论证的重要性。',
  ].join('\n');

  it('45 restates the year’s 42 with another value', () => {
    assert.deepEqual(conflicts(text), ['45个']);
    assert.deepEqual(conflicts(text.replace('45个', '42个')), []);
  });

  it('traps: a batch of another verb (储备的) is another measure', () => {
    assert.deepEqual(conflicts(text.replace('实施的45个', '储备的45个')), []);
  });
});

const sums = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/sum', { kind }).map((f) => f.message);

describe('numbers/sum: a balance, then its change, then 其中： with the kinds one per line', () => {
  const lines = [
    '（二）存款业务。年末各项存款余额27.5亿元，较年初增加2.1亿元，增长8.3%。其中：',
    '储蓄存款19.8亿元；',
    '单位存款6.9亿元；',
    '同业存款9000万元。',
    '（三）风险防控。',
  ].join('\n');

  it('the change is no whole: the kinds are summed against the balance', () => {
    assert.deepEqual(sums(lines), ['19.8+6.9+0.9=27.6，与“27.5亿元”不符（分项之和大于合计）。']);
    assert.deepEqual(sums(lines.replace('9000万元', '8000万元')), []);
  });

  it('traps: a level that is no balance, with no total word, is not read as the whole', () => {
    assert.deepEqual(sums(lines.replace('各项存款余额27.5亿元', '各项存款规模增至27.5亿元')), []);
  });
});

describe('numbers/sum: a total in prose, its parts in the column of the table it points to', () => {
  const msum = (text: string) => sums(text, 'markdown');
  const md = (total: string, lead = '各片区分布见下表。') =>
    [
      `全年完成老旧小区入户排查，涉及住户共${total}，发现燃气隐患全部当场整改。${lead}`,
      '',
      '| 片区 | 住户数（户） | 隐患数（处） |',
      '|---|---:|---:|',
      '| 东城片区 | 1,240 | 36 |',
      '| 西城片区 | 980 | 22 |',
      '| 南湖片区 | 655 | 17 |',
      '',
    ].join('\n');

  it('1,240+980+655 is 2,875, not 2,895', () => {
    assert.deepEqual(msum(md('2,895户')).length, 1);
    assert.match(msum(md('2,895户'))[0], /1240\+980\+655=2875，与“共2,895户”不符/);
    assert.deepEqual(msum(md('2,875户')), []);
  });

  it('the same in plain text, the table pasted as pipe rows', () => {
    const text = md('2,895户').replace('|---|---:|---:|\n', '');
    assert.equal(run(text, 'numbers/sum', { kind: 'text' }).length, 1);
  });

  it('traps: no pointer to the table, a column named otherwise, another unit, or a total row of its own', () => {
    assert.deepEqual(msum(md('2,895户', '')), []);
    assert.deepEqual(msum(md('2,895户', '其中隐患较多的片区见下表。')), []);
    assert.deepEqual(msum(md('2,895户').replace('住户数（户）', '回访户数（户）')), []);
    assert.deepEqual(msum(md('2,895户').replace('住户数（户）', '住户数（人）')), []);
    assert.deepEqual(msum(md('2,895户').replace('| 南湖片区 | 655 | 17 |', '| 南湖片区 | 655 | 17 |\n| 合计 | 2,875 | 75 |')), []);
  });
});

describe('numbers/conflict: net changes, and a closing paragraph that sums up the year', () => {
  const text = [
    '一、主要工作',
    '（一）做大规模。年末储蓄存款余额18.6亿元，较年初净增2.14亿元；个人贷款余额9.3亿元，较年初净增0.87亿元。',
    '二、存在的问题',
    '中间业务收入占比偏低。',
    '三、下一步打算',
    '（一）力争储蓄存款净增2.5亿元。',
    '（二）加强队伍建设，完善客户经理考核机制。',
    '总的来说，2025年储蓄存款净增23400万元、个人贷款净增8700万元，但与上级行要求仍有差距。',
  ].join('\n');

  it('储蓄存款净增 restated in 万元 with other digits is found; the plan’s 2.5亿 is a target', () => {
    assert.deepEqual(conflicts(text), ['23400万元']);
    assert.deepEqual(conflicts(text.replace('23400万元', '21400万元')), []);
  });

  it('traps: two measures’ net changes (移动客户 / 宽带客户) and a recap that looks ahead stay silent', () => {
    assert.deepEqual(conflicts('（二）用户发展。移动客户净增2.4万户，达到131.5万户；宽带客户净增0.9万户，达到40.2万户。'), []);
    const ahead = text.replace('但与上级行要求仍有差距', '明年力争再上台阶');
    assert.deepEqual(conflicts(ahead), []);
  });
});

describe('numbers/conflict: part of the year named by its months', () => {
  const text = ['一、主要工作', '1-9月，新招录网格员11名，进度符合预期。', '二、全年成效', '全年新招录网格员14名。'].join('\n');

  it('1-9月 (or 至9月末) and 全年 are two periods', () => {
    assert.deepEqual(conflicts(text), []);
    assert.deepEqual(conflicts(text.replace('1-9月，', '至9月末，')), []);
  });

  it('the same months stated twice with two values still conflict', () => {
    assert.deepEqual(conflicts(text.replace('全年新招录', '1-9月，新招录')), ['14名']);
  });
});
