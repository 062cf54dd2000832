// Entry of dist/segment-worker.js: the segmentation thread of a sequential `shengao check`
// (segment-thread.ts). It only loads the segmenter (loadSegmenter(), the very one the main
// thread would load, so the words are the same) and answers requests: questions the main
// thread is blocked on first, prefetches a chunk at a time in between. Replies are compact:
// a text's words go back as ids into a vocabulary of (word, tag) pairs, and each reply
// carries only the pairs not sent before.
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Segmenter, TaggedWord } from '../engine/segmenter.js';
import { loadSegmenter } from '../segmenters/index.js';

export interface SegmentRequest {
  id: number;
  /** Tagged together, as `tagMany` (one text: as `tag`). */
  many?: string[];
  /** Tagged one by one, as `tag`. */
  tags?: string[];
  /** Cut one by one, as `cut`. */
  cuts?: string[];
}

export type SegmentReply =
  | {
      id: number;
      /** The vocabulary was emptied before this reply (the main thread empties its copy). */
      reset?: boolean;
      /** New vocabulary entries, in id order: word, tag, word, tag, … */
      vocab: string[];
      /** Word ids of every text of `many` then `tags`, one after the other. */
      words: Int32Array;
      /** How many words each of those texts has. */
      counts: Int32Array;
      cuts?: string[][];
    }
  | { id: number; error: string };

export interface SegmentWorkerData {
  /** Questions the main thread is waiting for: answered first, between chunks of a prefetch. */
  urgent: MessagePort;
  /** Prefetches: a draft's texts, tagged a chunk at a time. */
  prefetch: MessagePort;
  /** Replies, in the order they are made. */
  reply: MessagePort;
  /**
   * [0]: bumped after every reply; [1]: set when the thread exits; [2]: bumped by the main
   * thread after every request; [3]: set by the main thread to stop.
   */
  signal: Int32Array;
  script: string;
}

/** Past this many distinct (word, tag) pairs the vocabulary starts again (memory stays bounded). */
const MAX_VOCAB = 300_000;
/**
 * A prefetch is tagged in chunks of about this many characters, so a question the main
 * thread is blocked on waits for one chunk (well under a millisecond), not a whole draft.
 * Each chunk goes through tagMany, whose result for each text is tag(text)'s: the words
 * are those of one call for the whole draft.
 */
const CHUNK_CHARS = 2000;

const { urgent, prefetch, reply, signal } = workerData as SegmentWorkerData;

let segmenter: Segmenter | undefined;
let loadError: string | undefined;
try {
  segmenter = loadSegmenter('node-rs-jieba');
} catch (e) {
  loadError = (e as Error).message;
}

// The segmenter hands out one frozen TaggedWord per distinct word: those are found by
// identity; any other (word, tag) by its text.
const byObject = new Map<TaggedWord, number>();
const byText = new Map<string, number>();
let size = 0;
let fresh: string[] = [];
let reset = false;

function idOf(w: TaggedWord): number {
  let id = byObject.get(w);
  if (id !== undefined) return id;
  const key = `${w.tag}\u0000${w.word}`;
  id = byText.get(key);
  if (id === undefined) {
    id = size++;
    byText.set(key, id);
    fresh.push(w.word, w.tag);
  }
  if (Object.isFrozen(w)) byObject.set(w, id);
  return id;
}

function ids(ws: TaggedWord[]): Int32Array {
  const out = new Int32Array(ws.length);
  for (let j = 0; j < ws.length; j++) out[j] = idOf(ws[j]);
  return out;
}

/** A request being answered: its texts' word ids so far. */
interface Work {
  req: SegmentRequest;
  lists: Int32Array[];
  /** Next text of `many` to tag. */
  at: number;
}

/** Tags the next chunk of `many` (all of it for a question), then `tags`; true when done. */
function step(seg: Segmenter, w: Work, chunked: boolean): boolean {
  if (w.at === 0 && size >= MAX_VOCAB) {
    byObject.clear();
    byText.clear();
    size = 0;
    reset = true;
  }
  const many = w.req.many ?? [];
  if (w.at < many.length) {
    let end = w.at;
    let chars = 0;
    while (end < many.length && (!chunked || end === w.at || chars + many[end].length <= CHUNK_CHARS)) chars += many[end++].length;
    const part = w.at === 0 && end === many.length ? many : many.slice(w.at, end);
    if (part.length > 1 && seg.tagMany) for (const ws of seg.tagMany(part)) w.lists.push(ids(ws));
    else for (const t of part) w.lists.push(ids(seg.tag(t)));
    w.at = end;
    if (end < many.length) return false;
  }
  for (const t of w.req.tags ?? []) w.lists.push(ids(seg.tag(t)));
  return true;
}

function finish(w: Work): SegmentReply {
  let n = 0;
  for (const l of w.lists) n += l.length;
  const words = new Int32Array(n);
  const counts = new Int32Array(w.lists.length);
  let k = 0;
  w.lists.forEach((l, i) => {
    counts[i] = l.length;
    words.set(l, k);
    k += l.length;
  });
  const out: SegmentReply = { id: w.req.id, vocab: fresh, words, counts };
  if (reset) out.reset = true;
  if (w.req.cuts) out.cuts = w.req.cuts.map((t) => segmenter!.cut(t));
  fresh = [];
  reset = false;
  return out;
}

function send(r: SegmentReply): void {
  if ('words' in r) reply.postMessage(r, [r.words.buffer as ArrayBuffer, r.counts.buffer as ArrayBuffer]);
  else reply.postMessage(r);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

/** Runs `f` for request `id`; an exception becomes an error reply (the main thread then segments itself). */
function guarded(id: number, f: () => void): boolean {
  try {
    if (!segmenter) throw new Error(loadError ?? '分词器未加载');
    f();
    return true;
  } catch (e) {
    send({ id, error: e instanceof Error ? e.message : String(e) });
    return false;
  }
}

// The thread never returns to its event loop: it blocks on signal[2] between requests,
// like the main thread blocks on signal[0] for replies (no event-loop wake-up each way).
let current: Work | undefined;
while (!Atomics.load(signal, 3)) {
  const seen = Atomics.load(signal, 2);
  const q = receiveMessageOnPort(urgent);
  if (q) {
    const w: Work = { req: q.message as SegmentRequest, lists: [], at: 0 };
    guarded(w.req.id, () => {
      step(segmenter!, w, false);
      send(finish(w));
    });
    continue;
  }
  if (current) {
    const w = current;
    let done = true; // also after an error: the request was answered with it
    guarded(w.req.id, () => {
      done = step(segmenter!, w, true);
      if (done) send(finish(w));
    });
    if (done) current = undefined;
    continue;
  }
  const p = receiveMessageOnPort(prefetch);
  if (p) {
    current = { req: p.message as SegmentRequest, lists: [], at: 0 };
    continue;
  }
  Atomics.wait(signal, 2, seen, 1000);
}
