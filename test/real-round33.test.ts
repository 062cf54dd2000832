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
