// One small adapter for Chinese word segmentation. The engine only ever sees
// this interface; which jieba binding sits behind it is the host's choice
// (see server/src/segmenters/). Until a real segmenter is loaded the engine
// runs with `basicSegmenter`, so structure findings never wait for a dictionary.

export interface TaggedWord {
  word: string;
  /** jieba part-of-speech tag (n, v, m, q, …); 'x' when unknown. */
  tag: string;
}

export interface Segmenter {
  readonly name: string;
  /**
   * True when cutting the text at CJK punctuation (，。、；：？！“”‘’（）《》【】) or line
   * breaks never changes the result — jieba segments each run between such marks on its
   * own. Texts may then be segmented together (`tagMany`) and split again.
   */
  readonly clauseLocal?: boolean;
  /** Words in order; joined they give back `text` exactly. */
  cut(text: string): string[];
  /** Words with part-of-speech tags; joined they give back `text` exactly. */
  tag(text: string): TaggedWord[];
  /**
   * `tag` of several texts at once (one call into the binding for a whole draft instead
   * of one per paragraph); the result for each text must equal `tag(text)`.
   */
  tagMany?(texts: string[]): TaggedWord[][];
}

/**
 * Dictionary-free fallback: runs of Han characters, of digits, of Latin letters,
 * and single punctuation marks. Good enough for exact-title matching; keyword
 * matching falls back to substring search when this is all there is.
 */
export const basicSegmenter: Segmenter = {
  name: 'basic',
  clauseLocal: true,
  cut(text: string): string[] {
    return text.match(/[\u4e00-\u9fff\u3400-\u4dbf]+|[0-9０-９.．]+|[A-Za-z]+|[\s\S]/gu) ?? [];
  },
  tag(text: string): TaggedWord[] {
    return this.cut(text).map((word) => ({ word, tag: /^[0-9０-９]/.test(word) ? 'm' : /^[\u4e00-\u9fff]/.test(word) ? 'x' : 'w' }));
  },
};

/** Makes sure a binding's output covers the text exactly (bindings may drop whitespace). */
export function realign(text: string, words: string[]): string[] {
  if (words.join('') === text) return words;
  const out: string[] = [];
  let pos = 0;
  for (const w of words) {
    const at = text.indexOf(w, pos);
    if (at < 0) continue;
    if (at > pos) out.push(text.slice(pos, at));
    out.push(w);
    pos = at + w.length;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}
