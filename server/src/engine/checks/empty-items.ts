// A numbered item left empty (「1、」 alone on its line, its sibling 「2、完善预置点校准」 written): the
// slot of a template or of last week's report that was never filled in. Reported by text/placeholder.
import type { Draft, OutlineNode, ReportModel } from '../types.js';
import { walkOutline } from '../reader/outline.js';

export function emptyItems(model: ReportModel): Draft[] {
  const out: Draft[] = [];
  for (const n of walkOutline(model.outline)) {
    const m = n.marker;
    // Headings are titles (structure/empty-section's); Markdown numbers its own list items.
    if (m.kind === 'heading' || m.kind === 'shi' || n.fromHeading || n.children.length) continue;
    const lead = model.blocks[n.blockIndex];
    // …but a list item holding nothing (2. with its text never written) or nothing but stops (9. 。。) was left to be
    // written all the same, when its siblings have theirs (what follows the list is no content of its last item).
    if (m.fromList) {
      const rest = lead ? model.text.slice(m.end, lead.end) : '';
      if (!lead || !/^[\s\u3000]*(?:。{2,})?[\s\u3000]*$/.test(rest)) continue;
      if (!siblingFilled(model, n, false)) continue;
      const stops = rest.trim();
      const at = stops ? m.end + rest.indexOf(stops) : m.start;
      out.push({
        start: at,
        end: stops ? at + stops.length : m.end,
        message: stops ? `编号“${m.text.trim()}”后面只有“${stops}”，内容尚未填写。` : `编号“${m.text.trim()}”后面没有内容，尚未填写。`,
        data: { placeholder: stops || m.text.trim() },
      });
      continue;
    }
    if (!lead || lead.start !== m.start || /[^\s\u3000。：:；;，,.、]/.test(model.text.slice(m.end, lead.end))) continue;
    // The paragraphs after an empty last 5、 are the text going on after the list when each of its siblings is one
    // line (1、梳理… / 4、跨团队的沟通与合作。 / 5、 / 因此，总体来看…); under items that run on, they may be its text.
    if (n.body.length > 1 && !(isLast(n, model) && oneLineSiblings(n, model))) continue;
    if (!siblingFilled(model, n, true)) continue;
    out.push({ start: m.start, end: m.end, message: `编号“${m.text.trim()}”后面没有内容，尚未填写。`, data: { placeholder: m.text.trim() } });
  }
  return out;
}

/** Whether a sibling numbered like `n` (of its rank too, when asked) has its text written. */
function siblingFilled(model: ReportModel, n: OutlineNode, sameRank: boolean): boolean {
  const family = n.parent?.children ?? model.outline;
  return family.some((c) => c !== n && c.marker.kind === n.marker.kind && (!sameRank || c.rank === n.rank) && c.title.trim().length > 0);
}

function familyOf(n: OutlineNode, model: ReportModel): OutlineNode[] {
  return n.parent?.children ?? model.outline;
}

function isLast(n: OutlineNode, model: ReportModel): boolean {
  const family = familyOf(n, model);
  return family[family.length - 1] === n;
}

/** Whether every other item of `n`'s list is a single line with its text on it, and there are at least two. */
function oneLineSiblings(n: OutlineNode, model: ReportModel): boolean {
  const others = familyOf(n, model).filter((c) => c !== n && c.marker.kind === n.marker.kind);
  return others.length >= 2 && others.every((c) => c.body.length === 1 && !c.children.length && c.title.trim().length > 0);
}
