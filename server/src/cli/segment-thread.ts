// The segmentation thread of a sequential `shengao check`: one worker thread
// (dist/segment-worker.js) loads jieba and tags texts while the main thread parses and
// checks. The engine still sees an ordinary, synchronous Segmenter: a question posts a
// request and blocks (Atomics.wait on a counter the worker bumps after each reply) until
// the reply can be read with receiveMessageOnPort. The win is the pipeline: check.ts
// builds the next draft's model and posts its texts (`prefetch`) before checking the
// current one, so when the next model asks for its words they are usually waiting.
// Any failure of the thread (cannot start, dies, answers with an error, too slow) makes
// it load jieba in the main thread instead: the same segmenter, so the same words.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Segmenter, TaggedWord } from '../engine/segmenter.js';
import { DEFAULT_SEGMENTER, loadSegmenter } from '../segmenters/index.js';
import type { SegmentReply, SegmentRequest, SegmentWorkerData } from './segment-worker.js';

/** The bundled worker next to dist/cli.js; undefined when running from sources (tests through tsx). */
export function segmentWorkerScript(): string | undefined {
  const p = join(__dirname, 'segment-worker.js');
  return existsSync(p) ? p : undefined;
}

/** The segmenter the run loads (SHENGAO_SEGMENTER) is @node-rs/jieba, the one the thread runs. */
export function segmenterIsNodeRs(env: NodeJS.ProcessEnv): boolean {
  return (env.SHENGAO_SEGMENTER || DEFAULT_SEGMENTER) === 'node-rs-jieba';
}

/**
 * Whether `shengao check` segments in a thread: only on request (SHENGAO_SEGMENT_THREAD=1),
 * and only with @node-rs/jieba. Off by default: on the 2-core machine the benchmarks run
 * on, the thread saves the main thread ~0.5 s of 200 drafts but costs ~1 s of CPU more
 * (a second isolate: the dictionary, the ids, its JIT and GC), and the second core is
 * already busy with V8's background compilation and GC — the run was as fast or slower.
 */
export function segmentThreadWanted(env: NodeJS.ProcessEnv): boolean {
  return env.SHENGAO_SEGMENT_THREAD === '1' && segmenterIsNodeRs(env);
}

/**
 * Runs first in the worker: whatever ends the thread (its script missing or throwing at
 * load, an uncaught error, termination) sets the exit flag and wakes a waiting main thread.
 */
const BOOT = `const { workerData } = require('node:worker_threads');
const s = workerData.signal;
process.on('exit', () => { Atomics.store(s, 1, 1); Atomics.add(s, 0, 1); Atomics.notify(s, 0); });
require(workerData.script);`;

/**
 * Longest wait for one reply. The first one includes loading the dictionary (~0.3 s) and a
 * 200,000-character draft tags in ~0.1 s: past this the thread is taken as stuck.
 */
const REPLY_TIMEOUT_MS = 30_000;

/** The answers to one draft's texts, filled in when the worker's reply is read. */
export interface Prefetch {
  readonly id: number;
  readonly tags: Map<string, TaggedWord[]>;
  readonly cuts: Map<string, string[]>;
  done: boolean;
}

/** A request posted and not yet answered: a prefetch, with what it asked (tagged together, alone, cut). */
interface Sent {
  p?: Prefetch;
  texts?: string[];
  alone?: string[];
  cuts?: string[];
}

interface Decoded {
  lists: TaggedWord[][];
  cuts?: string[][];
}

export interface SegmentThreadStats {
  /** Requests posted: prefetches, and questions no prefetch had answered. */
  prefetches: number;
  requests: number;
  /** Times the main thread blocked for a reply, and for how long in all (ms). */
  waits: number;
  waitedMs: number;
}

export class SegmentThread {
  readonly segmenter: Segmenter;
  /** Why the thread is not used (it failed, or never started): the main thread segments. */
  failure: string | undefined;
  readonly stats: SegmentThreadStats = { prefetches: 0, requests: 0, waits: 0, waitedMs: 0 };
  private worker: Worker | undefined;
  /** Replies come in here; questions and prefetches go out on their own ports. */
  private port: MessagePort | undefined;
  private urgent: MessagePort | undefined;
  private ahead: MessagePort | undefined;
  private readonly signal = new Int32Array(new SharedArrayBuffer(16));
  /** One frozen TaggedWord per vocabulary id, as the worker numbered them. */
  private vocab: TaggedWord[] = [];
  /** Requests posted and not yet answered (a prefetch with what it asked). */
  private readonly pending = new Map<number, Sent>();
  private readonly replies = new Map<number, Decoded>();
  private nextId = 0;
  private current: Prefetch | undefined;
  private main: Segmenter | undefined;

  constructor(script: string | undefined = segmentWorkerScript()) {
    this.segmenter = {
      name: 'node-rs-jieba',
      clauseLocal: true,
      cut: (text) => (text ? this.ask((s) => s.cut(text), () => this.cutHere(text)) : []),
      tag: (text) => (text ? this.ask((s) => s.tag(text), () => this.tagHere(text)) : []),
      tagMany: (texts) => this.ask((s) => s.tagMany!(texts), () => this.tagManyHere(texts)),
    };
    if (!script) {
      this.failure = '找不到 segment-worker.js';
      return;
    }
    try {
      const reply = new MessageChannel();
      const urgent = new MessageChannel();
      const ahead = new MessageChannel();
      const data: SegmentWorkerData = { urgent: urgent.port2, prefetch: ahead.port2, reply: reply.port2, signal: this.signal, script };
      const worker = new Worker(BOOT, { eval: true, workerData: data, transferList: [urgent.port2, ahead.port2, reply.port2] });
      // Failures surface through the exit flag; a listener keeps an 'error' event from throwing.
      worker.on('error', (e) => (this.failure ??= `分词线程出错：${e.message}`));
      worker.unref();
      this.worker = worker;
      this.port = reply.port1;
      this.urgent = urgent.port1;
      this.ahead = ahead.port1;
    } catch (e) {
      this.failure = `分词线程无法启动：${(e as Error).message}`;
    }
  }

  /** Whether the thread is (still) doing the segmentation. */
  get active(): boolean {
    return !this.main && !this.failure;
  }

  /**
   * Posts a draft's texts, tagged together as its model's `tagMany` will ask (behind earlier
   * prefetches), or titles to cut (`soon`: ahead of prefetches, since the model being built
   * asks for them in a moment); `alone`: texts tagged one by one, as `tag` (guesses at what
   * a check will ask: a wrong guess only costs a question later).
   */
  prefetch(texts: string[], cuts: string[] = [], soon = false, alone: string[] = []): Prefetch {
    const p: Prefetch = { id: this.nextId++, tags: new Map(), cuts: new Map(), done: false };
    if (!this.active || (!texts.length && !cuts.length && !alone.length)) {
      p.done = true;
      return p;
    }
    this.stats.prefetches++;
    const req: SegmentRequest = { id: p.id };
    if (texts.length) req.many = texts;
    if (alone.length) req.tags = alone;
    if (cuts.length) req.cuts = cuts;
    this.post(req, { p, texts, alone, cuts }, soon);
    return p;
  }

  /** The draft whose questions come next: its prefetched answers are looked up first. */
  use(p: Prefetch | undefined): void {
    this.current = p;
  }

  /** Stops the thread (the segmenter keeps working, in the main thread). */
  close(): void {
    this.stop();
    this.failure ??= 'closed';
  }

  private stop(): void {
    const w = this.worker;
    this.worker = undefined;
    for (const p of [this.port, this.urgent, this.ahead]) p?.close();
    this.port = this.urgent = this.ahead = undefined;
    if (w) {
      // The thread blocks on signal[2] between requests, not in its event loop: wake it to stop.
      Atomics.store(this.signal, 3, 1);
      Atomics.add(this.signal, 2, 1);
      Atomics.notify(this.signal, 2);
      void w.terminate();
    }
  }

  /** Answers in the thread, or — once it failed, now or before — with jieba in this thread. */
  private ask<T>(here: (s: Segmenter) => T, there: () => T): T {
    if (this.active) {
      try {
        return there();
      } catch (e) {
        this.failure = (e as Error).message;
        this.stop();
      }
    }
    this.main ??= loadSegmenter('node-rs-jieba');
    return here(this.main);
  }

  private tagHere(text: string): TaggedWord[] {
    const hit = this.lookup(text, 'tags');
    if (hit) return hit;
    return this.request({ id: this.nextId++, tags: [text] }).lists[0];
  }

  private cutHere(text: string): string[] {
    const hit = this.lookup(text, 'cuts');
    if (hit) return hit;
    return this.request({ id: this.nextId++, cuts: [text] }).cuts![0];
  }

  private tagManyHere(texts: string[]): TaggedWord[][] {
    const cur = this.current;
    if (cur) {
      if (!cur.done) this.waitFor(cur.id);
      const out: TaggedWord[][] = [];
      for (const t of texts) {
        const ws = cur.tags.get(t);
        if (!ws) break;
        out.push(ws);
      }
      if (out.length === texts.length) return out;
    }
    return this.request({ id: this.nextId++, many: texts }).lists;
  }

  private lookup<K extends 'tags' | 'cuts'>(text: string, kind: K): (K extends 'tags' ? TaggedWord[] : string[]) | undefined {
    const cur = this.current;
    if (!cur) return undefined;
    if (!cur.done) this.waitFor(cur.id);
    return cur[kind].get(text) as (K extends 'tags' ? TaggedWord[] : string[]) | undefined;
  }

  private request(req: SegmentRequest): Decoded {
    this.stats.requests++;
    this.post(req, {}, true);
    this.waitFor(req.id);
    const r = this.replies.get(req.id)!;
    this.replies.delete(req.id);
    return r;
  }

  private post(req: SegmentRequest, what: Sent, urgent: boolean): void {
    const to = urgent ? this.urgent : this.ahead;
    if (!to) throw new Error(this.failure ?? '分词线程已停止');
    to.postMessage(req);
    this.pending.set(req.id, what);
    Atomics.add(this.signal, 2, 1);
    Atomics.notify(this.signal, 2);
  }

  /** Blocks until reply `id` has been read; throws when the thread died, failed or took too long. */
  private waitFor(id: number): void {
    if (this.isRead(id)) return;
    this.drain();
    if (this.isRead(id)) return;
    const t0 = performance.now();
    this.stats.waits++;
    try {
      for (;;) {
        const seen = Atomics.load(this.signal, 0);
        this.drain();
        if (this.isRead(id)) return;
        if (Atomics.load(this.signal, 1)) throw new Error(this.failure ?? '分词线程意外退出');
        const left = REPLY_TIMEOUT_MS - (performance.now() - t0);
        if (left <= 0) throw new Error(`分词线程 ${REPLY_TIMEOUT_MS / 1000} 秒内没有应答`);
        Atomics.wait(this.signal, 0, seen, Math.min(left, 1000));
      }
    } finally {
      this.stats.waitedMs += performance.now() - t0;
    }
  }

  private isRead(id: number): boolean {
    return !this.pending.has(id);
  }

  /** Reads every reply that has arrived, in order (the vocabulary grows reply by reply). */
  private drain(): void {
    if (!this.port) return;
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const r = m.message as SegmentReply;
      if ('error' in r) throw new Error(`分词线程出错：${r.error}`);
      if (r.reset) this.vocab = [];
      const vocab = this.vocab;
      for (let i = 0; i < r.vocab.length; i += 2) vocab.push(Object.freeze({ word: r.vocab[i], tag: r.vocab[i + 1] }));
      const lists: TaggedWord[][] = new Array(r.counts.length);
      let k = 0;
      for (let i = 0; i < r.counts.length; i++) {
        const ws: TaggedWord[] = new Array(r.counts[i]);
        for (let j = 0; j < ws.length; j++) ws[j] = vocab[r.words[k++]];
        lists[i] = ws;
      }
      const sent = this.pending.get(r.id);
      this.pending.delete(r.id);
      const p = sent?.p;
      if (!p) {
        if (sent) this.replies.set(r.id, { lists, cuts: r.cuts });
        continue;
      }
      // A prefetch: its texts were tagged together, then its titles cut.
      const n = sent.texts?.length ?? 0;
      sent.texts?.forEach((t, i) => p.tags.set(t, lists[i]));
      sent.alone?.forEach((t, i) => p.tags.set(t, lists[n + i]));
      if (r.cuts) sent.cuts?.forEach((t, i) => p.cuts.set(t, r.cuts![i]));
      p.done = true;
    }
  }
}

let early: SegmentThread | undefined;

/** Starts the thread before the rest of the CLI has loaded (segment-early.ts). */
export function startSegmentThreadEarly(): void {
  early ??= new SegmentThread();
}

/** The thread started early, handed over once (undefined when none was started). */
export function takeEarlySegmentThread(): SegmentThread | undefined {
  const t = early;
  early = undefined;
  return t;
}
