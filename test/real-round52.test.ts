// What the fifty-second held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 52', () => {
  const table = (total: string) =>
    `## 应用\n\n| 场景 | 部门 | 调用量 |\n| --- | --- | --- |\n| 联办 | 政务中心 | 7620 万次 |\n| 免申即享 | 发改局 | 1340 万次 |\n| 其他 30 个应用 | 各部门 | 1.17 亿次 |\n| **合计** | 32 个应用 | **${total}** |\n`;

  it('7620 万 + 1340 万 + 1.17 亿 = 2.066 亿, written 2.07 亿: rounded to its last digit', () => {
    assert.deepEqual(hits(table('2.07 亿次'), 'numbers/sum', 'markdown'), []);
  });

  it('…but not 2.17 亿', () => {
    assert.equal(hits(table('2.17 亿次'), 'numbers/sum', 'markdown').length, 1);
  });

  it('会费收入48.6万元，其他收入21.4万元，支出合计66.3万元: the total is of what went out', () => {
    assert.deepEqual(hits('一、主要工作\n全年会费收入48.6万元，其他收入21.4万元，支出合计66.3万元，年末结余3.7万元。\n', 'numbers/sum'), []);
  });

  it('全年接待读者52.8万人次 / 城市书房…接待读者13.6万人次，占全馆接待总量的25.8%: a share of the whole is some of it', () => {
    const text = '一、主要工作\n全年接待读者52.8万人次，同比增长9.3%。\n新建城市书房3个，城市书房全年接待读者13.6万人次，占全馆接待总量的25.8%。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });
});

describe('round 52: a part of a period inside an earlier part', () => {
  it('在建重点项目14个，其中新开工项目5个，第三季度新开工2个: the 2 are some of the 5', () => {
    assert.deepEqual(hits('一、主要工作\n在建重点项目14个，其中新开工项目5个，第三季度新开工2个。\n', 'numbers/sum'), []);
  });

  it('…while 一季度开工5个、二季度开工4个、三季度开工3个 of 14 still add up to 12', () => {
    assert.equal(hits('一、主要工作\n全年开工项目14个，其中一季度开工5个、二季度开工4个、三季度开工3个。\n', 'numbers/sum').length, 1);
  });
});

describe('round 52: a title naming two aims', () => {
  const items =
    '1.作业管理。每天公示作业。\n2.睡眠管理。推迟到校时间。\n3.手机管理。入校保管。\n4.读物管理。更新图书角。\n5.体质管理。大课间30分钟。\n6.课后服务。开设课程52门。\n（三）深化课堂改革\n1.推进集体备课。\n';

  it('落实“双减”和“五项管理” over six items: the items of both aims', () => {
    assert.deepEqual(hits('一、主要工作\n（二）落实“双减”和“五项管理”\n' + items, 'numbers/count'), []);
  });

  it('落实“五项管理” alone over six items is still one too many', () => {
    assert.equal(hits('一、主要工作\n（二）落实“五项管理”\n' + items, 'numbers/count').length, 1);
  });
});

describe('round 52: rates of what each sentence counts', () => {
  it('窗口受理办件…按时办结率99.98% / 热线受理群众诉求…按时办结率98.6%: two rates of two things', () => {
    const text =
      '一、主要工作\n2.全年综合窗口受理办件31.4万件，其中即办件22.6万件、承诺件8.8万件，按时办结率99.98%。\n3.全年热线共受理群众诉求8.63万件，其中电话渠道6.72万件、网络渠道1.41万件，按时办结率98.6%。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });

  it('…while the same 群众诉求 with two rates still conflicts', () => {
    const text = '一、主要工作\n全年受理群众诉求8.63万件，按时办结率99.1%。\n二、存在的问题\n群众诉求8.63万件中，按时办结率98.6%，仍有差距。\n';
    assert.equal(hits(text, 'numbers/conflict').length, 1);
  });
});

describe('round 52: two aggregates listed by 、', () => {
  it('实现营业收入18.4亿元、利润总额1.26亿元 … 全年实现利润总额1.32亿元: the second of two aggregates is stated too', () => {
    const text =
      '2025年，公司全年实现营业收入18.4亿元、利润总额1.26亿元，现将工作总结如下。\n一、经营情况\n（一）提质增效。压降财务费用1200万元；全年实现利润总额1.32亿元。\n';
    assert.equal(hits(text, 'numbers/conflict').length, 1);
  });
});

describe('round 43: a base figure written before its thing', () => {
  const text = (v: string) =>
    `2025年，集团全年实现营业收入31.2亿元，同比增长6.1%。\n一、主要工作\n稳步推进项目建设。\n二、存在的问题\n一是盈利能力不强。全年${v}营业收入中，主业收入占比不足五成。\n`;
  it("全年31.4亿元营业收入中 restates the year's 31.2亿元 营业收入 with another value", () => {
    assert.equal(hits(text('31.4亿元'), 'numbers/conflict').length, 1);
  });
  it('…and 全年31.2亿元营业收入中 agrees', () => {
    assert.deepEqual(hits(text('31.2亿元'), 'numbers/conflict'), []);
  });
});
