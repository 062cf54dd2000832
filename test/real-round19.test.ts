// What the nineteenth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 19: outline and order', () => {
  it('### 2.2 "引号里的场景" is a decimal heading like ### 2.1 and ### 2.3', () => {
    const text =
      '# 总结\n\n## 二、详细工作\n\n### 2.1 数据集配置\n\n完成 3 个。\n\n### 2.2 "无人超市"场景训练\n\n新增 40 个词。\n\n### 2.3 实时识别\n\n延迟 300 ms。\n';
    assert.deepEqual(hits(text, 'outline/sequence', 'markdown'), []);
  });

  it('a tally of results after the plans (六、成果产出汇总) sums the report up; a duties part there is still out of order', () => {
    const parts = (last: string) =>
      [
        '# 2025年个人工作总结',
        '',
        '## 一、主要工作',
        '',
        '上线功能 12 个。',
        '',
        '## 二、存在的不足',
        '',
        '测试覆盖还不够。',
        '',
        '## 三、下一步计划',
        '',
        '明年完成迁移。',
        '',
        `## 四、${last}`,
        '',
        '- 技术文档 11 份',
        '',
      ].join('\n');
    assert.deepEqual(hits(parts('成果产出汇总'), 'structure/section-order', 'markdown'), []);
    assert.equal(hits(parts('主要工作成果'), 'structure/section-order', 'markdown').length, 1);
  });
});

describe('round 19: blanks and terms', () => {
  it('总投资x.2亿元 leaves the whole part of a figure as a letter; Vue 3.x.2 is a version', () => {
    assert.deepEqual(hits('一、工作\n全年总投资x.2亿元，增长x.5%。\n', 'text/placeholder'), ['x', 'x']);
    assert.deepEqual(hits('一、工作\n前端升级到Vue 3.x.2版本。\n', 'text/placeholder'), []);
  });

  it('前言技术 is 前沿技术, 不同领取 is 不同领域; 各个领取点 and 不同领取的补贴 are what they say', () => {
    const terms = (s: string) => hits(`一、工作\n${s}\n`, 'terms/preferred');
    assert.deepEqual(terms('持续关注前言技术，尝试了不同领取的东西。'), ['前言', '领取']);
    assert.deepEqual(terms('群众到各个领取点领取物资，不同领取的补贴分开登记。'), []);
  });
});

describe('round 19: style/numbers', () => {
  it('建立了五项制度：A、B… names a list by its count, like 从三个方面推进：一是…; 五项 beside 7项 otherwise is mixed', () => {
    const mixed = (s: string) => hits(`一、工作\n${s}\n`, 'style/numbers');
    assert.deepEqual(mixed('建立了五项制度：积分管理制度、村务监督制度、联系户制度和财务公开制度，全年决策重大事项7项。'), []);
    assert.equal(mixed('全年新建制度五项，决策重大事项7项。').length, 1);
  });
});

describe('round 19: XX before a unit in letters', () => {
  it('降到了 XXms and 峰值 XXQPS are blanks; 尺码XXL is a size', () => {
    assert.deepEqual(hits('一、工作\nP99 从 420ms 降到了 XXms，峰值 XXQPS。\n', 'text/placeholder'), ['XX', 'XX']);
    assert.deepEqual(hits('一、工作\n工装尺码统一为XXL。\n', 'text/placeholder'), []);
  });
});

describe('round 19: a list of problems fixed is work done', () => {
  it('## 四、原系统问题修复清单 is no problems part: the summary still owes one', () => {
    const text = [
      '# 2025年个人工作总结',
      '',
      '## 一、主要工作',
      '',
      '完成识别模型迭代 4 次，上线新词 120 个。',
      '',
      '## 二、原系统问题修复清单',
      '',
      '- 修复推流断连问题',
      '- 修复置信度显示错误',
      '',
      '## 三、下一步计划',
      '',
      '明年完成模型压缩，推理延迟降到 200 ms 以内。',
      '',
    ].join('\n');
    const missing = check(text, { kind: 'markdown', only: ['structure/missing-section'] }).findings;
    assert.equal(missing.length, 1);
    assert.match(missing[0].message, /存在的问题/);
  });
});

describe('round 19: headings that are spans of dates', () => {
  it('### 2020-09—2022-07 under a review titled 2019.06 is a span, not next year’s plan: the review still owes its plans', () => {
    const body = '这一阶段主要做后台开发，参与项目 6 个，独立负责模块 3 个，工作中也有一些问题，比如测试不足、文档缺失。'.repeat(6);
    const text = ['# 2019.06 - 2022.07', '', '## 近三年年度回顾', '', body, '', '### 2019.06—2020.08', '', body, '', '### 2020.09—2022.07', '', body, ''].join(
      '\n',
    );
    const found = check(text, { kind: 'markdown', only: ['structure/missing-section'] }).findings;
    assert.equal(found.length, 1);
    assert.match(found[0].message, /下步工作打算/);
  });
});

describe('round 19 (opened rounds): the foot of a slide deck’s page', () => {
  const deck = (foot: string) =>
    [
      '# 试用期述职',
      '',
      '## 专业成长',
      '',
      '- 完成需求 26 个',
      '',
      '## 团队协作',
      '',
      '- 组织分享 3 次',
      '',
      '## 质量',
      '',
      '- 缺陷率下降 40%',
      '',
      foot,
      '',
      '---',
      '',
      '<Logo />',
      '',
      '# 不足及改进计划',
      '',
      '测试覆盖还不够，明年补齐。',
      '',
    ].join('\n');
  it('## 建议 left empty at the foot of a page, before --- and the next page’s <Logo />, is empty', () => {
    assert.deepEqual(hits(deck('## 建议'), 'structure/empty-section', 'markdown'), ['建议']);
  });
  it('a heading that links elsewhere (### 点击链接[虚拟滚动](#/8)) is not', () => {
    assert.deepEqual(hits(deck('### 点击链接[什么是虚拟滚动](#/8)'), 'structure/empty-section', 'markdown'), []);
  });
});

describe('round 20 (opened): markers, farewells, plans in prose, terms', () => {
  it('二是素质拓展… is a marker (only 一要素 is a word)', () => {
    const text = '三、下半年打算\n一是招收新生6个班。\n二是素质拓展课程增加到24门。\n三是完成跑道改造。\n';
    assert.deepEqual(hits(text, 'outline/sequence'), []);
  });
  it('# END closes a deck like # 谢谢', () => {
    const deck = '# 年终述职\n\n## 项目\n\n上线 6 个。\n\n## 质量\n\n缺陷下降 30%。\n\n## 效率\n\n构建提速 2 倍。\n\n# END\n';
    assert.deepEqual(hits(deck, 'structure/empty-section', 'markdown'), []);
  });
  it('复习的大体规划就是这样 states the plans in prose', () => {
    const body = '实习期间完成需求 14 个，修复缺陷 36 个，但表达能力还不够，需要多练。'.repeat(8);
    const text = `# 实习总结\n\n## 实习\n\n${body}\n\n## 准备秋招\n\n- 计算机网络\n- 算法\n\n复习的大体规划就是这样，加油吧！\n`;
    assert.deepEqual(hits(text, 'structure/missing-section', 'markdown'), []);
  });
  it('递归中止条件 is 终止条件; 诉讼中止条件 is not', () => {
    const terms = (s: string) => hits(`一、工作\n${s}\n`, 'terms/preferred');
    assert.deepEqual(terms('复习了递归中止条件，后台页面用ElmentUI搭建。'), ['中止', 'ElmentUI']);
    assert.deepEqual(terms('学习了诉讼中止条件的规定。'), []);
  });
});

describe('round 20 (opened): numbers/percent against last year, with a breakdown between', () => {
  it('the level compared with 较上年的X is the whole before 其中, not its last part', () => {
    const pct = (s: string) => hits(`一、工作\n${s}\n`, 'numbers/percent');
    assert.deepEqual(pct('全年收入2.21亿元，其中财政拨款8600万元、事业收入1.35亿元，较上年的2亿元增长10.5%。'), []);
    assert.equal(pct('全年收入2.21亿元，其中财政拨款8600万元、事业收入1.35亿元，较上年的2亿元增长15.5%。').length, 1);
  });
});

describe('round 20 (opened): numbers/count over two lists under one heading', () => {
  it('两个插件：1. 2. then 两个功能：1. 2. — each count takes its own list; 三个插件 over 1. 2. is still short', () => {
    const doc = (n: string) =>
      `## 遗憾\n\n去年写了${n}插件：\n\n1. 导出 PDF 插件\n2. 导出 Word 插件\n\n> 下载量不错\n\n但缺了很重要的两个功能：\n\n1. 自动生成大纲\n2. 自定义页脚\n`;
    assert.deepEqual(hits(doc('两个'), 'numbers/count', 'markdown'), []);
    assert.deepEqual(hits(doc('三个'), 'numbers/count', 'markdown'), ['三个插件']);
  });
});
