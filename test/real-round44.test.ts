// What the forty-fourth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 44: numbers/conflict', () => {
  it('完成老旧小区改造14个 / 尚有未改造老旧小区23个: what was done and what is left', () => {
    const text = '一、主要工作\n1.城市更新。完成老旧小区改造14个、涉及居民2860户。\n二、存在的问题\n老旧小区数量多，尚有未改造老旧小区23个，停车难问题突出。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });

  it('1.制造业贷款。余额8.7亿元 / 2.普惠小微贷款。余额12.3亿元: two items, each titled, a bare measure', () => {
    const text = '一、主要工作\n（二）服务实体经济\n1.制造业贷款。年末余额8.7亿元，较年初增加1.1亿元。\n2.普惠小微贷款。余额12.3亿元，较年初增加2.0亿元。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });
});

describe('round 44: 1、2 月份 with a space is two months', () => {
  it('- 1、2 月份我还在… is no item 1', () => {
    assert.deepEqual(hits('# 2019 年终总结\n\n## 工作\n\n- 1、2 月份还在和 CI 奋战，主要在部署监控。\n- 3 月开始做迁移。\n', 'outline/style', 'markdown'), []);
  });
});
