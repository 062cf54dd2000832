// Shared generators and properties for the engine: used by test/properties.test.ts
// (short budget in `npm test`) and test/fuzz/run.ts (`npm run fuzz`, ≥ 100,000 cases).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lint, applyFixes, LineIndex, type DocumentKind, type Finding, type LintResult, type TextEdit } from '../../server/src/engine/index';
import type { EngineConfig } from '../../server/src/engine/config';
import type { Segmenter } from '../../server/src/engine/segmenter';

// Fragments a drafter (or a paste gone wrong) produces. Written for these tests.
const CJK = [
  '加强',
  '理论学习',
  '全年',
  '组织',
  '开展',
  '专题培训',
  '党员干部',
  '服务保障',
  '不断提升',
  '工作质效',
  '存在的问题',
  '下步工作打算',
  '主要工作及成效',
  '履行职责情况',
  '深入推进',
  '基层党组织',
  '满意度',
  '同比增长',
  '其中',
  '合计',
  '共计',
  '分别为',
  '人次',
  '万元',
  '个百分点',
  '布署',
  '做为',
  '党的20大',
  '习总书记',
  '贯彻',
  '落实',
];
const ASCII = ['abc', 'OK', 'Word', 'PDF', 'TODO', 'XX', 'x', ' ', '  ', '\t', 'http://a.b/c', 'a@b.cn', '&amp;', '\\', '$'];
const FULL = ['，', '。', '、', '；', '：', '！', '？', '“', '”', '《', '》', '（', '）', '【待补充】', '\u3000', 'ＡＢＣ', '１２３', '．', '％'];
const NUMS = ['12', '3.5万', '45%', '1,200', '１２', '0', '100', '2023年', '2024年度', '15.6', '3', '99.9%', '一百二十', '三', '1.', '2.5', '-7', '1e5'];
const MD = [
  '# ',
  '## ',
  '### ',
  '- ',
  '* ',
  '+ ',
  '> ',
  '1. ',
  '2) ',
  '**',
  '*',
  '_',
  '`',
  '```',
  '~~',
  '|',
  ' | ',
  '---',
  '| --- | --- |',
  '[',
  '](u)',
  '<!-- shengao-disable -->',
  '<!-- shengao-enable -->',
  '<!-- shengao-disable-next outline/sequence -->',
  '<br>',
  '![图](a.png)',
  '[^1]',
  '    ',
];
const MARKERS = [
  '一、',
  '二、',
  '三、',
  '四、',
  '十一、',
  '一.',
  '（一）',
  '（二）',
  '（三）',
  '(一)',
  '（一）、',
  '(二）',
  '1、',
  '2、',
  '1.',
  '2.',
  '3.',
  '１．',
  '（1）',
  '(2)',
  '（2）.',
  '①',
  '②',
  '④',
  '一是',
  '二是',
  '三要',
  '一是一',
];
const ODD = ['𠮷', '😀', '👨‍👩‍👧', '\uFFFD', '\u0000', '\uFEFF', '\u200B', '\u00A0', 'é', 'e\u0301', '繁體', '學習貫徹', '黨員'];
const BREAKS = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n'];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CJK) },
  { weight: 2, arbitrary: fc.constantFrom(...ASCII) },
  { weight: 3, arbitrary: fc.constantFrom(...FULL) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMS) },
  { weight: 2, arbitrary: fc.constantFrom(...MD) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

/** A line: optional leading indentation/markup, an optional outline marker, then prose. */
const line = fc
  .tuple(
    fc.constantFrom('', '', '', ' ', '  ', '\u3000\u3000', '> ', '- ', '# ', '## ', '1. '),
    fc.option(fc.constantFrom(...MARKERS), { freq: 2 }),
    fc.array(fragment, { maxLength: 12 }),
  )
  .map(([lead, marker, parts]) => lead + (marker ?? '') + parts.join(''));

/** A draft: lines joined by mixed line breaks, sometimes with a BOM. */
export const draft: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, fc.constantFrom(...BREAKS)), { maxLength: 24 }))
  .map(([bom, lines]) => (bom ? '\uFEFF' : '') + lines.map(([l, b]) => l + b).join(''));

export const kindArb: fc.Arbitrary<DocumentKind> = fc.constantFrom('markdown', 'text');

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
/** True when `offset` does not fall between the halves of a surrogate pair. */
export function onBoundary(text: string, offset: number): boolean {
  return !(offset > 0 && offset < text.length && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1)));
}

function assertSpan(text: string, s: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: non-integer span ${s.start}-${s.end}`);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${what}: span ${s.start}-${s.end} outside 0-${text.length}`);
  assert.ok(onBoundary(text, s.start) && onBoundary(text, s.end), `${what}: span ${s.start}-${s.end} splits a surrogate pair`);
}

export interface Env {
  config: EngineConfig;
  segmenter: Segmenter;
}

function run(env: Env, text: string, kind: DocumentKind): LintResult {
  return lint(text, { kind, config: env.config, segmenter: env.segmenter });
}

/** Never throws, no check fails, every range is inside the document and on character boundaries. */
export function propRanges(env: Env, text: string, kind: DocumentKind): LintResult {
  const r = run(env, text, kind);
  assert.deepEqual(
    r.failures.map((f) => `${f.rules.join(',')}: ${f.error.split('\n')[0]}`),
    [],
    'a check threw',
  );
  for (const f of r.findings) {
    assertSpan(text, f, `${f.ruleId} finding`);
    assert.ok(f.message.length > 0, `${f.ruleId}: empty message`);
    for (const rel of f.related ?? []) assertSpan(text, rel, `${f.ruleId} related`);
    for (const e of f.fix?.edits ?? []) assertSpan(text, e, `${f.ruleId} fix edit`);
  }
  for (const b of r.model.blocks) {
    assertSpan(text, b, `block ${b.kind}`);
    for (let i = 0; i < b.offsets.length; i++)
      assert.ok(
        (b.offsets[i] >= 0 && b.offsets[i] < text.length && (text[b.offsets[i]] === b.text[i] || (b.text[i] === '\uFFFD' && text[b.offsets[i]] === '\0'))) ||
          b.text[i] === '\n' ||
          b.text[i] === ' ' ||
          b.text[i] === '\t',
        `block text[${i}] does not map to its source`,
      );
  }
  return r;
}

function strip(findings: Finding[]): unknown {
  return JSON.parse(JSON.stringify(findings));
}

/** Same input → same findings (also across a fresh model, so no state leaks between runs). */
export function propDeterministic(env: Env, text: string, kind: DocumentKind, first: LintResult): void {
  const again = run(env, text, kind);
  assert.deepEqual(strip(again.findings), strip(first.findings), 'two runs on the same text disagree');
}

/** New offset of an old one after non-overlapping edits (positions inside an edit map to its start). */
function mapOffset(edits: TextEdit[], offset: number): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= offset && !(e.start === e.end && e.start === offset)) delta += e.newText.length - (e.end - e.start);
    else if (e.start < offset) return e.start + delta;
  }
  return offset + delta;
}

/**
 * Applying all safe fixes changes only the edited ranges, and re-linting finds none
 * of the fixed findings again at their (mapped) place.
 */
export function propFixes(env: Env, text: string, kind: DocumentKind, first: LintResult): void {
  const { text: fixed, applied } = applyFixes(text, first.findings);
  if (!applied.length) return;
  const edits = applied.flatMap((f) => f.fix!.edits).sort((a, b) => a.start - b.start || a.end - b.end);
  // Nothing else changes: the fixed text is the original with exactly these edits spliced in.
  let expect = '';
  let at = 0;
  for (const e of edits) {
    assert.ok(e.start >= at, 'applied edits overlap');
    expect += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  expect += text.slice(at);
  assert.equal(fixed, expect, 'applyFixes changed text outside its edits');
  const after = propRanges(env, fixed, kind);
  for (const f of applied) {
    const where = mapOffset(edits, f.start);
    const again = after.findings.find((g) => g.ruleId === f.ruleId && g.start === where && g.fix?.safe);
    if (again)
      assert.fail(`fixing ${f.ruleId} at ${f.start} (“${text.slice(f.start, f.end)}”) left “${fixed.slice(again.start, again.end)}”: ${again.message}`);
  }
}

/** LineIndex: offset → position → offset round-trips; code-point columns agree with Array.from. */
export function propLineIndex(text: string): void {
  const idx = new LineIndex(text);
  for (let o = 0; o <= text.length; o++) {
    const inCrlf = o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10;
    const p = idx.positionAt(o);
    assert.ok(p.line >= 0 && p.line < idx.lineCount && p.character >= 0);
    if (!inCrlf) assert.equal(idx.offsetAt(p), o, `offset ${o} → ${p.line}:${p.character} does not round-trip`);
    if (onBoundary(text, o) && !inCrlf) {
      const lc = idx.lineColumn(o);
      assert.equal(lc.line, p.line + 1);
      assert.equal(lc.column, Array.from(text.slice(idx.lineStarts[p.line], o)).length + 1, `column of offset ${o}`);
    }
  }
  // Every line start is at character 0 of its line; line count = breaks + 1.
  idx.lineStarts.forEach((s, l) => assert.deepEqual(idx.positionAt(s), { line: l, character: 0 }));
  assert.equal(idx.lineCount, (text.match(/\r\n|\r|\n/g) ?? []).length + 1);
}

export function allProps(env: Env, text: string, kind: DocumentKind): void {
  const r = propRanges(env, text, kind);
  propDeterministic(env, text, kind, r);
  propFixes(env, text, kind, r);
  propLineIndex(text);
}
