// What the thirty-seventh held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 37: a quoted count of 件', () => {
  const count = (s: string) => hits(`一、主要工作\n${s}\n`, 'numbers/count');

  it('“三件事” announcing 一是…四是 is a count the list must match', () => {
    assert.deepEqual(count('全年聚焦“三件事”：一是新建社区食堂2处；二是改造健身步道3公里；三是增设公交站点5个；四是新建公厕2座。'), ['“三件事”']);
    assert.deepEqual(count('全年聚焦“三件事”：一是新建社区食堂2处；二是改造健身步道3公里；三是增设公交站点5个。'), []);
  });
});

describe('round 37: a unit in brackets in a pasted table’s label', () => {
  const blank = (s: string) => hits(`一、主要工作\n${s}\n`, 'text/placeholder');

  it('增速（%） names the unit of the figures beside it; 达% leaves the figure out', () => {
    assert.deepEqual(blank('社会消费品零售总额增速（%）\t5.2\t6.0\t—'), []);
    assert.deepEqual(blank('社会消费品零售总额增速(%)\t5.2\t6.0\t—'), []);
    assert.deepEqual(blank('社会消费品零售总额增速达%。'), ['%']);
  });
});
