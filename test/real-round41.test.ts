// What the forty-first held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

const work = (s: string) => `一、主要工作\n${s}\n`;

describe('round 41: ranks counted down from the top are a selection', () => {
  it('其中四级手术、三级手术 under all operations need not add up; 一等奖、二等奖、三等奖 under all prizes must', () => {
    assert.deepEqual(hits(work('全年完成手术9860台次，其中四级手术1320台次、三级手术3410台次，三、四级手术占比48.0%。'), 'numbers/sum'), []);
    assert.equal(hits(work('全年获奖20项，其中一等奖4项、二等奖6项、三等奖8项。'), 'numbers/sum').length, 1);
    assert.deepEqual(hits(work('全年获奖18项，其中一等奖4项、二等奖6项、三等奖8项。'), 'numbers/sum'), []);
  });
});

describe('round 41: a pass rate beside the count that failed', () => {
  it('抽检860批次，不合格13批次，合格率98.5%: the rate is of the rest', () => {
    assert.deepEqual(hits(work('完成农产品抽检860批次，检出不合格13批次，合格率98.5%。'), 'numbers/percent'), []);
    assert.deepEqual(hits(work('完成农产品抽检860批次，检出不合格13批次，合格率97.5%。'), 'numbers/percent'), ['97.5%']);
    // (合格 counted itself still reads the usual way.)
    assert.deepEqual(hits(work('完成农产品抽检860批次，合格847批次，合格率98.5%。'), 'numbers/percent'), []);
  });
});

describe('round 41: lines of a list each labelled with its own name', () => {
  const conflict = (lines: string[]) =>
    hits(`# 政务服务中心2025年工作总结\n\n## 一、主要工作\n\n典型事项：\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`, 'numbers/conflict', 'markdown');

  it('开办餐饮店一件事：办件 412 件 / 二手房转移登记一件事：办件 975 件 count one measure of two things', () => {
    assert.deepEqual(conflict(['开办餐饮店一件事：办件 412 件', '二手房转移登记一件事：办件 975 件', '残疾人服务一件事：办件 238 件']), []);
  });

  it('the same label twice, or the thing restated in prose, is still one thing stated twice', () => {
    assert.equal(conflict(['开办餐饮店：全年办件 412 件', '二手房转移登记：全年办件 975 件', '开办餐饮店：全年办件 421 件']).length, 1);
    const prose = hits(
      '# 政务服务中心2025年工作总结\n\n## 一、主要工作\n\n典型事项：\n\n- 开办餐饮店一件事：办件 412 件\n- 二手房转移登记一件事：办件 975 件\n\n## 二、存在的问题\n\n开办餐饮店一件事全年办件 421 件，但线上办理比例不高。\n',
      'numbers/conflict',
      'markdown',
    );
    assert.equal(prose.length, 1);
  });
});

describe('round 41: verbs sharing one object before a count', () => {
  it('擦洗、清扫、整理文化广场两个新建的宣传栏: the count is of the object, not of the verbs', () => {
    assert.deepEqual(hits(work('组织党员志愿者擦洗、清扫、整理文化广场两个新建的宣传栏。'), 'numbers/count'), []);
    assert.equal(hits(work('组织开展走访、座谈、调研两项活动。'), 'numbers/count').length, 1);
  });
});

describe('round 41: 各类 names every kind, no kind of its own', () => {
  it('争取上级项目资金5270万元 … 争取上级各类项目资金5720万元: one measure, digits swapped', () => {
    const found = hits(
      '2025年，本人分管农业农村工作。一年来，争取上级项目资金5270万元，较好完成了分管工作任务。\n一、主要工作\n2、项目建设有力。全年共争取上级各类项目资金5720万元，其中水利项目资金2100万元。\n',
      'numbers/conflict',
    );
    assert.equal(found.length, 1);
  });
});

describe('round 41: terms', () => {
  it('风彩; 邻近 before a time (邻近年底), not before a place (邻近乡镇)', () => {
    assert.deepEqual(hits(work('展示了基层干部的风彩，邻近年底又完成了两项改造。'), 'terms/preferred'), ['风彩', '邻近']);
    assert.deepEqual(hits(work('与邻近乡镇建立联防机制，临近年底完成验收。'), 'terms/preferred'), []);
  });
});
