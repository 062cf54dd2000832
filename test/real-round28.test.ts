// What the twenty-eighth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 28: an ellipsis standing for a name', () => {
  it('为…校长排忧解难 and 《……教研》 leave a name out; an omission inside a quotation does not', () => {
    const blank = (s: string) => hits(`一、履职情况\n${s}\n`, 'text/placeholder');
    assert.deepEqual(blank('从不在…校长面前讨价还价，主动为…校长排忧解难。'), ['…', '…']);
    assert.deepEqual(blank('撰写的论文发表在《……教研》上。'), ['……']);
    assert.deepEqual(blank('正如讲话所说：“发展……是第一要务。”全年接待来访群众126人次……'), []);
  });
});

describe('round 28: terms', () => {
  it('度过危机 gets across a hardship (渡过); 度过假期 passes time', () => {
    const term = (s: string) => hits(`一、个人总结\n${s}\n`, 'terms/preferred');
    assert.deepEqual(term('也许公司这次能度过危机，全组一起度过了难关。'), ['度过', '度过']);
    assert.deepEqual(term('和家人一起度过了一个轻松的假期。'), []);
  });
});
