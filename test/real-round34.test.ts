// What the thirty-fourth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 34: figures that are no blanks', () => {
  const blank = (s: string) => hits(`一、主要工作\n${s}\n`, 'text/placeholder');

  it('a unit typed twice after its figure (266人次人次) is a doubled word, not a blank', () => {
    assert.deepEqual(blank('异地就医住院266人次人次，基金支付544.6万元。'), []);
    assert.deepEqual(blank('异地就医住院人次，基金支付544.6万元。'), ['人次']);
  });

  it('税收亿元楼宇 names a class by its threshold; 完成投资亿元 leaves the figure out', () => {
    assert.deepEqual(blank('入驻率提高6个百分点，税收亿元楼宇达到3栋。'), []);
    assert.deepEqual(blank('全年完成固定资产投资亿元。'), ['亿元']);
  });
});

describe('round 34: terms', () => {
  const term = (s: string) => hits(`# 年终总结\n\n${s}\n`, 'terms/preferred', 'markdown');

  it('诧异, 仍然/仍在, 突如其来 and 采用…作为 in their contexts', () => {
    assert.deepEqual(term('当时我十分的差异。疫情任在持续，图任然可以拖动。'), ['差异', '任在', '任然']);
    assert.deepEqual(term('忽如其来的变化。分公司采用了 NetSuite 做为公司的 ERP。'), ['忽如其来', '做为']);
  });

  it('两个版本差异很大, 担任在校学生会主席 and 做为民办实事 stay', () => {
    assert.deepEqual(term('两个版本差异很大，他曾担任在校学生会主席，我们把多做为民办实事当作本分。'), []);
  });
});

describe('round 34: a note to oneself left in brackets', () => {
  it('（后续补充哪五本） is still to be filled in; （后续详见附件） is not such a note', () => {
    const blank = (s: string) => hits(`# 2024 计划\n\n${s}\n`, 'text/placeholder', 'markdown');
    assert.deepEqual(blank('- 读5本书（后续补充哪五本）'), ['（后续补充哪五本）']);
    assert.deepEqual(blank('- 读5本书（书目详见附件）'), []);
  });
});

describe('round 34: metrics/vague', () => {
  const vague = (s: string) => hits(`一、个人总结\n${s}\n`, 'metrics/vague');

  it('the size said after the claim (提升确实很大) and 明显增多 are claims with no figure', () => {
    assert.deepEqual(vague('这一年各方面的提升确实很大。'), ['提升确实很大']);
    assert.deepEqual(vague('加班时间明显增多。'), ['明显增多']);
    assert.deepEqual(vague('这一年代码评审的通过率提升很大，由62%到81%。'), []);
  });
});

describe('round 34: ## FLAG closes a year review with its plans', () => {
  it('FLAG names the plans part', () => {
    const md = '# 2020 年终总结\n\n## 技术\n\n全年写了12篇博客，完成3个开源项目。\n\n## 不足\n\n运动太少。\n\n## FLAG\n\n- 读完10本书\n';
    assert.deepEqual(hits(md, 'structure/missing-section', 'markdown'), []);
  });
});

describe('round 35: headings and titles', () => {
  it('# 四 我想说的一些话 after 一、二、三、: the number written with a space for its 、; ## 三 月 is no number', () => {
    const md = '# 一、目标回顾\n\n正文一。\n\n# 二、现状\n\n正文二。\n\n# 三、感想\n\n正文三。\n\n# 四 我想说的一些话\n\n正文四。\n';
    assert.deepEqual(hits(md, 'outline/style', 'markdown'), ['四 ']);
    assert.deepEqual(hits('# 2023 年终总结\n\n## 三 月\n\n上线了新版本。\n', 'outline/style', 'markdown'), []);
  });

  it('1.门急诊人次。 is an item’s title naming its measure, not a blank', () => {
    const text = '一、上半年工作\n1.门急诊人次。上半年完成门急诊13.6万人次，同比增长8.4%。\n2.住院人次。出院患者5860人次。\n';
    assert.deepEqual(hits(text, 'text/placeholder'), []);
  });
});
