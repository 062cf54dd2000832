import { strict as assert } from 'node:assert';
import { check, byRule, pack } from './helpers';
import { lint } from '../server/src/engine/index';

const ph = (t: string, kind: 'text' | 'markdown' = 'text') => byRule(check(t, { kind }).findings, 'text/placeholder').map((f) => t.slice(f.start, f.end));

describe('text/placeholder', () => {
  it('flags the stars of the user’s template: 《*…》, 《*》, *同志', () => {
    assert.deepEqual(ph('《*推进机关党建与业务深度融合》经验做法被《*》推广，市委副秘书长*同志作出批示。'), ['*', '*', '*']);
  });

  it('flags XX, ××, 某某, X月, 【待补充】, TODO and 待定', () => {
    assert.deepEqual(ph('XX镇完成××项目，某某同志于2023年X月到任，成效【待补充】，TODO：核对数据，召开时间：待定。'), [
      'XX',
      '××',
      '某某',
      'X',
      '【待补充】',
      'TODO',
      '待定',
    ]);
  });

  it('leaves alone real words and numbers that look alike', () => {
    assert.deepEqual(ph('全县建成XXL规格仓储中心1处，面积为3*4米的展板20块，“X光”设备2台。'), []);
  });

  it('does not read Markdown emphasis as a placeholder', () => {
    assert.deepEqual(ph('全年**新发展党员87名**，*完成*换届78个。\n', 'markdown'), []);
  });

  it('honours the pack allow-list', () => {
    const text = 'XX镇完成换届，XX村完成换届。';
    assert.equal(byRule(check(text).findings, 'text/placeholder').length, 2);
    const config = { ...pack().config, allow: ['XX镇'] };
    const left = byRule(lint(text, { kind: 'text', config }).findings, 'text/placeholder');
    assert.deepEqual(
      left.map((f) => text.slice(f.start, f.end + 1)),
      ['XX村'],
    );
  });

  it('a figure left out of one item of a list whose others carry theirs, and 亿 with no figure before it', () => {
    const hits = (t: string) =>
      check(t)
        .findings.filter((f) => f.ruleId === 'text/placeholder')
        .map((f) => t.slice(f.start, f.end));
    assert.deepEqual(hits('全年召开全体党员大会6次、支委会12次、党小组会次、上党课4次。'), ['次']);
    assert.deepEqual(hits('全年完成供水量亿立方米，同比增长3.1%。'), ['亿立方米']);
    // A noun that ends in the unit (商家), an approximate count (多次), a threshold (亿元以上) and a mark passed (突破亿元) are no blanks.
    assert.deepEqual(hits('走访企业20家、个体户15家、商家、农户30户。'), []);
    assert.deepEqual(hits('全年开展培训3次、讲座多次、座谈会2次。'), []);
    assert.deepEqual(hits('全县年产值亿元以上企业达14家，销售额突破亿元大关。'), []);
  });
});
