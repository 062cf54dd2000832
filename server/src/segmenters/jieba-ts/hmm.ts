// Unknown words: a run of single characters that is not a dictionary word is cut by
// jieba's B/E/M/S hidden Markov model, the way jieba-rs's hmm module does it:
// - the run splits into HMM-Han blocks (U+4E00 … U+9FD5) and the rest; a block of
//   one character is a word; longer blocks go through the Viterbi;
// - the rest splits at each match of [a-zA-Z0-9]+(?:.\d+)?%? (matches and the text
//   between them are words; '.' is any character but \n, \d any Unicode digit);
// - Viterbi ties: between two predecessors the larger state (B<E<M<S) wins; at the
//   end S wins over E on equal scores. Missing emissions score −3.14e100.
import { type JiebaData, type Sink } from './dict';
import { HMM_HAN_FIRST, HMM_HAN_LAST } from './format';

const B = 0;
const E = 1;
const M = 2;
const S = 3;
const MIN_FLOAT = -3.14e100;
/** The states each state may follow, in jieba-rs's order: PREV0[y], PREV1[y] (flat: no destructuring in the Viterbi loop). */
const PREV0 = Uint8Array.of(E, B, M, S); // → B, E, M, S
const PREV1 = Uint8Array.of(S, M, B, E);

const isHmmHan = (c: number): boolean => c >= HMM_HAN_FIRST && c <= HMM_HAN_LAST;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

export function hmmCut(d: JiebaData, s: string, start: number, end: number, out: Sink): void {
  let i = start;
  while (i < end) {
    const han = isHmmHan(s.charCodeAt(i));
    let j = i + 1;
    while (j < end && isHmmHan(s.charCodeAt(j)) === han) j++;
    if (han) {
      if (j - i > 1) viterbiCut(d, s, i, j, out);
      else out(i, j, -2);
    } else {
      skipCut(s, i, j, out);
    }
    i = j;
  }
}

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The rest of a run, split at each match of [a-zA-Z0-9]+(?:[^\n]\p{Nd}+)?%? (jieba-rs's
 * RE_SKIP), by hand rather than by the RegExp: no slice, no match objects. Inside a Han
 * block there is no \n and the only Nd characters are ASCII digits; [^\n] is one code
 * point. The greedy run never has to give back characters (the rest is optional), so
 * one forward scan finds what the RegExp finds.
 */
function skipCut(s: string, start: number, end: number, out: Sink): void {
  let last = start;
  let i = start;
  while (i < end) {
    if (!isAlnum(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isAlnum(s.charCodeAt(j))) j++;
    if (j < end) {
      // (?:[^\n]\p{Nd}+)?: one character, a surrogate pair counting as one, then digits.
      const k = j + (isHigh(s.charCodeAt(j)) && j + 1 < end && isLow(s.charCodeAt(j + 1)) ? 2 : 1);
      let m = k;
      while (m < end && isDigit(s.charCodeAt(m))) m++;
      if (m > k) j = m;
    }
    if (j < end && s.charCodeAt(j) === 37 /* % */) j++;
    if (i > last) out(last, i, -2);
    out(i, j, -2);
    last = i = j;
  }
  if (last < end) out(last, end, -2);
}

let v = new Float64Array(64);
let prev = new Uint8Array(64);
let path = new Uint8Array(16);

/** Viterbi over s[start, end): HMM-Han characters only, so one code unit each. */
function viterbiCut(d: JiebaData, s: string, start: number, end: number, out: Sink): void {
  const C = end - start;
  if (v.length < 4 * C) {
    v = new Float64Array(8 * C);
    prev = new Uint8Array(8 * C);
    path = new Uint8Array(2 * C);
  }
  const { hmmStart, hmmTrans, emit, emitIdx } = d;
  const row = (c: number): number => emitIdx[c - HMM_HAN_FIRST] - 1; // −1: not in the model
  let k = row(s.charCodeAt(start));
  for (let y = 0; y < 4; y++) v[y] = hmmStart[y] + (k >= 0 ? emit[4 * k + y] : MIN_FLOAT);
  for (let t = 1; t < C; t++) {
    k = row(s.charCodeAt(start + t));
    for (let y = 0; y < 4; y++) {
      const em = k >= 0 ? emit[4 * k + y] : MIN_FLOAT;
      const p0 = PREV0[y];
      const p1 = PREV1[y];
      const a = v[(t - 1) * 4 + p0] + hmmTrans[4 * p0 + y] + em;
      const b = v[(t - 1) * 4 + p1] + hmmTrans[4 * p1 + y] + em;
      // max over (score, state): the later/larger one on equal scores.
      const takeB = b > a || (b === a && p1 > p0);
      v[t * 4 + y] = takeB ? b : a;
      prev[t * 4 + y] = takeB ? p1 : p0;
    }
  }
  let state = v[(C - 1) * 4 + S] >= v[(C - 1) * 4 + E] ? S : E;
  path[C - 1] = state;
  for (let t = C - 1; t > 0; t--) {
    state = prev[t * 4 + state];
    path[t - 1] = state;
  }
  let begin = 0;
  let nextStart = 0;
  for (let i = 0; i < C; i++) {
    const st = path[i];
    if (st === B) begin = i;
    else if (st === E) {
      out(start + begin, start + i + 1, -2);
      nextStart = i + 1;
    } else if (st === S) {
      out(start + i, start + i + 1, -2);
      nextStart = i + 1;
    }
  }
  if (nextStart < C) out(start + nextStart, end, -2);
}
