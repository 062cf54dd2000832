import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

describe('numbers/count', () => {
  it('compares with an inline 一是…四是 enumeration', () => {
    const text = '重点抓好三个方面工作：一是强化理论武装；二是夯实基层基础；三是深化作风建设；四是严格监督执纪。';
    const [f] = run(text, 'numbers/count');
    assert.equal(flagged(text, f), '三个方面');
    assert.equal(f.message, '写的是“三个方面”，“一是……”列举实际有4项，二者不符。');
    assert.equal(f.related?.length, 4);
    assert.deepEqual(f.data, { stated: 3, found: 4, source: 'enumeration' });
  });

  it('compares with outline children', () => {
    const text = '一、存在的问题\n主要存在以下四个方面的问题：\n（一）理论学习不够深入。\n（二）基层基础还有短板。\n（三）作风建设仍需加强。\n';
    const [f] = run(text, 'numbers/count');
    assert.equal(f.data?.found, 3);
    assert.equal(f.data?.source, 'outline');
  });

  it('compares with a 、-list, quote-aware', () => {
    assert.equal(run('分别组建青年理论、“讲政策、话发展”两个宣讲团。', 'numbers/count').length, 0);
    const text = '分别组建青年理论、“讲政策、话发展”、老干部三个宣讲团，开展宣讲36场。';
    assert.equal(run(text, 'numbers/count').length, 0);
    const bad = '分别组建青年理论、“讲政策、话发展”两个宣讲团和巾帼宣讲团三个宣讲团。';
    assert.equal(run(bad, 'numbers/count').length, 0, 'a list broken by other words is not compared');
    const wrong = '扎实开展调研、座谈、走访、督查两项活动。';
    assert.equal(run(wrong, 'numbers/count')[0]?.data?.found, 4);
  });

  it('leaves formulas, quoted names and open lists alone; the ignore list is configurable', () => {
    assert.equal(run('增强四个意识、坚定四个自信、做到两个维护。', 'numbers/count').length, 0);
    assert.equal(run('继续开展“五个十佳”“三星支部”评选。', 'numbers/count').length, 0);
    assert.equal(run('统筹推进党建引领、乡村振兴等五项重点任务。', 'numbers/count').length, 0);
    const text = '健全学习、考勤、财务、保密三项机制。';
    assert.equal(run(text, 'numbers/count').length, 1);
    assert.equal(run(text, 'numbers/count', { setting: { options: { ignore: ['三项机制'] } } }).length, 0);
  });
});
