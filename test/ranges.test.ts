import { strict as assert } from 'node:assert';
import { check, byRule } from './helpers';
import { LineIndex } from '../server/src/engine/index';

describe('exact ranges', () => {
  it('UTF-16 offsets and code-point columns agree on a CRLF file with 𠮷 before a finding', () => {
    const text =
      '一、履行职责情况\r\n1.抓学习，全年学习24次。\r\n2.𠮷𠮷社区完成XX项目。\r\n二、存在的问题\r\n（一）学习不深。\r\n三、下步工作打算\r\n一是抓落实。\r\n';
    const f = byRule(check(text).findings, 'text/placeholder')[0];
    assert.equal(text.slice(f.start, f.end), 'XX');
    const li = new LineIndex(text);
    const p = li.positionAt(f.start);
    assert.deepEqual(p, { line: 2, character: 10 }, 'LSP: 𠮷 is two UTF-16 units');
    assert.deepEqual(li.lineColumn(f.start), { line: 3, column: 9 }, 'CLI: 𠮷 is one character');
    assert.equal(li.offsetAt(p), f.start);
  });

  it('Markdown offsets survive emphasis, escapes and indentation', () => {
    const md = '## 一、主要工作\n\n全年**新发展**党员\\*87名，某某同志\n  负责XX项目。\n';
    const fs = byRule(check(md, { kind: 'markdown' }).findings, 'text/placeholder');
    assert.deepEqual(
      fs.map((f) => md.slice(f.start, f.end)),
      ['某某', 'XX'],
    );
  });

  it('lone CR line endings count as line breaks', () => {
    const li = new LineIndex('一、甲\r二、乙\r');
    assert.equal(li.lineCount, 3);
    assert.deepEqual(li.lineColumn(4), { line: 2, column: 1 });
  });
});
