// What the thirty-third held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 33: 一、 typed for 1. under a （一）', () => {
  const draft = [
    '营业部2025年工作总结',
    '一、主要工作',
    '（一）经营指标',
    '一、存款方面。年末存款余额27.35亿元。',
    '2. 贷款方面。年末贷款余额15.6亿元。',
    '3. 中间业务。全年收入836万元。',
    '（二）重点工作',
    '1. 代发工资。新增代发单位42家。',
    '2. 社保卡。新发放8720张。',
    '二、存在的问题',
    '对公客户基础偏弱。',
    '三、下步打算',
    '各项存款力争新增2.5亿元。',
    '',
  ].join('\n');

  it('is one slip, reported by outline/level; the lists and parts around it are read as written', () => {
    assert.deepEqual(hits(draft, 'outline/level'), ['一、']);
    assert.deepEqual(hits(draft, 'outline/sequence'), []);
  });

  it('an 一、 again that is not followed by 2. still reads as the numbering begun again', () => {
    const restart = draft.replace('2. 贷款方面', '（二）贷款方面').replace('3. 中间业务', '（三）中间业务');
    assert.equal(hits(restart, 'outline/sequence').length > 0, true);
  });
});

describe('round 33: blanks and names', () => {
  const blank = (s: string) => hits(`一、主要工作\n${s}\n`, 'text/placeholder');

  it('a unit after 缩短到/提高到 with its figure left out is a blank; 缩短到个位数 is not', () => {
    assert.deepEqual(blank('回归测试时间从2天缩短到小时，通过率提高到%。'), ['小时', '%']);
    assert.deepEqual(blank('回归测试时间从2天缩短到6小时，缺陷数降到个位数。'), []);
  });

  it('TODO Group and TODO Ambassadors are organisations; TODO 补充数据 is a blank', () => {
    assert.deepEqual(blank('担任 TODO Ambassadors 成员，参与 TODO Group 的活动。'), []);
    assert.deepEqual(blank('全年培训人数 TODO 补充数据。'), ['TODO']);
  });

  it('林林种种, 扑簌迷离, 大预言模型 are slips of set phrases and names', () => {
    assert.deepEqual(hits('一、个人总结\n林林种种的事务让前景扑簌迷离，大预言模型也在变化。\n', 'terms/preferred'), ['林林种种', '扑簌迷离', '大预言模型']);
  });
});
