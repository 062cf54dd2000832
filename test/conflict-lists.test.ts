// numbers/conflict: a 、-list of named counts said twice with one item changed.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('numbers/conflict: a list of counts restated', () => {
  const lead = '2025年，机关第三党支部认真落实全面从严治党要求，全年召开支委会11次、党员大会4次、党小组会22次，讲党课4次。现总结如下。\n';
  it("the overview's 党员大会4次 against the body's 党员大会6次, the other items alike", () => {
    const text = `${lead}一、主要工作\n（一）落实组织生活制度。全年召开支委会11次、党员大会6次、党小组会22次。\n`;
    assert.deepEqual(hits(text, 'numbers/conflict'), ['6次']);
  });

  it('…no alarm when the lists agree', () => {
    const text = `${lead}一、主要工作\n（一）落实组织生活制度。全年召开支委会11次、党员大会4次、党小组会22次。\n`;
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });

  it('…nor when two branches each report their own record', () => {
    const text = '一、主要工作\n第一党支部全年召开支委会11次、党员大会4次、党小组会22次。\n第二党支部全年召开支委会11次、党员大会5次、党小组会22次。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });

  it("…nor when one list is last year's", () => {
    const text = `${lead}一、主要工作\n（一）落实组织生活制度。上年召开支委会11次、党员大会3次、党小组会22次，今年均有增加。\n`;
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });
});
