// Outline markers as held-out round 10 showed them (issue 13): a sub-list typed flat (4. 技术成长 / 1. 2. 3. /
// 5. 社区成长), markers before a Latin word (四．GIT…, 2，php…), 1：做好工作, and one-sentence items that are no
// empty titles. Examples are our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const found = (text: string, id: string, kind: 'text' | 'markdown' = 'text') =>
  check(text, { kind })
    .findings.filter((f) => f.ruleId === id)
    .map((f) => `${text.slice(0, f.start).split('\n').length}:${f.message}`);

describe('outline markers seen in held-out round 10', () => {
  const flat = [
    '1. 工作方面，完成了订单和结算两个项目。',
    '2. 生活方面，搬了新家。',
    '3. 技术成长',
    '1. 学习桌面端开发，扩宽了技术广度；',
    '2. 搭建内部脚手架，每周有 300 多人使用；',
    '4. 社区成长',
    '1. 给两个开源仓库提交了修复；',
    '2. 写了 12 篇技术文章。',
  ];

  it('a sub-list typed flat under a short title does not break the numbering of the list around it', () => {
    for (const kind of ['text', 'markdown'] as const) assert.deepEqual(found(flat.join('\n'), 'outline/sequence', kind), [], kind);
  });

  it('…but a number skipped in the outer list is still found, and a countdown is left alone', () => {
    const skipped = [...flat.slice(0, 5), '5. 社区成长', ...flat.slice(6)].join('\n');
    assert.equal(found(skipped, 'outline/sequence').length, 1);
    const countdown = ['3、年度最佳文章', '2、第二名', '1、第一名', '5、另一个榜单', '4、第四', '3、第三', '2、第二', '1、第一'].join('\n');
    assert.deepEqual(found(countdown, 'outline/sequence'), []);
  });

  it('四．GIT版本控制 and 2，php后台 are markers: their numbering and style are judged', () => {
    const text = [
      '一．项目架构简介',
      '基于前端构建工具搭建开发环境。',
      '二．数据流程',
      '1，数据源：发送原始数据',
      '2，php后台：转换为接口数据',
      '3，前端：生成表格',
      '三．GIT版本控制',
      '团队使用分布式版本控制。',
      '四．工作感悟',
      '态度决定一切。',
    ].join('\n');
    assert.deepEqual(found(text, 'outline/sequence'), []);
    assert.deepEqual(
      found(text, 'outline/style').map((s) => s.split(':')[0]),
      ['1', '3', '4', '5', '6', '7', '9'],
    );
  });

  it('3.2025届毕业生 is item 3 followed by a class year, as 2.2025年 is', () => {
    const text = [
      '（三）教育教学质量',
      '1.技能大赛获一等奖3项。',
      '2.证书取证率达到91.5%。',
      '3.2025届毕业生1,102人，升学612人。',
      '4.春季高考本科录取157人。',
    ].join('\n');
    assert.deepEqual(found(text, 'outline/sequence'), []);
  });

  it('1：做好工作 is an item written with a colon where GB/T wants 1.; 1:30 and 3：2 are not items', () => {
    const text = ['四、工作规划', '1：做好服务，提供快速优质的咨询服务', '2：复盘总结，从实践中总结经验'].join('\n');
    assert.deepEqual(
      found(text, 'outline/style').map((s) => s.replace(/^[0-9]+:/, '')),
      ['阿拉伯数字序号后用下脚点：应写作“1.”，不用“1：”。', '阿拉伯数字序号后用下脚点：应写作“2.”，不用“2：”。'],
    );
    assert.deepEqual(found('1:30开会，研究部署明年工作。\n3：2战胜对手。', 'outline/style'), []);
  });

  it('a last item that is one sentence with its stop is no empty title; a short title left bare is', () => {
    const items = (last: string) =>
      [
        '二、存在的不足',
        '（1）虽然工作能力有了进步，但遇到棘手的问题还是处理得不够完美。刚进部门时遇到问题总是独自琢磨很久才去请教，浪费了不少时间。',
        '（2）有时给自己的压力太大，想要快速进步，反而适得其反。学习进步需要一个过程，要多些耐心。',
        last,
        '三、下步打算',
        '1. 每月复盘一次接待记录。',
      ].join('\n');
    assert.deepEqual(found(items('（3）情绪把控能力还需继续提高，做到遇事先冷静再处理。'), 'structure/empty-section'), []);
    assert.equal(found(items('（3）廉洁自律，严守底线。'), 'structure/empty-section').length, 1);
  });

  it('## 关键词：工作、开源 carries its content on its line', () => {
    const text = [
      '# 2025 年终总结',
      '',
      '## 年度关键词：工作、琐事、开源',
      '',
      '## 工作',
      '',
      '全年上线 3 个项目。',
      '',
      '## 开源',
      '',
      '维护 2 个仓库。',
    ].join('\n');
    assert.deepEqual(found(text, 'structure/empty-section', 'markdown'), []);
  });
});

describe('report parts seen in held-out round 10', () => {
  const parts = (text: string, kind: 'text' | 'markdown' = 'text') =>
    check(text, { kind })
      .findings.filter((f) => f.ruleId.startsWith('structure/'))
      .map((f) => `${f.ruleId} ${f.message}`);

  it('三、2026年工作重点 is the plans part', () => {
    const text = [
      '一、工作开展情况',
      '全年处置不良贷款2.1亿元。',
      '二、存在的问题',
      '风险经理配备不足。',
      '三、2026年工作重点',
      '（一）将不良率控制在1.5%以内。',
    ].join('\n');
    assert.deepEqual(parts(text), []);
  });

  it('问题与反思 after the plans is a problems part out of order; 个人反思 alone sets no order', () => {
    const text = (third: string) =>
      [
        '# 党支部2025年党建工作总结',
        '',
        '## 一、主要工作',
        '',
        '全年开展主题党日12次。',
        '',
        '## 二、下一步工作安排',
        '',
        '1. 抓学习。',
        '',
        `## 三、${third}`,
        '',
        '学习的系统性还不够。',
      ].join('\n');
    assert.deepEqual(parts(text('问题与反思'), 'markdown'), ['structure/section-order “存在的问题”部分应放在“下步工作打算”部分之前。']);
    assert.deepEqual(
      parts(text('个人反思'), 'markdown').filter((p) => p.includes('section-order')),
      [],
    );
  });

  it('a 年终总结 whose last heading opens with the next year (# 2026年重新出发) has its plans', () => {
    const topics = ['健身', '技术', '工作', '生活', '书籍', '旅行'].flatMap((t) => [
      `# ${t}`,
      '',
      `今年在${t}上花的时间比往年多，有收获也有遗憾，坚持了一整年，记录下来，也算是对这一年的一个交代，整体来说还算满意，身体和心态都比去年好。`,
      '',
      `${t}这件事上最大的体会是贵在坚持：开头总是热情很高，中间会有几个月懈怠，回头看每一次重新捡起来都不容易，好在最后没有放弃。`,
      '',
    ]);
    const text = ['---', 'title: 2025年终总结', '---', '', ...topics, '# 2026年重新出发', '', '1. 每周跑步三次', '2. 读完两本专业书'].join('\n');
    assert.deepEqual(parts(text, 'markdown'), []);
    assert.deepEqual(parts(text.replace('# 2026年重新出发', '# 其他'), 'markdown'), ['structure/missing-section 缺少“下步工作打算”部分，应在文末补上。']);
  });

  it('an internship or probation summary (实习工作总结, 试用期总结) owes its parts like a year’s', () => {
    const work = ['一、订单页', '二、结算页', '三、报表页', '四、权限页', '五、组件库', '六、文档', '七、联调', '八、发布'].flatMap((t) => [
      t,
      '负责前端页面开发和接口联调，按时完成了列表、详情、导出等页面，配合测试修复缺陷，整理了组件使用文档，熟悉了团队的代码规范和发布流程，得到了导师的认可。每周和导师过一次代码，记下需要改的地方。',
    ]);
    const text = (title: string) => [title, ...work].join('\n');
    assert.deepEqual(
      parts(text('操作系统组实习工作总结')).map((p) => p.replace(/，.*/, '')),
      ['structure/missing-section 缺少“存在的问题”部分', 'structure/missing-section 缺少“下步工作打算”部分'],
    );
    assert.deepEqual(parts(text('前端组项目开发记录')), []);
  });

  it('复盘：…… in a list of documents announces no problems part; 为来年做准备 announces no plan', () => {
    const text = [
      '# 2025年度述职报告',
      '',
      '## 一、工作回顾',
      '',
      '全年完成需求 40 个，输出文档 12 篇：',
      '',
      '- 方案：权限系统重构',
      '- 复盘：列表切换卡顿问题',
      '- 全面升级开发机，为来年做准备。',
      '',
      '## 二、2026 规划',
      '',
      '1. 坚持写作。',
    ].join('\n');
    assert.deepEqual(parts(text, 'markdown'), ['structure/missing-section 缺少“存在的问题”部分，应在“2026 规划”之前补上。']);
  });
});

describe('blanks and terms seen in held-out round 10', () => {
  const blanks = (text: string, kind: 'text' | 'markdown' = 'text') =>
    check(text, { kind })
      .findings.filter((f) => f.ruleId === 'text/placeholder')
      .map((f) => text.slice(f.start, f.end));

  it('an ellipsis in brackets is a blank left for a name or a figure', () => {
    assert.deepEqual(blanks('〔…〕镇完成〔…〕户危房改造，投资〔…〕万元。'), ['〔…〕', '〔…〕', '〔…〕']);
    assert.deepEqual(blanks('【……】'), ['【……】']);
    assert.deepEqual(blanks('他在会上说：“……我们一定能完成任务。”'), []);
  });

  it('an item with nothing but stops after its number was left to be written', () => {
    assert.deepEqual(blanks('# 收获\n\n1. 学会了写测试\n2. 。。\n', 'markdown'), ['。。']);
    assert.deepEqual(blanks('# 收获\n\n1. 学会了写测试\n2. 。。\n\n这一年过得很充实。\n', 'markdown'), ['。。']);
    assert.deepEqual(blanks('# 收获\n\n1. 学会了写测试\n2. 做事要有始有终。。\n', 'markdown'), []);
    assert.deepEqual(blanks('8. 更多地考虑用户体验\n9. 。。'), ['9.']);
    assert.deepEqual(blanks('全年完成任务。。'), []);
  });
});
