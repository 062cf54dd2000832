// The user's kind of draft: plain text pasted from Word, Chinese numbering, no `#`,
// 1、 items and template stars left in. (Our own text, shaped like the user's sample.)
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, byRule } from './helpers';
import { applyFixes } from '../server/src/engine/index';

describe('acceptance: a pasted plain-text summary', () => {
  const text = readFileSync(join(__dirname, 'fixtures/drafts/县妇联-年度总结.txt'), 'utf8');
  const { model, findings } = check(text);

  it('recognises the three sections from plain-text numbering', () => {
    assert.deepEqual(
      model.sectionNodes.map((n) => [n.title, n.section]),
      [
        ['履行职责情况', 'duties'],
        ['存在的问题', 'problems'],
        ['下步工作打算', 'next'],
      ],
    );
    assert.deepEqual(
      findings.filter((f) => f.ruleId.startsWith('structure/')),
      [],
    );
  });

  it('gives each 1、 item outline/style with a fix to 1.', () => {
    const fs = byRule(findings, 'outline/style');
    assert.deepEqual(
      fs.map((f) => text.slice(f.start, f.end)),
      ['1、', '2、', '3、'],
    );
    const fixed = applyFixes(text, fs).text;
    assert.match(fixed, /^1\.聚焦思想引领/m);
    assert.match(fixed, /^3\.聚焦权益维护/m);
    assert.deepEqual(byRule(check(fixed).findings, 'outline/style'), []);
  });

  it('flags the * placeholders and nothing else at error level', () => {
    const errors = findings.filter((f) => f.severity === 'error');
    assert.deepEqual(
      errors.map((f) => [f.ruleId, text.slice(f.start - 1, f.end + 2)]),
      [
        ['text/placeholder', '《*》上'],
        ['text/placeholder', '长*同志'],
      ],
    );
  });
});

describe('acceptance: the same draft saved as .md', () => {
  // Pasted into a Markdown file unchanged: 1、 items are paragraphs, 《*…》 is no emphasis.
  const text = readFileSync(join(__dirname, 'fixtures/drafts/县妇联-年度总结.txt'), 'utf8');
  const md = check(text, { kind: 'markdown' }).findings;
  const txt = check(text).findings;
  it('gets the same findings as the .txt, rule by rule and place by place', () => {
    const where = (fs: typeof md) => fs.map((f) => `${f.ruleId}@${f.start}`).sort();
    assert.deepEqual(where(md), where(txt));
  });
});
