// Parallel `shengao check`: a pool of worker threads (dist/check-worker.js), each
// loading the segmenter once, at start. The main thread resolves packs and reads
// files, in order, handing each draft to the pool as soon as it is read; a worker
// lints (and fixes) one draft per message and sends back only what the reports
// read. checkFiles puts the outcomes back in file order, so the output is the
// same as a sequential run's.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { EngineConfig } from '../engine/index.js';
import type { DraftJob, DraftOutcome } from './lint-draft.js';

export interface ToWorker {
  id: number;
  job: DraftJob;
  configId: number;
  /** Sent with the first job of this config a worker gets. */
  config?: EngineConfig;
}

export type FromWorker =
  { type: 'done'; id: number; outcome: DraftOutcome } | { type: 'error'; id: number; message: string; stack?: string } | { type: 'fatal'; message: string };

/**
 * With `jobs: 'auto'`: one linting thread per two cores, and one per this many bytes of
 * drafts (≈ 100,000 Chinese characters). Each thread that lints keeps more than one core
 * busy: V8 compiles the engine's hot code on background threads (measured on 200 drafts,
 * one thread: 3.5 s on the main thread + 2.2 s of background compilation), and every
 * worker pays that compilation and the dictionary (≈ 0.3 s) again. On 2 cores two workers
 * took 7.3 s of CPU against 4.9 s in one thread, and were slower (5.3 s against 3.8 s,
 * medians of 4 on a shared machine), so 'auto' stays in the main thread there.
 */
export const AUTO_BYTES_PER_THREAD = 300_000;
/** Messages in flight per worker: the next draft is already queued when one finishes. */
const DEPTH = 2;

/** The bundled worker next to dist/cli.js; undefined when running from sources (tests through tsx). */
export function workerScript(): string | undefined {
  const p = join(__dirname, 'check-worker.js');
  return existsSync(p) ? p : undefined;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** How many threads lint `files`: 1 means in the main thread, no workers. */
export function threadCount(jobs: number | 'auto' | undefined, files: readonly string[], cores = availableParallelism()): number {
  if (jobs === undefined || files.length < 2) return 1;
  if (jobs === 'auto') {
    const most = Math.min(Math.floor(cores / 2), files.length);
    if (most < 2) return 1;
    const bytes = files.reduce((n, f) => n + sizeOf(f), 0);
    return Math.max(1, Math.min(most, Math.floor(bytes / AUTO_BYTES_PER_THREAD)));
  }
  return Math.max(1, Math.min(jobs, files.length));
}

interface Pending {
  msg: ToWorker;
  resolve: (o: DraftOutcome) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  inflight: Map<number, Pending>;
  configs: Set<number>;
}

export class LintPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly configIds = new Map<EngineConfig, number>();
  private readonly configs: EngineConfig[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  private closed = false;

  constructor(threads: number, script: string) {
    // node:worker_threads is loaded when a pool starts: most runs lint in the main thread (~1–5 ms at start-up).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
    for (let k = 0; k < threads; k++) {
      const slot: Slot = { worker: new WorkerThread(script), inflight: new Map(), configs: new Set() };
      this.slots.push(slot);
      slot.worker.on('message', (m: FromWorker) => this.onMessage(slot, m));
      slot.worker.on('error', (e) => this.fail(new Error(`检查线程出错：${e.message}`)));
      slot.worker.on('exit', (code) => this.fail(new Error(`检查线程意外退出（退出码 ${code}）`)));
    }
  }

  /** Lints one draft on the first free worker. */
  lint(job: DraftJob, config: EngineConfig): Promise<DraftOutcome> {
    let configId = this.configIds.get(config);
    if (configId === undefined) {
      this.configIds.set(config, (configId = this.configs.length));
      this.configs.push(config);
    }
    const msg: ToWorker = { id: this.nextId++, job, configId };
    const p = new Promise<DraftOutcome>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.queue.push({ msg, resolve, reject });
    });
    this.feed();
    return p;
  }

  /** Stops the workers (a failure after this is not reported). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private feed(): void {
    for (const slot of this.slots) {
      while (!this.failure && slot.inflight.size < DEPTH && this.queue.length) {
        const p = this.queue.shift()!;
        const msg = p.msg;
        if (!slot.configs.has(msg.configId)) {
          slot.configs.add(msg.configId);
          slot.worker.postMessage({ ...msg, config: this.configs[msg.configId] });
        } else slot.worker.postMessage(msg);
        slot.inflight.set(msg.id, p);
      }
    }
  }

  private onMessage(slot: Slot, m: FromWorker): void {
    if (m.type === 'fatal') return this.fail(new Error(m.message));
    if (m.type === 'error') {
      const e = new Error(m.message);
      if (m.stack) e.stack = m.stack;
      return this.fail(e);
    }
    const p = slot.inflight.get(m.id);
    if (!p) return;
    slot.inflight.delete(m.id);
    p.resolve(m.outcome);
    this.feed();
  }

  /** The first failure rejects every draft not yet linted, and stops the workers. */
  private fail(err: Error): void {
    if (this.closed || this.failure) return;
    this.failure = err;
    for (const p of [...this.slots.flatMap((s) => [...s.inflight.values()]), ...this.queue]) p.reject(err);
    this.queue.length = 0;
    for (const s of this.slots) s.inflight.clear();
    void this.close();
  }
}
