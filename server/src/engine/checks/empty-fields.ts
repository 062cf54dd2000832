// A labelled line left empty among filled ones (了解了公司的发展过程：…… / 了解了公司的组织架构：…… /
// 了解了企业宪章：) — the last answer of a list of answers was never written. Reported by text/placeholder.
import type { Block, Draft, ReportModel } from '../types.js';
import { blockSpan } from '../reader/blocks.js';

/** 「label：what」 on one line; the label short, with no sentence in it. */
const FIELD = /^[\s\u3000]*([^：:\n。；;，,]{2,16})[：:][ \t\u3000]*(.*)$/;

/** An item's own number before its label (1、学习方向：… / 3、学习进度：): not part of the label. */
const ITEM_NUMBER = /^[\s\u3000]*(?:[0-9]{1,2}[、.．]|[（(][0-9一二三四五六七八九十]{1,2}[)）])[\s\u3000]*/;
const field = (text: string) => FIELD.exec(text.replace(ITEM_NUMBER, ''));

const prose = (b: Block | undefined): b is Block => !!b && (b.kind === 'paragraph' || b.kind === 'listItem');

function sharedLead(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function emptyFields(model: ReportModel): Draft[] {
  // Only where the layout shows what belongs to the line: in Markdown, a block that is not nested under it.
  if (model.kind !== 'markdown') return [];
  const out: Draft[] = [];
  const blocks = model.blocks;
  for (let i = 2; i < blocks.length; i++) {
    const b = blocks[i];
    if (!prose(b)) continue;
    const m = field(b.text);
    if (!m || m[2].trim()) continue;
    // At least two filled lines just before it, their labels opening as its label does (了解了…).
    let filled = 0;
    for (let j = i - 1; j >= 0 && filled < 2; j--) {
      const p = blocks[j];
      if (!prose(p) || p.nesting !== b.nesting) break;
      const f = field(p.text);
      if (!f || !f[2].trim() || sharedLead(f[1], m[1]) < 2) break;
      filled++;
    }
    if (filled < 2) continue;
    // What comes next is not its content: the document ends, a heading, or an item of an outer list.
    const next = blocks[i + 1];
    if (next && next.kind !== 'heading' && !(next.kind === 'listItem' && next.nesting < b.nesting + (b.kind === 'listItem' ? 1 : 0))) continue;
    const colon = b.text.search(/[：:]/);
    const label = m[1].trim();
    const span = blockSpan(b, b.text.indexOf(label), colon + 1);
    out.push({
      ...span,
      message: `“${label}：”后面没有内容，尚未填写（前面几条都写了）。`,
      data: { placeholder: `${label}：` },
    });
  }
  return out;
}
