// plans/measurable: a next-steps item (下步打算 / 明年计划) that promises action with nothing to
// check it against — 尽快、进一步加强、适时 and no target, figure or deadline. Next year's
// reviewer (and `shengao trace`) can only ask whether such a plan was kept.
import { type Check, optionsSchema, stringList } from '../rule.js';
import type { Block, Draft, OutlineNode, ReportModel } from '../types.js';
import { hasFigure } from '../figures/quantities.js';
import { compiledBy } from '../run/compiled.js';
import { blockSpan } from '../reader/blocks.js';
import { blockMarker } from '../reader/markers.js';

/** Where an item's words start: after its outline marker (1. has a digit that is no figure). */
const afterMarker = (b: Block) => blockMarker(b.text, b.kind === 'heading')?.end ?? 0;

export const MEASURABLE_DEFAULTS = {
  /** Words by which an item promises action without saying how much or by when. */
  vague: [
    '尽快',
    '适时',
    '尽早',
    '进一步加强',
    '进一步提高',
    '进一步提升',
    '进一步完善',
    '进一步推进',
    '进一步强化',
    '进一步健全',
    '进一步加大',
    '进一步优化',
    '继续加强',
    '持续加强',
    '不断加强',
    '不断提升',
    '不断提高',
    '不断完善',
    '切实加强',
    '努力提高',
    '大力推进',
    '积极推进',
    '加快推进',
    '逐步',
  ],
  /** Items shorter than this (characters) are headings, not plans. */
  minChars: 8,
};

/** A deadline, a frequency or a target: what makes a plan checkable. (（待定）: left open on purpose, and said so.) */
const ANCHOR =
  /待定|年底|年内|年末|月底|月末|季度|上半年|下半年|[0-9０-９一二三四五六七八九十]+月|[0-9０-９]{4}年|前完成|之前|以前|期限|时限|节点|每[年季月周天日]|定期|全覆盖|清零|达到|达标|确保|力争|目标|指标|[0-9０-９]|百分之|[一二两三四五六七八九十百千万]+(?:个|项|次|场|期|家|户|所|名|人|件|条|批|篇)/;

const vagueRegex = compiledBy((list: string[]): RegExp => new RegExp(list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)', 'g'));

interface Item {
  block: Block;
  /** The item's text inside `block.text`. */
  from: number;
  to: number;
  /** More text of the same item (its body paragraphs): an anchor there counts. */
  rest: string;
}

/** The items of a next-steps section: leaf outline nodes, the 一是/二是 parts of a paragraph, else its paragraphs. */
function items(model: ReportModel, section: OutlineNode): Item[] {
  const out: Item[] = [];
  const byBlock = new Map<Block, { from: number; to: number }[]>();
  for (const e of model.enumerations) {
    const b = model.blocks[e.blockIndex];
    if (b.start < section.start || b.start >= section.end) continue;
    byBlock.set(
      b,
      e.items.map((it) => ({ from: textIndex(b, it.span.start), to: textIndex(b, it.span.end - 1) + 1 })),
    );
  }
  const blocksOf = (blocks: Block[], skipLead: boolean) => {
    blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph' && b.kind !== 'listItem' && !(i === 0 && !skipLead)) return;
      if (i === 0 && skipLead) return;
      const parts = byBlock.get(b);
      if (parts) for (const p of parts) out.push({ block: b, from: p.from, to: p.to, rest: '' });
      else out.push({ block: b, from: afterMarker(b), to: b.text.length, rest: '' });
    });
  };
  const leaf = (node: OutlineNode) => {
    if (node.children.length) {
      node.children.forEach(leaf);
      return;
    }
    const [lead, ...more] = node.body;
    if (!lead) return;
    if (more.some((b) => byBlock.has(b)) || byBlock.has(lead)) {
      blocksOf(node.body, false);
      return;
    }
    // One item: its title line and the paragraphs under it.
    out.push({ block: lead, from: afterMarker(lead), to: lead.text.length, rest: more.map((b) => b.text.slice(afterMarker(b))).join('') });
  };
  if (section.children.length) section.children.forEach(leaf);
  else blocksOf(section.body, true);
  return out;
}

/** The index in `block.text` of a source offset. */
function textIndex(block: Block, offset: number): number {
  let lo = 0;
  let hi = block.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (block.offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const plansMeasurableCheck: Check = {
  name: 'plans-measurable',
  rules: [
    {
      id: 'plans/measurable',
      title: '下步打算只有“尽快”“进一步加强”“适时”，没有目标、数字或时限',
      titleEn: 'Next-step item with no target, figure or deadline',
      rationale: '“进一步加强”“尽快”“适时”许下的承诺无从检查：明年对照落实（shengao trace）时只能说“做了”。写明完成时间、数量或要达到的指标，计划才能考核。',
      defaultSeverity: 'info',
      fixable: false,
      options: optionsSchema({
        vague: stringList('只表态、不可考核的词（尽快、适时、进一步加强……）'),
        minChars: { type: 'integer', minimum: 0, description: '少于该字数的条目不检查（默认 8）' },
      }),
      example: {
        bad: '三、下步工作打算\n一是尽快完善网格化管理制度；二是进一步加强干部队伍建设。',
        good: '三、下步工作打算\n一是6月底前修订网格化管理制度；二是全年轮训网格员2期、覆盖全部120名网格员。',
      },
    },
  ],
  run(model, ctx) {
    const opts = ctx.options('plans/measurable', MEASURABLE_DEFAULTS);
    const vague = vagueRegex(opts.vague);
    const out: Draft[] = [];
    for (const section of model.sectionNodes) {
      if (section.section !== 'next') continue;
      for (const it of items(model, section)) {
        const text = it.block.text.slice(it.from, it.to);
        if (text.length < opts.minChars) continue;
        vague.lastIndex = 0;
        const m = vague.exec(text);
        if (!m) continue;
        if (ANCHOR.test(text) || ANCHOR.test(it.rest) || hasFigure(text + it.rest)) continue;
        const at = it.from + m.index;
        out.push({
          ...blockSpan(it.block, at, at + m[0].length),
          message: `这条打算只说“${m[0]}”，没有目标、数字或完成时限，明年难以对照检查；可写明何时完成、做到多少或达到什么指标。`,
          data: { word: m[0], item: text.length > 40 ? `${text.slice(0, 39)}…` : text },
        });
      }
    }
    return out;
  },
};
