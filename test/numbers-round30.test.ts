// numbers/* on the ways of writing that round thirty of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/sum', { kind }).map((f) => flagged(text, f));
const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));

describe('numbers/count: a 、-list of rounds before a count names the rounds, not the things counted', () => {
  it('第一批、第二批共5个 is not two of five', () => {
    assert.deepEqual(counts('2.完成第一批、第二批共5个老旧小区改造，惠及居民1300余户。'), []);
  });

  it('the clause may open before the first round (今年完成第一期、第二期共…)', () => {
    assert.deepEqual(counts('今年完成第一期、第二期共4个村级文化广场建设。'), []);
  });

  it('a list of names before the same count is still read', () => {
    assert.deepEqual(counts('今年走访城西、南岭共3个行政村，收集群众意见42条。'), ['3个行政村']);
  });
});

describe('numbers/count: a quoted count whose head is written once after the last name', () => {
  it('four names sharing 管理 for “五项管理” are reported', () => {
    assert.deepEqual(counts('学校严格落实“五项管理”要求，对作业、睡眠、手机、读物管理分别制定细则，每月通报一次。'), ['“五项管理”']);
  });

  it('five names sharing it are not', () => {
    assert.deepEqual(counts('学校严格落实“五项管理”要求，对作业、睡眠、手机、读物、体质管理分别制定细则，每月通报一次。'), []);
  });

  it('names ending with 等 before the head stand for more', () => {
    assert.deepEqual(counts('学校严格落实“五项管理”要求，对作业、睡眠等管理分别制定细则。'), []);
  });

  it('a quoted count without a counting word shares its head the same way (“三到位”)', () => {
    assert.deepEqual(counts('汛期坚持“三到位”要求，做到人员、物资到位，确保安全度汛。'), ['“三到位”']);
    assert.deepEqual(counts('汛期坚持“三到位”要求，做到人员、物资、责任到位，确保安全度汛。'), []);
  });
});

describe('numbers/sum: a total split by parts named before 分布如下, the table below its parts', () => {
  const draft = (total: string) =>
    [
      '## 一、工作回顾',
      '',
      `全年处理客户投诉工单共 ${total} 件，各渠道分布如下：`,
      '',
      '| 渠道 | 投诉工单 | 按时办结率 |',
      '|------|-------:|-------:|',
      '| 热线 | 1,120 | 97% |',
      '| 网站 | 640 | 95% |',
      '| 门店 | 310 | 99% |',
      '',
    ].join('\n');

  it('a column summing above the total is reported, the rate column beside it left alone', () => {
    assert.deepEqual(sums(draft('2,090'), 'markdown'), ['2,090 件']);
  });

  it('a column that adds up is not', () => {
    assert.deepEqual(sums(draft('2,070'), 'markdown'), []);
  });

  it('a column named by something else than the total counts is not read', () => {
    const text = draft('2,090').replace('| 渠道 | 投诉工单 |', '| 渠道 | 回访人次 |');
    assert.deepEqual(sums(text, 'markdown'), []);
  });
});
