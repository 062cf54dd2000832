// numbers/* on the ways of writing that round twenty-seven of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const percents = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/percent', { kind }).map((f) => flagged(text, f));
const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));
const conflicts = (text: string) => run(text, 'numbers/conflict').map((f) => flagged(text, f));

describe('numbers/percent: a rate of leaving is of the staff, not of the newcomers beside it', () => {
  it('离职率 after 新招聘…、离职… is not the leavers over the newcomers', () => {
    assert.deepEqual(percents('全所现有干警146名。全年新招聘辅警32名，离职9名，辅警离职率6.2%。'), []);
  });

  it('a rate named by the verb of one count, not a leaving, is still checked', () => {
    assert.deepEqual(percents('全年排查燃气管道漏点240处，修复231处，修复率92.5%。'), ['92.5%']);
  });
});

describe('numbers/percent: 按期 before the rate’s verb names no group of the whole', () => {
  const text = '全年共收到群众投诉215件，按期办结203件，按期办结率96.7%。';

  it('the rate is of all received, and a wrong one is reported', () => {
    assert.deepEqual(percents(text), ['96.7%']);
  });

  it('the right one is not', () => {
    assert.deepEqual(percents(text.replace('96.7%', '94.4%')), []);
  });

  it('a group named before the verb (重点人群) is still a group whose size is not given', () => {
    assert.deepEqual(percents('签约服务居民4.2万人，其中重点人群签约2.6万人，重点人群签约率85.3%。'), []);
  });
});

describe('numbers/percent: last year’s level in a clause of its own right after this year’s', () => {
  it('上年这一数字为 gives the base of the rise', () => {
    assert.deepEqual(percents('全年为企业减免租金2640万元，上年这一数字为2200万元，同比增长15%。'), ['15%']);
  });

  it('a rise worked out right is quiet', () => {
    assert.deepEqual(percents('全年为企业减免租金2640万元，上年这一数字为2200万元，同比增长20%。'), []);
  });

  it('a level with its parts in brackets before it leaves the level unsure', () => {
    assert.deepEqual(percents('全年发生交通事故12起（较大事故2起、一般事故10起），上年为20起，同比下降40%。'), []);
  });
});

describe('numbers/percent: a table’s rate named short in prose, its change in %', () => {
  const text = [
    '| 指标 | 2024年末 | 2025年末 |',
    '|---|---|---|',
    '| 逾期贷款率 | 2.46% | 2.18% |',
    '',
    '全年压降逾期贷款3200万元，逾期率2.18%，比年初下降了0.28%。',
    '',
  ].join('\n');

  it('the points between the row’s two levels written in % are reported', () => {
    assert.deepEqual(percents(text, 'markdown'), ['0.28%']);
  });

  it('个百分点 is quiet', () => {
    assert.deepEqual(percents(text.replace('下降了0.28%', '下降了0.28个百分点'), 'markdown'), []);
  });

  it('a level other than the row’s is no restatement of it', () => {
    assert.deepEqual(percents(text.replace('逾期率2.18%', '逾期率2.31%'), 'markdown'), []);
  });
});

describe('numbers/sum: a bound then 的 marks out what a part counts', () => {
  it('其中收入超过50万元的村 is no part of the average', () => {
    assert.deepEqual(sums('全镇12个村集体经济收入共计约420万元，村均35万元，其中收入超过60万元的村3个。'), []);
  });

  it('a part of an amount, no bound, that overshoots its total is still reported', () => {
    assert.deepEqual(sums('全镇村集体经济收入共计42万元，其中物业租赁收入50万元。'), ['42万元']);
  });
});

describe('numbers/sum: parts counting those that won awards', () => {
  it('其中获区级奖…、市级奖… pick out the winners of a whole that won none', () => {
    assert.deepEqual(sums('全年推出校级精品课例30节，其中获区级奖9节、市级奖3节。'), []);
  });

  it('awards of a whole that counts awards still add up', () => {
    assert.deepEqual(sums('全年共获奖30项，其中区级奖19项、市级奖9项。'), ['30项']);
  });
});

describe('numbers/sum: a rate compared with last year before the subjects of 分别', () => {
  const text = '全年完成工业产值38.6亿元，同比增长8.2%，机械、化工、食品三大产业分别为18.2亿元、12.5亿元、8.9亿元。';

  it('parts that overshoot the total are reported', () => {
    assert.deepEqual(sums(text), ['38.6亿元']);
  });

  it('parts that add up are quiet', () => {
    assert.deepEqual(sums(text.replace('8.9亿元', '7.9亿元')), []);
  });
});

describe('numbers/count: a quoted formula of one numeral twice', () => {
  it('“四抓四促” with three 抓…促… listed is reported', () => {
    assert.deepEqual(counts('一年来，我们以“四抓四促”为主线：抓学习促提升、抓服务促满意、抓规范促和谐。'), ['“四抓四促”']);
  });

  it('as many items as the count is quiet, whatever 和 they hold', () => {
    assert.deepEqual(counts('一年来，我们以“三抓三促”为主线：抓学习促提升、抓服务促满意、抓规范促和谐。'), []);
  });

  it('items that do not name both words are no list of it', () => {
    assert.deepEqual(counts('一年来，我们以“四抓四促”为主线：学习提升、服务满意、规范和谐。'), []);
  });
});

describe('numbers/conflict: 家次 counts visits, not the units visited', () => {
  it('inspections of units in 家次 and units in 家 are two measures', () => {
    assert.deepEqual(conflicts('1.全年检查燃气经营单位186家次，发现隐患27处。\n2.全年检查燃气经营单位142家，督促整改到位。'), []);
  });

  it('one measure in 家 stated twice differently is still reported', () => {
    assert.deepEqual(conflicts('1.全年检查燃气经营单位142家，发现隐患27处。\n2.全年检查燃气经营单位124家，督促整改到位。'), ['124家']);
  });
});

describe('numbers/conflict: a count of people restated as its 人数, its digits in another order', () => {
  const text = [
    '城关中学2025年工作总结',
    '一、主要工作',
    '（一）教学质量',
    '1.2025年中考，我校参考学生480人，普高上线356人，上线率74.2%。',
    '2.开展教研活动42次。',
    '二、存在的问题',
    '一是生源质量不高，虽然今年普高上线人数达到365人，但高分段学生偏少。',
    '二是师资不足，全校126名教师中45岁以上的有58人。',
  ].join('\n');

  it('the same name before both figures makes the swap a slip of the keys', () => {
    assert.deepEqual(conflicts(text), ['365人']);
  });

  it('the same figure restated is quiet', () => {
    assert.deepEqual(conflicts(text.replace('365人', '356人')), []);
  });

  it('another group’s 人数 is another measure', () => {
    assert.deepEqual(conflicts(text.replace('普高上线人数达到365人', '艺术类上线人数达到365人')), []);
  });
});

describe('numbers/conflict: a body’s year-end stock restated as the whole of its area', () => {
  const text = [
    '县餐饮行业协会2025年工作总结',
    '一、主要工作',
    '（一）会员发展',
    '截至2025年12月底，协会共有会员642家，全年新增会员58家。',
    '（二）培训服务',
    '举办培训班6期，培训从业人员820人次。',
    '二、存在的问题',
    '一是会员结构不优，全县624家会员中，连锁企业仅31家。',
    '二是服务能力不强。',
  ].join('\n');

  it('全县…家会员中 in a county body’s report is the members it has at the year’s end', () => {
    assert.deepEqual(conflicts(text), ['624家']);
  });

  it('the same figure is quiet', () => {
    assert.deepEqual(conflicts(text.replace('624家', '642家')), []);
  });

  it('a town’s body counts its own members, not the county’s', () => {
    assert.deepEqual(conflicts(text.replace('县餐饮行业协会', '城关镇餐饮行业协会')), []);
  });

  it('a stock at the half year is no year-end level', () => {
    assert.deepEqual(conflicts(text.replace('截至2025年12月底', '截至2025年6月底')), []);
  });
});
