// What real drafts exercise (issue 13, section 3), on examples of our own: Markdown that is not
// prose, the blanks people leave, the headings real reports use, heading depth against Chinese
// markers, misspellings in quotation marks, empty titles, numbering that restarts on purpose.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const md = (text: string) => check(text, { kind: 'markdown' }).findings;
const txt = (text: string) => check(text, { kind: 'text' }).findings;
const rules = (fs: { ruleId: string }[], prefix = '') => fs.map((f) => f.ruleId).filter((r) => r.startsWith(prefix));
const quoted = (text: string, fs: { ruleId: string; start: number; end: number }[], rule: string) =>
  fs.filter((f) => f.ruleId === rule).map((f) => text.slice(f.start, f.end));

describe('real text: Markdown that is not prose', () => {
  const blog = [
    '---',
    'title: 2024 年度工作总结',
    'date: 2024-12-30',
    'tags: [总结, XX]',
    '---',
    '',
    '# 2024 年度工作总结',
    '',
    '{% note info %}',
    '本文 50% 是流水账，{{ page.title }} 由模板生成。',
    '{% endnote %}',
    '',
    '## 一、工作回顾',
    '',
    '完成 3 个服务的迁移，配置写在 `config/*.yaml` 里，接口 P99 从 800ms 降到 200ms。',
    '',
    '```js',
    'const rate = 0.3; // 占比 30% TODO',
    '```',
    '',
    '<!-- TODO: 补充截图 -->',
    '',
    '看板见[这里](https://example.invalid/report?ratio=20%25)，![图](img/XX.png)。',
    '',
    '## 二、不足',
    '',
    '- 单测覆盖率只有 40%，文档写得少。',
    '',
    '## 三、来年规划',
    '',
    '- 覆盖率提到 70%。',
  ].join('\n');

  it('front matter, site-generator tags, code, comments and link targets give no finding', () => {
    assert.deepEqual(rules(md(blog)), []);
  });

  it('the same blanks in prose are still found (the masking is not a blindfold)', () => {
    const text = blog.replace('完成 3 个服务的迁移', '完成 XX 个服务的迁移');
    assert.deepEqual(quoted(text, md(text), 'text/placeholder'), ['XX']);
  });

  it('a table of contents (links to the document’s own headings) is neither outline nor sections', () => {
    const text =
      '# 2024年工作总结\n\n## 目录\n\n1. [存在的问题](#二存在的问题)\n2. [下步打算](#三下步打算)\n\n## 一、主要工作\n\n全年上线12个版本。\n\n## 二、存在的问题\n\n测试不足。\n\n## 三、下步打算\n\n上线自动化测试。\n';
    assert.deepEqual(rules(md(text), 'structure/'), []);
  });

  it('Markdown numbers its own lists: 1. 1. 1. is not a repeat, 1) is not a style slip', () => {
    const text = '# 2024年工作总结\n\n## 一、主要工作\n\n1. 上线支付网关，日均12万笔\n1. 迁移订单服务3个\n4) 压测2轮\n';
    assert.deepEqual(rules(md(text), 'outline/'), []);
  });
});

describe('real text: headings with attribute lists', () => {
  it('## 未来工作规划展望{.build.moveIn} is the plan; the attribute list is no part of the title and keeps every offset', () => {
    const text = [
      '# 转正述职 {.text-landing}',
      '',
      '## 工作质量和成效{.build.moveIn}',
      '',
      '按期交付三个系统。',
      '',
      '## 未来工作规划展望{.build.moveIn}',
      '',
      '完成数据平台迁移。',
      '',
    ].join('\n');
    const r = check(text, { kind: 'markdown' });
    assert.deepEqual(
      r.model.sectionNodes.map((n) => [n.section, n.title]),
      [
        ['duties', '工作质量和成效'],
        ['next', '未来工作规划展望'],
      ],
    );
    const plan = r.model.sectionNodes[1];
    assert.equal(text.slice(plan.titleSpan.start, plan.titleSpan.end), '未来工作规划展望');
    // Braces in a heading that are no attribute list stay text.
    assert.equal(check('## 关于{重点}工作\n\n内容。', { kind: 'markdown' }).model.outline[0].title, '关于{重点}工作');
  });
});

describe('real text: Markdown as Chinese writers type it', () => {
  const blocks = (text: string) => check(text, { kind: 'markdown' }).model.blocks.map((b) => `${b.kind}${b.depth ?? ''}:${b.text}`);

  it('paragraphs indented with four spaces (首行缩进) are prose, not code; real code stays code', () => {
    const text =
      '# 年度总结\n\n## 常规工作\n\n    工作职责：负责小程序端页面开发\n\n    工作结果：页面访问量提升了XX倍\n\n## 代码\n\n    const x = 1;\n    if (x) { run(); }\n';
    assert.deepEqual(blocks(text), [
      'heading1:年度总结',
      'heading2:常规工作',
      'paragraph:工作职责：负责小程序端页面开发',
      'paragraph:工作结果：页面访问量提升了XX倍',
      'heading2:代码',
      'code:const x = 1;\n    if (x) { run(); }',
    ]);
    assert.deepEqual(quoted(text, md(text), 'text/placeholder'), ['XX']);
  });

  it('###一、 without the space is the heading its writer meant; #话题# and #123 are not', () => {
    assert.deepEqual(blocks('###一、关于今年\n\n上线3个版本。\n\n#开源# 项目\n#123 修复了缺陷\n'), [
      'heading3:一、关于今年',
      'paragraph:上线3个版本。',
      'paragraph:#开源# 项目\n#123 修复了缺陷',
    ]);
  });

  it('an unnumbered heading and 一、 at one depth are siblings (## 目录 / ## 一、版本发布)', () => {
    const r = check(
      '# 2025年度工作总结\n\n## 成果概览\n\n全年发布8个版本。\n\n## 一、版本发布\n\n发布8个版本。\n\n## 二、存在的问题\n\n测试少。\n\n## 三、下步打算\n\n补测试。\n',
      { kind: 'markdown' },
    );
    assert.deepEqual(
      r.model.sectionNodes.map((n) => n.title),
      ['成果概览', '一、版本发布'.slice(2), '存在的问题', '下步打算'],
    );
  });
});

describe('real text: blanks people leave', () => {
  const flagged = (line: string) => quoted(`一、主要工作\n${line}`, txt(`一、主要工作\n${line}`), 'text/placeholder');

  it('近千人次、上百人次 carry their figure (no blank before 次)', () => {
    assert.deepEqual(flagged('全年开展义诊46场，服务群众近千人次，培训上百人次。'), []);
    assert.deepEqual(flagged('全年服务群众人次，完成投资亿元。'), ['人次', '亿元']);
  });

  it('one letter before a counting word or a place, and 20*年', () => {
    assert.deepEqual(flagged('组织x场座谈，资助×名学生，X个月提前完成，在X中学开展活动。'), ['x', '×', 'X', 'X']);
    assert.deepEqual(flagged('20*年完成验收，线索中X%转化为订单。'), ['*', 'X']);
  });

  it('X光, X射线, version 3.x and letters inside words are no blanks', () => {
    assert.deepEqual(flagged('新购X光机1台，X射线防护检测合格，系统升级到 Vue 3.x版本，完成 TodoList 改造。'), []);
  });

  it('有待完善 is a judgement and （待定） in a plan a deliberate open item; 待补充 is a blank', () => {
    assert.deepEqual(flagged('制度有待完善。启动时间（待定）。'), []);
    assert.deepEqual(flagged('全年接待人数待补充。'), ['待补充']);
  });

  it('TODO named as a word (遗留项标注为 TODO) is no unfilled marker; 数据：TODO is', () => {
    assert.deepEqual(flagged('构建已迁移到新平台，遗留项标注为 TODO，下月清理。'), []);
    assert.deepEqual(flagged('全年接待人数：TODO'), ['TODO']);
  });

  it('202X年度 leaves the year unfilled; a model number like A202X is no year', () => {
    assert.deepEqual(flagged('202X年度报表岗位工作总结：全年报送报表1260份。'), ['X']);
    assert.deepEqual(flagged('引进A202X型检测仪2台。'), []);
  });

  it('待完善 after a word (尚待完善、机制待完善) says what is left to improve; on its own after a label it is a blank', () => {
    assert.deepEqual(flagged('迁移方案尚待完善，数据共享机制待完善。'), []);
    assert.deepEqual(flagged('责任分工：待完善'), ['待完善']);
  });

  it('*** masking a name, and ___ blanks; never the leftovers of Markdown bold', () => {
    assert.deepEqual(flagged('___镇全年接待群众3200人次，***同志带队。'), ['___', '***']);
    const text = '# 2024年工作总结\n\n## 一、主要工作\n\n**要点******：完成「豆皮**」**投稿12篇。\n';
    assert.deepEqual(quoted(text, md(text), 'text/placeholder'), []);
  });

  it('** before a counting word is a blank; a TODO run into Chinese words is the engineers’ noun', () => {
    assert.deepEqual(flagged('负责**个生产系统，形成报告**份。'), ['**', '**']);
    assert.deepEqual(flagged('TODO：补充全年数据。完善云台TODO；更改TODO状态3次。'), ['TODO']);
  });

  it('《*》 in Markdown is a blank, not emphasis', () => {
    const text = '一、主要工作\n经验做法被《*》推广，市委副秘书长*同志批示。\n';
    assert.deepEqual(quoted(text, md(text), 'text/placeholder'), ['*', '*']);
  });

  it('a lone N in a table column of numbers; a header cell names a column and needs no figure', () => {
    const text = '# 2025年工作总结\n\n| 类别 | 数量 | 服务人次 |\n|---|---|---|\n| 版本发布 | 12 | 300 |\n| 公司活动 | N | 120 |\n';
    assert.deepEqual(quoted(text, md(text), 'text/placeholder'), ['N']);
  });
});

describe('real text: sections as real headings name them', () => {
  const parts = (text: string, kind: 'markdown' | 'text' = 'markdown') => check(text, { kind }).model.sectionNodes.map((n) => n.section ?? '-');

  it('展望、来年规划、踩坑、复盘、不足与反思 name the parts; 工作思路 inside a longer title too', () => {
    assert.deepEqual(parts('# 2024年终总结\n\n## 年度回顾\n\n上线8个版本。\n\n## 踩坑\n\n发布流程乱。\n\n## 来年规划\n\n补齐测试。\n'), [
      'duties',
      'problems',
      'next',
    ]);
    assert.deepEqual(parts('一、取得的成绩\n全年接待1.2万人次。\n二、不足之处\n场地偏小。\n三、新学年工作思路\n扩建阅览室。', 'text'), [
      'duties',
      'problems',
      'next',
    ]);
  });

  it('a closing 总结 after the plans is the conclusion, not a second duties part', () => {
    const text = '# 2024年终总结\n\n## 工作回顾\n\n上线8个版本。\n\n## 不足\n\n文档少。\n\n## 2025 年展望\n\n补文档。\n\n## 总结\n\n感谢团队。\n';
    assert.deepEqual(parts(text), ['duties', 'problems', 'next', '-']);
    assert.deepEqual(rules(md(text), 'structure/'), []);
  });

  it('a closing 经验总结 after the pitfalls is a summing-up, but 工作总结 after the plans is out of order', () => {
    const text =
      '# 项目总结\n\n## 一、工作回顾\n\n上线8个版本。\n\n## 二、踩过的坑\n\n缓存没清。\n\n## 三、下步计划\n\n补文档。\n\n## 四、技术要点总结\n\n先清缓存再构建。\n';
    assert.deepEqual(parts(text), ['duties', 'problems', 'next', '-']);
    assert.deepEqual(rules(md(text), 'structure/section-order'), []);
    assert.deepEqual(rules(md(text.replace('四、技术要点总结', '四、全年工作总结')), 'structure/section-order'), ['structure/section-order']);
  });

  it('parts named below the top level count (## 项目复盘 / ### 后续计划)', () => {
    const text =
      '# 2024年度工作总结\n\n## 一、支付网关项目\n\n日均处理12万笔交易。\n\n## 二、项目复盘\n\n发布流程不规范，出过2次事故。\n\n### 后续计划\n\n上线灰度发布。\n';
    assert.deepEqual(rules(md(text), 'structure/'), []);
    assert.deepEqual(rules(md(text.replace('### 后续计划\n\n上线灰度发布。\n', '')), 'structure/'), ['structure/missing-section']);
  });

  it('a plain draft announcing its plans in a paragraph (下一步，我们将…) has them', () => {
    const text = '一、主要工作\n全年办结群众诉求320件。\n二、存在的问题\n办理时效不高。\n下一步，我们将压缩办理时限至5个工作日。';
    assert.deepEqual(rules(txt(text), 'structure/'), []);
  });

  it('a blog year review that does not call itself a work summary is not held to the three parts', () => {
    const text = '# 2019の小结\n\n## 工作\n\n换了组，做了3个项目。\n\n## 展望 2020\n\n学 Rust。\n';
    assert.deepEqual(rules(md(text), 'structure/'), []);
  });

  it('the title heading among a byline is no part; pages of work before the problems are the duties', () => {
    const text = '# 个人主页\n\n# 2021 岁末总结\n\n## 1.技术\n\n写了3个服务。\n\n## 2.工作\n\n带了2个新人。\n\n## 3.不足\n\n文档少。\n';
    assert.deepEqual(
      check(text, { kind: 'markdown' }).model.sectionNodes.map((n) => n.title),
      ['技术', '工作', '不足'],
    );
    const plain = '一、存在的问题\n人手不足。\n二、下步打算\n补人。';
    assert.deepEqual(rules(txt(plain), 'structure/missing-section'), ['structure/missing-section']);
    const long = '今年以来，' + '我们围绕中心工作，扎实推进各项任务落实，办结群众诉求320件，'.repeat(8) + '\n一、存在的问题\n人手不足。\n二、下步打算\n补人。';
    assert.deepEqual(rules(txt(long), 'structure/missing-section'), []);
  });

  it('a Markdown 述职报告 is, and so is a 总结 naming two parts', () => {
    assert.deepEqual(rules(md('# 2024年述职报告\n\n## 一、履行职责情况\n\n办结320件。\n'), 'structure/missing-section').length, 2);
    assert.deepEqual(rules(md('# 2024 年终总结\n\n## 工作回顾\n\n上线8个版本。\n\n## 来年计划\n\n补齐测试。\n'), 'structure/missing-section').length, 1);
    // …unless it admits its shortcomings in prose.
    assert.deepEqual(
      rules(md('# 2024 年终总结\n\n## 工作回顾\n\n上线8个版本，但测试覆盖还有些差距。\n\n## 来年计划\n\n补齐测试。\n'), 'structure/missing-section').length,
      0,
    );
  });
});

describe('real text: heading depth and Chinese markers together', () => {
  it('an unnumbered ### or a #### 3.1 under ## 一、 does not push ## 二、 beneath it', () => {
    const text =
      '# 2024年工作总结\n\n## 一、主要工作\n\n### 支付项目\n\n上线12个版本。\n\n#### 3.1 小结\n\n稳定运行。\n\n## 二、存在的问题\n\n测试不足。\n\n## 三、下步打算\n\n补测试。\n';
    const r = check(text, { kind: 'markdown' });
    assert.deepEqual(rules(r.findings, 'outline/'), []);
    assert.deepEqual(
      r.model.sectionNodes.map((n) => n.title),
      ['主要工作', '存在的问题', '下步打算'],
    );
  });

  it('decimal numbering (1.1, 1.1.1) is an outline marker: a skip is found, a new leading number starts again', () => {
    const text =
      '# 2024年度工作总结\n\n## 一、主要工作\n\n### 1.1 自动插桩工具\n\n节省工时120小时。\n\n### 1.2 构建提速\n\n缩短40%。\n\n### 1.4 配置工具\n\n上线3个版本。\n';
    assert.deepEqual(quoted(text, md(text), 'outline/sequence'), ['1.4']);
    const headings = '# 2024年度工作总结\n\n## 一、主要工作\n\n### 1.1 配置工具\n\n上线3个。\n\n### 1.2构建提速\n\n提速40%。\n\n### 2.1 监控\n\n上线。\n';
    assert.deepEqual(rules(md(headings), 'outline/'), []);
    // At the start of a paragraph 1.10 is a date and 1.5 万元 an amount: no item numbers there.
    assert.equal(check('一、主要工作\n1.10 结束所有修复。\n1.5 万元用于培训。', { kind: 'text' }).model.outline[0].children.length, 0);
  });

  it('## 1. ## 2. ### 2.1 ### 3.: the 3. is a level too deep (outline/level), not a skipped number', () => {
    const text = '# 2021 总结\n\n## 1.开发\n\n做了3个项目。\n\n## 2.工作\n\n### 2.1感悟\n\n很充实。\n\n### 3.团队\n\n招了2人。\n';
    assert.deepEqual(rules(md(text), 'outline/'), ['outline/level']);
    assert.match(md(text).find((f) => f.ruleId === 'outline/level')!.message, /“3.”接着“2.”往下编号/);
  });

  it('a skip among ## headings is still a skip', () => {
    const text = '# 2024年工作总结\n\n## 一、主要工作\n\n上线12个版本。\n\n### 支付项目\n\n日均12万笔。\n\n## 三、存在的问题\n\n测试不足。\n';
    assert.deepEqual(rules(md(text), 'outline/sequence'), ['outline/sequence']);
  });
});

describe('real text: numbering that restarts or runs on purpose', () => {
  it('2.12月20日前… right after 1. is item 2 followed by a date', () => {
    const text = '一、下步工作打算\n1.11—12月完成投资5.9亿元。\n2.12月20日前完成38个小区改造。\n3.开展冬季安全检查。';
    assert.deepEqual(rules(txt(text), 'outline/'), []);
  });

  it('1、1400协议… is item 1 (a number may follow 、)', () => {
    const text = '一、本周进展\n1、1400协议订阅通知完成60%\n2、优化人脸接口代码\n';
    assert.deepEqual(rules(txt(text), 'outline/sequence'), []);
  });

  it('a collection of weekly reports restarts its numbering under each title line', () => {
    const week = (d: string) => `${d}周报\n一、本周进展\n1、完成接口开发\n二、下周计划\n1、联调测试\n`;
    assert.deepEqual(rules(txt(week('2022年1月7日') + week('2022年1月14日')), 'outline/sequence'), []);
  });

  it('a paragraph announcing a list (……做如下安排：) starts its numbering again; a plain paragraph does not', () => {
    const text = '一、抓学习。全年学习12次。\n二、抓服务。办结诉求320件。\n有成绩也有不足，针对不足，明年做如下安排：\n一、加强培训。\n二、完善制度。';
    assert.deepEqual(rules(txt(text), 'outline/sequence'), []);
    assert.deepEqual(rules(txt(text.replace('明年做如下安排：', '明年继续努力。')), 'outline/sequence'), ['outline/sequence']);
  });

  it('a countdown (十大事件 10、9、8…) is no skip', () => {
    const text = '一、年度十佳文章\n5、性能优化实践\n4、状态管理\n3、构建提速\n2、监控体系\n1、灰度发布\n';
    assert.deepEqual(rules(txt(text), 'outline/sequence'), []);
  });

  it('1，and 一. are markers, and outline/style asks for 1. and 一、', () => {
    const text = '一. 2024 总结\n1，工作量大，估点仓促\n2，加班多\n';
    assert.deepEqual(quoted(text, txt(text), 'outline/style'), ['一.', '1，', '2，']);
  });

  it('markers typed inside table cells are checked', () => {
    const text = '# 2023年工作总结\n\n| 优势 | 劣势 |\n|---|---|\n| 1、团队强 | 1.人少 |\n';
    assert.deepEqual(quoted(text, md(text), 'outline/style'), ['1、']);
  });
});

describe('real text: empty titles', () => {
  it('（三） left empty among titles with content, before 二、', () => {
    const text =
      '一、履行职责情况\n（一）加强学习。全年学习12次。\n（二）推动工作。\n1.城市建设。完成投资3.46亿元。\n2.村镇建设。改造危房126户。\n（三）廉洁自律，严守底线。\n二、存在的不足\n学用结合有差距。\n三、下步打算\n一是加强学习。';
    assert.deepEqual(quoted(text, txt(text), 'structure/empty-section'), ['（三）廉洁自律，严守底线']);
  });

  it('a list of one-line items is no row of empty titles', () => {
    const text = '一、主要工作\n（一）抓学习。全年学习12次。\n二、存在的问题\n人手不足。\n三、下步打算\n1.完善制度3项\n2.开展培训2期\n3.推进改革\n';
    assert.deepEqual(rules(txt(text), 'structure/empty-section'), []);
  });

  it('a Markdown heading left empty at the end', () => {
    const text = '# 2024年工作总结\n\n## 一、主要工作\n\n上线12个版本。\n\n## 二、存在的问题\n\n测试不足。\n\n## 三、下步打算\n\n补测试。\n\n## 四、团队培养\n';
    assert.deepEqual(quoted(text, md(text), 'structure/empty-section'), ['## 四、团队培养'.slice(3)]);
  });
});

describe('real text: figures', () => {
  it('a total whose own words stand before 其中 (14个服务的容器化迁移，其中…) is still checked', () => {
    const text = '一、主要工作\n完成订单、账户等 14 个服务的容器化迁移，其中 Java 服务 8 个、Go 服务 4 个、Python 服务 3 个。';
    assert.deepEqual(quoted(text, txt(text), 'numbers/sum'), ['14 个']);
    assert.deepEqual(rules(txt(text.replace('14 个', '15 个')), 'numbers/'), []);
  });
});

describe('real text: faults the sealed thirds showed (own examples)', () => {
  it('1)、 is a half-written （1）: its style is flagged, and it nests under 1.', () => {
    const text = '一、主要工作\n1.加强培训。培训12次。\n1)、校本培训。培训8次。\n2)、外出培训。外出4次。\n2.建立制度。研讨6次。';
    assert.deepEqual(quoted(text, txt(text), 'outline/style'), ['1)、', '2)、']);
    assert.deepEqual(rules(txt(text), 'outline/sequence'), []);
  });

  it('a fresh （一） right under 1. is an inversion, even with a （一）（二）（三） list open above', () => {
    const text =
      '一、主要工作\n（一）抓收入。收入12亿元。\n（二）抓支出。支出9亿元。\n（三）抓管理。\n1.预算管理。编制预算126个。\n2.资产管理。处置资产3400万元。\n（一）资产清查。清查128家单位。\n3.绩效管理。评价126个项目。';
    assert.deepEqual(rules(txt(text), 'outline/'), ['outline/level']);
  });

  it('# 4. after a paragraph 3. under # 2. goes on with the headings (a skip)', () => {
    const text = '# 1.论文阅读\n\n读了5篇。\n\n# 2.环境搭建\n\n1.安装系统\n2.配置驱动\n3.运行测试\n\n# 4.算法学习\n\n学了2种。\n';
    assert.deepEqual(quoted(text, md(text), 'outline/sequence'), ['4.']);
  });

  it('a Markdown list numbered by hand with one gap (1. 2. 4.) is a skip; 1. 1. 1. is not', () => {
    const text = '# 2024年工作总结\n\n## 一、主要工作\n\n1. 上线网关\n2. 迁移服务\n4. 压测2轮\n\n## 二、项目\n\n1. 甲\n1. 乙\n1. 丙\n';
    assert.deepEqual(quoted(text, md(text), 'outline/sequence'), ['4.']);
  });

  it('per-town parts after 其中, past semicolons, are no conflict', () => {
    const text = '一、主要工作\n发放救助资金15.2万元。其中保华镇2户，救助资金25380元；凤凰街道2户，救助资金8000元；荷泉街道1户，救助资金1500元。';
    assert.deepEqual(rules(txt(text), 'numbers/'), []);
  });

  it('a rate is of one of its sentence’s counts (覆盖率 over 分拨中心1个、服务点168个 is not 1÷168)', () => {
    assert.deepEqual(rules(txt('一、主要工作\n建成县级物流分拨中心1个、村级物流服务点168个，快递进村覆盖率98%。'), 'numbers/'), []);
    assert.deepEqual(rules(txt('一、主要工作\n全年13人参加考试，合格9人，合格率75%。'), 'numbers/percent'), ['numbers/percent']);
  });

  it('a changing total and a daily average are no parts; 三项合计 still sums its three', () => {
    assert.deepEqual(rules(txt('一、主要工作\n新增低保户9户、退出低保户14户，低保户总数由65户调整为60户。'), 'numbers/'), []);
    assert.deepEqual(rules(txt('一、主要工作\n上半年共受理咨询46.8万件，其中来电28.3万件、在线18.5万件，日均约2571件。'), 'numbers/'), []);
    const t = '一、主要工作\n个人存款36.4亿元、对公存款20.9亿元、同业存款0.8亿元，三项合计58.6亿元。';
    assert.deepEqual(quoted(t, txt(t), 'numbers/sum'), ['58.6亿元']);
  });

  it('a table’s row labels (GFM or pasted as text) need no figure', () => {
    assert.deepEqual(rules(md('# 2024年工作总结\n\n| 指标 | 2023年 | 2024年 |\n|---|---|---|\n| 门诊人次 | 10.8万 | 12万 |\n'), 'text/placeholder'), []);
    assert.deepEqual(rules(txt('一、主要工作\n| 指标 | 2023年 | 2024年 |\n| 门诊人次 | 10.8万 | 12万 |'), 'text/placeholder'), []);
  });

  it('bullets indented too far are list syntax, not blanks', () => {
    assert.deepEqual(rules(md('# 前端工作总结\n\n## 一、项目\n\n- 旧项目\n\n        * 特点：技术成熟，页面复用性不高\n'), 'text/placeholder'), []);
  });

  it('“两个作用” counts 1、2、, not the sub-heading after them', () => {
    assert.deepEqual(
      rules(md('# 工作总结\n\n## 第一阶段\n\n主要起两个作用：\n\n1、响应调试请求\n\n2、推送跟踪数据\n\n### 总结与反思\n\n当时还不熟悉。\n'), 'numbers/count'),
      [],
    );
  });

  it('全面完成 states completion, not an intensified result', () => {
    assert.deepEqual(rules(txt('一、主要工作\n（一）抓安全。全年检查企业320家，全面完成年度目标任务。'), 'metrics/vague'), []);
  });
});

describe('real text: faults round two’s sealed part showed (own examples)', () => {
  it('spaced figures in Markdown: a fall from A to B, and a rate change in % that is points', () => {
    const t =
      '# 2024年度总结\n\n## 一、工作成效\n\n- 值班工单从 2023 年的 1640 张降到 1230 张，下降 20%。\n- 本科上线率由上年的 72.4% 提高到 76.1%，提高了 3.7%。\n';
    assert.deepEqual(quoted(t, md(t), 'numbers/percent'), ['20%', '3.7%']);
  });

  it('例 counts (手术1230例), and a share of it is checked', () => {
    assert.deepEqual(rules(txt('一、主要工作\n开展日间手术1230例，占择期手术总量4920例的20%。'), 'numbers/percent'), ['numbers/percent']);
    assert.deepEqual(rules(txt('一、主要工作\n开展日间手术1230例，占择期手术总量4920例的25%。'), 'numbers/percent'), []);
  });

  it('an attributive restatement with a spaced figure (新签约的 118 家客户) is compared', () => {
    const t = '# 2024年度工作总结\n\n## 一、主要工作\n\n全年新签约客户126家。\n\n## 二、大客户\n\n对新签约的 118 家客户逐户建档回访。\n';
    assert.deepEqual(rules(md(t), 'numbers/conflict'), ['numbers/conflict']);
  });

  it('a title left empty between two titles with content (（一）… 正文 （二） （三）… 正文)', () => {
    const t =
      '一、主要工作\n全年办结320件。\n二、存在的问题\n人手不足。\n三、下步打算\n（一）加快项目建设\n全年实施重点项目90个以上。\n（二）优化营商环境\n（三）加强项目储备\n新储备项目120个。';
    assert.deepEqual(quoted(t, txt(t), 'structure/empty-section'), ['（二）优化营商环境']);
  });

  it('_ and __ blanks, ** before a place name, 概况为 and 凡是都', () => {
    const t = '一、主要工作\n持续深化医药卫生_改革，**县人民医院项目完工，__幼儿园通过验收。这一年可以概况为三个词，凡是都往好处想。';
    assert.deepEqual(quoted(t, txt(t), 'text/placeholder'), ['_', '**', '__']);
    assert.deepEqual(quoted(t, txt(t), 'terms/preferred'), ['概况为', '凡是都']);
  });

  it('a total naming two units (579家（处）) sums parts in either', () => {
    const t = '一、主要工作\n检查工矿企业326家、危化品企业48家、人员密集场所215处，以上三项共计579家（处）。';
    assert.deepEqual(rules(txt(t), 'numbers/sum'), ['numbers/sum']);
    assert.deepEqual(rules(txt(t.replace('215处', '205处')), 'numbers/sum'), []);
  });
});
