// What the fifteenth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const messages = (text: string, rule: string, kind: 'text' | 'markdown' = 'markdown'): string[] =>
  check(text, { kind, only: [rule] }).findings.map((f) => f.message);

describe('round 15: structure', () => {
  const review = (title: string) =>
    [
      `# ${title}`,
      '',
      '## 上半年工作回顾',
      '',
      '- 负责报表平台重构，完成页面 42 个，首屏时间从 3.1 秒降到 1.2 秒。',
      '- 接手移动端埋点治理，清理无效埋点 380 个，埋点文档补齐 96%。',
      '- 带两名新人完成入职培训，各自独立负责一个模块。',
      '',
      '## 团队',
      '',
      '- 组织组内分享 9 次，整理分享纪要 9 篇。',
      '- 牵头制定代码评审规范，评审平均耗时由 2 天缩短到半天。',
      '',
      '## 下半年工作',
      '',
      '- 完成报表平台的权限改造，9 月底前上线。',
      '- 推动埋点自动化校验，覆盖核心页面 30 个。',
      '',
    ].join('\n');

  it('a 年中 Review with its work and its plans owes its shortcomings too', () => {
    const found = messages(review('2022 年中 Review'), 'structure/missing-section');
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0], /存在的问题/);
  });

  it('a topic page named Review is not a period’s summary', () => {
    assert.deepEqual(messages(review('报表平台重构 Code Review 记录'), 'structure/missing-section'), []);
  });

  it('a contents heading (## Table of contents, ## 目录) is filled in by the site, not empty', () => {
    const text = [
      '# 2025 年终总结',
      '',
      '## Table of contents',
      '',
      '## 工作',
      '',
      '全年上线需求 64 个，修复缺陷 210 个。',
      '',
      '## 目录',
      '',
      '## 生活',
      '',
      '跑步 800 公里，读书 20 本。',
      '',
    ].join('\n');
    assert.deepEqual(messages(text, 'structure/empty-section'), []);
    // Any other heading left empty among filled ones is still reported (## 学习 with nothing under it).
    assert.equal(messages(text.replace('## 目录', '## 学习'), 'structure/empty-section').length, 1);
  });
});

describe('round 15: metrics/missing', () => {
  const section = (intro: string) =>
    [
      '一、工作回顾',
      '本年度，我校围绕立德树人开展了以下工作。',
      intro,
      '- 德育为首：构建全员、全过程、全方位的德育工作体系，学生思想品德水平明显提升。',
      '- 质量核心：深化课堂教学改革，提高课堂效率，确保各年级教学质量稳步提升。',
      '- 强师固本：加强教师队伍建设，提升教师专业素养和业务能力。',
      '二、存在的问题',
      '部分青年教师课堂驾驭能力不足。',
      '三、下步打算',
      '明年开展青年教师基本功比赛2次。',
    ].join('\n');
  it('bullets after 年度工作总目标是： are aims set, not results claimed', () => {
    assert.deepEqual(messages(section('年度工作总目标是：'), 'metrics/missing', 'text'), []);
  });
  it('the same bullets after 主要成效如下 claim results and are asked for figures', () => {
    assert.equal(messages(section('主要成效体现在：'), 'metrics/missing', 'text').length, 3);
  });
});

describe('metrics/missing: reflections', () => {
  it('a part or item looking back on what was learnt (总结与反思、心得体会、结语) claims no result to measure', () => {
    const text = [
      '# 2025年度个人工作总结',
      '',
      '## 一、主要工作',
      '',
      '1. 订单系统重构：按时完成，系统稳定性明显提高。',
      '2. 心得体会：沟通能力和协作能力都有了提升，学会了先对齐目标再动手。',
      '',
      '## 二、总结与反思',
      '',
      '1. 团队领导力：学会了在分歧中推动决策，提高了团队的执行效率。',
      '2. 结语：这一年收获很多，个人能力得到了全面提升。',
      '',
      '## 三、存在的问题',
      '',
      '对业务理解还不够深入。',
      '',
      '## 四、明年计划',
      '',
      '明年完成支付系统的拆分，上线 3 个独立服务。',
      '',
    ].join('\n');
    const found = check(text, { kind: 'markdown', only: ['metrics/missing'] }).findings.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, ['1. 订单系统重构']);
  });
});

describe('style/numbers: a count announcing a list', () => {
  it('从三个方面推进：一是… beside 9个 is the set phrase of a list, while 5 个项目中选三个 is a mixed count', () => {
    const lines = (text: string) => check(text, { kind: 'text', only: ['style/numbers'] }).findings.map((f) => text.slice(0, f.start).split('\n').length);
    const text = '专业总数保持9个，学校从三个方面推进专业建设：一是修订方案9个；二是开发教材4本；三是新建实训室2间。\n5 个重点项目中选三个说一下：\n';
    assert.deepEqual(lines(text), [2]);
  });
});

describe('metrics/missing: more ways of claiming a result', () => {
  it('营造了…氛围、广泛好评、更加规范 claim results and ask for a figure; a plain list of deeds does not', () => {
    const text = [
      '一、主要工作',
      '1.宣传报道。利用公众号和市级媒体宣传各地的好经验，营造了关心支持老年体育的良好社会氛围。',
      '2.志愿服务。组织护理人员进社区开展健康宣教，得到患者和家属的广泛好评。',
      '3.产权交易。规范农村产权流转交易市场运行，集体经济组织运行更加规范。',
      '4.日常事务。组织召开理事会，走访会员单位，整理会议纪要和档案。',
      '5.赛事活动。全年举办门球、柔力球比赛12场，参赛3200人次。',
      '二、存在的问题',
      '基层协会经费不足。',
      '三、下步打算',
      '明年新建基层协会5个。',
    ].join('\n');
    const lines = check(text, { kind: 'text', only: ['metrics/missing'] }).findings.map((f) => text.slice(0, f.start).split('\n').length);
    assert.deepEqual(lines, [2, 3, 4]);
  });
});
