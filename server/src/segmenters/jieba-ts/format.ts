// Layout of the compiled data file (dist/jieba-ts.bin), shared by the compiler
// (compile.ts, build time) and the loader (dict.ts, run time). Little-endian.
//
//   header   HEADER_BYTES: magic, counts, ln(total), HMM start and transition log-probs
//   scores   Float64[scoreCount]   ln(freq) − ln(total), one per distinct frequency
//   emit     Float64[4·emitCount]  HMM emission log-probs, row k = one character, [B, E, M, S]
//   code     Uint16[65536]         UTF-16 code unit → its dense code in the trie (1 …), 0: in no word
//   trie     Int32[2·slotCount]    the dictionary as a double-array trie (double-array.ts), per slot:
//                                  base | tag << BASE_BITS   (the children of slot k are at base + code;
//                                                             tag: index into the tag names)
//                                  check | value << CODE_BITS (check: the code leading here, 0 when
//                                                             empty; value 0: not a word, k: a word
//                                                             scoring scores[k−1])
//   emitIdx  Uint16[HMM_HAN_COUNT] character U+4E00+i → emission row + 1, or 0 (not in the model)
//   tags     UTF-8 tag names joined by '\n'
// Every section starts at a multiple of 8 bytes, so typed arrays view the file's buffer in place.
// The root is slot 0. Any base + code stays inside the array (it is padded), so a step
// down the trie is two reads and a compare, with no bounds test; the step's word also
// holds the score of the word that ends there.

export const MAGIC = 0x3254424a; // 'JBT2' (JBT1: sorted-children trie)
export const HEADER_BYTES = 8 * 4 + 8 + 8 * 4 + 8 * 16; // 6 u32 + pad, ln(total), start[4], trans[16]
export const CODE_SIZE = 0x10000;
/** Ints per trie slot, and the bit widths of base (< 2^20 slots) and check (< 2^14 codes). */
export const SLOT = 2;
export const BASE_BITS = 20;
export const CODE_BITS = 14;
/** The HMM's own Han range: U+4E00 … U+9FD5 (only these characters ever reach the Viterbi). */
export const HMM_HAN_FIRST = 0x4e00;
export const HMM_HAN_LAST = 0x9fd5;
export const HMM_HAN_COUNT = HMM_HAN_LAST - HMM_HAN_FIRST + 1;

export interface Sections {
  slotCount: number;
  scoreCount: number;
  emitCount: number;
  tagBytes: number;
}

export const align8 = (n: number): number => (n + 7) & ~7;

/** Byte offset of each section, and the file's total size. */
export function layout(s: Sections): Record<'scores' | 'emit' | 'code' | 'trie' | 'emitIdx' | 'tags' | 'end', number> {
  const scores = HEADER_BYTES;
  const emit = align8(scores + 8 * s.scoreCount);
  const code = align8(emit + 8 * 4 * s.emitCount);
  const trie = align8(code + 2 * CODE_SIZE);
  const emitIdx = align8(trie + 4 * SLOT * s.slotCount);
  const tags = align8(emitIdx + 2 * HMM_HAN_COUNT);
  const end = align8(tags + s.tagBytes);
  return { scores, emit, code, trie, emitIdx, tags, end };
}
