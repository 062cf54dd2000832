// One Han block (a run of CJK / ASCII letters and digits / +#&._%-): every dictionary
// word starting at each character (the DAG), the maximum-probability route through
// it, then the route's words — runs of single characters go through the HMM unless
// the run is itself a dictionary word. The rules are jieba-rs's (Jieba::calc and
// cut_dag_hmm):
// - an edge i→j (a dictionary word s[i, j)) scores ln(freq) − ln(total) + route[j];
//   a character starting no word scores ln(1) − ln(total) + route[next character];
// - the best edge wins; on equal scores the one ending further (the larger end).
import { type JiebaData, type Sink, lookup } from './dict';
import { BASE_BITS, CODE_BITS, SLOT } from './format';
import { hmmCut } from './hmm';

export type { Sink } from './dict';

const BASE_MASK = (1 << BASE_BITS) - 1;
const CODE_MASK = (1 << CODE_BITS) - 1;

let score = new Float64Array(256);
let next = new Int32Array(256);
let best = new Int32Array(256);
/** The block's dense codes: read once per code unit here, then several times by the walks below. */
let codes = new Uint16Array(256);

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Code units of the character at i (2 for a surrogate pair inside the block). */
function charLen(s: string, i: number, end: number): number {
  return isHigh(s.charCodeAt(i)) && i + 1 < end && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
}

export function cutBlock(d: JiebaData, s: string, bs: number, be: number, hmm: boolean, out: Sink): void {
  const n = be - bs;
  if (score.length < n + 1) {
    const size = Math.max(n + 1, score.length * 2);
    score = new Float64Array(size);
    next = new Int32Array(size);
    best = new Int32Array(size);
    codes = new Uint16Array(size);
  }
  const { code, trie, scores } = d;
  for (let x = 0; x < n; x++) codes[x] = code[s.charCodeAt(bs + x)];
  const log1 = 0 - d.lnTotal;
  score[n] = 0;
  let prevStart = n; // the character after the current one (relative)
  for (let i = be - 1; i >= bs; i--) {
    // Only character starts: skip the low half of a surrogate pair.
    if (i > bs && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1))) continue;
    const r = i - bs;
    let bestScore = -Infinity;
    let bestEnd = -1;
    let bestNode = -1;
    // Down the trie from the root, one code unit at a time (child(), inlined: this is
    // the segmenter's innermost loop). Ends come in increasing order.
    let node = 0;
    for (let j = r; j < n;) {
      const c = codes[j++];
      if (c === 0) break; // a code unit in no word
      const k = (trie[SLOT * node] & BASE_MASK) + c;
      const check = trie[SLOT * k + 1];
      if ((check & CODE_MASK) !== c) break;
      node = k;
      const v = check >>> CODE_BITS;
      if (v !== 0) {
        const sc = scores[v - 1] + score[j];
        // ">=" keeps the larger end on a tie.
        if (sc >= bestScore || bestEnd < 0) {
          bestScore = sc;
          bestEnd = j;
          bestNode = k;
        }
      }
    }
    if (bestEnd >= 0) {
      score[r] = bestScore;
      next[r] = bestEnd;
      best[r] = bestNode;
    } else {
      score[r] = log1 + score[prevStart];
      next[r] = prevStart;
      best[r] = -1;
    }
    prevStart = r;
  }

  if (!hmm) return cutNoHmm(s, bs, be, out);

  let left = -1; // start of the pending run of single characters
  let x = 0;
  while (x < n) {
    const y = next[x];
    if (y - x === charLen(s, bs + x, be)) {
      if (left < 0) left = x;
    } else {
      if (left >= 0) flush(d, s, bs, left, x, out);
      left = -1;
      out(bs + x, bs + y, best[x]);
    }
    x = y;
  }
  if (left >= 0) flush(d, s, bs, left, n, out);
}

/** A run of single characters: one character as it is; a dictionary word character by character; else the HMM. */
function flush(d: JiebaData, s: string, bs: number, from: number, to: number, out: Sink): void {
  if (to - from === charLen(s, bs + from, bs + to)) {
    out(bs + from, bs + to, best[from]);
    return;
  }
  if (lookup(d, s, bs + from, bs + to) >= 0) {
    for (let x = from; x < to; x = next[x]) out(bs + x, bs + next[x], best[x]);
  } else {
    hmmCut(d, s, bs + from, bs + to, out);
  }
}

/** Without the HMM (jieba-rs cut_dag_no_hmm): consecutive single ASCII letters/digits are joined. */
function cutNoHmm(s: string, bs: number, be: number, out: Sink): void {
  const n = be - bs;
  let left = -1;
  let x = 0;
  while (x < n) {
    const y = next[x];
    const c = s.charCodeAt(bs + x);
    const single = y - x === charLen(s, bs + x, be);
    if (single && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      if (left < 0) left = x;
    } else {
      if (left >= 0) out(bs + left, bs + x, -2);
      left = -1;
      out(bs + x, bs + y, best[x]);
    }
    x = y;
  }
  if (left >= 0) out(bs + left, be, -2);
}
