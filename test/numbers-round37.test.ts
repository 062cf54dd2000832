// numbers/* on the ways of writing that round thirty-seven of the evaluation showed the engine missed.
// Sentences are made up; each class has the behaviour it must show and a trap on the other side.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const percents = (text: string, kind: 'text' | 'markdown' = 'markdown') => run(text, 'numbers/percent', { kind }).map((f) => flagged(text, f));

describe('numbers/percent: a table row’s change restated in prose by the row’s label', () => {
  const table = (prose: string) =>
    `## 成效\n\n| 指标 | 改造前 | 目标 | 改造后 |\n|---|---|---|---|\n| 平均响应时间 | 300 ms | ≤ 200 ms | 120 ms |\n| 日均工单 | 80 件 | — | 60 件 |\n\n${prose}\n`;

  it('a change that is not the row’s before and after is reported', () => {
    assert.deepEqual(percents(table('上线三个月后，平均响应时间下降了40%，用户投诉明显减少。')), ['40%']);
  });

  it('the right change, or the same words of another thing, stays silent', () => {
    assert.deepEqual(percents(table('上线三个月后，平均响应时间下降了60%，日均工单减少25%。')), []);
    // (A part of the row’s thing — one channel’s — is not the row.)
    assert.deepEqual(percents(table('其中退款接口的平均响应时间下降了40%。')), []);
    // (A change against another time, the month before, has another base.)
    assert.deepEqual(percents(table('平均响应时间较上月下降了40%。')), []);
  });

  it('a table without one before and one after column gives no base', () => {
    const text = '| 指标 | 一期 | 二期 | 三期 |\n|---|---|---|---|\n| 平均响应时间 | 300 ms | 200 ms | 120 ms |\n\n平均响应时间下降了40%。\n';
    assert.deepEqual(percents(text), []);
  });
});

describe('numbers/percent: the categories of a grouped time table in % are shares of one whole', () => {
  const psp = (a: number, b: number, c: number, rows: number[]) =>
    [
      '| 阶段 | 内容 | 用时(%) |',
      '|---|---|---|',
      `| **Plan** | **计划** | **${a}** |`,
      `| · Estimate | 估算 | ${rows[0]} |`,
      `| **Build** | **开发** | **${b}** |`,
      `| · Coding | 编码 | ${rows[1]} |`,
      `| · Testing | 测试 | ${rows[2]} |`,
      `| **Wrap-up** | **收尾** | **${c}** |`,
      `| · Review | 复盘 | ${rows[3]} |`,
      `| · Notes | 记录 | ${rows[4]} |`,
      '',
    ].join('\n');

  it('categories of 120% in all, with rows under them of no 100 either, are reported', () => {
    assert.deepEqual(percents(psp(15, 90, 15, [15, 50, 36, 8, 7])), ['90']);
  });

  it('shares of 100%, or one category’s slip where the rows make 100, stay silent', () => {
    assert.deepEqual(percents(psp(15, 70, 15, [15, 40, 30, 8, 7])), []);
    assert.deepEqual(percents(psp(15, 72, 15, [15, 40, 30, 8, 7])), []);
  });

  it('a column of rates is no set of shares', () => {
    const text = psp(15, 90, 15, [15, 50, 36, 8, 7]).replace('用时(%)', '完成率(%)');
    assert.deepEqual(percents(text), []);
  });
});

describe('numbers/sum: a live stream beside an event held on site, rungs of one cut', () => {
  const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));

  it('parts on site, streamed and of their own kind that overshoot by one are reported', () => {
    assert.deepEqual(sums('今年举办各类招聘活动共45场，其中线下洽谈会26场、直播招聘12场、退役军人专场8场，共提供岗位9200个。'), ['45场']);
  });

  it('one part cut by where it was held, the others by whom it was for, may overlap', () => {
    assert.deepEqual(sums('今年举办各类招聘活动共45场，其中线下洽谈会26场、退役军人专场12场、女性专场8场，共提供岗位9200个。'), []);
  });
});

describe('numbers/conflict: one measure stated bare, then as the year’s whole, its digits in another order', () => {
  const conflicts = (text: string) => run(text, 'numbers/conflict').map((f) => flagged(text, f));
  const report = (first: string, second: string) =>
    `一、主要工作\n（一）加强协会组织建设\n全年召开理事会4次、会员大会1次。${first}\n（二）做好财务日常管理\n严格会费管理，${second}，全部存入协会专户。\n二、存在的问题\n会员活动参与度还不高。\n`;

  it('the bare figure and the year’s whole of one measure conflict', () => {
    assert.deepEqual(conflicts(report('按期足额收缴会费3.58万元。', '全年会费收缴3.85万元')), ['3.85万元']);
  });

  it('a part of the year, or another measure, stays silent', () => {
    assert.deepEqual(conflicts(report('上半年收缴会费3.58万元。', '全年会费收缴3.85万元')), []);
    assert.deepEqual(conflicts(report('按期足额收缴会费3.58万元。', '全年会费支出3.85万元')), []);
  });
});
