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
 * bin/shengao.js sets the same flag before compiling this bundle from its code cache (V8
 * takes a cache only under the flags it was made with); test/code-cache.test.ts keeps the two equal.
 */
export const CLI_INLINE_BUDGET = 100;

export function tuneCompiler(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${CLI_INLINE_BUDGET}`);
}
