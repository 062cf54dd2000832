// Host side of the segmentation adapter: loads a jieba segmenter by name.
// Default: jieba-ts, our TypeScript port of jieba-rs (segmenters/jieba-ts): the words and
// tags of @node-rs/jieba exactly (tested against it), its dictionary compiled at build
// time into dist/jieba-ts.bin and read as typed arrays: ~7 ms to load and ~6 MB resident,
// against @node-rs/jieba's ~0.2 s and ~43 MB, and no native binary per platform.
// @node-rs/jieba (SHENGAO_SEGMENTER=node-rs-jieba) stays as the reference the port is
// tested against; nodejieba (the design's original choice) builds from source, takes
// ~2.6 s and ~300 MB, so it is opt-in too (SHENGAO_SEGMENTER=nodejieba).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Segmenter, TaggedWord } from '../engine/index.js';
import { basicSegmenter, realign } from '../engine/index.js';

export type SegmenterName = 'node-rs-jieba' | 'nodejieba' | 'jieba-ts' | 'basic';
export const DEFAULT_SEGMENTER: SegmenterName = 'jieba-ts';

/**
 * `exact`: the binding's `tag` returns, for a text it covers exactly, words whose lengths
 * add up to the text's (and plain objects): that result is used as it is.
 */
function fromWords(name: string, cut: (t: string) => string[], tag: (t: string) => TaggedWord[], clauseLocal = false, exact = false): Segmenter {
  return {
    name,
    clauseLocal,
    cut: (text) => (text ? realign(text, cut(text)) : []),
    tag(text) {
      if (!text) return [];
      const tagged = tag(text);
      if (exact) {
        let n = 0;
        for (let i = 0; i < tagged.length; i++) n += tagged[i].word.length;
        if (n === text.length) return tagged;
      }
      // Fast path (the usual case): the binding's words already cover the text exactly.
      // Copied into plain literals: objects made by the native binding are slow to read.
      const plain: TaggedWord[] = [];
      let at = 0;
      for (const t of tagged) {
        const word = t.word;
        if (!text.startsWith(word, at)) break;
        plain.push({ word, tag: t.tag });
        at += word.length;
      }
      if (at === text.length) return plain;
      const words = realign(
        text,
        tagged.map((t) => t.word),
      );
      if (words.length === tagged.length) return tagged.map((t, i) => ({ word: words[i], tag: t.tag }));
      // Realignment inserted gaps (whitespace a binding dropped): tag them as punctuation.
      const out: TaggedWord[] = [];
      let k = 0;
      for (const w of words) {
        if (k < tagged.length && tagged[k].word === w) out.push(tagged[k++]);
        else out.push({ word: w, tag: 'x' });
      }
      return out;
    },
  };
}

/** The dictionary @node-rs/jieba ships (`dict.txt` next to its index.js). */
export function jiebaDictPath(): string {
  return join(dirname(require.resolve('@node-rs/jieba')), 'dict.txt');
}

function loadNodeRs(): Segmenter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  // The dictionary file is read here rather than through `@node-rs/jieba/dict`: that module
  // also reads idf.txt (6 MB, for keyword extraction, unused) and keeps both buffers alive
  // in the module cache for the life of the process. Read locally, the 5 MB buffer is
  // garbage once jieba has built its trie from it.
  const jieba = Jieba.withDict(readFileSync(jiebaDictPath()));
  // jieba-rs tags each word of its cut by the word alone (its dictionary tag, else x/m/eng
  // from its characters). So tagging = cutting (3× cheaper than tag(), whose native result
  // objects are costly) + each distinct word's tag, learnt once by tagging the word alone.
  // A word jieba would not keep whole on its own is marked ambiguous: texts holding it
  // take the full tag() path, so the result is always exactly tag()'s.
  // One shared, read-only TaggedWord per distinct word (null: ambiguous), so a text's words
  // cost no allocation beyond their array (a 200-draft folder has ~700k words, ~10k distinct).
  const wordTags = new Map<string, TaggedWord | null>();
  const tag = (t: string): TaggedWord[] => {
    const words = jieba.cut(t, true);
    const out: TaggedWord[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      let wt = wordTags.get(word);
      if (wt === undefined) {
        const alone = jieba.tag(word, true);
        wt = alone.length === 1 && alone[0].word === word ? Object.freeze({ word, tag: alone[0].tag }) : null;
        if (wordTags.size >= 200_000) wordTags.clear();
        wordTags.set(word, wt);
      }
      if (wt === null) return jieba.tag(t, true).map((x) => ({ word: x.word, tag: x.tag }));
      out[i] = wt;
    }
    return out;
  };
  const seg = fromWords('node-rs-jieba', (t) => jieba.cut(t, true), tag, true, true);
  return { ...seg, tagMany: (texts) => tagMany(seg, texts) };
}

/**
 * Several texts in one call: joined by line breaks (where jieba always cuts), tagged once,
 * and split again by length. A text whose words do not fall exactly on its own span (a
 * line break jieba kept inside a longer token) is tagged alone.
 */
function tagMany(seg: Segmenter, texts: string[]): TaggedWord[][] {
  const words = seg.tag(texts.join('\n'));
  const out: TaggedWord[][] = [];
  let k = 0;
  for (let i = 0; i < texts.length; i++) {
    const mine: TaggedWord[] = [];
    let n = 0;
    while (k < words.length && n < texts[i].length) {
      n += words[k].word.length;
      mine.push(words[k++]);
    }
    // A token across a boundary, or a separator not cut on its own: tag one by one.
    if (n !== texts[i].length) return texts.map((t) => seg.tag(t));
    if (i < texts.length - 1) {
      if (words[k]?.word !== '\n') return texts.map((t) => seg.tag(t));
      k++;
    }
    out.push(mine);
  }
  return out;
}

/** The pure-TypeScript port (segmenters/jieba-ts): @node-rs/jieba's words and tags, its dictionary in typed arrays. */
function loadJiebaTs(): Segmenter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadJiebaTs: load } = require('./jieba-ts/index') as typeof import('./jieba-ts/index');
  const jieba = load();
  // No tagMany: batching saves a native binding its per-call cost, which a TypeScript
  // segmenter does not have. Each text is tagged when a check first asks for its words
  // (on the 200-draft bench corpus: 1.31M characters tagged instead of 1.54M, the same
  // findings, 4% less CLI time).
  return fromWords(
    'jieba-ts',
    (t) => jieba.cut(t, true),
    (t) => jieba.tag(t, true),
    true,
    true,
  );
}

function loadNodejieba(): Segmenter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nj = require('nodejieba') as { cut(t: string, hmm?: boolean): string[]; tag(t: string): { word: string; tag: string }[]; load?: () => void };
  return fromWords(
    'nodejieba',
    (t) => nj.cut(t, true),
    (t) => nj.tag(t),
  );
}

const loaded = new Map<SegmenterName, Segmenter>();

/** Loads (once) the named segmenter; throws with a clear message when the binding is missing. */
export function loadSegmenter(name: SegmenterName = (process.env.SHENGAO_SEGMENTER as SegmenterName) || DEFAULT_SEGMENTER): Segmenter {
  const hit = loaded.get(name);
  if (hit) return hit;
  let seg: Segmenter;
  try {
    seg = name === 'nodejieba' ? loadNodejieba() : name === 'jieba-ts' ? loadJiebaTs() : name === 'basic' ? basicSegmenter : loadNodeRs();
  } catch (e) {
    throw new Error(`无法加载分词器 ${name}：${(e as Error).message}`, { cause: e });
  }
  loaded.set(name, seg);
  return seg;
}
