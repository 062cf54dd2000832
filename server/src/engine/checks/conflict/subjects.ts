// numbers/conflict: two sentences of one paragraph, each opened by its own subject (职工医疗保险… / 居民医疗保险…), and
// a figure of one that names nothing but its thing after a ； (统筹累计结余…): the subject its sentence opens with is
// what the figure is of.
import type { ReportModel } from '../../types.js';
import { scanBack, charSet } from '../../text/scan.js';
import type { Stated } from './stated.js';
import { type ConflictRun, isContent } from './context.js';
import { namesOther } from './context-words.js';
import { figuresBetween } from './sentence.js';

/** What ends a sentence for good: a ； only ends a clause of it. */
const FULL_STOP = charSet('。！？!?\n');

/** The content words opening `x`'s full sentence, up to its first figure (less those of its thing). */
function subjectOf(cx: ConflictRun, x: Stated): string[] {
  const q = x.q!;
  const text = cx.model.blocks[q.blockIndex].text;
  const s = scanBack(text, q.from, FULL_STOP);
  const first = figuresBetween(cx.model, q.blockIndex, s, q.to)[0];
  const end = first ? first.from : q.from;
  return cx.model
    .words(text.slice(s, end))
    .filter((w) => isContent(cx, w) && !x.thing.includes(w.word))
    .map((w) => w.word);
}

/**
 * 城镇职工基本医疗保险统筹收入…；统筹累计结余25149.59万元… 。城乡居民医疗保险收入…，累计结余24957.66万元: two full
 * sentences of one paragraph, one figure naming nothing in its own clause but its thing, each sentence opened by a
 * subject naming what the other's does not — the measure of two subjects.
 */
export function subjectsApart(model: ReportModel, cx: ConflictRun, a: Stated, b: Stated): boolean {
  if (!a.q || !b.q || a.q.blockIndex !== b.q.blockIndex || (a.words.length && b.words.length)) return false;
  const text = model.blocks[a.q.blockIndex].text;
  if (scanBack(text, a.q.from, FULL_STOP) === scanBack(text, b.q.from, FULL_STOP)) return false;
  const sa = subjectOf(cx, a);
  const sb = subjectOf(cx, b);
  return namesOther(sa, new Set(sb)) && namesOther(sb, new Set(sa));
}
