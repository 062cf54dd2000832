// What the forty-ninth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 49', () => {
  it('新建高标准农田3.2万亩 … 覆盖已建成的38.6万亩高标准农田: what is built in all is another measure', () => {
    const text =
      '县农业农村局2025年工作总结\n全年新建高标准农田2.8万亩，粮食总产量21.4万吨。\n一、主要工作\n1.建立田长制管护机制，管护责任覆盖已建成的36.5万亩高标准农田。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });

  it('共开工X座: X before 座 is a blank', () => {
    assert.equal(hits('一、主要工作\n全年小型水库除险加固共开工X座。\n', 'text/placeholder').length, 1);
  });

  it('县科协九届三次全委会1次: the session’s name keeps its Chinese numerals', () => {
    assert.deepEqual(hits('一、主要工作\n召开县科协九届三次全委会1次，增补委员6名。\n', 'style/numbers'), []);
  });

  it('党的根本路线, 男女公平根本国策: set phrases written wrong', () => {
    assert.equal(hits('一、主要工作\n坚持党的根本路线，宣传男女公平根本国策。\n', 'terms/preferred').length, 2);
  });
});
