// Outline numbering as real reports write it (issue 13): second-level numbers that run through the
// whole document, and Markdown headings an HTML block swallowed. Examples are our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const seq = (text: string, kind: 'text' | 'markdown' = 'text') =>
  check(text, { kind })
    .findings.filter((f) => f.ruleId === 'outline/sequence')
    .map((f) => text.slice(f.start, f.end));

describe('real text: outline numbering', () => {
  it('（一）…（三） under 一、 going on as （四）（五） under 二、 is numbering through the document, not a skip', () => {
    const text = [
      '一、重点工作完成情况',
      '（一）抓党建促发展，组织生活规范开展',
      '（二）抓项目稳投资，重点项目全部开工',
      '（三）抓民生补短板，十件实事全部完成',
      '二、重点项目推进情况',
      '（四）交通项目加快建设',
      '（五）水利项目按期完工',
      '三、亮点工作',
      '（六）数字乡村建设走在全市前列',
    ].join('\n');
    assert.deepEqual(seq(text), []);
  });

  it('every item of an inverted list is reported, not only its first: (1) / (一) / (二) / (2) / (一)', () => {
    const text =
      '一、上半年工作总结\n(1)营销渠道\n(一)目标达成情况\n保费收入2394万元。\n(二)总结及亮点\n队伍稳定。\n(2)收展渠道\n(一)指标达成情况\n保费收入860万元。\n';
    const r = check(text, { kind: 'text' });
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId === 'outline/level').map((f) => text.slice(0, f.start).split('\n').length),
      [3, 5, 8],
    );
  });

  it('a real skip in numbering that runs through is still found', () => {
    const text = ['一、重点工作', '（一）党建工作', '（二）项目建设', '二、民生实事', '（三）教育', '（五）医疗'].join('\n');
    assert.deepEqual(seq(text), ['（五）']);
  });

  it('a fresh list that starts at （三） under a new part, with nothing before to go on from, is a skip', () => {
    const text = [
      '一、主要工作',
      '（一）党建工作',
      '（二）项目建设',
      '二、存在问题',
      '（一）人手不足',
      '三、下步打算',
      '（三）加强培训',
      '（四）完善制度',
    ].join('\n');
    assert.deepEqual(seq(text), ['（三）']);
  });

  it('a page cut from a longer report, opening at 5、 or 三、, is an excerpt: its first numbers go on from text we do not have', () => {
    const cut = [
      '2025年上半年学校工作总结',
      '5、在全市中小学生运动会上，我校获团体第三名。',
      '6、在青少年科技创新大赛中，我校12名学生获奖。',
      '二、存在的问题',
      '1、教师结构性缺编。',
      '2、功能室不足。',
      '三、下半年打算',
      '1、补齐师资。',
      '3、改造功能室。',
    ].join('\n');
    // The 3、 under 三、 is a skip inside text we have; 5、 and 二、 only continue what was cut off.
    assert.deepEqual(seq(cut), ['3、']);
    const fragment = [
      '会员总数达到一万二千余名，较上一届增长三成。',
      '三、规范分支机构管理',
      '各分支机构按章程换届。',
      '四、学术交流',
      '每两年召开一次学术大会。',
    ].join('\n');
    assert.deepEqual(seq(fragment), []);
  });

  it('a whole draft that announces its list and then starts at 二、 is still a skip', () => {
    const text = [
      '2025年工作总结',
      '今年以来，我局围绕中心工作，现将有关情况总结如下：',
      '二、主要工作',
      '完成了年度目标。',
      '三、存在问题',
      '人手不足。',
    ].join('\n');
    assert.deepEqual(seq(text), ['二、']);
    const long = [
      '2025年工作总结',
      '今年以来，我局围绕中心工作开展了大量工作。',
      '全年完成了各项目标任务。',
      '在上级的指导下，各项工作稳步推进。',
      '二、主要工作',
      '完成了年度目标。',
    ].join('\n');
    assert.deepEqual(seq(long), ['二、']);
  });

  it('a line typed 2、 by hand between Markdown list items 1. and 3. is the writer’s numbering, and is judged', () => {
    const text = [
      '## 二、问题与不足',
      '',
      '1. 压测做得偏晚，靠加班才赶上投产窗口。',
      '2、文档沉淀不够，新同事上手要2周左右。',
      '3. 对业务规则理解不深。',
      '',
    ].join('\n');
    const style = check(text, { kind: 'markdown' }).findings.filter((f) => f.ruleId === 'outline/style');
    assert.deepEqual(
      style.map((f) => text.slice(f.start, f.end)),
      ['2、'],
    );
    // The list's own 1. and 3. are list syntax, and a list typed 1. 2. 3. is left alone.
    assert.deepEqual(
      check(text.replace('2、', '2. '), { kind: 'markdown' }).findings.filter((f) => f.ruleId === 'outline/style'),
      [],
    );
  });

  it('a heading naming versions (### 6.0和6.1) is no decimal item 6.0 beside ### 6.1', () => {
    const text = ['# 工作总结', '', '## 接龙管家', '', '### 6.0和6.1', '', '发布了考试和填表功能。', '', '### 6.1 模板调整', '', '调整了考试模板。'].join('\n');
    assert.deepEqual(seq(text, 'markdown'), []);
    const versions = check(text, { kind: 'markdown' }).model.outline[0].children[0].children[0];
    assert.equal(versions.title, '6.0和6.1');
    assert.equal(versions.marker.text, '');
  });

  it('a heading written right under an HTML title (no blank line between) is still a heading', () => {
    const text = [
      '<h2 align="center">年度工作总结</h2>',
      '<p align="right">张三</p>',
      '###一、今年的工作',
      '',
      '完成了考勤系统和报销系统的开发，两个系统均已上线。',
      '',
      '###二、明年的计划',
      '',
      '完成移动端适配。',
    ].join('\n');
    assert.deepEqual(seq(text, 'markdown'), []);
    const headings = check(text, { kind: 'markdown' }).model.outline.map((n) => n.title);
    assert.deepEqual(headings, ['今年的工作', '明年的计划']);
  });

  it('script and style blocks are never read as text', () => {
    const text = ['<script>', 'var a = "一、不是标题";', '三、也不是', '</script>', '', '一、工作', '', '二、计划'].join('\n');
    assert.deepEqual(seq(text, 'markdown'), []);
  });
});

describe('real text: marker forms (outline/style)', () => {
  const style = (text: string) =>
    check(text)
      .findings.filter((f) => f.ruleId === 'outline/style')
      .map((f) => f.message);

  it('〔一〕 (the brackets of a 文号 year) is read as （一） and flagged, with a fix to round brackets', () => {
    const text = ['一、主要工作', '〔一〕强化理论学习。全年集中学习12次。', '〔二〕推进项目建设。', '（三）改善民生。'].join('\n');
    const r = check(text);
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId === 'outline/style').map((f) => (f.data as { expected?: string }).expected),
      ['（一）', '（二）'],
    );
    // 〔一〕 is the parent's second level like （三）: no skip, no level slip.
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId.startsWith('outline/') && f.ruleId !== 'outline/style'),
      [],
    );
  });

  it('a 文号 year in hexagonal brackets at the start of a line is no marker', () => {
    assert.deepEqual(style('〔2024〕12号文件要求，各单位按期上报。'), []);
  });

  it('items numbered 1、2、3、 inside a paragraph are flagged like numbered lines', () => {
    assert.deepEqual(style('存在的不足：1、学习不够深入。2、创新意识不强。3、工作方法单一。'), [
      '阿拉伯数字序号后用下脚点：应写作“1.”，不用“1、”。',
      '阿拉伯数字序号后用下脚点：应写作“2.”，不用“2、”。',
      '阿拉伯数字序号后用下脚点：应写作“3.”，不用“3、”。',
    ]);
  });

  it('a list of numbers (1、2月份) or a lone 1、 inside a paragraph is no numbering', () => {
    assert.deepEqual(style('全年工作分两批推进：1、2月份完成摸底，其余月份集中整改。'), []);
    assert.deepEqual(style('重点抓了一件事：1、完善制度。'), []);
  });
});
