// The compact prefix dictionary: typed-array views over the compiled data file
// (format.ts), no per-word JS objects or strings. A trie over UTF-16 code units:
// the first unit through a 64k table, the next ones by binary search among a
// node's children (consecutive, sorted). Words always end on whole characters, so
// prefix matches over code units are the same as jieba-rs's over code points.
import { HEADER_BYTES, HMM_HAN_COUNT, MAGIC, ROOT_SIZE, layout } from './format';

export interface JiebaData {
  readonly lnTotal: number;
  /** ln(freq) − ln(total) of each distinct frequency. */
  readonly scores: Float64Array;
  readonly root: Int32Array;
  readonly first: Int32Array;
  readonly label: Uint16Array;
  /** 0: not a word; k: a word whose score is scores[k − 1]. */
  readonly value: Uint16Array;
  readonly tag: Uint8Array;
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
  const [magic, nodeCount, scoreCount, emitCount, tagBytes] = new Uint32Array(buf, o, 5);
  if (magic !== MAGIC) throw new Error('jieba-ts: not a compiled dictionary (bad magic)');
  const L = layout({ nodeCount, scoreCount, emitCount, tagBytes });
  if (bytes.byteLength < L.end) throw new Error('jieba-ts: compiled dictionary is truncated');
  const head = new Float64Array(buf, o + 32, (HEADER_BYTES - 32) / 8);
  return {
    lnTotal: head[0],
    hmmStart: head.subarray(1, 5),
    hmmTrans: head.subarray(5, 21),
    scores: new Float64Array(buf, o + L.scores, scoreCount),
    emit: new Float64Array(buf, o + L.emit, 4 * emitCount),
    root: new Int32Array(buf, o + L.root, ROOT_SIZE),
    first: new Int32Array(buf, o + L.first, nodeCount + 1),
    label: new Uint16Array(buf, o + L.label, nodeCount),
    value: new Uint16Array(buf, o + L.value, nodeCount),
    tag: new Uint8Array(buf, o + L.tag, nodeCount),
    emitIdx: new Uint16Array(buf, o + L.emitIdx, HMM_HAN_COUNT),
    tagNames: Buffer.from(buf, o + L.tags, tagBytes).toString('utf8').split('\n'),
  };
}

/** The child of `node` labelled `c`, or −1. */
export function child(d: JiebaData, node: number, c: number): number {
  const label = d.label;
  let lo = d.first[node];
  let hi = d.first[node + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const l = label[mid];
    if (l === c) return mid;
    if (l < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The node of the dictionary word s[start, end), or −1 when it is not a word. */
export function lookup(d: JiebaData, s: string, start: number, end: number): number {
  if (start >= end) return -1;
  let node = d.root[s.charCodeAt(start)];
  for (let i = start + 1; node >= 0 && i < end; i++) node = child(d, node, s.charCodeAt(i));
  return node >= 0 && d.value[node] !== 0 ? node : -1;
}
