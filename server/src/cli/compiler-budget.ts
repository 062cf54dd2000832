// V8 settings of the command-line process: a short batch, not a long-lived server.
import { setFlagsFromString } from 'node:v8';

/**
 * Bytecode TurboFan may inline into one optimised function (V8's default: 920). A
 * `shengao check` spends most of its life warming up: over 200 drafts of 2–10k characters
 * V8 compiled ~250 functions on background threads for ~2.4 s of CPU, as much as the
 * linting itself, and on two busy cores that compilation competes with the lint for a
 * core. With less inlining each compilation is cheaper (the largest checks took 70–170 ms
 * each); measured on that batch: ~12–15 % less CPU for the process, the main thread's
 * time unchanged. The language server, which lints the same drafts for hours, keeps the
 * default. V8 reads the flag whenever it plans an inlining, so setting it at start-up
 * takes effect (the language server sets its heap flags the same way, memory.ts).
 */
export const CLI_INLINE_BUDGET = 100;

/**
 * How much a function runs (V8's "interrupt budget", in bytecode executed; default 67584)
 * before V8 considers optimising it. A check of 200 drafts is over in two seconds: with the
 * default, TurboFan compiles hundreds of functions that are warm, not hot, on a background
 * thread that competes with the lint for one of two cores, and most of them are compiled
 * too late to repay it. With ~6× the budget only the hot loops are optimised: measured on
 * the bench's 200 drafts (6 interleaved runs, load ~4.5 on two cores), process CPU 2.62 ->
 * 2.23 s and wall time 3.44 -> 2.72 s (medians), the same reports.
 */
export const CLI_INTERRUPT_BUDGET = 400_000;

/**
 * The CLI's V8 flags. Besides the inlining budget: young-generation collections in this
 * thread alone (--no-parallel-scavenge). A 200-draft check runs ~35 of them; in parallel,
 * the main thread waits at each for helper threads, and on a busy machine a helper that is
 * not scheduled holds it up: with the load average at ~5 on two cores the run took 2.76 s of
 * wall time in parallel and 2.38 s without, at ~2.3 2.17 s and 1.95 s (medians of 8,
 * interleaved); alone on the machine a collection costs this thread ~0.4 ms more (~15 ms a
 * run). V8 reads the flag at each collection (--trace-gc-nvp shows no background scavenging
 * when it is set at start-up). And two TurboFan passes off (--no-turbo-loop-peeling
 * --no-turbo-escape): a check's background compilation was ~1.1 s of CPU against ~1.7 s in
 * the main thread, and without those passes each optimised function compiles sooner;
 * 12 interleaved runs of 200 drafts on a busy two-core machine (load ~5): process CPU median
 * 3.30 -> 3.11 s (the paired difference ~0.4 s, lower in 9 of 12), the main thread's time
 * unchanged (2.08 / 2.10 s), the same reports. bin/shengao.js sets the same string before
 * compiling this bundle from its code cache (V8 takes a cache only under the flags it was
 * made with); test/code-cache.test.ts keeps the two equal.
 */
export const CLI_V8_FLAGS = `--max-inlined-bytecode-size-cumulative=${CLI_INLINE_BUDGET} --no-parallel-scavenge --no-turbo-loop-peeling --no-turbo-escape --interrupt-budget=${CLI_INTERRUPT_BUDGET}`;

export function tuneCompiler(): void {
  setFlagsFromString(CLI_V8_FLAGS);
}
