// What the twenty-fifth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 25: numbers that are no markers', () => {
  it('* 八、九 (two months in a list) is no 八、 out of turn; 三、四季度工作计划 as a heading still is a marker', () => {
    const text =
      '# 2025年记事\n\n* 七月\n  * __工作__ 上线新版首页。\n* 八、九\n  * __工作__ 忙碌\n* 十月\n  * __工作__ 搬家\n\n## 一、上半年\n\n完成迭代6个。\n\n## 二、下半年\n\n完成迭代8个。\n';
    assert.deepEqual(hits(text, 'outline/sequence', 'markdown'), []);
    const plain = '一、上半年工作\n完成迭代6个。\n三、四季度工作计划\n完成迭代8个。\n';
    assert.deepEqual(hits(plain, 'outline/sequence'), ['三、']);
  });

  it('a Markdown list numbered by hand 1. 2. 2. repeats its 2.; 1. 1. 2. and Markdown’s 1. 1. 1. are left alone', () => {
    const list = (nums: string) =>
      `# 升级说明\n\n${nums
        .split(' ')
        .map((n, i) => `${n} 第${i + 1}步，替换配置项。`)
        .join('\n')}\n`;
    assert.deepEqual(hits(list('1. 2. 2.'), 'outline/sequence', 'markdown'), ['2.']);
    assert.deepEqual(hits(list('1. 1. 2.'), 'outline/sequence', 'markdown'), []);
    assert.deepEqual(hits(list('1. 1. 1.'), 'outline/sequence', 'markdown'), []);
  });

  it('🌟一、 (a page’s emoji before a part’s number) still numbers the part, so a missing part is found', () => {
    const text =
      '2025年度镇政府工作汇报\n🌟一、2025年工作回顾\n全年完成固定资产投资4.2亿元，新建村道18公里。\n🌟二、2026年工作打算\n1. 新建村道20公里。\n2. 完成固定资产投资5亿元。\n';
    const found = check(text, { kind: 'text', only: ['structure/missing-section'] }).findings.map((f) => f.message);
    assert.equal(found.length, 1);
    assert.match(found[0], /存在的问题/);
    // …and with the problems part written, nothing is missing.
    const whole = text.replace('🌟二、2026年工作打算', '🌟二、存在的问题\n招商引资后劲不足。\n🌟三、2026年工作打算');
    assert.deepEqual(hits(whole, 'structure/missing-section'), []);
  });
});

describe('round 25: empty headings in Markdown', () => {
  const doc = (middle: string) =>
    `# 2025年终总结\n\n## 学习\n\n### 参加技术大会\n\n在本地技术沙龙做了两次分享。\n\n### 读书\n\n读完了六本书。\n\n${middle}\n\n## 生活\n\n学会了游泳。\n`;

  it('a heading over empty sub-headings is empty too, and so is a ### with no title before the next heading', () => {
    assert.deepEqual(hits(doc('### 求职\n\n#### 实习篇\n\n#### 秋招篇'), 'structure/empty-section', 'markdown'), ['求职', '实习篇', '秋招篇']);
    assert.deepEqual(hits(doc('###\n\n### 旅行\n\n去了两座城市。'), 'structure/empty-section', 'markdown'), ['###']);
  });

  it('a heading whose sub-headings carry content, a lone # inside code and a # line before prose stay quiet', () => {
    assert.deepEqual(
      hits(doc('### 求职\n\n#### 实习篇\n\n拿到两家公司的实习录用。\n\n#### 秋招篇\n\n投递了30家。'), 'structure/empty-section', 'markdown'),
      [],
    );
    assert.deepEqual(hits(doc('```bash\n#\n## 注释\n```'), 'structure/empty-section', 'markdown'), []);
    assert.deepEqual(hits(doc('###\n今年搬了一次家。'), 'structure/empty-section', 'markdown'), []);
  });
});

describe('round 25: template text, terms and session names', () => {
  it('a paragraph that is only a template’s sample text (正文内容) is a blank; a sentence about 正文内容 is not', () => {
    const text = '# 大事记\n\n## 三月\n\n正文内容\n\n## 四月\n\n整理了正文内容的排版规范。\n\n请在此输入正文\n';
    assert.deepEqual(hits(text, 'text/placeholder', 'markdown'), ['正文内容', '请在此输入正文']);
  });

  it('a unit in letters after 降至/提升到 with no figure (降至 ms 左右) is a blank; QPS 3000 and 降至 512MB are not', () => {
    const text = '# 性能\n\n- P99 延迟由 850ms 降至 ms 左右。\n- 内存降至 512MB，吞吐提升到 QPS 3000 以上，峰值达到 QPS：4200。\n';
    assert.deepEqual(hits(text, 'text/placeholder', 'markdown'), ['ms']);
  });

  it('圣女情节 and 英雄情节 mean 情结; a film’s 情节 and 情节严重 stay', () => {
    const term = (s: string) => hits(`一、个人反思\n${s}\n`, 'terms/preferred');
    assert.deepEqual(term('总想替别人扛事，多半是英雄情节作怪。'), ['情节']);
    assert.deepEqual(term('这部纪录片情节紧凑，违纪情节严重的已移交处理。'), []);
  });

  it('十届五次全会 beside 会议6次 is a session’s name, not a count in the wrong numerals; 培训3期……轮训五期 still is', () => {
    const style = (s: string) => check(`一、主要工作\n${s}\n`, { kind: 'text', only: ['style/numbers'] }).findings.map((f) => f.message);
    assert.deepEqual(style('保障县政协十届五次全会和常委会会议6次，起草会务文件87份。'), []);
    assert.equal(style('全年举办培训3次，组织轮训五次。').length, 1);
  });
});

describe('round 25: a closing after the plans', () => {
  it('# 总结 + 写给一年后的自己 after the plans closes the review; ## 工作总结 after the plans is out of place', () => {
    const doc = (closing: string) =>
      `# 2025年终总结\n\n## 回顾\n\n全年交付需求42个，主导两次架构升级。\n\n## 不足\n\n单测覆盖率只有35%。\n\n## 展望\n\n明年把覆盖率提到60%。\n\n## ${closing}\n\n全年交付需求42个，线上事故0起。\n`;
    assert.deepEqual(hits(doc('总结 + 写给一年后的自己'), 'structure/section-order', 'markdown'), []);
    assert.deepEqual(hits(doc('工作总结'), 'structure/section-order', 'markdown'), ['工作总结']);
  });
});

describe('round 25: a plain draft that names none of its parts', () => {
  it('its numbered parts are the work done: an item claiming results with no figure is asked for one', () => {
    const text =
      '青石乡2025年工作总结\n一、产业发展稳步推进\n1. 特色种植提质增效\n我们引进新品种、推广新技术，提高了茶叶的品质和产量，农民收入明显增加。\n2. 招商引资取得突破\n全年签约项目6个，协议投资2.3亿元，其中3个已开工建设。\n二、民生保障持续加强\n1. 教育条件改善\n新建幼儿园1所，改造薄弱学校校舍4200平方米，新增学位180个。\n';
    const found = check(text, { kind: 'text', only: ['metrics/missing'] }).findings.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, ['1. 特色种植提质增效']);
  });
});

describe('round 25: misspellings engineers type', () => {
  const term = (s: string) => hits(`# 年终总结\n\n${s}\n`, 'terms/preferred', 'markdown');

  it('CURD, engix, Unfase, Redux-toolit, cppcheck/Valgrid are misspelt names', () => {
    assert.deepEqual(term('一年下来做的多是 CURD，顺带把静态资源迁到了 engix 上。'), ['CURD', 'engix']);
    assert.deepEqual(term('读了 Unfase 类的源码，状态管理换成 Redux-toolit，用 cppcheck/Valgrid 查内存。'), ['Unfase', 'toolit', 'Valgrid']);
  });

  it('a linked page’s title is cited as published; the same word in prose is not', () => {
    assert.deepEqual(term('- [Laravel 使用 CURD 之外-前言](https://example.com/laravel-beyond-curd)'), []);
    assert.deepEqual(term('- 读完 [这篇文章](https://example.com/a) 才明白 CURD 之外还有什么。'), ['CURD']);
  });

  it('据单率, 误捡漏检, 串口通许设置, 代码拉去 and 訾源文件 are pinyin slips; 通许县, 拉去医院 and 訾源 as a name stay', () => {
    assert.deepEqual(term('提高据单率，去除误捡漏检，调通串口通许设置，任务代码拉去展示，整理訾源文件。'), ['据单', '误捡', '通许', '拉去', '訾源']);
    assert.deepEqual(term('出差去了通许县，同事被拉去医院，这部分由訾源负责。'), []);
  });
});
