// A pure-TypeScript jieba whose words and tags are @node-rs/jieba's (jieba-rs 0.10):
// the same dictionary and HMM, held in typed arrays read from one file
// (dist/jieba-ts.bin, compiled at build time by compile.ts) instead of ~40 MB of
// native memory. Works on UTF-16 strings; a character outside the BMP counts as one,
// as in Rust. (A lone surrogate, which the native binding turns into U+FFFD, stays
// itself here: a one-character word tagged x.)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TaggedWord } from '../../engine/index';
import { compile } from './compile';
import { type JiebaData, lookup, openData, tagOf } from './dict';
import { IntMap } from './int-map';
import { type Sink, cutBlock } from './route';

export const DATA_FILE = 'jieba-ts.bin';

/** jieba-rs's is_cjk: the CJK Unified Ideographs blocks, extensions and compatibility ideographs. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x2a6df) ||
    (c >= 0x2a700 && c <= 0x2ebef) ||
    (c >= 0x2f800 && c <= 0x2fa1f)
  );
}

/** The Han-block class of jieba's cut: CJK, ASCII letters and digits, + # & . _ % - */
function isHan(c: number): boolean {
  if (c < 0x80) {
    return (
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 35 || c === 38 || c === 46 || c === 95 || c === 37 || c === 45
    );
  }
  return isCjk(c);
}

/** jieba-rs's tag for a word not in the dictionary: m (ASCII digits only), eng (other ASCII letters/digits), else x. */
function guessTag(s: string, start: number, end: number): string {
  let eng = 0;
  let m = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      eng++;
      m++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) eng++;
  }
  return eng > 0 ? (eng === m ? 'm' : 'eng') : 'x';
}

export interface JiebaTs {
  cut(sentence: string, hmm?: boolean): string[];
  tag(sentence: string, hmm?: boolean): TaggedWord[];
}

/** Walks the sentence: Han blocks through the DAG/HMM, every other character a word of its own ("\r\n" one). */
function walk(d: JiebaData, s: string, hmm: boolean, out: Sink): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    if (isHanAt(s, i)) {
      // Most characters of a Chinese text are in the main CJK block: tested first, by code unit.
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c >= 0x4e00 && c <= 0x9fff) j++;
        else if (isHanAt(s, j)) j += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        else break;
      }
      cutBlock(d, s, i, j, hmm, out);
    } else {
      while (j < n && !isHanAt(s, j)) {
        const c = s.charCodeAt(j);
        const len = (c === 13 && s.charCodeAt(j + 1) === 10) || (c >= 0xd800 && c <= 0xdbff && s.codePointAt(j)! > 0xffff) ? 2 : 1;
        out(j, j + len, -1);
        j += len;
      }
    }
    i = j;
  }
}

/** Whether the character at i (a whole surrogate pair) is of the Han class. */
function isHanAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return isHan(c >= 0xd800 && c <= 0xdbff ? s.codePointAt(i)! : c);
}

/**
 * s[a, b) as a string of its own. V8 makes a slice of 13 or more characters a view that
 * keeps the whole text alive; words outlive the text they were cut from (the engine
 * caches them), so long ones are copied.
 */
function own(s: string, a: number, b: number): string {
  const w = s.slice(a, b);
  // Flattening a concatenation writes the characters into a new string (the engine's detach();
  // not imported, so this data-building bundle does not carry the engine).
  return w.length < 13 ? w : (' ' + w).slice(1);
}

/** A 30-bit hash of s[a, b) (a non-negative IntMap key). */
export function hashOf(s: string, a: number, b: number): number {
  let h = b - a;
  for (let i = a; i < b; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return Math.imul(h, 0x9e3779b1) >>> 2;
}

/** Cached tagged words kept (distinct words, like the native adapter's); cleared when full. */
const MAX_CACHED = 200_000;

export function createJieba(d: JiebaData): JiebaTs {
  const { tagNames } = d;
  // One shared, frozen TaggedWord per distinct word (as the native adapter returns): a
  // text's words cost their array only. Dictionary words are found by trie node; others
  // (punctuation, numbers, HMM words) by a hash of their text, compared in place, so no
  // string is cut just to look a word up; the rare hash collision goes by text.
  const byNode = new IntMap<TaggedWord>();
  const byHash = new IntMap<TaggedWord>();
  const byText = new Map<string, TaggedWord>();
  const newWord = (s: string, a: number, b: number): TaggedWord => Object.freeze({ word: own(s, a, b), tag: guessTag(s, a, b) });
  const unknownWord = (s: string, a: number, b: number): TaggedWord => {
    const h = hashOf(s, a, b);
    const w = byHash.get(h);
    if (w === undefined) {
      const fresh = newWord(s, a, b);
      byHash.add(h, fresh);
      return fresh;
    }
    if (w.word.length === b - a && s.startsWith(w.word, a)) return w;
    const word = own(s, a, b);
    let other = byText.get(word);
    if (!other) byText.set(word, (other = newWord(s, a, b)));
    return other;
  };
  return {
    cut(sentence, hmm = true) {
      const words: string[] = [];
      walk(d, sentence, hmm, (a, b) => {
        words.push(own(sentence, a, b));
      });
      return words;
    },
    tag(sentence, hmm = true) {
      const out: TaggedWord[] = [];
      if (byNode.size + byHash.size + byText.size >= MAX_CACHED) {
        byNode.clear();
        byHash.clear();
        byText.clear();
      }
      walk(d, sentence, hmm, (a, b, node) => {
        if (node === -2) node = lookup(d, sentence, a, b);
        if (node < 0) {
          out.push(unknownWord(sentence, a, b));
          return;
        }
        let w = byNode.get(node);
        if (!w) byNode.add(node, (w = Object.freeze({ word: own(sentence, a, b), tag: tagNames[tagOf(d, node)] })));
        out.push(w);
      });
      return out;
    },
  };
}

/** dist/jieba-ts.bin next to the bundle, or (running from the sources) in the project's dist/. */
export function dataPath(): string | undefined {
  for (const p of [join(__dirname, DATA_FILE), join(__dirname, '..', '..', '..', '..', 'dist', DATA_FILE)]) if (existsSync(p)) return p;
  return undefined;
}

/** Compiles the data from the packages that ship it (build time, or a source checkout without a build). */
export function compileFromPackages(): Uint8Array {
  const dict = join(dirname(require.resolve('@node-rs/jieba')), 'dict.txt');
  const hmm = join(dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'hmm_model.utf8');
  return compile(readFileSync(dict, 'utf8'), readFileSync(hmm, 'utf8'));
}

/** Loads the compiled data (one read), compiling it in memory only when no built file exists. */
export function loadJiebaTs(file = dataPath()): JiebaTs {
  return createJieba(openData(file ? readFileSync(file) : compileFromPackages()));
}
