import { strict as assert } from 'node:assert';
import { check, byRule } from './helpers';
import { applyEdits } from '../server/src/engine/index';

const FULL = '一、履行职责情况\n1.抓学习，全年集中学习24次。\n二、存在的问题\n（一）学习不够深入。\n三、下步工作打算\n一是深化学习。';

describe('structure checks', () => {
  it('a complete report has no structure finding', () => {
    const { findings } = check(FULL);
    assert.deepEqual(
      findings.filter((f) => f.ruleId.startsWith('structure/')),
      [],
    );
  });

  it('structure/missing-section names the section and inserts it in place, renumbering what follows', () => {
    const text = '一、履行职责情况\n1.抓学习，全年集中学习24次。\n二、下步工作打算\n一是深化学习。';
    const [f, ...rest] = byRule(check(text).findings, 'structure/missing-section');
    assert.equal(rest.length, 0);
    assert.match(f.message, /缺少“存在的问题”部分/);
    assert.ok(f.fix && !f.fix.safe, 'inserting a section is offered, never auto-applied');
    const fixed = applyEdits(text, f.fix.edits);
    assert.match(fixed, /二、存在的问题\n（一）.*\n.*三、下步工作打算/s);
    assert.deepEqual(byRule(check(fixed).findings, 'structure/missing-section'), []);
  });

  it('structure/missing-section appends a missing last section at the end', () => {
    const text = '一、主要工作\n全年办结事项120件。\n二、存在的问题\n人手不足。';
    const [f] = byRule(check(text).findings, 'structure/missing-section');
    assert.match(f.message, /“下步工作打算”/);
    const fixed = applyEdits(text, f.fix!.edits);
    assert.match(fixed, /人手不足。\n三、下步工作打算\n/);
  });

  it('structure/section-order flags problems after next steps', () => {
    const text = '一、主要工作\n全年办结事项120件。\n二、下步工作打算\n一是抓落实。\n三、存在的问题\n人手不足。';
    const fs = byRule(check(text).findings, 'structure/section-order');
    assert.equal(fs.length, 1);
    assert.equal(text.slice(fs[0].start, fs[0].end), '三、存在的问题');
    assert.match(fs[0].message, /“存在的问题”部分应放在“下步工作打算”部分之前/);
    assert.equal(fs[0].related?.length, 1);
  });

  it('structure/empty-section flags a bare heading, not a one-line section', () => {
    const bare = '一、主要工作\n全年办结事项120件。\n二、存在的问题\n三、下步工作打算\n一是抓落实。';
    const fs = byRule(check(bare).findings, 'structure/empty-section');
    assert.equal(fs.length, 1);
    assert.equal(bare.slice(fs[0].start, fs[0].end), '二、存在的问题');
    const inline = '一、主要工作\n全年办结事项120件。\n二、存在的问题：人手不足，经费紧张。\n三、下步工作打算\n一是抓落实。';
    assert.deepEqual(byRule(check(inline).findings, 'structure/empty-section'), []);
  });

  it('a draft that names none of the parts gets no missing-section (it is not laid out as a summary yet)', () => {
    const fs = byRule(
      check('今年以来，我们认真贯彻落实上级部署，各项工作有序推进。\n1.抓学习。全年学习12次。\n2.抓队伍。培训干部80人次。').findings,
      'structure/missing-section',
    );
    assert.equal(fs.length, 0);
  });

  it('a draft that names one part is told about the two it lacks', () => {
    const fs = byRule(check('一、主要工作\n1.抓学习。全年学习12次。\n2.抓队伍。培训干部80人次。').findings, 'structure/missing-section');
    assert.deepEqual(
      fs.map((f) => f.message.slice(0, 10)),
      ['缺少“存在的问题”部', '缺少“下步工作打算”'],
    );
  });
});
