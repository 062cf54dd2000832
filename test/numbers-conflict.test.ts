import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

describe('numbers/conflict', () => {
  it('finds the same figure stated twice with different values', () => {
    const text = '全年新发展党员87名，党员队伍结构持续优化。\n严格落实发展程序，全年发展党员85名。\n';
    const [f, ...rest] = run(text, 'numbers/conflict');
    assert.equal(rest.length, 0);
    assert.equal(flagged(text, f), '85名');
    assert.equal(f.message, '“发展党员”前文为87名，此处为85名，同一数据前后不一致。');
    assert.deepEqual(
      f.related?.map((r) => flagged(text, r)),
      ['87名'],
    );
  });

  it('accepts compatible approximations and different scopes', () => {
    assert.equal(run('培训党员6100余人次。\n全年培训党员6000多人次。', 'numbers/conflict').length, 0);
    assert.equal(run('上半年发展党员40名，全年发展党员87名。', 'numbers/conflict').length, 0);
    assert.equal(run('2022年评选五星级党支部59个，2023年评选五星级党支部63个。', 'numbers/conflict').length, 0);
    assert.equal(run('服务企业由去年的120家增加到150家。今年服务企业150家。', 'numbers/conflict').length, 0);
  });

  it('does not compare recurring events unless both figures claim the whole', () => {
    assert.equal(run('全年召开党组会议22次。\n召开党组会议5次，专题研究意识形态工作。', 'numbers/conflict').length, 0);
    assert.equal(run('全年召开党组会议22次。\n全年共召开党组会议20次。', 'numbers/conflict').length, 1);
  });

  it('counts the figures of a GFM table', () => {
    const text = '全年新发展党员85名。\n\n| 指标 | 2022年 | 2023年 | 增长 |\n| --- | --- | --- | --- |\n| 发展党员（名） | 80 | 87 | 8.75% |\n';
    const [f] = run(text, 'numbers/conflict', { kind: 'markdown' });
    assert.equal(flagged(text, f), '87');
    assert.match(f.message, /表格中为87名/);
  });
});
