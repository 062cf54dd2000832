// Work kept between checks of successive versions of one document. The language
// server holds one `LintCache` per open document; an edit then re-reads only the
// chunks, and re-segments and re-measures only the blocks, whose text changed.
// Everything cached is a pure function of its key, so a run with a cache gives
// exactly the findings of a run without one.
import type { Block, Draft, Quantity } from '../types.js';
import type { TaggedWord } from '../segmenter.js';

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

  /** Looks without counting or keeping the entry for the next run. */
  peek(key: string): V | undefined {
    return this.cur.get(key) ?? this.prev.get(key);
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

/** A chunk's blocks: offsets relative to the chunk, and as placed at `at` in the last run. */
export interface ChunkBlocks {
  blocks: Block[];
  at: number;
  /** Read without the parser (a plain chunk), not as a run of chunks. */
  plain?: boolean;
  /** Blocks are never changed once made, so a model may share them with the next one. */
  placed?: Block[];
}

/** A block text's figures: relative to the block, and as placed on `block` at `index` last run. */
export interface BlockQuantities {
  prose?: Quantity[];
  row?: Quantity[];
  placed?: { block: Block; index: number; qs: Quantity[] };
}

export interface LintCache {
  /** A Markdown chunk's text → its blocks. */
  chunks: RunMemo<ChunkBlocks>;
  /** A text → its words (segmentation is the costliest step after parsing). */
  words: RunMemo<TaggedWord[]>;
  /** A block's text → its quantities (as prose and as a table row), spans relative to the block. */
  quantities: RunMemo<BlockQuantities>;
  /**
   * A block's text → what checks worked out from that block alone (CheckContext.inBlock
   * and .perBlock), by check and block kind; findings keep the block they were found on.
   */
  blockFindings: RunMemo<Map<string, { block: Block; drafts: Draft[] } | { value: unknown }>>;
  /** The segmenter the cached words came from: a new one empties the cache. */
  segmenterName?: string;
  /** The config the cached findings came from: another one empties `blockFindings`. */
  config?: object;
}

export function createLintCache(): LintCache {
  return { chunks: new RunMemo(), words: new RunMemo(), quantities: new RunMemo(), blockFindings: new RunMemo() };
}

/** Drops what the run just finished did not use. */
export function sweepLintCache(cache: LintCache): void {
  cache.chunks.sweep();
  cache.words.sweep();
  cache.quantities.sweep();
  cache.blockFindings.sweep();
}

/** Whether two blocks have their characters at the same distances from their starts. */
export function sameLayout(a: Block, b: Block): boolean {
  if (a === b) return true;
  if (a.offsets.length !== b.offsets.length) return false;
  const d = b.start - a.start;
  for (let i = 0; i < a.offsets.length; i++) if (b.offsets[i] - a.offsets[i] !== d) return false;
  return true;
}

/** A finding moved by `delta` characters (its span, related spans and fix edits). */
export function shiftDraft(d: Draft, delta: number): Draft {
  if (delta === 0) return d;
  const out: Draft = { ...d, start: d.start + delta, end: d.end + delta };
  if (d.related) out.related = d.related.map((r) => ({ ...r, start: r.start + delta, end: r.end + delta }));
  if (d.fix) out.fix = { ...d.fix, edits: d.fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) };
  return out;
}
