// metrics/missing: an item (outline node, or paragraph of a section without
// sub-items) in a section whose pack says figures are expected (SectionSpec.metrics,
// the duties section by default) that carries no quantity at all.
import { type Check, optionsSchema } from '../rule.js';
import type { Draft, OutlineNode, Span } from '../types.js';
import { hasFigure } from '../quantities.js';
import { matchMarker } from '../markers.js';
import { lowerBound } from '../sorted.js';

const DIGIT = /[0-9０-９]/;

export const MISSING_DEFAULTS = {
  /** Items shorter than this (characters of prose) are headings, not claims. */
  minChars: 20,
};

function proseLength(node: OutlineNode): number {
  let n = 0;
  const visit = (x: OutlineNode) => {
    for (const b of x.body) n += b.text.length;
    x.children.forEach(visit);
  };
  visit(node);
  return n;
}

export const metricsMissingCheck: Check = {
  name: 'metrics-missing',
  rules: [
    {
      id: 'metrics/missing',
      title: '履职成效没有数据支撑',
      titleEn: 'Achievement item without any figure',
      rationale: '“用数据说话”：履职部分每一条都应有次数、人数、金额、增幅等可核对的数据，只有定性描述的条目说服力弱。哪些部分要求数据由规则包的 sections[].metrics 决定。',
      defaultSeverity: 'info',
      fixable: false,
      options: optionsSchema({ minChars: { type: 'integer', minimum: 0, description: '少于该字数的条目不检查（默认 20）' } }),
      example: { bad: '（二）加强干部队伍建设。组织开展业务培训，干部能力素质得到提升。', good: '（二）加强干部队伍建设。组织开展业务培训6期，培训干部320人次，考核合格率98%。' },
    },
  ],
  run(model, ctx) {
    const opts = ctx.options('metrics/missing', MISSING_DEFAULTS);
    const metricKinds = new Set(ctx.config.sections.filter((s) => s.metrics).map((s) => s.kind));
    const out: Draft[] = [];
    // Where figures start: the quantities, table rows with digits (bare numbers under a
    // header count too), and blocks with any figure at all. Sorted, so each item is a
    // binary search rather than a pass over the whole document.
    const starts: number[] = model.quantities.map((q) => q.start);
    for (const b of model.blocks) {
      if (b.kind === 'comment' || b.kind === 'code') continue;
      // No digit at all: no figure, whatever the marker (most blocks; saves the marker lookup).
      if (!DIGIT.test(b.text)) continue;
      if (b.kind === 'tableRow' || hasFigure(b.text.slice(matchMarker(b.text)?.end ?? 0))) starts.push(b.start);
    }
    starts.sort((x, y) => x - y);
    const has = (span: Span) => {
      const k = lowerBound(starts, span.start);
      return k < starts.length && starts[k] < span.end;
    };
    for (const section of model.sectionNodes) {
      if (!section.section || !metricKinds.has(section.section)) continue;
      if (section.children.length) {
        for (const item of section.children) {
          if (proseLength(item) < opts.minChars || has(item)) continue;
          out.push({
            start: item.marker.start,
            end: item.titleSpan.end,
            message: `“${item.title}”一条没有任何数据，成效难以衡量；可补充次数、人数、金额或增幅等。`,
            data: { item: item.title, section: section.section },
          });
        }
      } else {
        for (const b of section.body.slice(1)) {
          if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
          if (b.text.length < opts.minChars || has(b)) continue;
          const end = Math.min(b.text.length, Math.max(b.text.search(/[，,。；;：:]/), 8));
          const first = b.text.slice(0, end > 0 ? end : b.text.length);
          out.push({ start: b.start, end: b.offsets[Math.max(0, first.length - 1)] + 1, message: `这一段没有任何数据，成效难以衡量；可补充次数、人数、金额或增幅等。`, data: { item: first, section: section.section } });
        }
      }
    }
    return out;
  },
};
