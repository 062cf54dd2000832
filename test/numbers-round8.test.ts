// numbers/* on the ways of writing that round eight of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const percents = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/percent', { kind }).map((f) => flagged(text, f));

describe('numbers/percent: 为计划A的X% between the level and 比上年的B增长Y%', () => {
  it('the plan figure is the whole of its own share, not the level that grew', () => {
    // 5.46 / 5.2 = 105%; (5.46 − 4.9) / 4.9 = 11.4%.
    const text = '全年完成固定资产投资5.46亿元，为年度计划5.2亿元的105%，比上年的4.9亿元增长11.4%。';
    assert.deepEqual(percents(text), []);
  });

  it('a growth rate that does not fit the level is still found', () => {
    const text = '全年完成固定资产投资5.46亿元，为年度计划5.2亿元的105%，比上年的4.9亿元增长6.1%。';
    assert.deepEqual(percents(text), ['6.1%']);
  });
});
