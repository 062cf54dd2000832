// Entry of dist/check-worker.js: one thread of a parallel `shengao check` (pool.ts).
// Loads the segmenter once, at start, then lints the drafts the main thread sends,
// each with the pack config it was resolved to (sent once per config, kept by id).
import { parentPort } from 'node:worker_threads';
import type { EngineConfig, Segmenter } from '../engine/index.js';
import { loadSegmenter } from '../segmenters/index.js';
import { lintDraft } from './lint-draft.js';
import type { ToWorker, FromWorker } from './pool.js';

const port = parentPort;
if (!port) throw new Error('check-worker.js runs as a worker thread of shengao check');

const send = (m: FromWorker) => port.postMessage(m);
let segmenter: Segmenter | undefined;
let fatal: string | undefined;
try {
  segmenter = loadSegmenter();
} catch (e) {
  fatal = (e as Error).message;
  send({ type: 'fatal', message: fatal });
}

const configs = new Map<number, EngineConfig>();
port.on('message', (m: ToWorker) => {
  if (m.config) configs.set(m.configId, m.config);
  if (!segmenter) {
    send({ type: 'fatal', message: fatal ?? 'segmenter not loaded' });
    return;
  }
  const config = configs.get(m.configId);
  try {
    if (!config) throw new Error(`internal: config ${m.configId} was never sent to this worker`);
    send({ type: 'done', id: m.id, outcome: lintDraft(m.job, config, segmenter) });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    send({ type: 'error', id: m.id, message: err.message, stack: err.stack });
  }
});
