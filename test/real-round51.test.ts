// What the fifty-first held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 51', () => {
  it('1.2025年高考，参考学生382人 / 2.2025年中考，参考学生376人: two items, two exams', () => {
    const text = '一、主要工作\n1.2025年高考，我校参考学生412人，本科上线301人。\n2.2025年中考，参考学生398人，普高上线322人。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });

  it('储备重大项目126个，其中纳入省级重点项目库18个、市级重点项目库35个: the upper rungs picked out', () => {
    assert.deepEqual(hits('一、主要工作\n全年谋划储备重大项目126个；其中纳入省级重点项目库18个、市级重点项目库35个。\n', 'numbers/sum'), []);
  });

  it('占8.33 %: a space between the figure and its sign is no blank', () => {
    assert.deepEqual(hits('一、主要工作\n受理投诉12件，其中服务类1件，占8.33 %。\n', 'text/placeholder'), []);
  });

  it('6项内控制度，分别是 five titles: 内控 qualifies 制度, and five are one short', () => {
    const text = '一、主要工作\n全年修订6项内控制度，分别是《采购管理办法》《合同管理办法》《资金支付审批办法》《后评价办法》《考核办法》。\n';
    assert.equal(hits(text, 'numbers/count').length, 1);
  });
});

describe('round 51: style/numbers and a date before a place', () => {
  it('10-15天津马拉松 is 10 月 15 日 in 天津, not a range of days', () => {
    assert.deepEqual(hits('# 2023\n\n- 10-15天津马拉松 2:12:25\n', 'style/numbers', 'markdown'), []);
  });

  it('休假3-5天 is still a range', () => {
    assert.equal(hits('一、主要工作\n年内轮休3-5天。\n', 'style/numbers').length, 1);
  });
});
