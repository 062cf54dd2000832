// What the forty-third held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

const work = (s: string) => `一、主要工作\n${s}\n`;

describe('round 43: one each is no part', () => {
  it('在12个乡镇、47个社区各建成驿站1个，共59个: the places are what the total counts', () => {
    assert.deepEqual(hits(work('在12个乡镇、47个社区各建成零工驿站1个，共59个，全年服务1.2万余人次。'), 'numbers/sum'), []);
    assert.deepEqual(hits(work('在12个乡镇、47个社区各建成零工驿站2个，共118个。'), 'numbers/sum'), []);
  });
});

describe('round 43: a segment of the body is not the body', () => {
  const doc = (later: string) =>
    `2025年，集团公司全面完成年度目标任务。全年实现营业收入31.4亿元，同比增长8.1%；利润总额2.06亿元。\n一、主要工作\n2.板块发展。${later}\n`;

  it('建材板块实现营业收入7.2亿元 beside the group’s 31.4亿元; 华东分公司 likewise', () => {
    assert.deepEqual(hits(doc('建材板块实现营业收入7.2亿元，同比增长12.5%；物业板块实现营业收入3.1亿元。'), 'numbers/conflict'), []);
    assert.deepEqual(hits(doc('华东分公司实现营业收入9.6亿元，同比增长6.0%。'), 'numbers/conflict'), []);
  });

  it('the group’s own revenue stated again with another value still conflicts', () => {
    assert.equal(hits(doc('全年实现营业收入31.7亿元，主业收入占比提高。'), 'numbers/conflict').length, 1);
  });
});
