// The compact prefix dictionary: typed-array views over the compiled data file
// (format.ts), no per-word JS objects or strings. A double-array trie over UTF-16
// code units (each mapped to a dense code first): one step from a node is two reads
// and a compare — the child of slot k by code c is slot base(k) + c if that slot's
// check is c. Words always end on whole characters, so prefix
// matches over code units are the same as jieba-rs's over code points.
import { BASE_BITS, CODE_BITS, CODE_SIZE, HEADER_BYTES, HMM_HAN_COUNT, MAGIC, SLOT, layout } from './format';

export interface JiebaData {
  readonly lnTotal: number;
  /** ln(freq) − ln(total) of each distinct frequency. */
  readonly scores: Float64Array;
  /** UTF-16 code unit → dense code (0: the unit is in no word). */
  readonly code: Uint16Array;
  /** SLOT ints per slot: base | tag << BASE_BITS, check | value << CODE_BITS (format.ts); the root is slot 0. */
  readonly trie: Int32Array;
  readonly tagNames: readonly string[];
  readonly hmmStart: Float64Array;
  /** trans[4·from + to], states B=0 E=1 M=2 S=3. */
  readonly hmmTrans: Float64Array;
  readonly emit: Float64Array;
  readonly emitIdx: Uint16Array;
}

/** Views the compiled file in place (copies it once only if its buffer is not 8-byte aligned). */
export function openData(file: Uint8Array): JiebaData {
  const bytes = file.byteOffset % 8 === 0 ? file : file.slice();
  const buf = bytes.buffer;
  const o = bytes.byteOffset;
  const [magic, slotCount, scoreCount, emitCount, tagBytes] = new Uint32Array(buf, o, 5);
  if (magic !== MAGIC) throw new Error('jieba-ts: not a compiled dictionary (bad magic)');
  const L = layout({ slotCount, scoreCount, emitCount, tagBytes });
  if (bytes.byteLength < L.end) throw new Error('jieba-ts: compiled dictionary is truncated');
  const head = new Float64Array(buf, o + 32, (HEADER_BYTES - 32) / 8);
  return {
    lnTotal: head[0],
    hmmStart: head.subarray(1, 5),
    hmmTrans: head.subarray(5, 21),
    scores: new Float64Array(buf, o + L.scores, scoreCount),
    emit: new Float64Array(buf, o + L.emit, 4 * emitCount),
    code: new Uint16Array(buf, o + L.code, CODE_SIZE),
    trie: new Int32Array(buf, o + L.trie, SLOT * slotCount),
    emitIdx: new Uint16Array(buf, o + L.emitIdx, HMM_HAN_COUNT),
    tagNames: Buffer.from(buf, o + L.tags, tagBytes)
      .toString('utf8')
      .split('\n'),
  };
}

const BASE_MASK = (1 << BASE_BITS) - 1;
const CODE_MASK = (1 << CODE_BITS) - 1;

/** The child of `node` by code unit `u`, or −1. */
export function child(d: JiebaData, node: number, u: number): number {
  const c = d.code[u];
  const k = (d.trie[SLOT * node] & BASE_MASK) + c;
  return c !== 0 && (d.trie[SLOT * k + 1] & CODE_MASK) === c ? k : -1;
}

/** The word value of a node: 0 when it is not a word, else k (its score is scores[k − 1]). */
export const valueOf = (d: JiebaData, node: number): number => d.trie[SLOT * node + 1] >>> CODE_BITS;

/** The tag index of a word's node. */
export const tagOf = (d: JiebaData, node: number): number => d.trie[SLOT * node] >>> BASE_BITS;

/** The node of the dictionary word s[start, end), or −1 when it is not a word. */
export function lookup(d: JiebaData, s: string, start: number, end: number): number {
  let node = start < end ? 0 : -1;
  for (let i = start; node >= 0 && i < end; i++) node = child(d, node, s.charCodeAt(i));
  return node >= 0 && valueOf(d, node) !== 0 ? node : -1;
}

/** Where words go: s[start, end), with its dictionary node (≥ 0), −1 (not a word) or −2 (not looked up). */
export type Sink = (start: number, end: number, node: number) => void;
