// numbers/conflict: what one run of the check shares between its parts — the model, the word sets its options
// give, the parts of the report that set out plans or name problems, and the memos its helpers fill as they go.
import type { OutlineNode, ReportModel } from '../../types.js';
import { wordIndex, type WordIndex } from '../../figures/word-index.js';

/** Tags of the words that name things: nouns, names, idioms, abbreviations. */
const CONTENT = new Set(['n', 'nz', 'nt', 'ns', 'nr', 'l', 'j', 'ng']);

export interface ConflictRun {
  readonly model: ReportModel;
  /** Content words too general to tell two quantities apart (the `generic` option). */
  readonly generic: ReadonlySet<string>;
  /** The generic words naming the reporting body as a whole (全院, 全校; not 全年). */
  readonly wholeBody: readonly string[];
  /** The scope words (the `scopeWords` option), sorted. */
  readonly scopeWords: readonly string[];
  /** The scope words a text holds, in their sorted order (scopeFinder). */
  readonly scopesIn: (text: string) => readonly string[];
  /** The parts setting out next steps, and those naming problems. */
  readonly plans: readonly OutlineNode[];
  readonly problems: readonly OutlineNode[];
  /** The scope words naming part of the year that the report's title holds (titlePeriods). */
  readonly titled: readonly string[];
  /** The block text whose word index wordsAt() made last, and that index. */
  ixText: string;
  ixMemo: WordIndex | undefined;
  /** Outline titles' content words (titleOf), and the words naming their fields (fieldsOf), once per node. */
  readonly titleWords: Map<OutlineNode, string[]>;
  readonly fieldWords: Map<OutlineNode, string[]>;
  /** The reporting body's name from the title ('' for none), once asked (bodyName). */
  body: string | undefined;
}

/** Each block's words with their starts, looked up by binary search (not a walk from the block's start per figure). */
export function wordsAt(cx: ConflictRun, text: string): WordIndex {
  if (!cx.ixMemo || cx.ixText !== text) {
    cx.ixMemo = wordIndex(cx.model.words(text));
    cx.ixText = text;
  }
  return cx.ixMemo;
}

/** A word that names something and tells two quantities apart: two characters or more, not a generic one. */
export function isContent(cx: ConflictRun, w: { word: string; tag: string }): boolean {
  // (Length first: most words are one character.)
  return w.word.length >= 2 && CONTENT.has(w.tag) && !cx.generic.has(w.word);
}
