// What the twenty-fourth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 24: empty parts', () => {
  it('a numbered line that ends its sentence after one-line items is the last item, not an empty title', () => {
    const text =
      '2026年工作要点\n一、做美环境\n5.加大绿化投入。力争新增绿化面积12公顷。\n6.全面禁烧秸秆，保持场镇秩序良好。\n7.进一步完善基础设施建设，提升群众幸福指数。\n二、做实旅游\n8.盘活场镇资源，打造游客集散中心。\n';
    assert.deepEqual(hits(text, 'structure/empty-section'), []);
  });

  it('（三）廉洁自律，严守底线。 after parts with their points under them is still an empty title', () => {
    const text =
      '一、履职情况\n（一）加强学习。\n1.全年参加中心组学习12次。\n（二）狠抓落实。\n1.牵头实施道路改造项目9个。\n（三）廉洁自律，严守底线。\n二、存在的不足\n理论学习系统性不够。\n三、下一步打算\n完成老旧小区改造15个。\n';
    assert.deepEqual(hits(text, 'structure/empty-section'), ['（三）廉洁自律，严守底线']);
  });
});

describe('round 24: marks and terms', () => {
  it('## 一，预约模块 is a heading’s number with a comma for 、; ## 十分重要的事 is no number', () => {
    const text = '# 工作总结\n\n## 一，预约模块\n\n完成大表格组件 3 个。\n\n## 二、性能优化\n\n首屏从 3 秒降到 1.2 秒。\n\n## 十分重要的事\n\n无。\n';
    assert.deepEqual(hits(text, 'outline/style', 'markdown'), ['一，']);
  });

  it('最隹, 帅先, 科学开展观, 根本农田, 根底设施 are slips; 永久基本农田 and 根本 on its own are not', () => {
    const term = (s: string) => hits(`一、主要工作\n${s}\n`, 'terms/preferred');
    assert.deepEqual(term('在全院帅先推行最隹护理模式。'), ['帅先', '最隹']);
    assert.deepEqual(term('以科学开展观为指导，建设高标准根本农田，完善根底设施。'), ['科学开展观', '根本农田', '根底设施']);
    assert.deepEqual(term('守住永久基本农田，从根本上解决灌溉问题。'), []);
  });
});

describe('round 24: a page title in a link', () => {
  it('_ before a blogger’s name and the site (引用_一生所爱-CSDN博客) is no blank; 医药卫生_改革 still is', () => {
    const blank = (s: string) => hits(`# 工作记录\n\n${s}\n`, 'text/placeholder', 'markdown');
    assert.deepEqual(blank('#### 2.[方法外的引用_一生所爱-CSDN博客](https://blog.example.com/a/1)'), []);
    assert.deepEqual(blank('完成医药卫生_改革的调研。'), ['_']);
  });
});

describe('round 24: 第一部分 … 第三部分 in a plain draft', () => {
  const text = [
    '市水务集团2025年工作总结及2026年工作计划',
    '第一部分 2025年工作总结',
    '一、供水保障',
    '全年供水量1.26亿立方米，同比增长3.1%。',
    '二、管网改造',
    '改造老旧管网38公里。',
    '第二部分 存在的问题',
    '一是管网漏损率仍然偏高；二是二次供水设施老化。',
    '第三部分 2026年工作计划',
    '一、完成管网改造40公里。',
    '二、漏损率控制在9%以内。',
  ].join('\n');

  it('each part heads its own 一、二、: the problems part is there and the numbering starts again without a slip', () => {
    assert.deepEqual(hits(text, 'structure/missing-section'), []);
    assert.deepEqual(hits(text, 'structure/section-order'), []);
    assert.deepEqual(hits(text, 'outline/sequence'), []);
  });

  it('without its 第二部分 line the problems part is missing', () => {
    const cut = text.replace('第二部分 存在的问题\n一是管网漏损率仍然偏高；二是二次供水设施老化。\n', '').replace('第三部分', '第二部分');
    assert.equal(hits(cut, 'structure/missing-section').length, 1);
  });
});

describe('round 24: numbers/conflict and values far apart', () => {
  const conflict = (s: string) => hits(s, 'numbers/conflict');

  it('本科上线 of all candidates and of one group, more than twice apart, are two things; close ones are a slip', () => {
    const draft = (second: string) =>
      `一、教学质量\n1.2025年高考，全校参考754人，本科上线598人，本科上线率79.3%。\n2.${second}\n二、存在的问题\n尖子生偏少。\n三、下一步打算\n本科上线率达到80%以上。\n`;
    assert.deepEqual(conflict(draft('艺体类考生126人，本科上线103人，上线率81.7%。')), []);
    assert.deepEqual(conflict(draft('全校高考本科上线589人，创历史新高。')), ['589人']);
  });
});

describe('round 24: a conflict names the measure as the report writes it', () => {
  it('住院分娩2136人 … 全年分娩量2163例: the message says 住院分娩, not the verb-first 分娩住院', () => {
    const text = '一、医疗业务\n全年住院分娩2136人，剖宫产率38.5%。\n二、存在问题\n（二）全年分娩量2163例，较上年下降6.4%。\n';
    const found = check(text, { kind: 'text', only: ['numbers/conflict'] }).findings;
    assert.equal(found.length, 1);
    assert.match(found[0].message, /“住院分娩”/);
    assert.match(found[0].related?.[0].message ?? '', /住院分娩2136人/);
  });
});
