// Where a block's words sit in its text. The segmenter returns words that cover the text
// end to end, so word i spans start[i]..start[i + 1]. Figures and counted phrases ask
// "does a word start / end here?" for a few positions each: a binary search over one
// array of word starts, built in one pass (this runs for every block of a report; an
// object per word or a lookup table per text position cost more than all the questions).
import type { TaggedWord } from '../segmenter.js';
import { lowerBound } from '../text/sorted.js';

export interface WordIndex {
  words: TaggedWord[];
  /** Text position of each word (ascending); start[words.length] is the text length. */
  start: number[];
}

export function wordIndex(words: TaggedWord[]): WordIndex {
  const start: number[] = new Array(words.length + 1);
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    start[i] = at;
    at += words[i].word.length;
  }
  start[words.length] = at;
  return { words, start };
}

/** The last index whose start is ≤ pos (-1 when pos is before the text). */
function lastAtOrBefore(ix: WordIndex, pos: number): number {
  return lowerBound(ix.start, pos + 1) - 1;
}

/** The word starting at `pos`, or -1. */
export function wordStartingAt(ix: WordIndex, pos: number): number {
  const j = Math.min(lastAtOrBefore(ix, pos), ix.words.length - 1);
  return j >= 0 && ix.start[j] === pos ? j : -1;
}

/** The word ending at `pos`, or -1. */
export function wordEndingAt(ix: WordIndex, pos: number): number {
  const j = lastAtOrBefore(ix, pos);
  return j >= 1 && ix.start[j] === pos ? j - 1 : -1;
}

/** The word holding the character at `pos`, or -1. */
export function wordAt(ix: WordIndex, pos: number): number {
  const j = lastAtOrBefore(ix, pos);
  return j >= 0 && j < ix.words.length ? j : -1;
}

/** True when no word straddles `pos` (the text's ends included). */
export function wordBoundary(ix: WordIndex, pos: number): boolean {
  return pos <= 0 || pos >= ix.start[ix.words.length] || wordStartingAt(ix, pos) >= 0;
}
