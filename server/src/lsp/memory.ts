// Memory of the language-server process: what `shengao/memory` reports.
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** `shengao/memory`: where the server's memory is, for the benchmark's breakdown and for bug reports. */
export const MEMORY_REQUEST = 'shengao/memory';

export interface MemoryReport {
  /** Bytes, as process.memoryUsage() reports them. */
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** Resident bytes of each V8 heap space (new_space, old_space, code_space, large_object_space…). */
  spaces: Record<string, number>;
}

export function memoryReport(): MemoryReport {
  const m = process.memoryUsage();
  const spaces: Record<string, number> = {};
  for (const s of getHeapSpaceStatistics()) if (s.physical_space_size) spaces[s.space_name] = s.physical_space_size;
  return { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, spaces };
}

/**
 * V8's young generation grows to 2 × 16 MB in a process that allocates as much as a lint
 * of a long draft does, and stays there. Once it holds `maxBytes`, the server stops its
 * growth (`--semi-space-growth-factor=1`, which V8 reads each time it would grow the space;
 * set at run time it takes effect, measured). The check runs after garbage collections, between
 * turns of the event loop, so one long synchronous lint can still grow the space past it.
 */
export function capYoungGeneration(maxBytes: number): () => void {
  let growing = true;
  const check = (): void => {
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young) return;
    const grow = young.space_size < maxBytes;
    if (grow === growing) return;
    growing = grow;
    setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
  };
  check();
  const obs = new PerformanceObserver(() => check());
  obs.observe({ entryTypes: ['gc'] });
  return () => obs.disconnect();
}

/** Young generation the server lets V8 grow to (default: 32 MB). */
export const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;
/** Old generation: the next full collection once the heap has doubled what was live (V8 lets it grow up to 4×). */
export const HEAP_GROWING_PERCENT = 100;

/**
 * Heap settings of the language server, a process that lives as long as the editor and
 * re-checks a whole draft on every pause in typing. Applied from dist/server.js itself,
 * so that every way of starting the server gets them: VS Code (a fork of dist/server.js),
 * Neovim/Emacs (`shengao-language-server --stdio`) and `node dist/server.js --stdio`
 * (command-line flags would reach only some of these). On the LSP bench (builds of the
 * same tree with and without, interleaved, two runs each) they took the RSS at the end of
 * the session from 266/268 MB to 215/213 MB, edit latencies unchanged (100k draft p50
 * 77/112 ms without, 86/107 ms with).
 *
 * Node documents flags set after start-up as unsupported in general; these two are read by
 * V8 at each collection or growth decision, and their effect is what the tests and the bench
 * measure. (Not: a growth factor of 0, which crashes V8; nor heap growth below 100 %, which
 * cost 35–60 ms per edit of the 100k draft.)
 */
/**
 * The V8 flags the server sets as it starts (tuneHeap, idleCollector), with the young
 * generation's growth factor at its default: dist/server.js sets them before compiling the
 * server from its code cache and again before writing that cache, because V8 takes a cache
 * only under the flags it was made with (start/code-cache.ts).
 */
export const SERVER_V8_FLAGS = `--heap-growing-percent=${HEAP_GROWING_PERCENT} --expose-gc --semi-space-growth-factor=2`;

export function tuneHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  capYoungGeneration(YOUNG_GENERATION_BYTES);
}

/** Quiet time after the last run before the server collects its garbage (ms). */
export const IDLE_COLLECT_MS = 2000;

/**
 * After a lint of a long draft the heap keeps that run's garbage until V8 next needs room
 * or its memory reducer comes round, which takes ~10 s of quiet and sometimes much longer
 * (LSP bench, right after an edit of the 100k draft: 70 MB of heap for 30 MB live). The
 * returned function, called after each run, schedules one full collection once the server
 * has been quiet for `delayMs`: a pause of a few tens of milliseconds at a moment nobody
 * is waiting for diagnostics. A run in between postpones it. V8's `gc` is exposed for this
 * once, at start-up (a flag set later than that does not reach a context made earlier).
 */
export function idleCollector(delayMs = IDLE_COLLECT_MS): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  let timer: NodeJS.Timeout | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(gc, delayMs);
    timer.unref();
  };
}
