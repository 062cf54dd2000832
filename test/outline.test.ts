import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from './helpers';
import type { OutlineNode } from '../server/src/engine/types';

function shape(nodes: OutlineNode[]): unknown[] {
  return nodes.map((n) => (n.children.length ? [n.marker.text + n.title, shape(n.children)] : n.marker.text + n.title));
}

describe('outline reader', () => {
  it('builds the tree of a plain-text draft from paragraph openings', () => {
    const text = readFileSync(join(__dirname, 'fixtures/drafts/县妇联-年度总结.txt'), 'utf8');
    const { model } = check(text);
    assert.equal(model.preamble.length, 1, 'the title line is preamble');
    assert.deepEqual(
      model.outline.map((n) => [n.marker.text, n.title, n.level, n.children.length]),
      [
        ['一、', '履行职责情况', 1, 3],
        ['二、', '存在的问题', 1, 2],
        ['三、', '下步工作打算', 1, 3],
      ],
    );
    const first = model.outline[0].children[0];
    assert.equal(first.marker.kind, 'arabic');
    assert.equal(first.title, '聚焦思想引领，凝聚巾帼力量');
    assert.equal(first.level, 2);
    assert.equal(text.slice(first.titleSpan.start, first.titleSpan.end), first.title);
    assert.equal(text.slice(first.marker.start, first.marker.end), '1、');
    const shi = model.outline[2].children[1];
    assert.equal(shi.marker.kind, 'shi');
    assert.equal(shi.title, '做实就业服务');
  });

  it('nests （一） → 1. → （1） and goes back up', () => {
    const text = [
      '一、主要工作',
      '（一）理论学习',
      '1.集中学习',
      '（1）读书班',
      '（2）专题研讨',
      '2.个人自学',
      '（二）组织建设',
      '二、存在的问题',
      '（一）学用结合不紧',
    ].join('\n');
    const { model } = check(text);
    assert.deepEqual(shape(model.outline), [
      ['一、主要工作', [['（一）理论学习', [['1.集中学习', ['（1）读书班', '（2）专题研讨']], '2.个人自学']], '（二）组织建设']],
      ['二、存在的问题', ['（一）学用结合不紧']],
    ]);
    assert.equal(model.levelIssues.length, 0);
  });

  it('reads Markdown headings and Chinese markers together, below a title heading', () => {
    const md = [
      '# 2023年度工作总结',
      '',
      '## 一、主要工作及成效',
      '',
      '### （一）党建引领',
      '',
      '全年召开党委会12次。',
      '',
      '1. 开展主题教育',
      '2. 举办读书班',
      '',
      '## 二、存在的问题',
      '',
      '基层基础仍然薄弱。',
      '',
      '## 三、下一步工作计划',
      '',
      '一是抓学习。二是抓落实。',
    ].join('\n');
    const { model } = check(md, { kind: 'markdown' });
    assert.deepEqual(
      model.sectionNodes.map((n) => [n.marker.text, n.section]),
      [
        ['一、', 'duties'],
        ['二、', 'problems'],
        ['三、', 'next'],
      ],
    );
    const sub = model.sectionNodes[0].children[0];
    assert.equal(sub.title, '党建引领');
    assert.deepEqual(
      sub.children.map((c) => c.marker.text),
      ['1.', '2.'],
    );
    assert.equal(md.slice(sub.children[1].marker.start, sub.children[1].marker.end), '2.');
  });

  it('splits a pasted Markdown paragraph (no blank lines) at each marked line', () => {
    const md = '一、履行职责情况\n1、抓学习。全年学习24次。\n2、抓队伍。\n二、存在的问题\n（一）创新不足。\n三、下步工作打算\n一是强化学习。';
    const { model } = check(md, { kind: 'markdown' });
    assert.deepEqual(
      model.sectionNodes.map((n) => n.section),
      ['duties', 'problems', 'next'],
    );
    assert.equal(model.sectionNodes[0].children.length, 2);
  });

  it('keeps the outline through page furniture and a preamble', () => {
    const text = [
      '关于2023年度工作情况的报告',
      '2023年12月15日',
      '办公室  张明',
      '今年以来，在局党组的领导下，我们做了以下工作。',
      '一、主要工作',
      '1.抓学习，全年集中学习24次。',
      '第2页',
      '2.抓制度，修订制度15项。',
      '- 3 -',
      '二、存在的问题',
      '（一）学习深度不够。',
      '三、下步工作打算',
      '一是深化学习。',
    ].join('\n');
    const { model } = check(text);
    assert.equal(model.preamble.length, 4);
    assert.deepEqual(
      model.outline[0].children.map((c) => c.marker.text),
      ['1.', '2.'],
    );
    assert.deepEqual(
      model.sectionNodes.map((n) => n.section),
      ['duties', 'problems', 'next'],
    );
  });

  it('finds inline 一是……二是…… enumerations inside a paragraph', () => {
    const text = '二、存在的问题\n主要表现在三个方面：一是学习不够深入；二是调研不够扎实；三是创新意识不强。';
    const { model } = check(text);
    assert.equal(model.enumerations.length, 1);
    assert.deepEqual(
      model.enumerations[0].items.map((i) => i.marker.text),
      ['一是', '二是', '三是'],
    );
    const second = model.enumerations[0].items[1];
    assert.equal(text.slice(second.span.start, second.span.end), '二是调研不够扎实；');
  });

  it('does not read 原因之一是 or 统一是 as an enumeration', () => {
    const { model } = check('主要原因之一是投入不足，统一是前提，二是指第二条。');
    assert.equal(model.enumerations.length, 0);
  });

  it('records a higher marker nested under a lower one', () => {
    const { model } = check(['一、主要工作', '1.加强理论学习', '（一）举办读书班', '（二）开展研讨', '2.加强队伍建设'].join('\n'));
    // Both items of the inverted list stand under 1.
    assert.deepEqual(
      model.levelIssues.map((i) => [i.node.marker.text, i.under.marker.text]),
      [
        ['（一）', '1.'],
        ['（二）', '1.'],
      ],
    );
    assert.deepEqual(
      model.outline[0].children.map((c) => c.marker.text),
      ['1.', '2.'],
    );
  });
});
