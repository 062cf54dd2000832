// numbers/* on the ways of writing that round twenty-nine of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/sum', { kind }).map((f) => flagged(text, f));
const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));
const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));

describe('numbers/sum on tables: a row named like a rate that saves money is a part', () => {
  const table = (total: string) =>
    [
      '# 降本增效',
      '',
      '| 举措 | 节约（万元） |',
      '|---|---|',
      '| 合同集中谈判 | 57 |',
      '| 提高设备完好率 | 95 |',
      '| 仓储压降 | 38 |',
      `| 合计 | ${total} |`,
      '',
    ].join('\n');

  it('a total over every row, 提高设备完好率 included, adds up', () => {
    assert.deepEqual(sums(table('190'), 'markdown'), []);
  });

  it('a total that adds up over no reading is still reported', () => {
    assert.deepEqual(sums(table('210'), 'markdown'), ['210']);
  });
});

describe('numbers/sum: a clause opening with a split right after a figure lists its kinds', () => {
  it('按类型看 after the total, the kinds short of it, is reported', () => {
    assert.deepEqual(sums('全年受理群众来信来访836件，按类型看求助类302件、投诉类287件、建议类231件，按期办结率98%。'), ['836件']);
  });

  it('the kinds that add up are not', () => {
    assert.deepEqual(sums('全年受理群众来信来访836件，按类型看求助类302件、投诉类287件、建议类247件，按期办结率98%。'), []);
  });

  it('a split naming the main kinds only (等) is not', () => {
    assert.deepEqual(sums('全年受理群众来信来访836件，按类型看求助类302件、投诉类287件等。'), []);
  });
});

describe('numbers/count: a quoted count whose items after 即 are joined by 和', () => {
  it('two items for “三个专项” are reported', () => {
    assert.deepEqual(counts('今年组织开展“三个专项”治理，即校园食品安全专项整治和校车安全专项检查，家长满意度明显提升。'), ['“三个专项”']);
  });

  it('two items for “两个专项” are not', () => {
    assert.deepEqual(counts('今年组织开展“两个专项”治理，即校园食品安全专项整治和校车安全专项检查，家长满意度明显提升。'), []);
  });

  it('a clause that merely goes on about the count (no 即) is not read as its list', () => {
    assert.deepEqual(counts('今年组织开展“三个专项”治理，专项整治和专项检查同步推进。'), []);
  });

  it('a list going on after its clause (，以及…) is not cut short', () => {
    assert.deepEqual(counts('今年组织开展“三个专项”治理，即食品安全专项整治和校车安全专项检查，以及消防安全专项排查。'), []);
  });
});

describe('numbers/conflict: a sentence summing up restates the figures before it', () => {
  const text = [
    '一、主要工作',
    '（一）生产经营',
    '全年完成销售收入3.46亿元，同比增长5.2%。',
    '（二）客户服务',
    '全年新增燃气用户8400户，用户总数达到15.2万户。',
    '（三）党的建设',
    '全年党委理论学习中心组集中学习12次。',
    '总体看，全年新增燃气用户0.86万户，完成销售收入34600万元，主要指标均完成年度计划。',
  ].join('\n');

  it('the restated figure of another value is reported', () => {
    assert.deepEqual(conflicts(text), ['0.86万户']);
  });

  it('the same value is not', () => {
    assert.deepEqual(conflicts(text.replace('0.86万户', '0.84万户')), []);
  });

  it('a sentence that restates nothing else the report gave keeps its words apart', () => {
    assert.deepEqual(conflicts(text.replace('完成销售收入34600万元', '实现利润2100万元')), []);
  });
});

describe('numbers/conflict: the opening paragraph sums up the body', () => {
  const doc = (body: string) =>
    [
      '# 外国语学院2025年工作总结',
      '',
      '2025年，学院坚持内涵发展，全年引进博士9人，获批省部级项目6项。',
      '',
      '## 一、主要工作',
      '',
      '### （一）师资队伍',
      '',
      body,
      '',
      '## 二、存在的问题',
      '',
      '高层次人才偏少。',
      '',
    ].join('\n');

  it('another value for the doctors hired in the body is reported', () => {
    assert.deepEqual(conflicts(doc('全年引进博士学位教师11人，其中海外博士3人。'), 'markdown'), ['11人']);
  });

  it('the same value is not', () => {
    assert.deepEqual(conflicts(doc('全年引进博士学位教师9人，其中海外博士3人。'), 'markdown'), []);
  });

  it('another doing (在读博士) is not', () => {
    assert.deepEqual(conflicts(doc('现有在读博士研究生11人。'), 'markdown'), []);
  });
});
