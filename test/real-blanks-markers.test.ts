// Markers and blanks as round three's opened drafts wrote them: a heading that opens with a
// numeral list (## 三、四季度工作计划), months named by their numbers (10、11两个月), an English
// "xxx..." trailing off, and asterisks standing for a censored or unfilled name in plain text.
// Examples are our own.
import { strict as assert } from 'node:assert';
import { check, byRule } from './helpers';

describe('real text: markers and blanks', () => {
  it('## 三、四季度工作计划 is heading 三 (the next quarter’s plan), as 一、三季度主要工作 is heading 一', () => {
    const text =
      '# 运维中心2024年第三季度工作总结\n\n## 一、三季度主要工作\n\n完成巡检126次。\n\n## 二、存在的问题\n\n- 人工巡检耗时长。\n\n## 三、四季度工作计划\n\n- 推广无人机巡检。\n';
    const r = check(text, { kind: 'markdown' });
    assert.deepEqual(byRule(r.findings, 'outline/sequence'), []);
    assert.deepEqual(
      r.model.outline[0].children.map((n) => n.marker?.text),
      ['一、', '二、', '三、'],
    );
  });

  it('…and so is a short title line in plain text, while a sentence that opens with 一、二季度 is no heading', () => {
    const r = check('一、主要工作\n完成巡检126次。\n二、存在的问题\n人工巡检耗时长。\n三、四季度工作计划\n推广无人机巡检。\n');
    assert.deepEqual(byRule(r.findings, 'outline/sequence'), []);
    const s = check('一、主要工作\n一、二季度，全县完成固定资产投资12亿元，同比增长8%。\n');
    assert.deepEqual(
      s.model.outline.map((n) => n.marker?.text),
      ['一、'],
    );
  });

  it('an item that opens with a year or a date (2.2025年高考、1.4月15日) is numbered; 1.5万元 is an amount', () => {
    const text = '（一）备考\n1.组织联考3次。\n2.2025年高考，参考学生812人。\n3.特招上线47人。\n（二）活动\n1.4月15日举办科技节。\n2.5月举办运动会。\n';
    const r = check(text, { kind: 'text' });
    assert.deepEqual(byRule(r.findings, 'outline/sequence'), []);
    assert.deepEqual(
      r.model.outline[0].children.map((n) => n.marker?.text),
      ['1.', '2.', '3.'],
    );
    assert.equal(check('（一）经费\n1.5万元用于购置图书。\n', { kind: 'text' }).model.outline[0].children.length, 0);
  });

  it('二是二季度… is item 二; 一是一，二是二 is the idiom', () => {
    const text = '四、二季度工作安排\n一是力争收入完成全年预算的50%。\n二是二季度新建基站200个。\n三是做好宣传服务。\n';
    // (The draft opens at 四、: an excerpt, so that is no skip either.)
    assert.equal(byRule(check(text, { kind: 'text' }).findings, 'outline/sequence').length, 0);
    assert.equal(byRule(check(text.replace('二是二季度', '三是二季度'), { kind: 'text' }).findings, 'outline/sequence').length, 1);
    const r = check(text, { kind: 'text' });
    assert.deepEqual(
      r.model.outline[0].children.map((n) => n.marker?.text),
      ['一是', '二是', '三是'],
    );
    assert.equal(check('一、作风\n坚持一是一，二是二，实事求是。\n', { kind: 'text' }).model.outline[0].children.length, 0);
  });

  it('10、11两个月 names two months; it is no item 10 out of sequence', () => {
    const r = check('# 2018年总结\n\n9月，学习了路由和状态管理。\n\n10、11两个月，主要做查漏补缺。\n', { kind: 'markdown' });
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId.startsWith('outline/')).map((f) => f.ruleId),
      [],
    );
  });

  it('an English “xxx…” trailing off after a word is no blank; 在xxx中学 and XX同志 still are', () => {
    const eng = check('# 总结\n\n学了 vue cli xxx... 然后做了两个项目。\n', { kind: 'markdown' });
    assert.deepEqual(byRule(eng.findings, 'text/placeholder'), []);
    const cn = check('一、主要工作\n在xxx中学开展活动，由XX同志负责。\n');
    assert.deepEqual(
      byRule(cn.findings, 'text/placeholder').map((f) => f.data?.placeholder),
      ['xxx', 'XX'],
    );
  });

  it('in plain text, ** and **** between Chinese words are blanks; Markdown bold is not', () => {
    const t = check('一、主要工作\n在县教育局和镇党委、**的领导下，为八所学校安装了****机。\n');
    assert.deepEqual(
      byRule(t.findings, 'text/placeholder').map((f) => f.data?.placeholder),
      ['**', '****'],
    );
    const md = check('# 一、主要工作\n\n在县教育局的**正确领导**下，完成培训3场。\n', { kind: 'markdown' });
    assert.deepEqual(byRule(md.findings, 'text/placeholder'), []);
  });
});
