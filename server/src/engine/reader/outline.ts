// The outline reader: turns prose blocks into a tree of numbered nodes, from
// `#` headings and from the Chinese markers that open paragraphs.
import type { Block, Enumeration, Marker, OutlineNode, Span } from '../types.js';
import { KIND_RANK, blockMarker, parseChineseNumeral, type RawMarker } from './markers.js';
import { blockSpan } from './blocks.js';
import { SPACE } from '../text/scan.js';

export interface LevelIssue {
  node: OutlineNode;
  /** The lower-ranked node it was found nested under. */
  under: OutlineNode;
}

export interface OutlineResult {
  outline: OutlineNode[];
  preamble: Block[];
  enumerations: Enumeration[];
  levelIssues: LevelIssue[];
}

const PROSE = new Set(['heading', 'paragraph', 'listItem']);

function toMarker(block: Block, raw: RawMarker): Marker {
  const span = blockSpan(block, raw.start, raw.end);
  return {
    kind: raw.kind,
    ordinal: raw.ordinal,
    text: raw.text,
    style: raw.style,
    punct: raw.punct,
    start: span.start,
    end: span.end,
    ordinalSpan: blockSpan(block, raw.ordinalStart, raw.ordinalEnd),
    punctSpan: blockSpan(block, raw.punctStart, raw.punctStart + raw.punct.length),
    ...(block.listMarker && raw.start === 0 ? { fromList: true } : {}),
  };
}

/** Title: after the marker up to the first 。/：(；/， too for 一是) or the end of the line. */
function titleOf(block: Block, from: number, isShi: boolean): { title: string; span: Span } {
  const text = block.text;
  const stop = isShi ? /[。：:；;，,\n]/ : /[。：:\n]/;
  let i = from;
  while (i < text.length && SPACE.has(text.charCodeAt(i))) i++;
  const rest = text.slice(i);
  const m = stop.exec(rest);
  let end = m ? i + m.index : text.length;
  while (end > i && SPACE.has(text.charCodeAt(end - 1))) end--;
  return { title: text.slice(i, end), span: blockSpan(block, i, end) };
}

function isChineseKind(n: OutlineNode): boolean {
  return n.marker.kind !== 'heading';
}

function sameFamily(a: OutlineNode, b: OutlineNode): boolean {
  // One family per marker kind at one heading depth (or in the paragraphs).
  return a.marker.kind === b.marker.kind && a.rank === b.rank;
}

/**
 * （一） right under 1.: a higher rank nested under a lower one. 一、 always goes back to the top; 一是
 * is used at any depth, so never counts; 2.1 then 3. goes back up (a decimal is a sub-number).
 */
const LOW = new Set(['arabic', 'arabicParen', 'circled']);

function inverts(top: OutlineNode, node: OutlineNode): boolean {
  // #### 2. 数据质量 / （一）规则覆盖: a paragraph's （一） under a heading numbered 2. is as upside down as under a
  // paragraph 2. (the heading's depth says nothing about the Chinese ranks).
  if (top.fromHeading && !node.fromHeading && !node.marker.fromList && LOW.has(top.marker.kind) && node.marker.kind === 'cnParen') return true;
  return (
    isChineseKind(top) &&
    isChineseKind(node) &&
    top.fromHeading === node.fromHeading &&
    top.rank > node.rank &&
    node.marker.kind !== 'cn' &&
    top.marker.kind !== 'shi' &&
    node.marker.kind !== 'shi' &&
    top.marker.kind !== 'decimal'
  );
}

/** A numbered paragraph that goes on with a numbered heading's list (## 三、… / 四、…), or the reverse. */
function continues(prev: OutlineNode, node: OutlineNode): boolean {
  return (
    prev.fromHeading !== node.fromHeading &&
    prev.marker.kind === node.marker.kind &&
    isChineseKind(prev) &&
    !prev.marker.fromList &&
    !node.marker.fromList &&
    node.marker.ordinal === prev.marker.ordinal + 1
  );
}

/**
 * Nesting rank (smaller = higher). A Markdown heading's depth comes first — an unnumbered
 * `###` or a `#### 3.1` under `## 一、` never pushes the next `## 二、` beneath it — then the
 * GB/T 9704 rank of its Chinese marker; numbered paragraphs rank below every heading.
 */
function rankOf(block: Block, kind: keyof typeof KIND_RANK, style = ''): number {
  // 2.1.1 sits under 2.1, which sits under 2.: a tenth per further component.
  const deeper = kind === 'decimal' ? (Number(style.slice(1)) - 2) / 10 : 0;
  // At one heading depth an unnumbered heading is the peer of 一、 (## 目录 / ## 一、版本发布 are siblings).
  const own = block.kind === 'heading' && kind === 'heading' ? KIND_RANK.cn : KIND_RANK[kind];
  return (block.kind === 'heading' ? (block.depth ?? 1) * 100 : PARAGRAPH_RANK) + own + deeper;
}
const PARAGRAPH_RANK = 1000;
/** 第一部分 2025年工作总结: a line naming a part of a long report (its title after it, no sentence). */
const PART = /^[\s\u3000]*第[一二三四五六七八九十]{1,2}部分[\s\u3000：:，,、.．]*([^\n。；;！？!?]{0,30})$/;

const INLINE = /(^|[：:；;。，,！？!?\s\u3000])([一二三四五六七八九十]{1,2})([是要])(?![一二三四五六七八九十素])/g;

// A paragraph opening with 一是 is an outline node and also the first item of any run it contains.
function inlineEnumerations(block: Block, blockIndex: number): Enumeration[] {
  const runs: Enumeration[] = [];
  let run: Enumeration | undefined;
  const text = block.text;
  const hits: { start: number; ordEnd: number; end: number; ordinal: number; verb: string; ord: string }[] = [];
  INLINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE.exec(text)) !== null) {
    const start = m.index + m[1].length;
    hits.push({ start, ordEnd: start + m[2].length, end: start + m[2].length + 1, ordinal: parseChineseNumeral(m[2]), verb: m[3], ord: m[2] });
  }
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    const next = hits[h + 1];
    if (hit.ordinal === 1 || !run) {
      if (run && run.items.length >= 2) runs.push(run);
      run = hit.ordinal === 1 ? { blockIndex, items: [] } : undefined;
      if (!run) continue;
    }
    const mk: Marker = {
      kind: 'shi',
      ordinal: hit.ordinal,
      text: hit.ord + hit.verb,
      style: hit.verb,
      punct: '',
      ...blockSpan(block, hit.start, hit.end),
      ordinalSpan: blockSpan(block, hit.start, hit.ordEnd),
      punctSpan: blockSpan(block, hit.end, hit.end),
    };
    run.items.push({ marker: mk, span: blockSpan(block, hit.start, next && next.start > hit.start ? next.start : text.length) });
  }
  if (run && run.items.length >= 2) runs.push(run);
  return runs;
}

/** After an item's number: a date (12月20日前) or a count (15分钟服务圈) rather than a decimal part. */
const DATE_OR_COUNT = /^(?:[0-9]{1,2}(?:[—\-~～至到][0-9]{1,2})?(?:月|日|时|号)|[0-9]{1,4}(?:分钟|小时|公里|个|家|项|人|名|次|件|户|所|条|场|批|台|辆|亩|吨))/;

/** An arabic item number at the very start of a paragraph, written with no stop after it. */
function bareArabic(digits: string, style: string): RawMarker {
  const n = digits.length;
  return { kind: 'arabic', ordinal: Number(digits), text: digits, style, punct: '', start: 0, end: n, ordinalStart: 0, ordinalEnd: n, punctStart: n };
}

// 1 无论大小任务…: a number, a space, then a word that is no measure of it.
const SPACED =
  /^([1-9][0-9]?)[ \t\u3000]+(?=[\u4e00-\u9fffA-Za-z“《（(])(?![0-9]*[个人名家次项件户元万亿千百十年月日天周号届期批场所台辆条篇份位度倍成岁余多座栋套间辆支只头株棵亩吨米里]|(?:kg|km|ms|MB|GB|TB|KB|px|h|min|s|m)\b|%)/;

export function readOutline(blocks: Block[]): OutlineResult {
  const outline: OutlineNode[] = [];
  const preamble: Block[] = [];
  const enumerations: Enumeration[] = [];
  const levelIssues: LevelIssue[] = [];
  const stack: OutlineNode[] = [];

  // (In Markdown the # headings are the parts: 第二部分，沟通/团队建设 between them is a line of prose.)
  const headed = blocks.some((b) => b.kind === 'heading');
  blocks.forEach((block, index) => {
    if (!PROSE.has(block.kind)) {
      if (block.kind === 'tableRow') (stack.length ? stack[stack.length - 1].body : preamble).push(block);
      return;
    }
    const raw =
      blockMarker(block.text, block.kind === 'heading') ??
      (block.kind === 'heading'
        ? undefined
        : (nextArabicBeforeFigure(block.text, blocks[index + 1]?.text) ?? nextArabicBare(block.text) ?? spacedArabic(block.text, index)));
    let node: OutlineNode | undefined;
    if (raw) {
      const t = titleOf(block, raw.end, raw.kind === 'shi');
      const marker = toMarker(block, raw);
      node = {
        marker,
        level: 0,
        rank: rankOf(block, raw.kind, raw.style),
        title: t.title,
        titleSpan: t.span,
        blockIndex: index,
        body: [block],
        children: [],
        fromHeading: block.kind === 'heading',
        start: marker.start,
        end: block.end,
      };
    } else if (block.kind === 'heading' || (block.kind === 'paragraph' && !headed && PART.test(block.text))) {
      // (第二部分 存在的问题 on a line of its own heads a part of a plain draft as a heading would: above its 一、.)
      const part = block.kind === 'paragraph' ? PART.exec(block.text) : null;
      const t = titleOf(block, part ? part[0].length - part[1].length : 0, false);
      const at = block.start;
      node = {
        marker: {
          kind: 'heading',
          ordinal: 0,
          text: '',
          style: `h${block.depth}`,
          punct: '',
          start: at,
          end: at,
          ordinalSpan: { start: at, end: at },
          punctSpan: { start: at, end: at },
        },
        level: 0,
        rank: rankOf(block, 'heading'),
        title: t.title,
        titleSpan: t.span,
        blockIndex: index,
        body: [block],
        children: [],
        fromHeading: true,
        start: block.start,
        end: block.end,
      };
    }

    if (node) {
      place(node);
    } else if (stack.length) {
      stack[stack.length - 1].body.push(block);
    } else {
      preamble.push(block);
    }
    enumerations.push(...inlineEnumerations(block, index));
  });

  /**
   * （一）特色产业 / 1.… / 2.乡村旅游。 / （一）… / （二）… / 3.农村电商: after the run of （N） the list under 2. goes on
   * with 3., so the run sat under 2. (an inversion), however plain the 2. that opened it; a repeated （一） would
   * have its own 1. after it.
   */
  function resumesAfter(top: OutlineNode, node: OutlineNode): boolean {
    if (top.fromHeading || node.fromHeading) return false;
    let expect = node.marker.ordinal + 1;
    for (let i = node.blockIndex + 1; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.kind === 'heading') return false;
      if (!PROSE.has(b.kind)) continue;
      const m = blockMarker(b.text, false);
      if (!m) continue;
      if (m.kind === node.marker.kind && m.ordinal === expect) {
        expect++;
        continue;
      }
      return m.kind === top.marker.kind && m.ordinal === top.marker.ordinal + 1;
    }
    return false;
  }

  /** The innermost open item numbered 1. 2. in a paragraph (not a heading's): the list a bare number may go on with. */
  function openArabic(): OutlineNode | undefined {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].marker.kind === 'arabic' && !stack[i].fromHeading) return stack[i];
    return undefined;
  }

  /**
   * 「2.12月20日前完成……」: read alone, `2.12` is a number, but right after an item 「1.」 it is the
   * item 2. followed by a date — or by a count (4.15分钟服务圈 after 3.). Only the ordinal that continues
   * the open arabic list is taken.
   */
  function nextArabicBeforeFigure(text: string, next: string | undefined): RawMarker | undefined {
    const c = text.charCodeAt(0);
    if (!(c >= 0x30 && c <= 0x39) && c !== 0x20 && c !== 0x3000 && c !== 0x09) return undefined; // most paragraphs
    const m = /^([\s\u3000]*)([0-9]{1,2})([.．、])(?=[0-9])/.exec(text);
    if (!m) return undefined;
    const ordinal = Number(m[2]);
    const figure = DATE_OR_COUNT.test(text.slice(m[0].length));
    // (1.12月… is no decimal either: a first item may open with a date too — or with any figure when the
    // next paragraph is item 2.: 1.110千伏城东输变电工程投运 / 2.完成农网改造.)
    const open = openArabic();
    if (ordinal === 1 ? !figure && !(next !== undefined && /^[\s\u3000]*2[.．](?![0-9])/.test(next)) : !open || open.marker.ordinal !== ordinal - 1)
      return undefined;
    // (Item 2. goes on with an open 1. whatever figure follows it: 2.95007热线…, 3.0—6岁儿童…)
    if (ordinal !== 1 && !figure && m[3] === '、') return undefined;
    // (1、2月份 is two months, unless it goes on with a list 1、 2、 already open: 2、9月第三周 after 1、.)
    if (m[3] === '、' && (!open || open.marker.ordinal !== ordinal - 1 || open.marker.punct !== '、')) return undefined;
    const start = m[1].length;
    return {
      kind: 'arabic',
      ordinal,
      text: m[2] + m[3],
      style: m[3],
      punct: m[3],
      start,
      end: start + m[2].length + 1,
      ordinalStart: start,
      ordinalEnd: start + m[2].length,
      punctStart: start + m[2].length,
    };
  }

  /**
   * 「1.要… / 2.工作要… / 3要提高大局观 / 4.…」: a bare number that goes on with the open list, before a word
   * (not a measure word: 3人获得表彰 is a sentence), is that list's item with its stop left out.
   */
  function nextArabicBare(text: string): RawMarker | undefined {
    const c = text.charCodeAt(0);
    if (!(c >= 0x31 && c <= 0x39)) return undefined; // most paragraphs
    const m = /^([1-9][0-9]?)(?=[\u4e00-\u9fff])(?![0-9]*[个人名家次项件户元万亿千百十年月日天周号届期批场所台辆条篇份位度倍成岁余多])/.exec(text);
    if (!m) return undefined;
    const ordinal = Number(m[1]);
    const open = openArabic();
    if (!open || open.marker.ordinal !== ordinal - 1 || open.marker.fromList) return undefined;
    return bareArabic(m[1], open.marker.style);
  }

  /**
   * 「1 无论大小任务都需要走流程」 / 「2 领到任务先考虑…」: items numbered with a space for the stop. Read as
   * a list only when it is one — 1 is followed further down by 2 written the same way, and each later number
   * goes on with the open list — and never before a measure word (3 家医院, 2 号楼 are figures).
   */
  function spacedArabic(text: string, index: number): RawMarker | undefined {
    const c = text.charCodeAt(0);
    if (!(c >= 0x31 && c <= 0x39)) return undefined; // most paragraphs
    const m = SPACED.exec(text);
    if (!m) return undefined;
    const ordinal = Number(m[1]);
    if (ordinal === 1) {
      let next = false;
      for (let i = index + 1; i < blocks.length && i <= index + 40 && !next; i++) {
        if (blocks[i].kind === 'heading') break;
        const n = SPACED.exec(blocks[i].text);
        next = n !== null && n[1] === '2';
      }
      if (!next) return undefined;
    } else {
      const open = openArabic();
      if (!open || open.marker.ordinal !== ordinal - 1 || open.marker.style !== ' ') return undefined;
    }
    return bareArabic(m[1], ' ');
  }

  /** 一、 repeating the open 一、 right under a （一）, the next numbered paragraph being 2.: see place(). */
  function typedForOne(node: OutlineNode, top: OutlineNode | undefined, same: OutlineNode): boolean {
    if (node.marker.kind !== 'cn' || node.marker.ordinal !== 1 || node.fromHeading || same.marker.ordinal !== 1) return false;
    if (!top || top.marker.kind !== 'cnParen' || top.fromHeading) return false;
    for (let i = node.blockIndex + 1; i < blocks.length && i <= node.blockIndex + 8; i++) {
      const b = blocks[i];
      if (b.kind === 'heading') return false;
      if (!PROSE.has(b.kind)) continue;
      const m = blockMarker(b.text, false);
      if (m) return m.kind === 'arabic' && m.ordinal === 2;
    }
    return false;
  }

  function place(node: OutlineNode): void {
    let same = -1;
    let goesOn = -1;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (sameFamily(stack[i], node)) {
        same = i;
        break;
      }
      // ## 三、 then a paragraph 四、…: the numbering goes on, so the paragraph is that heading's
      // sibling — unless its own family is open further up (# 2. … 3. # 4.).
      if (goesOn < 0 && continues(stack[i], node)) goesOn = i;
      // A heading of higher rank closes everything under it: do not look past it.
      if (
        stack[i].fromHeading &&
        stack[i].rank < node.rank &&
        (stack[i].marker.kind === 'heading' || !node.fromHeading || Math.floor(stack[i].rank / 100) < Math.floor(node.rank / 100))
      )
        break;
    }
    if (same < 0 && goesOn >= 0) {
      node.rank = stack[goesOn].rank;
      same = goesOn;
    }
    // 1. … （一）（二） written under it, then （二） again: the list under 1. was an inversion; the
    // second （二） goes on with the （一） further up, not with the inverted one.
    if (same > 0 && node.marker.ordinal !== stack[same].marker.ordinal + 1 && levelIssues.some((l) => l.node === stack[same])) {
      for (let j = same - 1; j >= 0; j--)
        if (sameFamily(stack[j], node) && stack[j].marker.ordinal + 1 === node.marker.ordinal) {
          same = j;
          break;
        }
    }
    const top = stack[stack.length - 1];
    // （一）主要经营指标 / 一、存款方面。 / 2. 贷款方面。: an 一、 again, straight under a （一） and followed by 2., was typed
    // for 1.: it is that list's first item, misleveled (outline/level says so), not the top-level 一、 begun again.
    if (same >= 0 && typedForOne(node, top, stack[same])) {
      node.rank = rankOf(blocks[node.blockIndex], 'arabic', '.');
      levelIssues.push({ node, under: top });
      same = -1;
    }
    // （一） right under a 1. that announces it (3.特色种养。主要抓了两个品种：) starts a list under the 1.,
    // even while the （一） list above is still at its first item.
    const announced = !!top && /[：:]\s*$/.test(top.body[top.body.length - 1].text);
    if (same >= 0 && node.marker.ordinal === 1 && top && inverts(top, node) && (stack[same].marker.ordinal > 1 || announced || resumesAfter(top, node))) {
      // （一）（二）（三）… 1.… （一）: a fresh （一） right under a 1. goes under it (an inversion,
      // （1） was meant), not back to the （一） list it would restart.
      levelIssues.push({ node, under: top });
    } else if (same >= 0) {
      stack.length = same;
      // (1) / (一) / (二): each of the inverted list's items stands under the lower rank, not only its first.
      const under = stack[stack.length - 1];
      if (under && inverts(under, node)) levelIssues.push({ node, under });
    } else {
      while (stack.length) {
        const top = stack[stack.length - 1];
        if (top.rank < node.rank) break;
        // （一） after 1. with no （…） open above: a higher rank nested under a lower one.
        if (inverts(top, node)) {
          levelIssues.push({ node, under: top });
          break;
        }
        stack.pop();
      }
    }
    const parent = stack[stack.length - 1];
    // (The first （一） straight under #### 2.: the loop above stops at the heading without asking.)
    if (parent && parent.fromHeading && same < 0 && inverts(parent, node) && !levelIssues.some((l) => l.node === node))
      levelIssues.push({ node, under: parent });
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else {
      outline.push(node);
    }
    node.level = stack.length + 1;
    stack.push(node);
  }

  // Each node spans to the end of its last block or descendant.
  const close = (n: OutlineNode): number => {
    let end = n.body.length ? n.body[n.body.length - 1].end : n.end;
    for (const c of n.children) end = Math.max(end, close(c));
    n.end = end;
    return end;
  };
  outline.forEach(close);
  return { outline, preamble, enumerations, levelIssues };
}

const walks = new WeakMap<OutlineNode[], readonly OutlineNode[]>();

/** Depth-first (pre-order) list of the outline's nodes; computed once per outline, since checks walk it often. */
export function walkOutline(nodes: OutlineNode[]): readonly OutlineNode[] {
  let list = walks.get(nodes);
  if (!list) {
    const out: OutlineNode[] = [];
    const visit = (ns: OutlineNode[]) => {
      for (const n of ns) {
        out.push(n);
        visit(n.children);
      }
    };
    visit(nodes);
    walks.set(nodes, (list = out));
  }
  return list;
}

/**
 * Blocks the outline opens with an item number run into a figure (3.4名教师 after 2., 2.12月20日前…),
 * mapped to where the item's own text starts in the block's text: read alone, 3.4 is a decimal.
 */
export function runInItems(outline: OutlineNode[], blocks: readonly Block[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const n of walkOutline(outline)) {
    if (n.fromHeading || n.marker.kind !== 'arabic') continue;
    const text = blocks[n.blockIndex].text;
    const m = /^[\s\u3000]*([0-9]{1,2})[.．](?=[0-9０-９])/.exec(text);
    if (m && Number(m[1]) === n.marker.ordinal) out.set(n.blockIndex, m[0].length);
  }
  return out;
}
