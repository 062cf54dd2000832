// Build time: jieba's dictionary (dict.txt: "word freq tag" lines) and HMM model
// (Python jieba's finalseg probabilities, as cppjieba's hmm_model.utf8 ships them)
// compiled into the one binary file the segmenter reads (layout in format.ts).
import { doubleArray } from './double-array';
import { CODE_SIZE, HEADER_BYTES, HMM_HAN_COUNT, HMM_HAN_FIRST, HMM_HAN_LAST, MAGIC, SLOT, layout } from './format';

/** Unicode White_Space (what Rust's `split_whitespace` splits dictionary lines on). */
const WHITE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/**
 * ln(n) for a non-negative integer, correctly rounded to the nearest double.
 * jieba-rs takes `(freq as f64).ln()` from the C library (glibc's log, which is
 * correctly rounded on every frequency of this dictionary); V8's Math.log is off by
 * one ulp for 77 of its 5,088 distinct frequencies, so it is not used as is.
 */
export function lnExact(n: number): number {
  if (n === 0) return -Infinity;
  if (n === 1) return 0;
  const P = 256n;
  const ONE = 1n << P;
  const atanh = (t: bigint): bigint => {
    // Σ t^(2i+1) / (2i+1), t in fixed point (scale 2^P), |t| ≤ 1/3
    let sum = 0n;
    let pow = t;
    const t2 = (t * t) >> P;
    for (let k = 1n; pow !== 0n; k += 2n) {
      sum += pow / k;
      pow = (pow * t2) >> P;
    }
    return sum;
  };
  const N = BigInt(n);
  const k = BigInt(N.toString(2).length - 1); // n = 2^k · m, 1 ≤ m < 2
  const m = (N << P) >> k;
  const lnM = 2n * atanh(((m - ONE) << P) / (m + ONE));
  const ln2 = 2n * atanh(ONE / 3n);
  const exact = k * ln2 + lnM; // ln(n) · 2^P, error a few units in 2^-256
  // The nearest double: Math.log is within one ulp; pick the closest of it and its neighbours.
  const approx = Math.log(n);
  let best = approx;
  let bestErr = -1n;
  for (const c of [nextDown(approx), approx, nextUp(approx)]) {
    const d = exactOf(c, P) - exact;
    const err = d < 0n ? -d : d;
    if (bestErr < 0n || err < bestErr) {
      best = c;
      bestErr = err;
    }
  }
  return best;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
function nextUp(x: number): number {
  f64[0] = x;
  u64[0] += 1n; // positive x only (ln n > 0 here)
  return f64[0];
}
function nextDown(x: number): number {
  f64[0] = x;
  u64[0] -= 1n;
  return f64[0];
}
/** A positive double's exact value times 2^P, as an integer (P large enough for these values). */
function exactOf(x: number, P: bigint): bigint {
  f64[0] = x;
  const bits = u64[0];
  const exp = Number((bits >> 52n) & 0x7ffn);
  const mant = (bits & ((1n << 52n) - 1n)) | (exp ? 1n << 52n : 0n);
  const shift = BigInt(exp ? exp - 1075 : -1074) + P;
  return shift >= 0n ? mant << shift : mant >> -shift;
}

export interface HmmModel {
  start: number[];
  trans: number[][];
  /** emit[state] : character → log-prob, states in the file's order B, E, M, S. */
  emit: Map<number, number>[];
}

/**
 * The model file: '#' lines are comments; the first other line is the 4 start
 * log-probs, the next 4 the transition matrix, the next 4 the emission lists
 * ("字:logp,字:logp,…") of B, E, M, S — the same numbers jieba-rs compiles in.
 */
export function parseHmm(text: string): HmmModel {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0 && !l.startsWith('#'));
  if (lines.length < 9) throw new Error('HMM model: expected 9 data lines');
  const nums = (l: string): number[] => l.trim().split(/\s+/).map(Number);
  const start = nums(lines[0]);
  const trans = lines.slice(1, 5).map(nums);
  const emit = lines.slice(5, 9).map((l) => {
    const m = new Map<number, number>();
    for (const item of l.split(',')) {
      const parts = item.split(':');
      m.set(parts[0].codePointAt(0)!, Number(parts[1]));
    }
    return m;
  });
  if (start.length !== 4 || trans.some((r) => r.length !== 4) || [...start, ...trans.flat()].some((x) => Number.isNaN(x)))
    throw new Error('HMM model: bad numbers');
  return { start, trans, emit };
}

interface Entry {
  freq: number;
  tag: string;
}

/** Dictionary entries as jieba-rs keeps them: a repeated word takes the later frequency and keeps its first tag. */
export function parseDict(text: string): Map<string, Entry> {
  const words = new Map<string, Entry>();
  for (const line of text.split('\n')) {
    const parts = line.split(WHITE).filter((p) => p.length > 0);
    if (parts.length === 0) continue;
    const freq = parts.length > 1 ? Number(parts[1]) : 0;
    if (!Number.isSafeInteger(freq) || freq < 0 || !/^\d+$/.test(parts[1] ?? '0')) throw new Error(`dictionary: bad frequency in "${line}"`);
    const hit = words.get(parts[0]);
    if (hit) hit.freq = freq;
    else words.set(parts[0], { freq, tag: parts[2] ?? '' });
  }
  return words;
}

/** Compiles dict.txt and the HMM model into the segmenter's data file. */
export function compile(dictText: string, hmmText: string): Uint8Array {
  const words = parseDict(dictText);
  const hmm = parseHmm(hmmText);

  let total = 0;
  for (const e of words.values()) total += e.freq;
  const lnTotal = lnExact(total);

  // Distinct frequencies → scores; tags → indices.
  const freqIndex = new Map<number, number>();
  const scores: number[] = [];
  const tagIndex = new Map<string, number>();
  const tagNames: string[] = [];
  for (const e of words.values()) {
    if (!freqIndex.has(e.freq)) {
      freqIndex.set(e.freq, scores.length);
      scores.push(lnExact(e.freq) - lnTotal);
    }
    if (!tagIndex.has(e.tag)) {
      tagIndex.set(e.tag, tagNames.length);
      tagNames.push(e.tag);
    }
  }
  if (scores.length >= 0xffff) throw new Error('dictionary: too many distinct frequencies');
  if (tagNames.length > 0xff) throw new Error('dictionary: too many tags');

  const trie = doubleArray(words, (e) => ({ value: freqIndex.get(e.freq)! + 1, tag: tagIndex.get(e.tag)! }));

  // HMM emissions: only characters of the HMM's Han range are ever looked up.
  const emitChars: number[] = [];
  const seen = new Set<number>();
  for (const m of hmm.emit)
    for (const c of m.keys())
      if (c >= HMM_HAN_FIRST && c <= HMM_HAN_LAST && !seen.has(c)) {
        seen.add(c);
        emitChars.push(c);
      }
  emitChars.sort((a, b) => a - b);

  const tagBytes = Buffer.from(tagNames.join('\n'), 'utf8');
  const L = layout({ slotCount: trie.slots.length / SLOT, scoreCount: scores.length, emitCount: emitChars.length, tagBytes: tagBytes.length });
  const buf = new ArrayBuffer(L.end);
  const u32 = new Uint32Array(buf, 0, 6);
  u32.set([MAGIC, trie.slots.length / SLOT, scores.length, emitChars.length, tagBytes.length, 0]);
  const head = new Float64Array(buf, 32, (HEADER_BYTES - 32) / 8);
  head[0] = lnTotal;
  head.set(hmm.start, 1);
  head.set(hmm.trans.flat(), 5);
  new Float64Array(buf, L.scores, scores.length).set(scores);
  const emit = new Float64Array(buf, L.emit, 4 * emitChars.length);
  const MIN_FLOAT = -3.14e100;
  const emitIdx = new Uint16Array(buf, L.emitIdx, HMM_HAN_COUNT);
  emitChars.forEach((c, k) => {
    for (let s = 0; s < 4; s++) emit[4 * k + s] = hmm.emit[s].get(c) ?? MIN_FLOAT;
    emitIdx[c - HMM_HAN_FIRST] = k + 1;
  });
  new Uint16Array(buf, L.code, CODE_SIZE).set(trie.code);
  new Int32Array(buf, L.trie, trie.slots.length).set(trie.slots);
  new Uint8Array(buf, L.tags, tagBytes.length).set(tagBytes);
  return new Uint8Array(buf);
}
