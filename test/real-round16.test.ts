// What the sixteenth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 16: blanks', () => {
  it('a figure whose whole part was never typed (.52亿元, …….17%) is a blank; 2.5亿元 and v2.5 are not', () => {
    assert.deepEqual(hits('上半年实到资金.52亿元，三产项目到位资金占比分别为2%、82.72%、.17%。\n', 'text/placeholder'), ['.52', '.17']);
    assert.deepEqual(hits('上半年实到资金2.52亿元，版本v2.5于6月发布，占比0.17%。\n', 'text/placeholder'), []);
  });

  it('a count left out before its measure word (复盘 次，) is a blank; a bold figure’s space (**46.8 万** 件) and code are not', () => {
    assert.deepEqual(hits('- 牵头故障复盘 次，参与架构评审 12 次。\n', 'text/placeholder', 'markdown'), [' ']);
    assert.deepEqual(hits('全年受理来电 **46.8 万** 件，其中投诉 1.2 万件。\n', 'text/placeholder', 'markdown'), []);
    assert.deepEqual(hits('全年复盘 `P1` 次，均在一周内完成。\n', 'text/placeholder', 'markdown'), []);
  });

  it('a link’s label (- [数据元](…)) is a page’s name, not a unit waiting for its figure', () => {
    assert.deepEqual(hits('## 文档\n\n- [数据元](http://example.com/model.h)\n- [房间信息](http://example.com/room.h)\n', 'text/placeholder', 'markdown'), []);
    assert.deepEqual(hits('## 投资\n\n- 全年完成投资亿元。\n', 'text/placeholder', 'markdown'), ['亿元']);
  });
});

describe('round 16: a form’s fields', () => {
  it('## 面谈人 over a two-character name is answered, not empty', () => {
    const text = '# 2025绩效面谈表\n\n## 面谈地点\n\n三楼会议室\n\n## 面谈人\n\n张超\n\n## 面谈时间\n\n2026年1月4日\n\n## 自评\n\n全年完成需求 48 个。\n';
    assert.deepEqual(hits(text, 'structure/empty-section', 'markdown'), []);
  });
});

describe('round 16: metrics/vague', () => {
  it('有力提升 with no figure in its sentence is a claim', () => {
    assert.equal(hits('一、上半年工作\n全镇综合实力有力提升，各项事业稳步推进。\n', 'metrics/vague').length, 1);
  });
});

describe('round 16: a Markdown list numbered by hand', () => {
  it('1. 2. 3. 3. 4. 6. 7. has a number typed twice and one skipped (two findings, as reviewers mark them); 1. 1. 1. is Markdown’s own numbering', () => {
    const list = (nums: number[]) => `# 2025 年终总结\n\n主要功能包括：\n\n${nums.map((n, i) => `${n}. 功能${i + 1}上线`).join('\n')}\n`;
    const found = check(list([1, 2, 3, 3, 4, 6, 7]), { kind: 'markdown', only: ['outline/sequence'] }).findings;
    assert.equal(found.length, 2);
    assert.match(found[0].message, /重复/);
    assert.match(found[1].message, /跳号/);
    assert.deepEqual(hits(list([1, 1, 1, 1, 1]), 'outline/sequence', 'markdown'), []);
    assert.deepEqual(hits(list([1, 2, 3, 4, 5]), 'outline/sequence', 'markdown'), []);
    // Two slips in a short list may be a list written loosely: left alone.
    assert.deepEqual(hits(list([1, 2, 2, 3]), 'outline/sequence', 'markdown'), []);
  });
});

describe('round 16: metrics/missing', () => {
  it('得到上级的充分肯定 claims a result, and asks for a figure', () => {
    const text = [
      '一、主要工作',
      '1.加强消费者权益保护。开展金融知识宣传进社区活动，消保工作得到上级行和客户的充分肯定。',
      '2.压降不良贷款。全年清收不良贷款1.2亿元，不良率下降0.4个百分点。',
      '二、存在的问题',
      '营销队伍年龄偏大。',
      '三、下步打算',
      '明年新增普惠贷款3亿元。',
    ].join('\n');
    assert.equal(hits(text, 'metrics/missing').length, 1);
  });
});

describe('metrics/vague in Traditional script', () => {
  it('取得顯著成效 and 長足的進步 are the same claims as in Simplified, reported as written', () => {
    const found = hits('一、工作回顧\n無公害農產品創建工作取得顯著成效。\n技術上有了長足的進步。\n', 'metrics/vague');
    assert.deepEqual(found, ['顯著成效', '長足的進步']);
  });
});

describe('metrics/missing: an outline printed without its text', () => {
  it('items that are all bare headings (a contents page) are not asked for figures; one-line claims with a full stop are', () => {
    const outline = [
      '一、2023年工作完成情况',
      '(一)以学促干，推动主题教育扎实开展',
      '(二)多措并举，持续深化医药卫生体制改革',
      '(三)完善体系，推动医疗服务能力持续提升',
      '二、存在的问题',
      '基层医疗人才短缺。',
      '三、2024年工作打算',
      '新建县域医共体2个。',
    ].join('\n');
    assert.deepEqual(hits(outline, 'metrics/missing'), []);
    const claims = outline
      .replace('(一)以学促干，推动主题教育扎实开展', '(一)主题教育扎实开展，干部作风明显改善。')
      .replace('(二)多措并举，持续深化医药卫生体制改革', '(二)医药卫生体制改革持续深化，群众看病就医更加便捷。')
      .replace('(三)完善体系，推动医疗服务能力持续提升', '(三)医疗服务能力持续提升，患者满意度明显提高。');
    assert.equal(hits(claims, 'metrics/missing').length, 3);
  });
});

describe('metrics/missing: a figure left blank', () => {
  it('an item whose figure is an X blank (研究党建工作X次) has its figure’s place: the blank is text/placeholder’s', () => {
    const text = [
      '一、履职情况',
      '一是聚焦主责主业，领导责任全面压实。定期研究党建工作X次，切实提高了党建工作质量。',
      '二是夯实基层基础，支部建设提质增效。严把发展党员入口关，支部战斗力明显增强。',
      '二、存在的问题',
      '党建与业务融合不够。',
      '三、下步打算',
      '明年发展党员5名。',
    ].join('\n');
    assert.deepEqual(
      check(text, { kind: 'text', only: ['metrics/missing'] }).findings.map((f) => text.slice(0, f.start).split('\n').length),
      [3],
    );
    assert.ok(hits(text, 'text/placeholder').includes('X'));
  });
});

describe('text/placeholder: a labelled line left empty among filled ones', () => {
  const draft = (last: string) =>
    [
      '# 试用期总结',
      '',
      '1. 参加员工培训',
      '',
      '   了解了公司的发展过程：公司从1996年创建，2016年更名至今。',
      '',
      '   了解了公司的组织架构：前台、中台、后台三部分。',
      '',
      last,
      '',
      '2. 与上级负责人对接',
      '',
      '   熟悉前端项目结构和协同流程。',
      '',
    ].join('\n');
  it('了解了企业宪章： with nothing after it, before the next item, is a blank', () => {
    assert.deepEqual(hits(draft('   了解了企业宪章：'), 'text/placeholder', 'markdown'), ['了解了企业宪章：']);
  });
  it('not when its content is the list nested under it, nor when it is filled', () => {
    assert.deepEqual(hits(draft('   了解了企业宪章：\n\n   - 客户第一\n   - 诚信守约'), 'text/placeholder', 'markdown'), []);
    assert.deepEqual(hits(draft('   了解了企业宪章：客户第一、诚信守约。'), 'text/placeholder', 'markdown'), []);
  });
});
