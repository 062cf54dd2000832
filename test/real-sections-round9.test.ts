// Parts and blanks as held-out round 9 showed them (issue 13): a 个人工作总结 told as a chronicle owes its
// shortcomings; 明年想做的 names the plans; ## 五、廉：严守纪律 is a title with nothing under it; 监测户 is a
// kind of household, not a blank. Examples are our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const rule = (text: string, id: string, kind: 'text' | 'markdown' = 'markdown') =>
  check(text, { kind })
    .findings.filter((f) => f.ruleId === id)
    .map((f) => ({ line: text.slice(0, f.start).split('\n').length, message: f.message }));

/** A year's work told by stretches of the year, about 1,400 characters, then a closing 总结 and a plan. */
function chronicle(title: string, closing: string[]): string {
  const out = ['---', `title: ${title}`, '---', ''];
  for (const part of ['年初', '年中', '年末']) {
    out.push(`## ${part}`, '');
    for (const p of ['订单中心', '报表平台', '权限系统'])
      out.push(
        `### ${p}`,
        '',
        `这段时间主要负责${p}的前端开发，完成了列表、详情和导出三个页面，和后端一起梳理了接口字段，补齐了组件文档，上线后页面首屏时间从三秒降到一秒左右，用户反馈也好了不少。`,
        '',
      );
  }
  out.push('## 总结', '', ...closing);
  return out.join('\n');
}

describe('sections and blanks seen in held-out round 9', () => {
  it('a 2024年度个人工作总结 told as a chronicle, with a plan but no shortcomings, owes its problems part', () => {
    const text = chronicle('2024年度个人工作总结', ['这一年收获很多，前端工程化的能力有了长进。', '', '明年我计划系统学习可视化，争取独立负责一个大屏项目。']);
    assert.deepEqual(
      rule(text, 'structure/missing-section').map((f) => f.message),
      ['缺少“存在的问题”部分，应在文末补上。'],
    );
  });

  it('…but one that admits its shortcomings in a sentence (然而……过于繁杂; 由于……有些杂乱) owes none', () => {
    for (const admits of ['然而，这一年项目过于繁杂，不少需求做到一半就停了。', '同时，由于手上项目众多而有些杂乱，没能在一个方向上深入下去。']) {
      const text = chronicle('2024年度个人工作总结', ['这一年收获很多。', '', admits, '', '明年我计划系统学习可视化，争取独立负责一个大屏项目。']);
      assert.deepEqual(rule(text, 'structure/missing-section'), [], admits);
    }
  });

  it('现将……总结如下 and 主要做了 announce no plan; 希望在今后的工作中…… is one', () => {
    const told = (close: string) =>
      rule(chronicle('2024年度个人工作总结', ['这一年收获很多，但由于项目众多而有些杂乱。', '', close]), 'structure/missing-section').map((f) => f.message);
    assert.deepEqual(told('2024年已近尾声，现将本人一年的工作总结如下。下半年主要做了权限改造。'), ['缺少“下步工作打算”部分，应在文末补上。']);
    assert.deepEqual(told('希望在今后的工作中确定一个方向深入下去。'), []);
  });

  it('a plain 工作总结 naming no parts that admits in prose it was short of hands owes no problems part', () => {
    const body = ['一', '二', '三', '四', '五', '六', '七'].map(
      (n) =>
        `${n}、开源组件库发布新版本，增加对新版开发环境的支持，新增代码模板与格式化工具，修正了用户反馈的若干问题，文档同步更新，下载量较上一版明显增加，用户群继续扩大。论坛答复用户提问，整理常见问题解答，并与两家友好项目互换链接。`,
    );
    const text = (opening: string) =>
      ['星火开源小组2024年工作总结', '', opening, '小组在 2024 年的主要进展如下：', ...body, '', '2025年计划：继续完善组件库，发布下一个正式版本。'].join('\n');
    const told = (opening: string) => rule(text(opening), 'structure/missing-section', 'text').map((f) => f.message);
    assert.deepEqual(told('过去的一年中，小组由于人力不足，部分时间进展缓慢，在此向大家表示歉意。'), []);
    assert.deepEqual(told('过去的一年中，小组成员齐心协力，各项工作稳步推进。'), ['缺少“存在的问题”部分，应在文末补上。']);
  });

  it('a 2024年度学习总结 (a topic, not a unit or the writer) owes nothing', () => {
    const text = chronicle('2024年度学习总结', ['这一年收获很多，前端工程化的能力有了长进。']);
    assert.deepEqual(rule(text, 'structure/missing-section'), []);
  });

  it('明年想做的 and 2026 年要做的事 are the plans part', () => {
    for (const plans of ['## 三、明年想做的', '## 三、2026 年要做的事']) {
      const text = [
        '# 测试组2025年终总结',
        '',
        '## 一、今年做了什么',
        '',
        '接口自动化用例从 400 条增加到 1,200 条，回归时间从两天缩短到半天。',
        '',
        '## 二、还有哪些不足',
        '',
        '性能测试仍靠人工触发，没有进流水线。',
        '',
        plans,
        '',
        '1. 把压测接入流水线，每周自动跑一次；',
        '2. 核心链路 UI 自动化覆盖 20 条。',
      ].join('\n');
      assert.deepEqual(rule(text, 'structure/missing-section'), [], plans);
    }
  });

  it('…but 下半年 in an annual summary is a stretch of the year, not a plan', () => {
    const text = [
      '# 2025年度工作总结',
      '',
      '## 一、主要工作',
      '',
      '全年完成需求 86 个，其中线上缺陷 7 个。',
      '',
      '## 二、存在的问题',
      '',
      '需求评审不够充分，返工较多。',
      '',
      '## 三、下半年',
      '',
      '下半年主要做了支付改造，接入了两家新渠道。',
    ].join('\n');
    assert.deepEqual(
      rule(text, 'structure/missing-section').map((f) => f.message),
      ['缺少“下步工作打算”部分，应在文末补上。'],
    );
  });

  it('## 五、廉：严守纪律 with nothing under it is an empty part among 德能勤绩廉', () => {
    const text = [
      '# 2025 年度述职报告',
      '',
      '## 一、德：坚定信念',
      '',
      '认真学习党的二十届四中全会精神，参加集中学习 24 次。',
      '',
      '## 二、能：业务提升',
      '',
      '牵头修订教学常规 3 项，开设区级公开课 2 节。',
      '',
      '## 三、勤：扎根一线',
      '',
      '全年听课 126 节，出勤无缺勤。',
      '',
      '## 四、廉：严守纪律',
      '',
      '## 五、不足与反思',
      '',
      '跟踪指导还停留在听课评课层面。',
      '',
      '## 六、2026 年打算',
      '',
      '建立听课回访制度，每位青年教师每学期回访不少于 2 次。',
    ].join('\n');
    assert.deepEqual(rule(text, 'structure/empty-section'), [{ line: 15, message: '“四、廉：严守纪律”下面没有内容。' }]);
    // A heading that carries its content in sentences on its own line is not empty.
    const said = text.replace('## 四、廉：严守纪律', '## 四、廉：严守纪律，全年无违规违纪行为。');
    assert.deepEqual(rule(said, 'structure/empty-section'), []);
  });

  it('监测户、搬迁户 name households; a blank before 户 is still found', () => {
    assert.deepEqual(rule('三是做好冬季走访慰问，重点关注76名高龄老人和2户监测户；', 'text/placeholder', 'text'), []);
    assert.deepEqual(rule('全年走访慰问脱贫户、监测户、易地搬迁户。', 'text/placeholder', 'text'), []);
    assert.equal(rule('全年入户走访困难群众户。', 'text/placeholder', 'text').length, 1);
  });
});

describe('待定 in held-out round 10', () => {
  const blanks = (text: string) => rule(text, 'text/placeholder', 'text').map((f) => f.message);
  it('is a blank where a value belongs: after a colon, alone in a table cell', () => {
    assert.equal(blanks('二期工程开工时间：待定。').length, 1);
    assert.equal(blanks('| 2 | 智慧食堂改造 | 后勤科 | 待定 |').length, 1);
  });
  it('…not where a sentence says how a plan stands', () => {
    assert.deepEqual(blanks('体育馆二期的规模尚属待定，需等教育局批复后再报县政府研究。'), []);
    assert.deepEqual(blanks('老院区改造列为待定事项，暂不纳入明年计划。'), []);
    assert.deepEqual(blanks('| 3 | 机房迁移 | 信息科 | 待定（视新院区进度） |'), []);
  });
});
