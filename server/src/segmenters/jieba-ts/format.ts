// Layout of the compiled data file (dist/jieba-ts.bin), shared by the compiler
// (compile.ts, build time) and the loader (dict.ts, run time). Little-endian.
//
//   header   HEADER_BYTES: magic, counts, ln(total), HMM start and transition log-probs
//   scores   Float64[scoreCount]   ln(freq) − ln(total), one per distinct frequency
//   emit     Float64[4·emitCount]  HMM emission log-probs, row k = one character, [B, E, M, S]
//   root     Int32[65536]          first UTF-16 code unit → its trie node, or −1
//   first    Int32[nodeCount + 1]  node i's children are nodes first[i] … first[i+1]−1 (sorted by label)
//   label    Uint16[nodeCount]     the code unit leading to node i
//   value    Uint16[nodeCount]     0: not a word; k: a word with score scores[k−1]
//   tag      Uint8[nodeCount]      index into the tag names (meaningful where value ≠ 0)
//   emitIdx  Uint16[HMM_HAN_COUNT] character U+4E00+i → emission row + 1, or 0 (not in the model)
//   tags     UTF-8 tag names joined by '\n'
// Every section starts at a multiple of 8 bytes, so typed arrays view the file's buffer in place.

export const MAGIC = 0x3154424a; // 'JBT1'
export const HEADER_BYTES = 8 * 4 + 8 + 8 * 4 + 8 * 16; // 6 u32 + pad, ln(total), start[4], trans[16]
export const ROOT_SIZE = 0x10000;
/** The HMM's own Han range: U+4E00 … U+9FD5 (only these characters ever reach the Viterbi). */
export const HMM_HAN_FIRST = 0x4e00;
export const HMM_HAN_LAST = 0x9fd5;
export const HMM_HAN_COUNT = HMM_HAN_LAST - HMM_HAN_FIRST + 1;

export interface Sections {
  nodeCount: number;
  scoreCount: number;
  emitCount: number;
  tagBytes: number;
}

export const align8 = (n: number): number => (n + 7) & ~7;

/** Byte offset of each section, and the file's total size. */
export function layout(s: Sections): Record<'scores' | 'emit' | 'root' | 'first' | 'label' | 'value' | 'tag' | 'emitIdx' | 'tags' | 'end', number> {
  const scores = HEADER_BYTES;
  const emit = align8(scores + 8 * s.scoreCount);
  const root = align8(emit + 8 * 4 * s.emitCount);
  const first = align8(root + 4 * ROOT_SIZE);
  const label = align8(first + 4 * (s.nodeCount + 1));
  const value = align8(label + 2 * s.nodeCount);
  const tag = align8(value + 2 * s.nodeCount);
  const emitIdx = align8(tag + s.nodeCount);
  const tags = align8(emitIdx + 2 * HMM_HAN_COUNT);
  const end = align8(tags + s.tagBytes);
  return { scores, emit, root, first, label, value, tag, emitIdx, tags, end };
}
