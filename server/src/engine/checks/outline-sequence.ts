// outline/sequence: ordinals at one level run 1, 2, 3… with no gap or repeat.
import type { Check } from '../rule.js';
import type { Draft, Marker, OutlineNode, ReportModel, TextEdit } from '../types.js';
import { markerRuns, misleveled } from '../reader/siblings.js';
import { walkOutline } from '../reader/outline.js';
import { contentsEntries } from '../reader/sections.js';
import { ordinalText, KIND_LABEL, matchMarker, toChineseNumeral } from '../reader/markers.js';
import { readTables } from '../figures/tables.js';

function shown(text: string): string {
  return `“${text}”`;
}

/** 2.1 → "2.", 1.2.3 → "1.2.": what comes before a decimal marker's own number. */
function decimalHead(text: string, m: Marker): string {
  return text.slice(m.start, m.ordinalSpan.start);
}

/** 1. 2. 4. / 1. 2. 3. 5. 6.: numbered by hand from 1, each one up from the last but for one step of two. */
function oneGap(markers: readonly Marker[]): boolean {
  // (1. 提示更加智能 ⏎ a code block ⏎ 3. 阈值控制: two items, the second numbered 3 by hand — Markdown never numbers so.)
  if (markers.length === 2 && markers[0].ordinal === 1 && markers[1].ordinal === 3) return true;
  if (markers.length < 3 || markers[0].ordinal !== 1) return false;
  let gaps = 0;
  let repeats = 0;
  let steps = 0;
  for (let i = 1; i < markers.length; i++) {
    const d = markers[i].ordinal - markers[i - 1].ordinal;
    if (d === 2) gaps++;
    else if (d === 0) repeats++;
    else if (d === 1) steps++;
    else return false;
  }
  // (…or, in a longer list counted up by hand, a number typed twice beside it: 1. 2. 3. 3. 4. 6. 7.;
  // 1. 1. 1. is Markdown's own numbering.)
  // (…or its last number typed twice after a list begun 1. 2.: 1. 2. 2.; 1. 1. 2. may be Markdown's own 1. 1. begun
  // over, and 1. 2. 2. 3. a list written loosely.)
  const last = markers.length - 1;
  return (
    (gaps === 1 && repeats === 0) ||
    (repeats === 1 && gaps === 0 && markers[1].ordinal === 2 && markers[last].ordinal === markers[last - 1].ordinal) ||
    (markers.length >= 5 && steps >= markers.length - 3 && gaps + repeats <= 2 && gaps + repeats >= 1)
  );
}

/** A run that counts down (十、九、八… or 3、2、1 after a restart): steps down by one and never one up. */
function countdown(markers: readonly Marker[]): boolean {
  let down = 0;
  for (let i = 1; i < markers.length; i++) {
    if (markers[i].ordinal === markers[i - 1].ordinal + 1) return false;
    if (markers[i].ordinal === markers[i - 1].ordinal - 1) down++;
  }
  return down >= 1;
}

/**
 * Starts of markers that come right after a short title line of their own (「2022年4月9日周报」:
 * no marker, no sentence punctuation) or a paragraph announcing a list (……安排如下：). Numbering
 * may start again there.
 */
function titleLines(model: ReportModel): Set<number> {
  const out = new Set<number>();
  const blocks = model.blocks;
  for (let i = 1; i < blocks.length; i++) {
    const prev = blocks[i - 1];
    if (prev.kind !== 'paragraph' || matchMarker(prev.text)) continue;
    // A title line of its own, or a paragraph that announces a list (……做如下安排：).
    const title = prev.text.length <= 30 && !/[。；;，,：:！？!?、]/.test(prev.text);
    if (!title && !/[：:]\s*$/.test(prev.text)) continue;
    const m = matchMarker(blocks[i].text);
    if (m && m.ordinal === 1) out.add(blocks[i].offsets[m.start]);
  }
  return out;
}

/**
 * Markers that go on with the numbering of the same level under the previous parent: 一、 (一)…(五)
 * 二、 (六)(七). Some offices number the second level through the whole document; the first
 * child under the next parent then continues the last one (ordinal one up), and is no skip.
 */
function continuing(model: ReportModel): Set<Marker> {
  const out = new Set<Marker>();
  const last = new Map<string, OutlineNode>();
  for (const n of walkOutline(model.outline)) {
    const m = n.marker;
    if (m.kind === 'heading' || m.kind === 'shi' || m.fromList) continue;
    const key = `${m.kind} ${m.style} ${n.rank}`;
    const prev = last.get(key);
    if (prev && prev.parent !== n.parent && prev.parent && n.parent && m.ordinal > 1 && m.ordinal === prev.marker.ordinal + 1) out.add(m);
    last.set(key, n);
  }
  return out;
}

/**
 * Where a draft that opens in the middle of a list stops being an excerpt: a page cut from a longer
 * report starts at 5、 or 三、 with at most a title and a broken-off sentence before it. Every
 * numbering before the first 1/一 of the document is then a continuation of text we do not have,
 * not a skip. A draft that introduces its list (……总结如下：) is whole and stays checked.
 */
function excerptUntil(model: ReportModel, runs: readonly { markers: readonly Marker[] }[]): (m: Marker) => boolean {
  let first: Marker | undefined;
  // (Per kind of marker: 二是 … (四) … 一是 … 二、: the 一是 starts its own kind, not the 一、 the page began without.)
  const firstOne = new Map<string, number>();
  const kindOf = (m: Marker) => `${m.kind} ${m.style}`;
  for (const r of runs)
    for (const m of r.markers) {
      if (m.fromList) continue;
      if (!first || m.start < first.start) first = m;
      if (m.ordinal === 1 && m.start < (firstOne.get(kindOf(m)) ?? Infinity)) firstOne.set(kindOf(m), m.start);
    }
  if (!first || first.ordinal === 1) return () => false;
  const before = model.blocks.filter((b) => b.end <= first.start && b.text.trim());
  if (before.length > 2 || before.some((b) => /[：:]\s*$/.test(b.text))) return () => false;
  return (m) => m.start < (firstOne.get(kindOf(m)) ?? Infinity);
}

/**
 * 原因：1、抽取时间不严谨…⏎ 2、数据源不一致…: a list begun inside a sentence after its colon, its next items on lines
 * of their own in the same paragraph. The run of lines starts at 2 and skips nothing.
 */
function begunInline(model: ReportModel, head: Marker): boolean {
  if (head.ordinal < 2 || head.ordinal > 9) return false;
  const before = model.text.slice(Math.max(0, head.start - 600), head.start);
  // (In Markdown the paragraph; in a plain draft, where every line is one, the line before.)
  const para = model.kind === 'markdown' ? before.slice(before.lastIndexOf('\n\n') + 1) : before.slice(before.lastIndexOf('\n', before.length - 2) + 1);
  if (head.kind === 'shi') {
    // (城镇建设迈出新步伐。一是加强基础设施建设…⏎二是做好重点项目协调…: the lead sentence and 一是 share a line, the
    // next points open lines of their own.)
    const prior = toChineseNumeral(head.ordinal - 1);
    return new RegExp(`(?:^|[。；;：:！!？?])[ \\t\u3000]*${prior}(?:是|要|抓|坚持)`).test(para);
  }
  return new RegExp(`[：:][ \\t\u3000]*${head.ordinal - 1}[、.．]`).test(para);
}

/** Whether the node of marker `m` stands under a parent numbered with the same kind of marker. */
function underSameKind(model: ReportModel, m: Marker): boolean {
  const node = walkOutline(model.outline).find((n) => n.marker === m);
  return !!node?.parent && node.parent.marker.kind === m.kind;
}

export const outlineSequenceCheck: Check = {
  name: 'outline-sequence',
  rules: [
    {
      id: 'outline/sequence',
      title: '同级编号跳号或重复（一、二、四、；（一）（三）；一是……三是）',
      titleEn: 'Skipped or repeated ordinals at one outline level',
      rationale: '同一层级的序号应连续（表格的“序号”列也一样）。跳号、重号往往说明删改段落或表格行后漏改了编号，审稿人一眼就能看出来。',
      reference: 'GB/T 9704-2012 7.3.3',
      defaultSeverity: 'warning',
      fixable: true,
      example: { bad: '一、……\n二、……\n四、……', good: '一、……\n二、……\n三、……' },
    },
  ],
  run(model) {
    const out: Draft[] = [];
    const titles = titleLines(model);
    const slips = misleveled(model);
    const goesOn = continuing(model);
    const runs = markerRuns(model);
    const excerpt = excerptUntil(model, runs);
    // (A contents list printed ahead of the body: the body's 一、 starts its numbering again.)
    const listed = new Set(contentsEntries(model.outline).map((n) => n.marker));
    const lost = lostShiNumerals(model);
    for (const run of runs) {
      // ## 2. then ### 3.: a level slip, reported by outline/level, not a skip.
      if (run.markers.length && [...slips.keys()].some((n) => n.marker === run.markers[0])) continue;
      // Markdown numbers its lists itself (1. 1. 1. renders 1 2 3); only a list numbered by hand
      // throughout with one gap (1. 2. 4.) shows an item deleted without renumbering.
      if (run.markers.some((m) => m.fromList) && !oneGap(run.markers)) continue;
      if (countdown(run.markers)) continue; // 十、九、八…: a countdown written on purpose
      const head = run.markers[0];
      let expected = head && (goesOn.has(head) || excerpt(head) || begunInline(model, head) || afterMisleveledOne(model, head)) ? head.ordinal : 1;
      let alt: number | undefined;
      // Only the run's first slip carries the fix: it renumbers the rest, and a later slip's own renumbering would
      // fight it (applied together, they leave a wrong number behind). Re-checked after it, the run says what is left.
      let fixed = false;
      for (let i = 0; i < run.markers.length; i++) {
        const m = run.markers[i];
        // 1.1 1.2 2.1 2.2: a decimal list starts again under each new leading number.
        if (run.kind === 'decimal' && i > 0 && decimalHead(model.text, m) !== decimalHead(model.text, run.markers[i - 1])) expected = 1;
        // (一是 ⏎ 是… ⏎ 是… ⏎ 四是: the items whose numerals were lost are counted, and reported on their own.)
        if (m.kind === 'shi' && i > 0 && m.ordinal > expected) {
          const before = run.markers[i - 1].start;
          expected += lost.filter((d) => d.start > before && d.start < m.start).length;
        }
        if (m.ordinal === expected || m.ordinal === alt) {
          expected = m.ordinal + 1;
          alt = undefined;
          continue;
        }
        alt = undefined;
        // A collection of reports (周报 after 周报): a title line of its own starts the numbering again.
        if (m.ordinal === 1 && !run.inline && titles.has(m.start)) {
          expected = 2;
          continue;
        }
        // The body after its contents list: 一、 again with the very heading the contents listed first.
        if (m.ordinal === 1 && !run.inline && listed.has(run.markers[0]) && !listed.has(m)) {
          expected = 2;
          continue;
        }
        const edits: TextEdit[] = [];
        for (let j = i, want = expected; j < run.markers.length; j++, want++) {
          const mj = run.markers[j];
          if (mj.ordinal !== want)
            edits.push({ ...mj.ordinalSpan, newText: ordinalText(run.kind, want, model.text.slice(mj.ordinalSpan.start, mj.ordinalSpan.end)) });
        }
        const want =
          model.text.slice(m.start, m.ordinalSpan.start) +
          ordinalText(run.kind, expected, model.text.slice(m.ordinalSpan.start, m.ordinalSpan.end)) +
          model.text.slice(m.ordinalSpan.end, m.end);
        const prev = run.markers[i - 1];
        const what = m.ordinal > expected ? '跳号' : '重复';
        out.push({
          start: m.start,
          end: m.end,
          message:
            m.ordinal > expected
              ? `编号跳号：此处应为${shown(want)}，写成了${shown(m.text)}${expected === 1 ? '（同级编号应从头开始）' : ''}。`
              : `编号重复：${shown(m.text)}与前一个同级编号重复，此处应为${shown(want)}。`,
          // (一、 / # 四、 / 二、: a list of one kind under a title of the same kind may as well go on with it as start
          // again; renumbering it from 一 is offered, never applied unasked.)
          fix: fixed ? undefined : { title: `重新编号（${KIND_LABEL[run.kind]}级，从此处起）`, edits, safe: !(expected === 1 && underSameKind(model, m)) },
          related: prev ? [{ start: prev.start, end: prev.end, message: `上一个同级编号${shown(prev.text)}` }] : undefined,
          data: { expected, found: m.ordinal, kind: run.kind, problem: what },
        });
        // The writer counts on either from the number written (1. 2. 3. 3. 4. 6.) or from its place (（一）（二）（二）（四）,
        // the second （二） a typo for （三）): a later slip from both counts is one more finding.
        fixed = true;
        alt = expected + 1;
        expected = m.ordinal + 1;
      }
    }
    for (const d of serialColumns(model)) out.push(d);
    for (const d of lost) out.push(d);
    return out;
  },
};

/**
 * 一、存款方面 / 2. 贷款方面: the list's first item was typed with a higher mark (outline/level reports it, and the
 * reader sets it among the list's items); the 2. after it goes on from it.
 */
function afterMisleveledOne(model: ReportModel, head: Marker): boolean {
  if (head.ordinal !== 2 || !model.levelIssues.length) return false;
  for (const { node } of model.levelIssues) {
    if (node.marker.ordinal !== 1) continue;
    const family = node.parent?.children ?? model.outline;
    const next = family[family.indexOf(node) + 1];
    if (next && next.marker === head) return true;
  }
  return false;
}

/** A paragraph opening 是 and a short theme (是发展动能不断集蓄。): an item of 一是… whose numeral was lost. */
const BARE_SHI = /^是(?=[\u4e00-\u9fff]{3,14}[。；;：:])/;

/**
 * 一是疫情防控精准高效。… ⏎ 是发展动能不断集蓄。… ⏎ 是城乡品质稳步提升。…: paragraphs after a 一是 paragraph that open
 * with a bare 是 and a short theme are its next items, their numerals left out (a sentence seldom opens with 是).
 */
function lostShiNumerals(model: ReportModel): Draft[] {
  const out: Draft[] = [];
  let next = 0;
  for (const b of model.blocks) {
    if (b.kind !== 'paragraph') {
      next = 0;
      continue;
    }
    const m = matchMarker(b.text);
    if (m?.kind === 'shi') {
      next = m.ordinal + 1;
      continue;
    }
    if (!next || !BARE_SHI.test(b.text)) {
      next = 0;
      continue;
    }
    const want = `${toChineseNumeral(next)}是`;
    out.push({
      start: b.start,
      end: b.offsets[0] + 1,
      message: `缺少编号：此处应为${shown(want)}，只写了“是”。`,
      fix: { title: `补上编号“${want}”`, edits: [{ start: b.start, end: b.start, newText: toChineseNumeral(next) }], safe: false },
      data: { expected: next, found: 0, kind: 'shi', problem: '缺号' },
    });
    next++;
  }
  return out;
}

const SERIAL_HEADER = /^(?:序号|编号|No\.?|#)$/i;

/**
 * A table's 序号 column counted by hand: | 1 | … | 2 | … | 3 | … | 3 | … | has a number typed twice. Rows after the
 * numbered ones (合计, 小计) carry none; a table whose column holds anything but whole numbers is left alone.
 */
function serialColumns(model: ReportModel): Draft[] {
  const out: Draft[] = [];
  for (const t of readTables(model)) {
    if (!SERIAL_HEADER.test(t.header[0]?.text.trim() ?? '')) continue;
    const cells = t.rows.map((r) => r.cells[0]).filter((c) => c && !c.empty);
    let n = cells.length;
    while (n > 0 && cells[n - 1].value === undefined) n--; // 合计 / 小计 at the foot
    const numbered = cells.slice(0, n);
    if (numbered.length < 3 || numbered.some((c) => c.value === undefined || !Number.isInteger(c.value) || c.unit || c.percent)) continue;
    if (numbered[0].value !== 1) continue;
    for (let i = 1; i < numbered.length; i++) {
      const expected = i + 1;
      const c = numbered[i];
      if (c.value === expected) continue;
      const what = c.value! > expected ? '跳号' : '重复';
      const edits: TextEdit[] = numbered
        .slice(i)
        .flatMap((x, k) => (x.value === expected + k ? [] : [{ start: x.start, end: x.end, newText: String(expected + k) }]));
      out.push({
        start: c.start,
        end: c.end,
        message: what === '跳号' ? `序号跳号：此处应为“${expected}”，写成了“${c.text}”。` : `序号重复：“${c.text}”与上一行的序号重复，此处应为“${expected}”。`,
        fix: { title: '重新编号（表格序号列，从此处起）', edits, safe: true },
        related: [{ start: numbered[i - 1].start, end: numbered[i - 1].end, message: `上一行的序号“${numbered[i - 1].text}”` }],
        data: { expected, found: c.value, kind: 'table', problem: what },
      });
      break;
    }
  }
  return out;
}
