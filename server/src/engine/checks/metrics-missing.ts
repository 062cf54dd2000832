// metrics/missing: an item (outline node without sub-items, or paragraph of a section
// without sub-items) in a section whose pack says figures are expected (SectionSpec.metrics,
// the duties section by default) that claims a result and carries no quantity at all.
import { type Check, optionsSchema, stringList } from '../rule.js';
import type { Draft, OutlineNode, Span } from '../types.js';
import { hasFigure } from '../figures/quantities.js';
import { blockMarker } from '../reader/markers.js';
import { lowerBound } from '../text/sorted.js';
import { compiledBy } from '../run/compiled.js';

const DIGIT = /[0-9０-９]/;

export const MISSING_DEFAULTS = {
  /** Items shorter than this (characters of prose) are headings, not claims. */
  minChars: 20,
  /**
   * Words by which an item claims a result (提高效率、方便群众、成效明显). An item that only says what
   * was done (看望困难群众、创建配置文件) claims nothing to measure: reviewers of real reports (EVAL.md)
   * mark the first kind, not the second. Words that every 机关 sentence carries (保障、质量、水平、推动、促进、
   * 确保、不断、得到) claim nothing by themselves: with them, 14 of every 50 findings on real reports were false.
   */
  claims: [
    '提高',
    '提升',
    '增强',
    '降低',
    '减少',
    '改善',
    '优化',
    '便捷',
    '方便',
    '成效',
    '效果',
    '效率',
    '满意',
    '显著',
    '明显',
    '切实',
    '有效',
    '大大',
    '极大',
    '新高',
    '突破',
    '缩短',
    '节省',
    '节约',
    '圆满',
    '顺利',
    '健全',
    '初见',
    '日趋',
    '解决了',
    '形成了',
    '基本形成',
    '全面完成',
    '好评',
    '营造了',
    '更加规范',
    '充分肯定',
    // (Results told as how things now stand: 持续向好、运行稳定、反映良好、形势平稳可控、成为新风尚.)
    '向好',
    '越来越好',
    '平稳可控',
    '运行稳定',
    '反映良好',
    '反馈良好',
    '反馈较好',
    '新风尚',
    '顺手',
    // (…or as a pace: 成长速度加快、发展步伐加快 — not 加快推进, a doing.)
    '速度加快',
    '步伐加快',
    '和谐稳定',
    '保持稳定',
    '更加便利',
    '基本建成',
  ],
};

// A part or item that looks back on what was learnt (总结与反思、心得体会、结语) claims no result to measure.
const REFLECTION = /反思|心得|体会|感悟|启示|感想|结语|寄语/;
// A line that is only a heading, with no sentence in it: (三)完善体系,推动医疗服务能力持续提升.
const bareHeading = (n: OutlineNode): boolean => n.body.length === 1 && !n.children.length && n.title.length <= 30 && !/[。；;！!？?]/.test(n.body[0].text);

/**
 * An item of an outline printed without its text (a page that shows the report's contents, or a draft
 * still at its headings): it and every sibling is a bare heading, so nothing was told yet to measure.
 */
function contentsLine(n: OutlineNode): boolean {
  const family = n.parent?.children ?? [];
  return family.length >= 3 && family.every(bareHeading);
}

// A figure left blank (研究党建工作X次、开展活动XX场) is text/placeholder's to report: the item has its figure's place.
// (…or any x standing alone among Chinese words: 提升x第“xx+x”区教育水位.)
const BLANK_FIGURE =
  /(?<![A-Za-z])(?:[XxＸｘ×]{1,3}|某)(?=余?[个名场次条项人位家所户元万亿件篇期批天%％])|(?<=[\u4e00-\u9fff“])[Xx×]{1,3}(?=[\u4e00-\u9fff+”])/;

const AIMS_INTRO = /(?:目标|任务|要求|原则|思路|方针|打算|计划)(?:是|为|有|如下)?[:：]$/;
const BULLET = /^[\s\u3000]*(?:[-*•·●▪]\s*|[0-9０-９]{1,2}[.．、)）]|[（(][0-9０-９一二三四五六七八九十]{1,2}[)）])/;
const claimRegex = compiledBy((list: string[]): RegExp => new RegExp(list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'));

// One sentence closing on its claim: 经济建设取得新成效。 环境面貌有了新变化。
const LEAD_IN = /^[^。！？；;]*[。！]?$/;

const PLAN_TITLE = /计划|要点|打算|安排|方案|思路/;
const SUMMARY_TITLE = /总结|述职|汇报|报告|回顾/;

export const metricsMissingCheck: Check = {
  name: 'metrics-missing',
  rules: [
    {
      id: 'metrics/missing',
      title: '履职成效没有数据支撑',
      titleEn: 'Achievement item without any figure',
      rationale:
        '“用数据说话”：履职部分每一条都应有次数、人数、金额、增幅等可核对的数据，只有定性描述的条目说服力弱。哪些部分要求数据由规则包的 sections[].metrics 决定。',
      defaultSeverity: 'info',
      fixable: false,
      options: optionsSchema({
        minChars: { type: 'integer', minimum: 0, description: '少于该字数的条目不检查（默认 20）' },
        claims: stringList('表示取得成效的词：条目里有这些词而没有数据才报（默认：提高、提升、方便、成效……）'),
      }),
      example: {
        bad: '一、主要工作\n（一）加强干部队伍建设。组织开展业务培训，干部能力素质得到提升。',
        good: '一、主要工作\n（一）加强干部队伍建设。组织开展业务培训6期，培训干部320人次，考核合格率98%。',
      },
    },
  ],
  run(model, ctx) {
    const opts = ctx.options('metrics/missing', MISSING_DEFAULTS);
    const metricKinds = new Set(ctx.config.sections.filter((s) => s.metrics).map((s) => s.kind));
    const claims = claimRegex(opts.claims);
    const out: Draft[] = [];
    // Where figures start: the quantities, table rows with digits (bare numbers under a
    // header count too), and blocks with any figure at all. Sorted, so each item is a
    // binary search rather than a pass over the whole document.
    const starts: number[] = model.quantities.map((q) => q.start);
    for (const b of model.blocks) {
      if (b.kind === 'comment' || b.kind === 'code') continue;
      // No digit at all: no figure, whatever the marker (most blocks; saves the marker lookup).
      if (!DIGIT.test(b.text)) continue;
      if (b.kind === 'tableRow' || hasFigure(b.text.slice(blockMarker(b.text, b.kind === 'heading')?.end ?? 0))) starts.push(b.start);
    }
    starts.sort((x, y) => x - y);
    const has = (span: Span) => {
      const k = lowerBound(starts, span.start);
      return k < starts.length && starts[k] < span.end;
    };
    // An item is judged on its own text when it has no sub-items, else through them: the
    // reviewer asks each claim for its figure (2.1 提高测试效率… under 二、 with figures elsewhere).
    const item = (node: OutlineNode, kind: string): void => {
      if (REFLECTION.test(node.title)) return;
      if (contentsLine(node)) return;
      if (node.children.length) {
        for (const c of node.children) item(c, kind);
        return;
      }
      // A Markdown heading over several paragraphs (## 关键词, ## 团队和工作) is a part of a review, not an item.
      if (node.fromHeading && node.body.filter((b) => b.kind === 'paragraph' || b.kind === 'listItem').length >= 3) return;
      const text = node.body.map((b) => b.text).join('');
      if (text.length < opts.minChars || has(node) || !claims.test(text) || BLANK_FIGURE.test(text)) return;
      out.push({
        start: node.marker.kind === 'heading' ? node.start : node.marker.start,
        end: node.titleSpan.end,
        message: `“${node.title}”一条说了成效，却没有任何数据，难以衡量；可补充次数、人数、金额或增幅等。`,
        data: { item: node.title, section: kind },
      });
    };
    // A draft that names none of the parts (一、经济建设稳步发展 / 二、社会事业全面发展 …) is all work done: its parts are the duties.
    // (Not a plan's: 社区发展党员工作计划 names what is to be done.)
    const title = model.blocks.find((b) => b.text.trim())?.text ?? '';
    const unnamed =
      model.kind === 'text' &&
      metricKinds.has('duties') &&
      !model.sectionNodes.some((n) => n.section) &&
      !(PLAN_TITLE.test(title) && !SUMMARY_TITLE.test(title));
    for (const section of model.sectionNodes) {
      const fallback = unnamed && section.marker.kind !== 'heading';
      const kind = fallback ? 'duties' : section.section;
      if (!kind || !metricKinds.has(kind) || REFLECTION.test(section.title)) continue;
      // (…a part told in paragraphs with no sub-items is one item there: its claim, wherever it sits, wants a figure somewhere in the part.)
      if (fallback && !section.section && !section.children.length) {
        item(section, kind);
        continue;
      }
      if (section.children.length) {
        for (const c of section.children) item(c, kind);
      } else {
        // The bullets after 年度工作总目标是： are aims set, not results claimed.
        let aims = false;
        const body = section.body;
        for (let i = 1; i < body.length; i++) {
          const b = body[i];
          if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
          const bullet = b.kind === 'listItem' || BULLET.test(b.text);
          if (!bullet) aims = AIMS_INTRO.test(b.text.trim());
          else if (aims) continue;
          // 一年来，我们一心一意谋发展，经济建设取得新成效。 over the paragraphs that tell it: a lead-in, one short sentence.
          if (!bullet && b.text.length < 32 && LEAD_IN.test(b.text) && (body[i + 1]?.text.length ?? 0) > b.text.length * 2) continue;
          if (b.text.length < opts.minChars || has(b) || !claims.test(b.text) || BLANK_FIGURE.test(b.text)) continue;
          const end = Math.min(b.text.length, Math.max(b.text.search(/[，,。；;：:]/), 8));
          const first = b.text.slice(0, end > 0 ? end : b.text.length);
          out.push({
            start: b.start,
            end: b.offsets[Math.max(0, first.length - 1)] + 1,
            message: `这一段说了成效，却没有任何数据，难以衡量；可补充次数、人数、金额或增幅等。`,
            data: { item: first, section: kind },
          });
        }
      }
    }
    return out;
  },
};
