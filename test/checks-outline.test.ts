import { strict as assert } from 'node:assert';
import { check, byRule } from './helpers';
import { applyEdits, applyFixes } from '../server/src/engine/index';

const seq = (t: string, kind: 'text' | 'markdown' = 'text') => byRule(check(t, { kind }).findings, 'outline/sequence');
const style = (t: string, kind: 'text' | 'markdown' = 'text') => byRule(check(t, { kind }).findings, 'outline/style');
const level = (t: string) => byRule(check(t).findings, 'outline/level');

describe('outline/sequence', () => {
  it('flags a skipped top-level ordinal and renumbers the rest', () => {
    const text = '一、主要工作\n全年办结120件。\n二、存在的问题\n人手不足。\n四、下步工作打算\n抓落实。\n五、其他事项\n无。';
    const [f, ...more] = seq(text);
    assert.equal(more.length, 0);
    assert.equal(text.slice(f.start, f.end), '四、');
    assert.match(f.message, /应为“三、”/);
    const fixed = applyEdits(text, f.fix!.edits);
    assert.match(fixed, /三、下步工作打算[\s\S]*四、其他事项/);
    assert.deepEqual(seq(fixed), []);
  });

  it('flags （一）（三） and a repeated （二）', () => {
    assert.match(seq('一、存在的问题\n（一）学习不深。\n（三）调研不实。')[0].message, /应为“（二）”/);
    const rep = seq('一、存在的问题\n（一）学习不深。\n（二）调研不实。\n（二）创新不足。');
    assert.equal(rep.length, 1);
    assert.match(rep[0].message, /重复/);
  });

  it('flags 一是…三是 inside a paragraph', () => {
    const text = '一、下步工作打算\n主要抓好三项工作：一是强化学习；三是狠抓落实；四是严格考核。';
    const [f] = seq(text);
    assert.equal(text.slice(f.start, f.end), '三是');
    assert.equal(applyEdits(text, f.fix!.edits), '一、下步工作打算\n主要抓好三项工作：一是强化学习；二是狠抓落实；三是严格考核。');
  });

  it('restarts 1. under each parent and after a finished list', () => {
    const text = ['一、主要工作', '（一）理论学习', '1.集中学习。', '2.个人自学。', '（二）组织建设', '1.换届选举。', '2.发展党员。'].join('\n');
    assert.deepEqual(seq(text), []);
  });

  it('keeps full-width digits when renumbering', () => {
    const text = '一、主要工作\n１．抓学习。\n３．抓落实。';
    const [f] = seq(text);
    assert.equal(applyEdits(text, f.fix!.edits), '一、主要工作\n１．抓学习。\n２．抓落实。');
  });
});

describe('outline/style', () => {
  it('1、 → 1. with a one-character fix', () => {
    const text = '一、履行职责情况\n1、深入学习宣传贯彻党的二十大精神。\n2、着力锻造坚强有力基层党组织。';
    const fs = style(text);
    assert.equal(fs.length, 2);
    assert.match(fs[0].message, /应写作“1\.”/);
    assert.equal(applyFixes(text, fs).text, '一、履行职责情况\n1.深入学习宣传贯彻党的二十大精神。\n2.着力锻造坚强有力基层党组织。');
  });

  it('（一）、 and （1）. take no punctuation; 一. becomes 一、', () => {
    const text = '一.主要工作\n（一）、理论学习\n（1）.读书班\n二、存在的问题\n（一）学习不深。';
    const fs = style(text);
    assert.deepEqual(
      fs.map((f) => text.slice(f.start, f.end)),
      ['一.', '（一）、', '（1）.'],
    );
    assert.equal(applyFixes(text, fs).text, '一、主要工作\n（一）理论学习\n（1）读书班\n二、存在的问题\n（一）学习不深。');
  });

  it('flags half-width (二) among full-width siblings, not a consistent half-width level', () => {
    const mixed = '二、存在的问题\n（一）学习不深。\n(二)调研不实。';
    const fs = style(mixed);
    assert.equal(fs.length, 1);
    assert.equal(applyFixes(mixed, fs).text, '二、存在的问题\n（一）学习不深。\n（二）调研不实。');
    assert.deepEqual(style('二、存在的问题\n(一)学习不深。\n(二)调研不实。'), []);
  });

  it('flags an inconsistent enumerator in one run: 一是…二要…', () => {
    const text = '三、下步工作打算\n一是强化学习；二要狠抓落实；三是严格考核。';
    const fs = style(text);
    assert.equal(fs.length, 1);
    assert.equal(text.slice(fs[0].start, fs[0].end), '二要');
    assert.equal(applyFixes(text, fs).text, '三、下步工作打算\n一是强化学习；二是狠抓落实；三是严格考核。');
  });

  it('leaves alone 一、 straight to 1., a 1、 inside a sentence, and Markdown ordered lists', () => {
    assert.deepEqual(style('一、主要工作\n1.抓学习。\n2.抓落实。'), []);
    assert.deepEqual(style('一、主要工作\n全年召开会议12次，其中第1、2次为扩大会议。'), []);
    assert.deepEqual(style('## 一、主要工作\n\n1. 抓学习\n2. 抓落实\n', 'markdown'), []);
  });
});

describe('outline/level', () => {
  it('flags （一） nested under 1.', () => {
    const text = '一、主要工作\n1.加强理论学习\n（一）举办读书班\n2.加强队伍建设';
    const [f, ...more] = level(text);
    assert.equal(more.length, 0);
    assert.equal(text.slice(f.start, f.end), '（一）');
    assert.match(f.message, /层级倒置/);
    assert.equal(text.slice(f.related![0].start, f.related![0].end), '1.');
  });

  it('does not flag skipping a level downwards, or returning up to an open level', () => {
    assert.deepEqual(level('一、主要工作\n1.抓学习\n二、存在的问题\n（一）学习不深\n1.表现一\n（二）调研不实'), []);
  });
});

describe('outline/style fixes never make a marker into a decimal', () => {
  it('2、12项 is reported but not rewritten to 2.12项; 2、加强 still is', () => {
    const text = '一、主要工作\n1.抓学习\n2、12项重点任务全部完成\n3、加强作风建设\n';
    const style = byRule(check(text).findings, 'outline/style');
    const at = (s: string) => style.find((f) => text.slice(f.start, f.end).startsWith(s));
    assert.ok(at('2、'), 'the 、 after 2 is still reported');
    assert.equal(at('2、')!.fix, undefined);
    assert.ok(at('3、')?.fix, 'a title that starts with a character still gets its fix');
    const fixed = applyFixes(text, check(text).findings).text;
    assert.ok(fixed.includes('2、12项') && fixed.includes('3.加强'), fixed);
  });
});
