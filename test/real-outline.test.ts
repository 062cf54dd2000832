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
