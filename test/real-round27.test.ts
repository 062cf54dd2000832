// What the twenty-seventh held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 27: a list begun inside a sentence', () => {
  it('原因：1、… then 2、 3、 on lines of their own in the same paragraph go on with it; a list that starts at 2、 does not', () => {
    const md = '# 实习总结\n\n### 数据重复\n\n重复原因：1、抽数起止时间不严谨，隔天重抽会重复\n\t\t2、同一数据来自两个业务库\n\t\t3、主键设置不合理\n';
    assert.deepEqual(hits(md, 'outline/sequence', 'markdown'), []);
    const skipped = '一、主要工作\n做法如下。\n2、抽数起止时间改为整点。\n3、统一数据来源。\n';
    assert.deepEqual(hits(skipped, 'outline/sequence'), ['2、']);
  });
});

describe('round 27: stars that are no blanks', () => {
  it('select * in a sentence and a mark in brackets （*） are not blanks; 市委副秘书长*同志 is', () => {
    const blank = (s: string) => hits(`# 记录\n\n${s}\n`, 'text/placeholder', 'markdown');
    assert.deepEqual(blank('发现某张临时表写成 select * from 维度表 这种形式，也要一起改。'), []);
    assert.deepEqual(blank('- 非会员遮罩层（*）'), []);
    assert.deepEqual(blank('市委副秘书长*同志到会指导。'), ['*']);
  });
});

describe('round 27: terms', () => {
  it('手机号登陆 is a login and 六中中全会 has one 中 too many; 台风登陆 stays', () => {
    const term = (s: string) => hits(`一、主要工作\n${s}\n`, 'terms/preferred');
    assert.deepEqual(term('增加通过手机号登陆和邮箱登录的选项，组织学习十九届六中中全会精神。'), ['登陆', '中中全会']);
    assert.deepEqual(term('台风在沿海登陆后，组织抢险队伍3支。'), []);
  });
});

describe('round 27: a plan names what is to be done', () => {
  it('a plain plan whose parts name none of a summary’s is not asked for figures; a summary laid out the same way is', () => {
    const body =
      '一、总体要求\n1. 明确任务。把加强党员队伍建设、提高党员政治素质作为一件大事来抓，切实抓出成效。\n2. 建立目标责任制。定期检查，保证发展党员工作有计划地落到实处，不断提高发展质量。\n二、工作措施\n1. 严格程序。发展党员全程纪实。\n';
    assert.equal(check(`2026年社区发展党员工作计划\n${body}`, { kind: 'text', only: ['metrics/missing'] }).findings.length, 0);
    assert.ok(check(`2025年社区发展党员工作总结\n${body}`, { kind: 'text', only: ['metrics/missing'] }).findings.length > 0);
  });
});

describe('round 27: a part named for the problems and their remedies', () => {
  it('5. 存在问题及解决方案 holds the problems (and the way ahead); a report without such a part still lacks it', () => {
    const doc = (fifth: string) =>
      `街道网格化工作总结\n1. 工作内容\n全街道划分网格46个，配备专职网格员52名。\n2. 取得成果\n全年处置事件1860件，办结率98.2%。\n${fifth}\n部分网格员业务不熟，3个老旧小区覆盖不全。\n4. 总结与展望\n明年将网格员培训增加到每季度1次。\n`;
    assert.deepEqual(hits(doc('3. 存在问题及解决方案'), 'structure/missing-section'), []);
    assert.deepEqual(hits(doc('3. 存在问题及对策'), 'structure/missing-section'), []);
    assert.equal(hits(doc('3. 工作体会'), 'structure/missing-section').length, 1);
  });
});
