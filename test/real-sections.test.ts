// structure/missing-section on real year reviews (issue 13): a period summary that names none of the
// parts still owes its plan; Well / Less well retrospectives, 待完成的工作, 「3 2023 目标」 and 也有一些遗憾
// are parts. Examples are our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';
import { normalizeTitle } from '../server/src/engine/reader/sections';

const missing = (text: string, kind: 'text' | 'markdown' = 'markdown') =>
  check(text, { kind })
    .findings.filter((f) => f.ruleId === 'structure/missing-section')
    .map((f) => f.message);

/** About 1,600 characters of a year's work told month by month, with no part named. */
function months(extra: string[] = []): string {
  const out = ['---', 'title: 2023 年终总结', '---', '', '# 2023 年终总结', ''];
  for (const m of ['一月', '三月', '五月', '七月', '九月', '十一月']) {
    out.push(`## ${m}`, '');
    for (let i = 0; i < 4; i++)
      out.push(
        `这个月主要在做订单系统的重构，把原来的单体服务拆成了三个服务，补齐了接口文档和单元测试，上线后接口平均耗时下降了一半，值班告警也少了很多。`,
        '',
      );
  }
  return [...out, ...extra].join('\n');
}

describe('real text: the parts of a year review (structure/missing-section)', () => {
  it('a 年终总结 told month by month with no plan anywhere owes its plan', () => {
    assert.deepEqual(missing(months()), ['缺少“下步工作打算”部分，应在文末补上。']);
  });

  it('…but not when the plan is told in prose, or announced for the next stage', () => {
    assert.deepEqual(missing(months(['明年打算把监控平台做完，再学一门新语言。'])), []);
    assert.deepEqual(missing(months(['对下一阶段的期望：把测试覆盖率提到八成。'])), []);
  });

  it('a mid-year review plans the second half in prose, the wish first or the period first', () => {
    assert.deepEqual(missing(months(['专栏还没成体系，希望下半年能围绕一个方向写成小册。'])), []);
    assert.deepEqual(missing(months(['下半年继续坚持每周更新一篇。'])), []);
    // The second half as a past period is no plan.
    assert.deepEqual(missing(months(['下半年的上线都很顺利，没有出过故障。'])), ['缺少“下步工作打算”部分，应在文末补上。']);
  });

  it('a personal review laid out by topic owes its plans only; one laid out as a summary’s parts owes its problems too', () => {
    const para = '这一年坚持每周跑三次，读完了几本闲书，工作上换了组，跟着新同事学了不少东西，总体过得充实。'.repeat(3);
    const topics = ['# 2023 年终总结', '', '## 跑步', '', para, '', '## 读书', '', para, '', '## 工作', '', para, '', '## 新年计划', '', '学游泳。'].join('\n');
    assert.deepEqual(missing(topics), []);
    const parts = ['# 2023 年终总结', '', '## 今年回顾', '', para, '', '## 来年计划', '', '学游泳。'].join('\n');
    assert.deepEqual(missing(parts), ['缺少“存在的问题”部分，应在“来年计划”之前补上。']);
    // Numbered 一、二、 is a summary's layout, whatever the titles.
    const numbered = topics
      .replace('## 跑步', '## 一、跑步')
      .replace('## 读书', '## 二、读书')
      .replace('## 工作', '## 三、工作')
      .replace('## 新年计划', '## 四、新年计划');
    assert.equal(missing(numbered).length, 1);
  });

  it('a 工作总结 laid out by month names no part, yet owes its problems; its plan may be a sentence', () => {
    const month = (m: string) =>
      `${m}：细处着手\n本月完成校舍巡查和门窗检修，更换教室灯管，配合完成迎检材料的整理归档，后勤保障有序进行，师生反映良好，各项工作按计划推进。`;
    const body = ['2025年上半年后勤处工作总结', ...['二月', '三月', '四月', '五月', '六月'].map(month), '下半年，我们将继续做好后勤服务，争取更好成绩。']
      .join('\n')
      .repeat(3);
    assert.deepEqual(missing(body, 'text'), ['缺少“存在的问题”部分，应在文末补上。']);
    assert.deepEqual(missing(body + '\n当然，工作中也存在一些不足，维修响应还不够快。', 'text'), []);
    // Not a 工作总结 (a 年度回顾 of a club): only the plan is owed, and it is there.
    assert.deepEqual(missing(body.replaceAll('后勤处工作总结', '读书会回顾'), 'text'), []);
  });

  it('a review’s heading that names its regrets among other things (那些喜悦、遗憾) is its problems part', () => {
    const para = '这一年跟着团队上线了两个项目，自己也补了不少基础知识，周末坚持写博客，整体还算充实，也认识了不少朋友。'.repeat(3);
    const text = [
      '# 2025年终总结',
      '',
      '## 今年完成了什么',
      '',
      para,
      '',
      '## 经验总结',
      '',
      para,
      '',
      '## 今年那些喜悦、遗憾',
      '',
      para,
      '',
      '## 今年的成长收获',
      '',
      para,
      '',
      '## 明年的期望',
      '',
      '考一个证书。',
    ].join('\n');
    const r = check(text, { kind: 'markdown' });
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId.startsWith('structure/')).map((f) => f.message),
      [],
    );
    // Without it, the problems part is owed.
    assert.deepEqual(missing(text.replace('## 今年那些喜悦、遗憾', '## 今年那些难忘的事')), ['缺少“存在的问题”部分，应在“明年的期望”之前补上。']);
  });

  it('下半年…的计划如下： announces the plan however far apart; a 2018年阅读写作总结 is no work summary to hold to the parts', () => {
    const para = '本季度完成了两个版本的发布，修复了论坛反馈的大部分问题，文档也补齐了一批，社区讨论比以往活跃。'.repeat(20);
    const base = ['2025年上半年工作总结', para, '一、发布两个版本。', '二、补齐文档。'];
    const plan = ['今年下半年 开发组 的工作计划如下：', '一、继续完善功能。', '二、加强宣传。'];
    const problems = ['但也存在一些不足，测试还不够充分。'];
    assert.deepEqual(missing([...base, ...problems, ...plan].join('\n'), 'text'), []);
    assert.deepEqual(missing([...base, ...problems].join('\n'), 'text'), ['缺少“下步工作打算”部分，应在文末补上。']);
    const reading = ['# 2018年阅读写作总结', '', para, '', '## 读书', '', para, '', '## 写作', '', para].join('\n');
    assert.deepEqual(missing(reading), []);
  });

  it('新的一年即将到来 says when, not what is planned', () => {
    assert.deepEqual(missing(months(['新的一年即将到来，感谢同事们的帮助。'])), ['缺少“下步工作打算”部分，应在文末补上。']);
  });

  it('a line that is only the next year heads the plans (2024年 after a 2023 年终总结)', () => {
    assert.deepEqual(missing(months(['', '2024年', '', '多读几本技术书，坚持锻炼。'])), []);
  });

  it('…but ### 2017 / ### 2018 / ### 2019 under a 年度总结 is a chronicle of three years, not a plan for the next', () => {
    const year = (y: number) => [
      `### ${y}：`,
      '',
      `- ${y}年学完了前端基础课程，做了几个练手的静态页面，也把常用的构建工具都过了一遍，写了若干篇读书笔记。`.repeat(6),
      '',
    ];
    const text = ['## 年度总结：', '', ...year(2017), ...year(2018), ...year(2019)].join('\n');
    assert.deepEqual(missing(text), ['缺少“下步工作打算”部分，应在文末补上。']);
    assert.deepEqual(missing(text.replace('## 年度总结：', '## 2019年度总结：')), ['缺少“下步工作打算”部分，应在文末补上。']);
    // Under a 2019年度总结, ### 2020 heads the plans.
    assert.deepEqual(missing(text.replace('## 年度总结：', '## 2019年度总结：') + '\n### 2020：\n\n- 学一门后端语言。\n'), []);
  });

  it('a short note or a weekly report is not held to it', () => {
    assert.deepEqual(missing('# 2023 年终总结\n\n今年换了工作，写了不少代码。'), []);
  });

  it('Well / Less well retrospectives and 待完成工作 name the problems part', () => {
    const body = '这一年完成了招聘小程序、活动页和登录页三个项目的开发，配合产品完成了十多次迭代，线上事故为零。'.repeat(3);
    const retro = [
      '# 2023 年度总结',
      '',
      '## 本职工作',
      '',
      body,
      '',
      '## 年度综述',
      '',
      '### Well',
      '',
      '按时交付。',
      '',
      '### Less Well',
      '',
      '文档写得少，单测不够。',
      '',
      '## 2024 的期待与计划',
      '',
      '把组件库做完。',
    ].join('\n');
    assert.deepEqual(missing(retro), []);
    const task = [
      '# 2023 年度工作总结',
      '',
      '## 已完成工作',
      '',
      body,
      '',
      '## 待完成工作',
      '',
      '参数调优还没做。',
      '',
      '## 下一步计划',
      '',
      '完成调优和验证。',
    ].join('\n');
    assert.deepEqual(missing(task), []);
  });

  it('a heading numbered with a bare figure (3 2024 目标) is named without its number', () => {
    assert.equal(normalizeTitle('3 2024 目标'), normalizeTitle('2024 目标'));
    assert.equal(normalizeTitle('2024 目标'), '目标');
  });

  it('也有一些遗憾 in prose is the problems part of an informal review', () => {
    const body = '这一年完成了招聘小程序、活动页和登录页三个项目的开发，配合产品完成了十多次迭代，线上事故为零。'.repeat(3);
    const text = [
      '# 2023 年终总结',
      '',
      '## 工作回顾',
      '',
      body,
      '',
      '不过，这一年也有一些遗憾，读书太少，跑步也没坚持。',
      '',
      '## 明年计划',
      '',
      '1. 读书 12 本',
    ].join('\n');
    assert.deepEqual(missing(text), []);
    const none = text.replace('不过，这一年也有一些遗憾，读书太少，跑步也没坚持。', '这一年读了三本书，跑了十次步。');
    assert.equal(missing(none).length, 1);
  });
});

describe('real text: a plan named with 复盘 (structure/section-order)', () => {
  it('## 三、复盘结论与后续计划 before ## 四、踩坑与不足 puts the plan before the problems', () => {
    const para = '完成了实时链路的搭建，延迟从分钟级降到秒级，核心报表全部迁移。'.repeat(2);
    const text = [
      '# 实时数仓项目复盘',
      '',
      '## 一、完成情况',
      '',
      para,
      '',
      '## 二、复盘结论与后续计划',
      '',
      '下季度接入风控场景。',
      '',
      '## 三、踩坑与不足',
      '',
      '维表关联的性能问题发现得晚。',
    ].join('\n');
    const order = check(text, { kind: 'markdown' }).findings.filter((f) => f.ruleId === 'structure/section-order');
    assert.equal(order.length, 1);
    // 个人反思 after the plans is as often a reflection as a problems part: no order from it.
    const reflection = text.replace('## 三、踩坑与不足', '## 三、个人反思');
    assert.equal(check(reflection, { kind: 'markdown' }).findings.filter((f) => f.ruleId === 'structure/section-order').length, 0);
  });
});

describe('real text: labelled parts left empty (structure/empty-section)', () => {
  const empties = (text: string) =>
    check(text, { kind: 'markdown' })
      .findings.filter((f) => f.ruleId === 'structure/empty-section')
      .map((f) => f.message);
  it('a label line (自我评估：) with the next label straight under it was left to be written', () => {
    const text = [
      '工作成果：',
      '上线了报销系统和考勤系统。',
      '',
      '技术提升：',
      '学习了性能调优。',
      '',
      '自我评估：',
      '',
      '反思和教训：',
      '分支管理混乱，需求优先级不清。',
    ].join('\n');
    assert.deepEqual(empties(text), ['“自我评估：”下面没有内容。']);
    assert.deepEqual(empties(text.replace('自我评估：\n', '自我评估：\n按期完成了全部任务。\n')), []);
  });

  it('a numbered title that is only a link (#### 3.[日志仓库](…)) with nothing under it is empty; its target is no content', () => {
    const text = [
      '## 一、工作总结',
      '',
      '#### 1.虚拟化学习',
      '',
      '阅读了架构手册，完成了三组实验。',
      '',
      '#### 2.测试与文档',
      '',
      '为地址空间模块补了单元测试，文档的两个错误已修正。',
      '',
      '#### 3.[学习日志](https://example.org/notes#day24)',
      '',
      '------',
      '',
      '## 二、下月计划',
      '',
      '完成接口设计。',
    ].join('\n');
    assert.deepEqual(empties(text), ['“3.学习日志”下面没有内容。']);
    assert.deepEqual(
      empties(text.replace('#### 3.[学习日志](https://example.org/notes#day24)\n', '#### 3.[学习日志](https://example.org/notes#day24)\n\n共记了31天。\n')),
      [],
    );
  });

  it('a slide deck’s goodbye page (# thanks / # 感谢各位) and a part whose content is a component (<ProsCons …/>) are not empty', () => {
    const deck = [
      '# 年度工作回顾',
      '',
      '完成了三个大屏项目的交付。',
      '',
      '---',
      '',
      '# 存在的问题',
      '',
      '<ProsCons',
      "  :cons=\"['文档欠缺', '测试覆盖低']\"",
      '/>',
      '',
      '---',
      '',
      '# 明年计划',
      '',
      '补齐组件文档。',
      '',
      '---',
      '',
      '# thanks',
      '',
      '# 感谢各位',
    ].join('\n');
    assert.deepEqual(empties(deck), []);
    // Without the component the problems part is empty.
    assert.deepEqual(empties(deck.replace(/<ProsCons[\s\S]*?\/>/, '')), ['“存在的问题”部分没有内容。']);
  });

  it('## 待完善 over what is still to improve is the problems part, not a blank left to fill', () => {
    const para = '试用期内参加了新员工培训，完成了两个需求的开发和一次架构升级，熟悉了发布流程。'.repeat(3);
    const text = [
      '# 试用期工作总结',
      '',
      '## 试用期间情况',
      '',
      para,
      '',
      '## 待完善',
      '',
      '1. 加强与后端、测试的沟通。',
      '',
      '## 转正后计划',
      '',
      '完成组件库迁移。',
    ].join('\n');
    const r = check(text, { kind: 'markdown' });
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId === 'text/placeholder' || f.ruleId.startsWith('structure/')),
      [],
    );
    // A value left as 待完善 after a label is still a blank.
    const blank = check('完成情况：待完善\n', { kind: 'text' }).findings.filter((f) => f.ruleId === 'text/placeholder');
    assert.equal(blank.length, 1);
  });

  it('a form’s fields (姓名：、联系电话：) and a list announced (主要做法如下：) are no empty parts', () => {
    const form = [
      '工作成果：',
      '上线了报销系统。',
      '',
      '技术提升：',
      '学习了性能调优。',
      '',
      '姓名：',
      '',
      '联系电话：',
      '',
      '主要做法如下：',
      '',
      '一是加强学习。',
    ].join('\n');
    assert.deepEqual(empties(form), []);
  });
});

describe('real text: reviews that are slide decks or close in English', () => {
  const para = '上半年负责订单中心前端，完成了三期需求的交付，组织了两场分享会，推动组件库升级到新版本，线上问题明显减少。'.repeat(2);
  it('a 年中考评 owes its shortcomings like a 述职, even when a slide deck’s settings push its title past the opening', () => {
    const settings = [
      '---',
      'theme: default',
      ...Array.from({ length: 30 }, (_, i) => `# 第${i + 1}项幻灯片设置的说明文字，供演示工具读取`).flatMap((c, i) => [c, `option${i}: true`]),
      '---',
    ];
    const deck = [
      ...settings,
      '',
      '王明的年中考评',
      '',
      '---',
      '',
      '# 回顾过去半年',
      '',
      para,
      '',
      '# 技术上',
      '',
      para,
      '',
      '# 未来规划',
      '',
      '学习可视化。',
    ].join('\n');
    assert.ok(deck.indexOf('年中考评') > 600);
    assert.deepEqual(missing(deck), ['缺少“存在的问题”部分，应在“未来规划”之前补上。']);
    // The same deck as a 年中回顾 of one's own is a personal review: not held to a problems part.
    assert.deepEqual(missing(deck.replace('年中考评', '年中回顾')), []);
  });

  it('a part named before a colon, its theme after (## 三、反思与建议：体系思维), is that part', () => {
    const text = [
      '# 2025年度述职',
      '',
      '## 一、业绩回顾：一人多线',
      '',
      para,
      '',
      '## 二、反思与建议：体系思维（1分钟）',
      '',
      '发布流程仍靠人工，测试覆盖不足。',
      '',
      '## 三、未来规划：目标明确',
      '',
      '完成组件库迁移。',
    ].join('\n');
    assert.deepEqual(missing(text), []);
    assert.deepEqual(missing(text.replace('反思与建议：', '体系思维：').replace('发布流程仍靠人工，测试覆盖不足。', '建议把发布流程做成流水线。')), [
      '缺少“存在的问题”部分，应在“未来规划”之前补上。',
    ]);
  });

  it('## Next closes a year review with its plan', () => {
    const text = [
      '# 2025 年度总结',
      '',
      '## 工作',
      '',
      para.repeat(4),
      '',
      '## 生活',
      '',
      para.repeat(4),
      '',
      '## 总结',
      '',
      '这一年过得不算轻松，新学的东西不多。',
      '',
      '## Next',
      '',
      '多写点教程。',
    ].join('\n');
    assert.deepEqual(missing(text), []);
    assert.deepEqual(missing(text.replace('## Next\n\n多写点教程。', '')), ['缺少“下步工作打算”部分，应在文末补上。']);
  });
});

describe('real text: empty and misordered parts (structure/empty-section, structure/section-order)', () => {
  const empties = (text: string) =>
    check(text, { kind: 'markdown' })
      .findings.filter((f) => f.ruleId === 'structure/empty-section')
      .map((f) => f.message);
  const items = (second: string) =>
    [
      '# 2024年工作总结',
      '',
      '#### （一）系统承接',
      '',
      '全年承接系统86个。',
      '',
      '#### （二）技术交流',
      second,
      '',
      '#### （三）制度建设',
      '',
      '修订制度4项。',
      '',
      '#### （四）值班',
      '',
      '全年值班118天。',
      '',
    ].join('\n');

  it('a title under which a sentence was begun and dropped (为) is empty, among titles taken as the duties by position', () => {
    assert.deepEqual(empties(items('为')), ['“（二）技术交流”下面没有内容。']);
    assert.deepEqual(empties(items('')), ['“（二）技术交流”下面没有内容。']);
  });

  it('a plan nested in a topic (### 毕业计划 under ## 校园) sets no order; parts nested in a named part do', () => {
    const para = '这一年完成了毕业设计，顺利入职，也适应了新的城市，工作上参与了两个项目的开发。'.repeat(3);
    const topics = [
      '# 2021年度总结',
      '',
      '## 校园',
      '',
      para,
      '',
      '### 毕业计划',
      '',
      para,
      '',
      '## 工作',
      '',
      para,
      '',
      '## 总结',
      '',
      para,
      '',
      '## 2022规划',
      '',
      '学好英语。',
    ].join('\n');
    const order = (t: string) =>
      check(t, { kind: 'markdown' })
        .findings.filter((f) => f.ruleId === 'structure/section-order')
        .map((f) => f.message);
    assert.deepEqual(order(topics), []);
    const combined = [
      '# 2022年度总结',
      '',
      '## 工作回顾',
      '',
      para,
      '',
      '## 不足及未来展望',
      '',
      '### 未来展望',
      '',
      '做好交接。',
      '',
      '### 不足',
      '',
      '测试不足。',
    ].join('\n');
    assert.equal(order(combined).length, 1);
  });

  it('…but 无、略 under it, or a short sentence with its stop, is content', () => {
    assert.deepEqual(empties(items('无')), []);
    assert.deepEqual(empties(items('略。')), []);
    assert.deepEqual(empties(items('暂停。')), []);
    assert.deepEqual(empties(items('开展交流6次。')), []);
  });

  const week = (n: number) => [
    `### 第${n}周`,
    '',
    '#### 本周完成',
    '',
    `完成了第${n}个模块的接口联调和自测，修复缺陷若干。`,
    '',
    '#### 下周计划',
    '',
    '继续联调下一个模块。',
    '',
  ];

  it('a Markdown heading that ends the document with nothing under it was left empty', () => {
    const text = ['# 实习工作总结', '', ...week(1), ...week(2), '## 月度小结', ''].join('\n');
    const found = check(text, { kind: 'markdown' }).findings.filter((f) => f.ruleId === 'structure/empty-section');
    assert.deepEqual(
      found.map((f) => text.slice(f.start, f.end)),
      ['月度小结'],
    );
  });

  it('…but a last heading with text under it is fine', () => {
    const text = ['# 实习工作总结', '', ...week(1), ...week(2), '## 月度小结', '', '这个月完成了两个模块。'].join('\n');
    assert.deepEqual(
      check(text, { kind: 'markdown' }).findings.filter((f) => f.ruleId === 'structure/empty-section'),
      [],
    );
  });

  it('工作目标 at the head of a review is the year’s goals, not a plan out of order', () => {
    const text = [
      '### 工作目标：',
      '',
      '年初我给自己定了三个目标：完成支付模块重构、带好两名新人、把线上故障降到每季度一次以下。',
      '',
      '### 工作成果：',
      '',
      '支付模块重构按期上线，两名新人都已能独立开发，全年只出现两次线上故障。',
      '',
      '### 不足：',
      '',
      '文档沉淀不够，代码评审投入的时间少。',
      '',
      '### 明年计划：',
      '',
      '完善文档，每周至少做两次代码评审。',
    ].join('\n');
    assert.deepEqual(
      check(text, { kind: 'markdown' }).findings.filter((f) => f.ruleId === 'structure/section-order'),
      [],
    );
  });
});
