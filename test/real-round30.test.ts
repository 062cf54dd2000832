// What the thirtieth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 30: terms', () => {
  const term = (s: string) => hits(`一、个人总结\n${s}\n`, 'terms/preferred');

  it('称为 for 成为 before the post one means to reach; 被称为、可称为 name a thing and pass', () => {
    assert.deepEqual(term('三年内尽可能称为iOS高级开发工程师，十年内称为一名架构师。'), ['称为', '称为']);
    assert.deepEqual(term('这类岗位在业内被称为资深工程师，也可称为一名多面手。'), []);
    assert.deepEqual(term('我们把这套流程称为“双周迭代”。'), []);
  });

  it('取决与、有益与 take 于; 有益与有害、取决与否 are not the slip', () => {
    assert.deepEqual(term('成长空间取决与所在的部门，多做有益与团队的事。'), ['取决与', '有益与']);
    assert.deepEqual(term('分清有益与有害的习惯。'), []);
  });

  it('包括且不限于 is the fixed phrase 包括但不限于', () => {
    assert.deepEqual(term('需求方包括且不限于人事、财务。'), ['包括且不限于']);
    assert.deepEqual(term('需求方包括但不限于人事、财务。'), []);
  });
});
