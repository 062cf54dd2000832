// What the fifty-sixth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 56: an address written out', () => {
  it('https://mp.weixin.qq.com/s?__biz=…: the __ is the address\'s own, no blank', () => {
    const text = '### 参考资料\n\n1. https://mp.weixin.qq.com/s?__biz=MzA3NTYz&mid=265&idx=1\n2. https://example.org/a__b/xx\n';
    assert.deepEqual(hits(text, 'text/placeholder', 'markdown'), []);
  });
  it('…while 负责人：__ in prose is still a blank', () => {
    assert.equal(hits('### 分工\n\n本周负责人为__，下周轮换。\n', 'text/placeholder', 'markdown').length, 1);
  });
});
