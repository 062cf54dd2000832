// The HTML review report without a browser: overlapping highlights cut correctly,
// everything escaped, nothing fetched, drafts ordered by what needs attention.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check } from './helpers';
import { attentionOrder, escapeHtml, pieces, renderHtmlReport } from '../server/src/report/html';
import { explainFinding } from '../server/src/engine/index';

const DRAFT = `某局2024年工作总结
一、主要工作
1、全年培训党员干部860人次，其中处级干部120人次、科级干部540人次、一般干部150人次。
2、新建“<b>智慧</b>”平台&系统XX套。
二、存在的问题
（一）调研不够深入。
三、下步工作打算
一是加强学习。
`;

describe('HTML review report (renderer)', () => {
  it('cuts overlapping and empty spans so each finding is the concatenation of its pieces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }).chain((len) =>
          fc.tuple(
            fc.constant(len),
            fc.array(
              fc.tuple(fc.integer({ min: 0, max: len }), fc.integer({ min: 0, max: len })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
              { maxLength: 6 },
            ),
          ),
        ),
        ([len, spans]) => {
          const ps = pieces(len, spans);
          // The text pieces tile [0, len) in order.
          const text = ps.filter((p) => p.end > p.start);
          let at = 0;
          for (const p of text) {
            assert.equal(p.start, at);
            at = p.end;
          }
          assert.equal(at, len);
          spans.forEach((s, i) => {
            const mine = text.filter((p) => p.cover.includes(i));
            if (s.end > s.start) {
              assert.equal(mine[0].start, s.start);
              assert.equal(mine[mine.length - 1].end, s.end);
              assert.equal(mine.length, text.filter((p) => p.start >= s.start && p.end <= s.end).length);
            } else {
              assert.equal(mine.length, 0);
              assert.ok(ps.some((p) => p.points.includes(i) && p.start === s.start));
            }
          });
        },
      ),
    );
  });

  it('escapes the draft, the messages and the path, and loads nothing from outside', () => {
    const { model, findings } = check(DRAFT);
    const html = renderHtmlReport([{ path: '<草稿>&"1".txt', text: DRAFT, model, findings }], { generatedAt: '2025-01-10 09:00 UTC' });
    assert.ok(!html.includes('<b>智慧</b>'));
    assert.ok(html.includes('&lt;b&gt;智慧&lt;/b&gt;'));
    assert.ok(html.includes('&lt;草稿&gt;&amp;&quot;1&quot;.txt'));
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the report’s own inline script');
    assert.doesNotMatch(html, /<link|\ssrc=|@import|url\(/);
    assert.match(html, /@media print/);
  });

  it('shows the arithmetic of a numbers finding and the fix of a fixable one', () => {
    const { model, findings } = check(DRAFT);
    const sum = findings.find((f) => f.ruleId === 'numbers/sum');
    assert.ok(sum, 'the draft has a sum that does not add up');
    assert.equal(explainFinding(sum).join('，'), '分项 120人次 + 540人次 + 150人次 = 810人次，合计写的是 860人次（860）');
    assert.deepEqual(explainFinding(findings.find((f) => f.ruleId === 'outline/style')!), []);
    const html = renderHtmlReport([{ path: 'a.txt', text: DRAFT, model, findings }]);
    assert.match(html, /核算：分项 120人次/);
    assert.match(html, /修改建议（可自动修复）：/);
    assert.match(html, /href="#rule-numbers-sum"/); // explained in the report itself (规则说明)
    assert.match(html, /占位符“XX”/);
  });

  it('orders drafts by errors, then warnings', () => {
    const f = (severity: 'error' | 'warning' | 'info') => ({ start: 0, end: 1, ruleId: 'x/y', severity, message: '' });
    const order = attentionOrder([
      { path: 'a', findings: [f('warning'), f('warning'), f('warning')] },
      { path: 'b', findings: [f('error')] },
      { path: 'c', findings: [] },
      { path: 'd', findings: [f('error'), f('info')] },
    ]);
    assert.deepEqual(
      order.map((d) => d.path),
      ['d', 'b', 'a', 'c'],
    );
  });

  it('escapes HTML special characters', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
