// numbers/conflict on restatements real reports make: a total taken up again as the base of a share
// or a breakdown (营收…中, 占…的, 在…的基础上), a short form of a named measure, a figure spaced
// from its thing in Markdown. Examples are our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') =>
  check(text, { kind })
    .findings.filter((f) => f.ruleId === 'numbers/conflict')
    .map((f) => text.slice(f.start, f.end));

describe('real text: restated figures (numbers/conflict)', () => {
  it('a total taken up again as the whole of a breakdown (…亿元中约…) is the same figure', () => {
    const text = [
      '一、工作回顾',
      '全年实现营业收入5.6亿元，同比增长6.1%；利润总额3900万元。',
      '二、存在的问题',
      '一是收入结构单一，营收5.9亿元中约七成来自工程施工；二是应收账款偏高。',
    ].join('\n');
    assert.deepEqual(conflicts(text), ['5.9亿元']);
  });

  it('the base of a share (占全年营收…的两成) is the total stated before, also spaced in Markdown', () => {
    const text = [
      '## 一、经营情况',
      '',
      '公司实现营业收入 2.4 亿元，净利润 1800 万元。',
      '',
      '## 二、问题',
      '',
      '1. 年末应收账款 5200 万元，占全年营收 2.6 亿元的两成。',
    ].join('\n');
    assert.deepEqual(conflicts(text, 'markdown'), ['2.6 亿元']);
  });

  it("a plan built on this year's figure (在今年…的基础上) restates it", () => {
    const text = [
      '一、主要成效',
      '全年城镇新增就业3126人，完成目标任务的104%。',
      '二、下步打算',
      '（一）稳就业。在今年城镇新增就业3162人的基础上，明年力争新增就业3000人以上。',
    ].join('\n');
    assert.deepEqual(conflicts(text), ['3162人']);
  });

  it('no alarm when the plan only sets a target, or the base matches', () => {
    const text = ['一、主要成效', '全年城镇新增就业3126人。', '二、下步打算', '在今年城镇新增就业3126人的基础上，明年力争新增就业3300人以上。'].join('\n');
    assert.deepEqual(conflicts(text), []);
  });

  it('a figure spaced from its thing in Markdown keeps its thing (新签约客户 **64 家** / 新签约的 61 家客户)', () => {
    const text = [
      '## 一、市场拓展',
      '',
      '- 新签约客户 **64 家**，其中年采购额超五百万元的 7 家。',
      '',
      '## 二、客户维护',
      '',
      '对新签约的 61 家客户逐户回访，复购率 68%。',
    ].join('\n');
    assert.deepEqual(conflicts(text, 'markdown'), ['61 家']);
  });

  it('中标 after an amount is no breakdown: two bids are two figures', () => {
    const text = ['一、项目建设', '全年完成投资2.1亿元。', '二、市场开拓', '参与投标12次，1.3亿元中标项目3个。'].join('\n');
    assert.deepEqual(conflicts(text), []);
  });

  it('an attributive restatement may name the batch more briefly (新认定的…家高新技术企业中 / 新认定国家级高新技术企业…家)', () => {
    const text = [
      '一、工作成效',
      '全年新认定国家级高新技术企业十七家，总数达到64家。',
      '二、创新平台',
      '新认定的15家高新技术企业中，有6家建立了研发中心。',
    ].join('\n');
    assert.deepEqual(conflicts(text), ['15家']);
  });

  it('…but not a batch of another action or another kind (新培育的15家科技型企业)', () => {
    const text = [
      '一、工作成效',
      '全年新认定国家级高新技术企业十七家。',
      '二、创新平台',
      '新培育的15家高新技术企业中，有6家建立了研发中心；新认定的15家科技型中小企业均已入库。',
    ].join('\n');
    assert.deepEqual(conflicts(text), []);
  });
});
