// What the twenty-ninth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 29: items numbered with a space for the stop', () => {
  const notes = [
    '季度复盘要点',
    '',
    '1 上线前必须走完评审流程',
    '\t接口变更要提前一周通知',
    '2 测试环境每周一重置',
    '\t避免脏数据影响联调',
    '3 值班表按月排定，不临时调换',
    '4 复盘结论需要落到人头',
    '',
  ].join('\n');

  it('1 … 2 … 3 … is a list whose numbers lack their stop: outline/style says so and offers 1.', () => {
    const r = check(notes, { kind: 'text', only: ['outline/style'] });
    assert.deepEqual(
      r.findings.map((f) => notes.slice(f.start, f.end)),
      ['1 ', '2 ', '3 ', '4 '],
    );
    assert.equal(r.findings[0].fix?.edits[0].newText, '.');
  });

  it('a spaced list is a page of notes: its points are neither parts of a report nor empty titles', () => {
    const r = check(notes, { kind: 'text', only: ['structure/missing-section', 'structure/empty-section'] });
    assert.deepEqual(r.findings, []);
  });

  it('figures that open a line stay figures: 3 家医院, 2 号楼, 1 个 alone with no 2 below', () => {
    const style = (s: string) => hits(s, 'outline/style');
    assert.deepEqual(style('全年情况\n3 家医院完成改造\n2 号楼已封顶\n'), []);
    assert.deepEqual(style('全年情况\n1 次都没有迟到\n全年无违纪\n'), []);
    assert.deepEqual(style('全年情况\n1 项目按期交付\n下半年再议\n'), []);
  });
});
