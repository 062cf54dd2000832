// What the forty-fifth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 45: outline/sequence', () => {
  it('## 1 项目概况 is item 1: 项 opening 项目 is no measure word', () => {
    const text =
      '# 数据中台建设复盘\n\n## 1 项目概况\n\n一期完成。\n\n### 1.1 建设范围\n\n接入系统12个。\n\n## 2 成效\n\n上线报表40张。\n\n## 3 个人成长\n\n学了新东西。\n';
    assert.deepEqual(hits(text, 'outline/sequence', 'markdown'), []);
  });

  it('## 1 项目概况 then ## 3 …: the skip is still found', () => {
    const text = '# 数据中台建设复盘\n\n## 1 项目概况\n\n一期完成。\n\n## 3 成效\n\n上线报表40张。\n';
    assert.equal(hits(text, 'outline/sequence', 'markdown').length, 1);
  });
});

describe('round 45: numbers/percent', () => {
  it('由126个增加到148个，覆盖率86%: before and after, not part and whole', () => {
    assert.deepEqual(hits('一、主要工作\n全市垃圾分类示范小区由126个增加到148个，覆盖率达到86%。\n', 'numbers/percent'), []);
  });

  it('排查148处，整改126处，整改率86%: a rate of the two counts is still checked', () => {
    assert.equal(hits('一、主要工作\n全年排查隐患148处，整改126处，整改率86%。\n', 'numbers/percent').length, 1);
  });
});

describe('round 45: numbers/sum', () => {
  it('“三会一课”共开展58次 over its four kinds 4+12+36+4: a shortfall is a slip', () => {
    const text = '一、主要工作\n落实“三会一课”制度，全年共开展58次，其中党员大会4次、支委会12次、党小组会36次、支部书记和党员讲党课4次。\n';
    assert.deepEqual(hits(text, 'numbers/sum'), ['58次']);
  });

  it('…and when they add up, nothing', () => {
    const text = '一、主要工作\n落实“三会一课”制度，全年共开展56次，其中党员大会4次、支委会12次、党小组会36次、支部书记和党员讲党课4次。\n';
    assert.deepEqual(hits(text, 'numbers/sum'), []);
  });
});

describe('round 45: text/placeholder', () => {
  it('均价都是`8K`起: a code span is what was written there, not a gap', () => {
    assert.deepEqual(hits('# 年终总结\n\n看了几处房子，郊区都是`8K`起，还是太贵。\n', 'text/placeholder', 'markdown'), []);
  });

  it('复盘 次，: a space the writer left before the measure word is still a gap', () => {
    assert.equal(hits('# 年终总结\n\n全年牵头故障复盘 次，沉淀文档12篇。\n', 'text/placeholder', 'markdown').length, 1);
  });
});

describe('round 45: 一是 ⏎ 是… — numerals lost from the next items', () => {
  it('paragraphs opening a bare 是 and a short theme after 一是 are 二是, 三是; 四是 after them goes on', () => {
    const text =
      '城关镇2025年工作总结\n今年以来，全镇坚持稳中求进。\n一是产业发展提速。新引进项目9个。\n是乡村面貌持续改善。完成改厕860户。\n是民生保障更加有力。新增就业420人。\n四是基层治理不断加强。调处纠纷136起。\n';
    assert.deepEqual(hits(text, 'outline/sequence'), ['是', '是']);
  });

  it('是否…, a question after 一是, is no item', () => {
    assert.deepEqual(hits('一、主要工作\n一是加强学习。全年学习12次。\n是否有效，还需要时间检验。\n', 'outline/sequence'), []);
  });
});

describe('round 45: style/numbers', () => {
  it('中央八项规定 beside 7项 is a name, not a count in Chinese numerals', () => {
    assert.deepEqual(hits('一、主要工作\n严格执行中央八项规定精神，全年开展督查7项。\n', 'style/numbers'), []);
  });

  it('新建八项 beside 修订7项 is still mixed', () => {
    assert.deepEqual(hits('一、主要工作\n全年修订制度7项，新建八项。\n', 'style/numbers'), ['八']);
  });
});

describe('older rounds: numbers/conflict', () => {
  it('the opening paragraph sums up 发展党员46名, the body says 全年发展党员44名', () => {
    const text =
      '县委办机关党支部2025年党建工作总结\n2025年，支部围绕中心工作，全年共培训入党积极分子36人次，发展党员6名，各项工作有序推进。\n一、主要工作\n1.做好党员发展。严格落实发展党员工作规程，全年发展党员5名，其中35岁以下4名。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), ['5名']);
  });

  it('…but a branch of the body counts its own: 第二支部全年发展党员5名 is no restatement', () => {
    const text =
      '县委办机关党委2025年党建工作总结\n2025年，机关党委全年共培训入党积极分子36人次，发展党员6名。\n一、主要工作\n1.做好党员发展。第二支部全年发展党员2名。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });
});

describe('older rounds: numbers/percent and rounded figures', () => {
  it('13亿元 of a task of 40.2亿元 as 32.5%: 13亿 is rounded to the 亿, so 32.3% is within reach', () => {
    assert.deepEqual(hits('一、主要工作\n1—5月，全区外贸进出口总额13亿元，完成年任务（40.2亿元）的32.5%。\n', 'numbers/percent'), []);
  });

  it('4,480人 of 5,600人 as 85%: a count with thousands separators is exact, 80% is not 85%', () => {
    assert.equal(hits('一、主要工作\n移动办公平台月活用户达到4,480人，占在岗员工5,600人的85%。\n', 'numbers/percent').length, 1);
  });

  it('…but 13.0亿元 of 40.2亿元 is written to a tenth: 32.2%–32.5%, not 33.0%', () => {
    assert.equal(hits('一、主要工作\n全区外贸进出口总额13.0亿元，完成年任务（40.2亿元）的33.0%。\n', 'numbers/percent').length, 1);
  });
});

describe('older rounds: numbers/count over groups', () => {
  it('共 9 个系统： over three groups of 4, 3 and 2 is a breakdown, not a list of three', () => {
    const text = '# 年度总结\n\n- 接入：新接入 6 个，迁移 3 个，共 9 个系统：\n  - 财务类：4 个\n  - 人事类：3 个\n  - 后勤类：2 个\n- 其他：无。\n';
    assert.deepEqual(hits(text, 'numbers/count', 'markdown'), []);
  });

  it('…while groups of 4, 3 and 1 under 共 9 个 still disagree', () => {
    const text = '# 年度总结\n\n- 接入：新接入 6 个，迁移 3 个，共 9 个系统：\n  - 财务类：4 个\n  - 人事类：3 个\n  - 后勤类：1 个\n- 其他：无。\n';
    assert.equal(hits(text, 'numbers/count', 'markdown').length, 1);
  });
});
