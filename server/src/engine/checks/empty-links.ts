// text/placeholder in Markdown: a link whose address was left empty ([微信小程序入门]()) — the page it names is still to
// be given. Read from the source, outside the per-block cache: the address is no part of its block's text.
import type { Draft, ReportModel } from '../types.js';
import { PROSE_KINDS } from '../reader/blocks.js';

/** A Markdown link or image with nothing between its brackets: [名称]() / [名称]( ). */
const EMPTY_LINK = /(?<!!)\[([^\]\n]{1,60})\]\([ \t]*\)/g;

/** Links whose address was left empty ([微信小程序入门]()): the page each names is still to be given. */
export function emptyLinks(model: ReportModel): Draft[] {
  const out: Draft[] = [];
  let lineEnd = -1;
  for (const block of model.blocks) {
    if (!PROSE_KINDS.has(block.kind) || block.start < lineEnd) continue;
    // (The block's text ends with the link's words: its source is read on to the line's end.)
    const nl = model.text.indexOf('\n', block.end);
    const end = nl < 0 ? model.text.length : nl;
    lineEnd = end;
    const line = model.text.slice(block.start, end);
    if (!line.includes('](')) continue;
    for (const m of line.matchAll(EMPTY_LINK)) {
      // (`[a]()` in inline code is the syntax shown, not a link.)
      if ((line.slice(0, m.index).match(/`/g)?.length ?? 0) % 2) continue;
      const start = block.start + m.index;
      out.push({ start, end: start + m[0].length, message: `链接“${m[1]}”的地址为空，尚未填写。`, data: { placeholder: m[0] } });
    }
  }
  return out;
}
