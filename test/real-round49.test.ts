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

describe('round 49: numbers/count over a table', () => {
  const table = '\n\n| 项目 | 角色 |\n|---|---|\n| 政务 App 3.0 | 负责人 |\n| 公积金联办 | 负责人 |\n| 电子证照库 | 参与 |\n| 工单系统 | 参与 |\n';

  it('参与了 5 个项目的测试工作： over a table of four rows is a slip', () => {
    assert.equal(hits('## 二、主要项目\n\n全年参与了 5 个项目的测试工作：' + table, 'numbers/count', 'markdown').length, 1);
  });

  it('…four of them: nothing', () => {
    assert.deepEqual(hits('## 二、主要项目\n\n全年参与了 4 个项目的测试工作：' + table, 'numbers/count', 'markdown'), []);
  });

  it('三条主线开展工作，关键数字： the colon announces the figures, not the three lines', () => {
    assert.deepEqual(hits('## 概览\n\n全年围绕三条主线开展工作，关键数字：' + table, 'numbers/count', 'markdown'), []);
  });
});

describe('round 49: numbers/count, a subset over a table', () => {
  it('参与 3 个项目，承担其中 2 个项目的技术负责人： over three rows is no slip', () => {
    const text =
      '## 概览\n\n全年参与 3 个项目，承担其中 2 个项目的技术负责人：\n\n| 项目 | 角色 |\n|---|---|\n| 网关重构 | 负责人 |\n| 对账二期 | 负责人 |\n| 风控接入 | 开发 |\n';
    assert.deepEqual(hits(text, 'numbers/count', 'markdown'), []);
  });
});
