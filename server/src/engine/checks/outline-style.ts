// outline/style: marker forms per GB/T 9704-2012 (一、 （一） 1. （1）) and
// GB/T 15834-2011 (a bracketed number takes no punctuation; brackets are full-width
// in Chinese text), and one style per level.
import type { Check } from '../rule.js';
import type { Draft, Marker, ReportModel } from '../types.js';
import { markerRuns, type MarkerRun } from '../reader/siblings.js';
import { matchMarker } from '../reader/markers.js';
import { blockSpan } from '../reader/blocks.js';

function q(s: string): string {
  return `“${s}”`;
}

function replaceIn(model: ReportModel, m: Marker, from: number, to: number, newText: string): string {
  return model.text.slice(m.start, from) + newText + model.text.slice(to, m.end);
}

function majority<T>(items: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

/** The title starts with a digit (2、12项): a dot after the marker would make a decimal of it. */
function digitAfter(model: ReportModel, m: Marker): boolean {
  return /^\s*[0-9０-９]/.test(model.text.slice(m.punctSpan.end, m.punctSpan.end + 3));
}

/** The spaces typed after a marker for its stop (1 无论…, 四 我想说的): the fix replaces them with the stop. */
function spaceAfter(model: ReportModel, m: Marker): number {
  return /^[ \t\u3000]*/.exec(model.text.slice(m.punctSpan.end, m.punctSpan.end + 8))![0].length;
}

function checkMarker(model: ReportModel, m: Marker, out: Draft[], dot = '.'): boolean {
  const punctText = model.text.slice(m.punctSpan.start, m.punctSpan.end);
  const fix = (title: string, newText: string, from = m.punctSpan.start, to = m.punctSpan.end) => ({
    title,
    edits: [{ start: from, end: to, newText }],
    safe: true,
  });
  switch (m.kind) {
    case 'cn':
      if (punctText !== '、') {
        // (四 我想说的: the space typed for 、 goes with it.)
        const gap = m.style === ' ' ? spaceAfter(model, m) : 0;
        if (gap) {
          out.push({
            start: m.start,
            end: m.end + gap,
            message: `一级标题序号应写作${q(m.text + '、')}，序号后不空格。`,
            fix: fix(`改为${q(m.text + '、')}`, '、', m.punctSpan.start, m.punctSpan.end + gap),
            data: { expected: m.text + '、' },
          });
          return true;
        }
        const good = replaceIn(model, m, m.punctSpan.start, m.punctSpan.end, '、');
        out.push({
          start: m.start,
          end: m.end,
          message: `一级标题序号应写作${q(good)}，不用${q(m.text)}。`,
          fix: fix(`改为${q(good)}`, '、'),
          data: { expected: good },
        });
        return true;
      }
      return false;
    case 'arabic':
      if (punctText === '、' || punctText === '，' || punctText === ',' || punctText === '：' || punctText === ':' || punctText === '。') {
        const good = replaceIn(model, m, m.punctSpan.start, m.punctSpan.end, dot);
        // 2、12项 → 2.12项 would read as a decimal: said, but left to the writer (no fix).
        const f = digitAfter(model, m) ? undefined : fix(`改为${q(good)}`, dot);
        out.push({ start: m.start, end: m.end, message: `阿拉伯数字序号后用下脚点：应写作${q(good)}，不用${q(m.text)}。`, fix: f, data: { expected: good } });
        return true;
      }
      // 1 无论大小任务…: a space typed for the stop (the reader takes these only as a list, see spacedArabic).
      if (m.style === ' ') {
        const gap = spaceAfter(model, m);
        const good = `${m.text}${dot}`;
        out.push({
          start: m.start,
          end: m.end + gap,
          message: `阿拉伯数字序号后用下脚点：应写作${q(good)}，序号后不空格。`,
          fix: fix(`改为${q(good)}`, dot, m.punctSpan.start, m.punctSpan.end + gap),
          data: { expected: good },
        });
        return true;
      }
      return false;
    case 'cnParen':
    case 'arabicParen': {
      let flagged = false;
      if (punctText) {
        // (二）、 : one fix drops the punctuation and evens out the brackets.
        const brackets = m.style.startsWith('mixed') || m.style.startsWith('hex') ? toFullBrackets(model, m) : undefined;
        const good = brackets ? brackets.text : replaceIn(model, m, m.punctSpan.start, m.punctSpan.end, '');
        const f = fix(brackets ? `改为${q(good)}` : `删去${q(punctText)}`, '');
        if (brackets) f.edits.unshift(...brackets.edits);
        out.push({ start: m.start, end: m.end, message: `带括号的序号后不再加标点：应写作${q(good)}，不用${q(m.text)}。`, fix: f, data: { expected: good } });
        flagged = true;
      }
      if (!flagged && m.style.startsWith('hex')) {
        const good = toFullBrackets(model, m);
        out.push({
          start: m.start,
          end: m.punctSpan.start,
          message: `序号用圆括号：应写作${q(good.text)}，不用${q(m.text)}（六角括号〔〕用于文号年份）。`,
          fix: { title: `改为${q(good.text)}`, edits: good.edits, safe: true },
          data: { expected: good.text },
        });
        flagged = true;
      }
      // 1） alone is a list mark in its own right (GB/T 1.1 numbers list items 1) 2)), not a bracket written by half;
      // 1)、 is one (its punctuation gives it away, above).
      if (!flagged && m.style.startsWith('mixed') && !/^[\s\u3000]*[0-9０-９]/.test(m.text)) {
        const good = toFullBrackets(model, m);
        out.push({
          start: m.start,
          end: m.punctSpan.start,
          message: `序号括号前后不一致：应写作${q(good.text)}。`,
          fix: { title: `改为${q(good.text)}`, edits: good.edits, safe: true },
          data: { expected: good.text },
        });
        flagged = true;
      }
      return flagged;
    }
    default:
      return false;
  }
}

// 1、 after a colon or a sentence's end, opening an item (not 1、2月份: a list of numbers).
// (The lookahead repeats the first character: V8 then scans for it instead of trying the lookbehind everywhere.)
const INLINE_ARABIC = /(?=[ \u30000-9])(?<=[：:。；;])[ \u3000]*([0-9]{1,2})、(?=[\u4e00-\u9fff“《（(])/g;

/** Runs of inline 1、 2、 3、 (from 1, one up each time, two or more) inside paragraphs. */
function inlineArabic(model: ReportModel): Marker[] {
  const out: Marker[] = [];
  for (const b of model.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
    if (!b.text.includes('、')) continue;
    const hits: Marker[] = [];
    INLINE_ARABIC.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = INLINE_ARABIC.exec(b.text)) !== null) {
      const at = m.index + m[0].length - m[1].length - 1;
      const ordinal = Number(m[1]);
      if (ordinal !== hits.length + 1) {
        if (hits.length >= 2) out.push(...hits);
        hits.length = 0;
        if (ordinal !== 1) continue;
      }
      const span = blockSpan(b, at, at + m[1].length + 1);
      hits.push({
        kind: 'arabic',
        ordinal,
        text: `${m[1]}、`,
        style: '、',
        punct: '、',
        ...span,
        ordinalSpan: blockSpan(b, at, at + m[1].length),
        punctSpan: blockSpan(b, at + m[1].length, at + m[1].length + 1),
      });
    }
    if (hits.length >= 2) out.push(...hits);
  }
  return out;
}

// 1- 架构设计 / 2- 数据库开发: a hyphen typed for the stop, at the start of a line (not 3-5天, a range).
const DASHED = /(?:^|\n)[ \t\u3000]*([0-9]{1,2})-[ \t]*(?=[\u4e00-\u9fffA-Za-z“《（(])/g;

/**
 * Runs of lines numbered 1- 2- 3- (from 1, one up each time, two or more), in paragraphs and list items
 * (a Markdown item's lines typed under it by hand). Sub-items of a numbered item take （1）, others 1.
 */
function dashedItems(model: ReportModel): Draft[] {
  const out: Draft[] = [];
  let run: { at: number; end: number; n: string; under: boolean }[] = [];
  const flush = () => {
    if (run.length >= 2)
      for (const h of run) {
        const good = h.under ? `（${h.n}）` : `${h.n}.`;
        out.push({
          start: h.at,
          end: h.end,
          message: `序号后不用连字符“-”：应写作${q(good)}。`,
          fix: { title: `改为${q(good)}`, edits: [{ start: h.at, end: h.end, newText: good }], safe: true },
          data: { expected: good },
        });
      }
    run = [];
  };
  for (const b of model.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
    if (!b.text.includes('-')) continue;
    // A Markdown list item or a paragraph opening with its own number holds sub-items.
    const under = !!b.listMarker || /^[ \t\u3000]*(?:[0-9]{1,2}[.．、]|[一二三四五六七八九十]+、)/.test(b.text);
    DASHED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DASHED.exec(b.text)) !== null) {
      const ordinal = Number(m[1]);
      if (ordinal !== (run.length ? Number(run[run.length - 1].n) + 1 : 1)) {
        flush();
        if (ordinal !== 1) continue;
      }
      const from = m.index + m[0].length - m[0].replace(/^\n?[ \t\u3000]*/, '').length;
      const span = blockSpan(b, from, m.index + m[0].length);
      run.push({ at: span.start, end: span.end, n: m[1], under });
    }
  }
  flush();
  return out;
}

function toFullBrackets(model: ReportModel, m: Marker) {
  const open = model.text.slice(m.start, m.ordinalSpan.start);
  const close = model.text.slice(m.ordinalSpan.end, m.punctSpan.start);
  const edits = [];
  const o = open.search(/[(〔]/);
  if (o >= 0) edits.push({ start: m.start + o, end: m.start + o + 1, newText: '（' });
  // 1) / 1）: the opening bracket was never written.
  if (!open) edits.push({ start: m.ordinalSpan.start, end: m.ordinalSpan.start, newText: '（' });
  const c = close.search(/[)〕]/);
  if (c >= 0) edits.push({ start: m.ordinalSpan.end + c, end: m.ordinalSpan.end + c + 1, newText: '）' });
  const text = (open ? open.replace(/[(〔]/, '（') : '（') + model.text.slice(m.ordinalSpan.start, m.ordinalSpan.end) + close.replace(/[)〕]/, '）');
  return { text, edits };
}

/** One style per level: 1. with 1．, （一） with (一), 一是 with 二要. */
function checkRun(model: ReportModel, run: MarkerRun, flagged: Set<Marker>, out: Draft[]): void {
  const ms = run.markers.filter((m) => !flagged.has(m));
  if (run.kind === 'cnParen' || run.kind === 'arabicParen') {
    // Compare the brackets each marker will have once its own fix is applied (mixed → full),
    // so fixing （一）、 or (二） never leaves a half-width sibling to fix in a second round.
    const styles = new Set(run.markers.map((m) => (m.style.startsWith('mixed') || m.style.startsWith('hex') ? 'full' : m.style.replace(/[^a-z]/g, ''))));
    if (styles.has('half') && styles.has('full')) {
      for (const m of run.markers.filter((x) => x.style.startsWith('half'))) {
        const good = toFullBrackets(model, m);
        out.push({
          start: m.start,
          end: m.punctSpan.start,
          message: `同级序号混用半角与全角括号：应统一为全角${q(good.text)}。`,
          fix: { title: `改为${q(good.text)}`, edits: good.edits, safe: true },
          data: { expected: good.text },
        });
      }
    }
    return;
  }
  if (ms.length < 2 && run.kind !== 'shi') return;
  if (run.kind === 'arabic') {
    // 、 ， and ： are flagged one by one above; the others (. ． ) ）) should agree with each other.
    const own = (p: string) => p !== '、' && p !== '，' && p !== ',' && p !== '：' && p !== ':';
    const main = majority(ms.map((m) => m.punct).filter(own));
    for (const m of ms) {
      if (m.punct === main || !own(m.punct)) continue;
      const good = replaceIn(model, m, m.punctSpan.start, m.punctSpan.end, main ?? '.');
      const f =
        /^[.．]$/.test(main ?? '.') && digitAfter(model, m)
          ? undefined
          : { title: `改为${q(good)}`, edits: [{ ...m.punctSpan, newText: main ?? '.' }], safe: true };
      out.push({
        start: m.start,
        end: m.end,
        message: `同级序号写法不一致：本级其他序号写作“${main}”，此处应为${q(good)}。`,
        fix: f,
        data: { expected: good },
      });
    }
    return;
  }
  if (run.kind === 'shi') {
    const verb = run.markers[0]?.style;
    for (const m of run.markers.slice(1)) {
      if (m.style === verb) continue;
      const verbAt = m.ordinalSpan.end;
      const good = model.text.slice(m.start, verbAt) + verb;
      out.push({
        start: m.start,
        end: m.end,
        message: `同一组列举的提法不一致：前面用“${run.markers[0].text}”，此处宜写作${q(good)}。`,
        fix: { title: `改为${q(good)}`, edits: [{ start: verbAt, end: verbAt + 1, newText: verb }], safe: true },
        related: [{ start: run.markers[0].start, end: run.markers[0].end, message: '本组列举的第一项' }],
        data: { expected: good },
      });
    }
  }
}

export const outlineStyleCheck: Check = {
  name: 'outline-style',
  rules: [
    {
      id: 'outline/style',
      title: '序号写法不规范或同级不统一（1、→1.，（一）、→（一），一.→一、）',
      titleEn: 'Non-standard or inconsistent outline marker',
      rationale: '公文结构层次序数依次为“一、”“（一）”“1.”“（1）”；带括号的序号后不加顿号或点号；同一层级应采用同一写法。',
      reference: 'GB/T 9704-2012 7.3.3；GB/T 15834-2011 4.3、4.9',
      defaultSeverity: 'warning',
      fixable: true,
      example: {
        bad: '1、深入学习宣传贯彻党的二十大精神。\n（一）、谋全局抓统筹还不够深入。',
        good: '1.深入学习宣传贯彻党的二十大精神。\n（一）谋全局抓统筹还不够深入。',
      },
    },
  ],
  run(model) {
    const out: Draft[] = [];
    const flagged = new Set<Marker>();
    // Markdown list markers (`1.` `1)`) are list syntax, not the writer's numbering — but a line typed by hand
    // among them (1. … / 2、… / 3. …, the 2、 not being list syntax) is the writer's.
    const all = markerRuns(model);
    for (const run of all) {
      if (run.inline) continue;
      const own = run.markers.filter((m) => !m.fromList);
      // 1、 becomes the dot its siblings use (1． among 2． 3．), so one fix settles the level.
      const dot = run.kind === 'arabic' ? (majority(run.markers.map((m) => m.punct).filter((p) => p === '.' || p === '．')) ?? '.') : '.';
      for (const m of own) if (checkMarker(model, m, out, dot)) flagged.add(m);
    }
    for (const run of all.filter((r) => !r.markers.some((m) => m.fromList))) checkRun(model, run, flagged, out);
    // Items numbered inside a paragraph (不足之处：1、……。2、……。) are the writer's numbering too.
    for (const m of inlineArabic(model)) checkMarker(model, m, out);
    out.push(...dashedItems(model));
    // Items numbered inside table cells (| 1、团队综合能力强 |) are written by hand too.
    for (const b of model.blocks) {
      if (b.kind !== 'tableRow' || !b.cells) continue;
      for (const c of b.cells) {
        const raw = matchMarker(b.text.slice(c.start, c.end));
        if (!raw || raw.kind === 'shi') continue;
        const at = (i: number) => blockSpan(b, c.start + i, c.start + i);
        const span = blockSpan(b, c.start + raw.start, c.start + raw.end);
        const m: Marker = {
          kind: raw.kind,
          ordinal: raw.ordinal,
          text: raw.text,
          style: raw.style,
          punct: raw.punct,
          ...span,
          ordinalSpan: { start: at(raw.ordinalStart).start, end: at(raw.ordinalEnd).start },
          punctSpan: blockSpan(b, c.start + raw.punctStart, c.start + raw.punctStart + raw.punct.length),
        };
        checkMarker(model, m, out);
      }
    }
    return out;
  },
};
