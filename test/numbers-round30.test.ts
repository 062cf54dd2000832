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

const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));

describe('numbers/conflict: all of the area’s villages, counted twice', () => {
  const text = (n: string) =>
    [
      '一、主要工作',
      '（一）乡村振兴',
      '全乡12个行政村村集体经济收入全部超过15万元，其中超过40万元的村3个。',
      '二、存在的问题',
      `（一）集体经济发展不平衡，全乡${n}个行政村中仍有5个村经营性收入低于30万元。`,
    ].join('\n');

  it('another number of them is reported', () => {
    assert.deepEqual(conflicts(text('13')), ['13个']);
  });

  it('the same number is not', () => {
    assert.deepEqual(conflicts(text('12')), []);
  });

  it('another area’s villages are not', () => {
    assert.deepEqual(conflicts(text('12').replace('全乡12个行政村中', '全县86个行政村中')), []);
  });
});

describe('numbers/conflict: a thing qualified by what some of it did is not all of it', () => {
  const text = (n: string) =>
    [
      '一、主要工作',
      '1.推广“阳光厨房”，全县接入的学校食堂达到236家，覆盖率由上年的61%提高到78%。',
      '二、存在的问题',
      `（一）监管力量不足，全县${n}家学校食堂中配备专职食品安全员的不足三成。`,
    ].join('\n');

  it('those connected (接入的) beside all of them are two measures', () => {
    assert.deepEqual(conflicts(text('510余')), []);
  });

  it('the thing unqualified both times (全县的学校食堂: no doing before 的) is one measure', () => {
    assert.deepEqual(conflicts(text('510余').replace('接入的学校食堂', '的学校食堂')), ['510余家']);
  });
});

describe('numbers/conflict: a stretch of dates and the days it lasted', () => {
  it('days that are neither all the stretch nor its working days are reported', () => {
    assert.deepEqual(conflicts('## 实习总结\n\n6.3-8.26，在数据平台组实习79天。\n', 'markdown'), ['79天']);
  });

  it('all its days, with both ends or without the first, are not', () => {
    assert.deepEqual(conflicts('## 实习总结\n\n6.3-8.26，在数据平台组实习85天。\n', 'markdown'), []);
    assert.deepEqual(conflicts('## 实习总结\n\n6.3-8.26，在数据平台组实习84天。\n', 'markdown'), []);
  });

  it('its working days are not (7月7日至8月22日共开班35天)', () => {
    assert.deepEqual(conflicts('1.开办暑期托管班，7月14日至8月29日共开班35天，服务学生126名。'), []);
  });

  it('days said to be some of the stretch (请假, 工作日) are not', () => {
    assert.deepEqual(conflicts('## 实习总结\n\n6.3-8.26，除去请假实际实习79天。\n', 'markdown'), []);
  });
});
