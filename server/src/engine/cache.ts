// Work kept between checks of successive versions of one document. The language
// server holds one `LintCache` per open document; an edit then re-reads only the
// chunks, and re-segments and re-measures only the blocks, whose text changed.
// Everything cached is a pure function of its key, so a run with a cache gives
// exactly the findings of a run without one.
import type { Block } from './types.js';
import type { TaggedWord } from './segmenter.js';
import type { Quantity } from './quantities.js';

/**
 * A map that forgets what the last run did not use: after `sweep()`, only the
 * entries read or written since the previous sweep remain. Memory stays that of
 * one version of the document, however long the editing session.
 */
export class RunMemo<V> {
  private prev = new Map<string, V>();
  private cur = new Map<string, V>();
  /** Lookups since the last sweep that found / did not find their key. */
  hits = 0;
  misses = 0;
  /** The counts of the run before the last sweep (what a finished lint reused). */
  last = { hits: 0, misses: 0 };

  get(key: string): V | undefined {
    let v = this.cur.get(key);
    if (v === undefined) {
      v = this.prev.get(key);
      if (v !== undefined) this.cur.set(key, v);
    }
    if (v === undefined) this.misses++;
    else this.hits++;
    return v;
  }

  set(key: string, value: V): void {
    this.cur.set(key, value);
  }

  sweep(): void {
    this.prev = this.cur;
    this.cur = new Map();
    this.last = { hits: this.hits, misses: this.misses };
    this.hits = 0;
    this.misses = 0;
  }

  get size(): number {
    return this.cur.size;
  }
}

export interface LintCache {
  /** A Markdown chunk's text → its blocks, offsets relative to the chunk's start. */
  chunks: RunMemo<Block[]>;
  /** A text → its words (segmentation is the costliest step after parsing). */
  words: RunMemo<TaggedWord[]>;
  /** A block's text → its quantities, spans relative to the block (blockIndex 0). */
  quantities: RunMemo<Quantity[]>;
  /** The segmenter the cached words came from: a new one empties the cache. */
  segmenterName?: string;
}

export function createLintCache(): LintCache {
  return { chunks: new RunMemo(), words: new RunMemo(), quantities: new RunMemo() };
}

/** Drops what the run just finished did not use. */
export function sweepLintCache(cache: LintCache): void {
  cache.chunks.sweep();
  cache.words.sweep();
  cache.quantities.sweep();
}
