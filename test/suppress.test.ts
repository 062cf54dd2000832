import { strict as assert } from 'node:assert';
import { check, byRule } from './helpers';

describe('inline control comments', () => {
  it('disable-next silences one rule on the next block only (Markdown)', () => {
    const md = ['## 一、主要工作', '', '<!-- shengao-disable-next text/placeholder -->', '', 'XX镇完成换届。', '', 'XX村完成换届。', ''].join('\n');
    const fs = byRule(check(md, { kind: 'markdown' }).findings, 'text/placeholder');
    assert.equal(fs.length, 1);
    assert.equal(md.slice(fs[0].start - 0, fs[0].end + 1), 'XX村');
  });

  it('disable … enable with no id silences every rule in between (plain text)', () => {
    const text = ['一、主要工作', '<!-- shengao-disable -->', '1、XX镇完成换届。', '<!-- shengao-enable -->', '2、XX村完成换届。'].join('\n');
    const fs = check(text).findings.filter((f) => f.ruleId === 'text/placeholder' || f.ruleId === 'outline/style');
    assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['2、', 'XX']);
  });

  it('disable-next-line (as the README and ESLint write it) is disable-next, with or without rule ids', () => {
    const text = ['一、主要工作', '<!-- shengao-disable-next-line text/placeholder -->', 'XX镇完成换届。', '<!-- shengao-disable-next-line -->', 'XX村完成换届。', 'XX社区完成换届。'].join('\n');
    const fs = byRule(check(text).findings, 'text/placeholder');
    assert.deepEqual(fs.map((f) => text.slice(f.start, f.end + 2)), ['XX社区']);
  });

  it('a comment naming another rule silences nothing here', () => {
    const md = '<!-- shengao-disable-next terms/preferred -->\n\nXX镇完成换届。\n';
    assert.equal(byRule(check(md, { kind: 'markdown' }).findings, 'text/placeholder').length, 1);
  });
});
