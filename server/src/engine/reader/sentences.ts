// Sentence splitting on Chinese end punctuation (。！？；) and line breaks.
import type { Block, Sentence } from '../types.js';
import { blockSpan } from './blocks.js';
import { SPACE } from '../text/scan.js';

const END = /[。！？!?；;\n]+[”’」』）)]*/g;

export interface SentenceInBlock extends Sentence {
  /** Offset of the sentence's first character in `Block.text`. */
  textStart: number;
}

export function splitSentences(block: Block, blockIndex: number): SentenceInBlock[] {
  const out: SentenceInBlock[] = [];
  const text = block.text;
  let from = 0;
  const push = (to: number) => {
    let a = from;
    while (a < to && SPACE.has(text.charCodeAt(a))) a++;
    if (to <= a) return;
    const span = blockSpan(block, a, to);
    out.push({ start: span.start, end: span.end, text: text.slice(a, to), blockIndex, textStart: a });
  };
  END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(text)) !== null) {
    push(m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
