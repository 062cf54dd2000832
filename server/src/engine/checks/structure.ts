// structure/*: the report has the sections its pack requires, in order, and none is empty.
import type { Check } from '../rule.js';
import type { Draft, OutlineNode, ReportModel, TextEdit } from '../types.js';
import type { SectionSpec } from '../config.js';
import { ordinalText } from '../markers.js';
import { sectionSkeleton } from '../snippet.js';
import { announcedKinds, sectionsInOrder } from '../sections.js';

function label(spec: SectionSpec): string {
  return `“${spec.title}”`;
}

function lineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function missing(model: ReportModel, specs: SectionSpec[]): Draft[] {
  const nodes = model.sectionNodes;
  const present = new Set(sectionsInOrder(nodes).map((n) => n.section).filter(Boolean));
  if (specs.some((s) => s.required && !present.has(s.kind))) for (const k of announcedKinds(model.blocks, specs)) present.add(k);
  const out: Draft[] = [];
  const nl = lineBreak(model.text);
  for (const spec of specs) {
    if (!spec.required || present.has(spec.kind)) continue;
    // Insert before the first present section that should come after it, else at the end.
    const after = spec.order === undefined ? undefined : nodes.find((n) => {
      const o = specs.find((s) => s.kind === n.section)?.order;
      return o !== undefined && o > (spec.order as number);
    });
    const numbered = nodes.filter((n) => n.marker.kind !== 'heading');
    const kind = numbered.length ? numbered[0].marker.kind : nodes[0]?.marker.kind ?? 'cn';
    const edits: TextEdit[] = [];
    let at: number;
    let ordinal: number;
    let where: { start: number; end: number };
    if (after) {
      at = after.start;
      ordinal = after.marker.kind === kind ? after.marker.ordinal : numbered.length + 1;
      where = { start: after.start, end: after.titleSpan.end };
      // Renumber the sections that move down by one.
      for (const n of nodes) {
        if (n.start >= after.start && n.marker.kind === kind && kind !== 'heading') {
          edits.push({ ...n.marker.ordinalSpan, newText: ordinalText(kind, n.marker.ordinal + 1, model.text.slice(n.marker.ordinalSpan.start, n.marker.ordinalSpan.end)) });
        }
      }
    } else {
      at = model.text.length;
      ordinal = numbered.length ? numbered[numbered.length - 1].marker.ordinal + 1 : 1;
      const lastBlock = model.blocks[model.blocks.length - 1];
      where = lastBlock ? { start: lastBlock.start, end: lastBlock.end } : { start: 0, end: 0 };
    }
    let text = sectionSkeleton(spec, kind === 'heading' ? 'cn' : kind, ordinal, nl);
    if (!after && model.text.length && !/[\r\n]$/.test(model.text)) text = nl + text;
    if (kind === 'heading' && model.kind === 'markdown') {
      const depth = model.blocks.find((b) => b.kind === 'heading' && b.start === nodes[0]?.start)?.depth ?? 2;
      text = (after ? '' : nl) + '#'.repeat(depth) + ' ' + text.replace(/^\r?\n/, '');
    }
    edits.unshift({ start: at, end: at, newText: text });
    out.push({
      ruleId: 'structure/missing-section',
      ...where,
      message: `缺少${label(spec)}部分${after ? `，应在“${after.title}”之前补上` : '，应在文末补上'}。`,
      fix: { title: `插入${label(spec)}部分`, edits, safe: false },
      data: { section: spec.kind },
    });
  }
  return out;
}

function order(model: ReportModel, specs: SectionSpec[]): Draft[] {
  const out: Draft[] = [];
  let maxSeen: { node: OutlineNode; order: number } | undefined;
  for (const node of sectionsInOrder(model.sectionNodes)) {
    const spec = specs.find((s) => s.kind === node.section);
    if (!spec || spec.order === undefined) continue;
    if (maxSeen && spec.order < maxSeen.order) {
      const prevSpec = specs.find((s) => s.kind === maxSeen!.node.section)!;
      out.push({
        ruleId: 'structure/section-order',
        start: node.start,
        end: node.titleSpan.end,
        message: `${label(spec)}部分应放在${label(prevSpec)}部分之前。`,
        related: [{ start: maxSeen.node.start, end: maxSeen.node.titleSpan.end, message: `${label(prevSpec)}部分在此` }],
      });
    } else if (!maxSeen || spec.order > maxSeen.order) {
      maxSeen = { node, order: spec.order };
    }
  }
  return out;
}

function empty(model: ReportModel, specs: SectionSpec[]): Draft[] {
  const out: Draft[] = [];
  for (const node of sectionsInOrder(model.sectionNodes)) {
    const spec = specs.find((s) => s.kind === node.section);
    if (!spec || node.children.length) continue;
    const rest = node.body
      .map((b) => (b.start === node.body[0].start ? model.text.slice(node.titleSpan.end, b.end) : b.text))
      .join('')
      .replace(/[\s\u3000。：:，,；;]/g, '');
    if (rest.length > 0) continue;
    out.push({ ruleId: 'structure/empty-section', start: node.start, end: node.titleSpan.end, message: `${label(spec)}部分没有内容。` });
  }
  return out;
}

export const structureCheck: Check = {
  name: 'structure',
  rules: [
    {
      id: 'structure/missing-section',
      title: '缺少规则包要求的部分（如履职情况、存在的问题、下步打算）',
      titleEn: 'A section the pack requires is missing',
      rationale: '工作总结通常由“做了什么、存在什么问题、下一步怎么办”三部分组成，缺少任何一部分，审稿时都会被退回。',
      defaultSeverity: 'warning',
      fixable: true,
      example: { bad: '一、主要工作\n……\n二、下步工作打算\n……', good: '一、主要工作\n……\n二、存在的问题\n……\n三、下步工作打算\n……' },
    },
    {
      id: 'structure/section-order',
      title: '各部分顺序与规则包不符',
      titleEn: 'Sections are out of the pack order',
      rationale: '先总结、再查摆问题、后提打算，是审稿人期待的阅读顺序。',
      defaultSeverity: 'warning',
      fixable: false,
      example: { bad: '一、下步工作打算\n二、存在的问题', good: '一、存在的问题\n二、下步工作打算' },
    },
    {
      id: 'structure/empty-section',
      title: '某一部分只有标题、没有内容',
      titleEn: 'A section has a title but no content',
      rationale: '只有标题的部分多半是起草时留下的空架子，提交前应补齐或删除。',
      defaultSeverity: 'warning',
      fixable: false,
      example: { bad: '二、存在的问题\n三、下步工作打算', good: '二、存在的问题\n（一）……\n三、下步工作打算' },
    },
  ],
  run(model, ctx) {
    const specs = ctx.config.sections;
    return [...missing(model, specs), ...order(model, specs), ...empty(model, specs)];
  },
};
