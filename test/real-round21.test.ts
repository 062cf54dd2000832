// What the twenty-first held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 21: blanks', () => {
  it('## 2024年总结之活动篇 names a part of a series; 全年发表文章篇。 leaves its count out', () => {
    const text = '# 年度总结\n\n## 2024年总结之活动篇\n\n全年发表文章篇。\n\n## 年度总结之读书篇\n\n读书 12 本。\n';
    assert.deepEqual(hits(text, 'text/placeholder', 'markdown'), ['篇']);
  });

  it('> 3、学习进度： left empty after two numbered fields that were filled in', () => {
    const text =
      '# 转正答辩\n\n* 学习情况\n  > 1、学习方向：前端开发\n  >\n  > 2、学习项目：Vue 组件化开发\n  >\n  > 3、学习进度：\n* 技能提升\n  > 1、提升途径\n';
    assert.deepEqual(hits(text, 'text/placeholder', 'markdown'), ['学习进度：']);
  });

  it('全年完成健康体检人， leaves the head count out; 完成健康体检3860人 and 体检人信息 do not', () => {
    const blank = (s: string) => hits(`一、工作\n${s}\n`, 'text/placeholder');
    assert.deepEqual(blank('辖区老年人3860人，全年完成健康体检人，体检率71.2%。'), ['人']);
    assert.deepEqual(blank('全年完成健康体检3860人，体检人信息全部录入。'), []);
  });

  it('第 X 期 and 共 X 人 with Markdown’s spaces are blanks; 第 X 光片 is not', () => {
    const blank = (s: string) => hits(`一、工作\n${s}\n`, 'text/placeholder');
    assert.deepEqual(blank('文章收录进技术月刊第 X 期，共 X 人参加评审。'), ['X', 'X']);
    assert.deepEqual(blank('复查了第 X 光片的报告。'), []);
  });
});

describe('round 21: sections and terms', () => {
  it('## 三、还需要改进的地方 is the problems part: after the plans it is out of order', () => {
    const text =
      '# 2025年工作总结\n\n## 一、主要工作成效\n\n上线系统 6 个。\n\n## 二、2026年工作计划\n\n完成迁移。\n\n## 三、还需要改进的地方\n\n测试还不够。\n';
    assert.equal(hits(text, 'structure/section-order', 'markdown').length, 1);
    assert.deepEqual(hits(text, 'structure/missing-section', 'markdown'), []);
  });

  it('一下是我的分享列表 opening a sentence is 以下; 学习一下、一下午 are not; 每一为 → 每一位; 执著 → 执着; electorn → Electron', () => {
    const terms = (s: string) => hits(`一、工作\n${s}\n`, 'terms/preferred');
    assert.deepEqual(terms('一下是我今年的分享列表。'), ['一下']);
    assert.deepEqual(terms('我学习一下。一下午都在联调。'), []);
    assert.deepEqual(terms('感谢每一为读者，在执著中前行，用electorn写了工具。'), ['每一为', '执著', 'electorn']);
  });
});

describe('round 21: a table’s 序号 column counted by hand', () => {
  const table = (nums: string[]) =>
    ['# 季度工作', '', '|序号|工作任务|完成情况|', '|---|---|---|', ...nums.map((n, i) => `|${n}|任务${i + 1}|已完成|`), '|合计|4项|—|', ''].join('\n');
  it('1 2 3 3 has a number typed twice; the fix renumbers from there', () => {
    const text = table(['1', '2', '3', '3']);
    const r = check(text, { kind: 'markdown', only: ['outline/sequence'] });
    assert.deepEqual(
      r.findings.map((f) => text.slice(f.start, f.end)),
      ['3'],
    );
    assert.deepEqual(
      r.findings[0].fix?.edits.map((e) => e.newText),
      ['4'],
    );
  });
  it('1 2 3 4 with a 合计 row, and a column of codes (A1 A2), are fine', () => {
    assert.deepEqual(hits(table(['1', '2', '3', '4']), 'outline/sequence', 'markdown'), []);
    assert.deepEqual(hits(table(['A1', 'A2', 'A2', 'A4']), 'outline/sequence', 'markdown'), []);
  });
});
