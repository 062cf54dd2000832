import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

describe('numbers/percent', () => {
  it('checks 由A增至B，增长X%', () => {
    const text = '服务企业由去年的120家增加到150家，增长20%。';
    const [f] = run(text, 'numbers/percent');
    assert.equal(flagged(text, f), '20%');
    assert.equal(f.message, '(150−120)÷120=25%，与“增长20%”不符。');
    assert.equal(run(text.replace('20%', '25%'), 'numbers/percent').length, 0);
  });

  it('allows the rounding of the written decimals', () => {
    assert.equal(run('办理诉求由1860件增加到2150件，同比增长15.6%。', 'numbers/percent').length, 0);
    assert.equal(run('办理诉求由1860件增加到2150件，同比增长16%。', 'numbers/percent').length, 0);
    assert.equal(run('办理诉求由1860件增加到2150件，同比增长15.2%。', 'numbers/percent').length, 1);
  });

  it('checks a level with its change: 较上年减少40件，下降X%', () => {
    const [f] = run('受理来信来访460件，较上年减少40件，下降10%。', 'numbers/percent');
    assert.equal(f.message, '40÷(460+40)=8%，与“下降10%”不符。');
  });

  it('checks 占比 against the breakdown', () => {
    const [f] = run('全年共发展党员120名，其中青年党员78名，占比60%。', 'numbers/percent');
    assert.equal(f.message, '78÷120=65%，与“60%”不符。');
  });

  it('reports % where 个百分点 is meant', () => {
    const text = '好评率由85%提高到90%，提高了5%。';
    const [f] = run(text, 'numbers/percent');
    assert.match(f.message, /应写作“5个百分点”/);
    assert.equal(run('网上办件率由40%提高到50%，提高了25%。', 'numbers/percent').length, 0);
  });

  it('checks GFM table rows', () => {
    const text =
      '| 指标 | 2022年 | 2023年 | 同比增长 |\n| --- | ---: | ---: | ---: |\n| 培训党员（人次） | 5200 | 6100 | 15.3% |\n| 举办示范培训班（期） | 2 | 3 | 50% |\n';
    const fs = run(text, 'numbers/percent', { kind: 'markdown' });
    assert.deepEqual(
      fs.map((f) => flagged(text, f)),
      ['15.3%'],
    );
    assert.match(fs[0].message, /\(6100−5200\)÷5200=17\.31%/);
  });
});
