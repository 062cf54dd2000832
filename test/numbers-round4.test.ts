// numbers/* on the ways of writing that round four of the evaluation showed the engine misread:
// which list a total sums, which count a share is of, which figure is the base of a growth rate.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sum = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/sum', { kind }).map((f) => f.message);
const percents = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/percent', { kind }).map((f) => flagged(text, f));

describe('numbers/sum: which list a total sums', () => {
  it('a remainder named after the parts leaves the list open', () => {
    const open = '全年组建兴趣小组30个，其中书法类11个、舞蹈类9个、编程类8个，其余为棋类、手工等小组。';
    assert.deepEqual(sum(open), []);
    // Without the remainder the shortfall is a slip.
    assert.equal(sum(open.replace('，其余为棋类、手工等小组', '')).length, 1);
    // More than the total is wrong whatever else the remainder holds.
    assert.equal(sum(open.replace('30个', '25个')).length, 1);
  });

  it('the 、-list right before 共 is the one it sums, not the clauses before it', () => {
    const ok = '全年召开班子会议6次、专题会议10次，局长讲党课1次、分管领导讲党课3次，共讲党课4次。';
    assert.deepEqual(sum(ok), []);
    assert.deepEqual(sum(ok.replace('共讲党课4次', '共讲党课5次')), ['1+3=4，与“共5次”不符。']);
    // Items each in a clause of their own still make one list.
    assert.equal(sum('一等奖5名，二等奖12名，三等奖20名，共表彰38名。').length, 1);
    assert.deepEqual(sum('一等奖5名，二等奖12名，三等奖20名，共表彰37名。'), []);
  });
});

describe('numbers/percent: which figures a rate is of', () => {
  it('a share of a target: another count of the sentence may be the part meant', () => {
    const ok = '新增农村劳动力转移就业880人，其中帮扶脱贫户劳动力就业132人，完成年度目标1100人的80%。';
    assert.deepEqual(percents(ok), []);
    // None of the counts gives the share.
    assert.deepEqual(percents(ok.replace('的80%', '的85%')), ['85%']);
    // One count only: it is the part.
    assert.deepEqual(percents('新增农村劳动力转移就业880人，完成年度目标1100人的85%。'), ['85%']);
  });

  it("last year's figure before the increase is the base itself", () => {
    const ok = '全年发表论文52篇，相比去年40篇，新增12篇，增幅30%。';
    assert.deepEqual(percents(ok), []);
    assert.deepEqual(percents(ok.replace('增幅30%', '增幅43%')), ['43%']);
    // No base named: the base is the level less the increase (52−12=40).
    assert.deepEqual(percents('全年发表论文52篇，较上年增加12篇，增长30%。'), []);
    assert.deepEqual(percents('全年发表论文52篇，较上年增加12篇，增长23%。'), ['23%']);
  });

  it('a change with a unit in the growth column is a difference, not a rate', () => {
    const table = [
      '| 指标 | 2024年 | 2025年 | 增幅 |',
      '|---|---|---|---|',
      '| 受理投诉 | 120 件 | 150 件 | +25% |',
      '| 重大事故 | 4 次 | 1 次 | -3 次 |',
      '',
    ].join('\n');
    assert.deepEqual(percents(table, 'markdown'), []);
    assert.deepEqual(percents(table.replace('+25%', '+20%'), 'markdown'), ['+20%']);
  });
});
