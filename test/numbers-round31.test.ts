// numbers/* on the ways of writing that round thirty-one of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));

describe('numbers/percent: a second rate after the rate of two counts has another base', () => {
  it('满意率 after 回收率 is not read over the forms sent and returned', () => {
    assert.deepEqual(percents('向社区居民发放满意度调查表320份，收回305份，收回率95.3%，居民满意率为98.2%。'), []);
  });

  it('the rate of the two counts itself is still checked', () => {
    assert.deepEqual(percents('向社区居民发放满意度调查表320份，收回305份，收回率96.3%，居民满意率为98.2%。'), ['96.3%']);
  });

  it('a rate named by one of the counts, alone after them, is still checked', () => {
    assert.deepEqual(percents('参加岗位技能考核的职工64人，考核合格58人，合格率为92.5%。'), ['92.5%']);
  });
});
