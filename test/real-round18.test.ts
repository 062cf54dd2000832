// What the eighteenth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const hits = (text: string, rule: string, kind: 'text' | 'markdown' = 'text'): string[] =>
  check(text, { kind, only: [rule] }).findings.map((f) => text.slice(f.start, f.end));

describe('round 18: an item number run into the figure after it', () => {
  it('1.220千伏… then 2.… is item 1; 3.95598热线… and 4.0—3岁… go on with the list', () => {
    const text = [
      '一、主要工作',
      '（一）电网建设',
      '1.220千伏城西变电站于5月投运，新增容量18万千伏安。',
      '2.完成配网改造项目26个。',
      '3.95598热线受理来电12.6万个，接通率98.2%。',
      '4.0—3岁儿童健康管理率93.1%。',
      '5.新增充电桩140个。',
    ].join('\n');
    assert.deepEqual(hits(text, 'outline/sequence'), []);
    const nodes = check(text, {}).model.sectionNodes[0].children[0].children.map((n) => n.marker.ordinal);
    assert.deepEqual(nodes, [1, 2, 3, 4, 5]);
  });

  it('a paragraph opening with 1.5亿元 and no item 2. after it is an amount, not an item', () => {
    const text = ['一、主要工作', '全年完成投资：', '1.5亿元用于道路建设，其余用于管网改造。', '全年新建道路12公里。'].join('\n');
    assert.equal(check(text, {}).model.sectionNodes[0].children.length, 0);
  });
});
