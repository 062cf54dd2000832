// What the twenty-third held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 23: blanks and terms', () => {
  const blank = (s: string) => hits(`一、主要工作\n${s}\n`, 'text/placeholder');

  it('客运站场、历史遗留问题户 are things, not counts left out; 组织文艺演出场， still is', () => {
    assert.deepEqual(blank('3.客运站场。城南客运站主体完工，总投资约1.5亿元。'), []);
    assert.deepEqual(blank('剩余25户多为历史遗留问题户。'), []);
    assert.deepEqual(blank('组织文艺演出场，观众踊跃。'), ['场']);
  });

  it('有时侯 and 横向纬度 are misspelt; 经纬度 is geography', () => {
    const term = (s: string) => hits(`一、主要工作\n${s}\n`, 'terms/preferred');
    assert.deepEqual(term('有时侯要从横向纬度比较方案。'), ['时侯', '纬度']);
    assert.deepEqual(term('根据站点经纬度计算覆盖范围。'), []);
  });
});

describe('round 23: style/numbers', () => {
  it('2022~2023学年 is a span of school years: the dash of a period is offered, not the wave line of a range', () => {
    const text = '一、教学工作\n2022~2023学年第二学期，完成3~5项课题。\n';
    const found = check(text, { kind: 'text', only: ['style/numbers'] }).findings;
    assert.deepEqual(
      found.map((f) => f.fix?.edits[0].newText),
      ['—', '～'],
    );
  });
});
