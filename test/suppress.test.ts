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
    assert.deepEqual(
      fs.map((f) => text.slice(f.start, f.end)),
      ['2、', 'XX'],
    );
  });

  it('disable-next-line (as the README and ESLint write it) is disable-next, with or without rule ids', () => {
    const text = [
      '一、主要工作',
      '<!-- shengao-disable-next-line text/placeholder -->',
      'XX镇完成换届。',
      '<!-- shengao-disable-next-line -->',
      'XX村完成换届。',
      'XX社区完成换届。',
    ].join('\n');
    const fs = byRule(check(text).findings, 'text/placeholder');
    assert.deepEqual(
      fs.map((f) => text.slice(f.start, f.end + 2)),
      ['XX社区'],
    );
  });

  it('a disable comment naming a rule that does not exist is reported, with the nearest id', () => {
    const text = [
      '一、主要工作',
      '<!-- shengao-disable-next text/placehoder -->',
      'XX镇完成换届。',
      '二、存在的问题',
      '（一）调研不够深入。',
      '三、下步工作打算',
      '（一）加强调研。',
    ].join('\n');
    const { findings } = check(text);
    const bad = byRule(findings, 'engine/unknown-rule');
    assert.equal(bad.length, 1);
    assert.equal(text.slice(bad[0].start, bad[0].end), '<!-- shengao-disable-next text/placehoder -->');
    assert.match(bad[0].message, /没有“text\/placehoder”这条规则.*是否是 text\/placeholder？/);
    // …and, as the message says, the placeholder is still reported.
    assert.equal(byRule(findings, 'text/placeholder').length, 1);
    // Known ids and family wildcards are fine.
    const ok = ['<!-- shengao-disable-next text/placeholder outline/* -->', 'XX镇完成换届。'].join('\n');
    assert.equal(byRule(check(ok).findings, 'engine/unknown-rule').length, 0);
  });

  it('a bare disable comment never hides a document-level finding (a missing section); naming the rule does', () => {
    const body = ['一、履行职责情况', '（一）全年走访企业120家，由XX同志负责。', '（二）办结群众诉求56件。'];
    // Left open to the end, as people do to "switch it off for this file".
    const bare = ['<!-- shengao-disable -->', ...body].join('\n');
    const fs = check(bare).findings;
    assert.equal(byRule(fs, 'text/placeholder').length, 0, 'the paragraph-level finding is silenced');
    assert.ok(byRule(fs, 'structure/missing-section').length > 0, 'the missing sections are still reported');
    const named = ['<!-- shengao-disable structure/missing-section -->', ...body].join('\n');
    assert.equal(byRule(check(named).findings, 'structure/missing-section').length, 0);
  });

  it('a comment naming another rule silences nothing here', () => {
    const md = '<!-- shengao-disable-next terms/preferred -->\n\nXX镇完成换届。\n';
    assert.equal(byRule(check(md, { kind: 'markdown' }).findings, 'text/placeholder').length, 1);
  });
});
