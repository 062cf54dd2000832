// The engine's Deadline built on node:vm: `runInContext(…, { timeout })` has V8 terminate
// whatever JavaScript runs past the timeout — a loop or a backtracking regular expression —
// and the isolate then carries on. One context serves every call (creating one costs ~1 ms;
// a timed call starts and joins a watchdog thread: ~0.2 ms on an idle machine, ~1 ms on a busy
// one), so the engine asks for one call per parse and one per run of checks.
import { Script, createContext } from 'node:vm';
import { DeadlineExceeded, type Budgets, type Deadline } from '../engine/index.js';

const sandbox = createContext({ job: undefined as (() => unknown) | undefined });
/** Compiled once: `runInContext(code)` would compile its code string again on every call. */
const CALL_JOB = new Script('job()');

export const vmDeadline: Deadline = <T>(fn: () => T, ms: number): T => {
  const previous = sandbox.job;
  sandbox.job = fn;
  try {
    return CALL_JOB.runInContext(sandbox, { timeout: Math.max(1, Math.ceil(ms)) }) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new DeadlineExceeded(ms);
    throw e;
  } finally {
    sandbox.job = previous;
  }
};

/**
 * The CLI: a draft at the size cap parses in well under a second, and the slowest check on it
 * takes about one; these bounds only stop the pathological (a parse that would take minutes).
 */
export const CLI_BUDGETS: Budgets = { parseMs: 3_000, checkMs: 10_000, totalMs: 60_000 };

/**
 * The language server answers keystrokes: a parse past 0.5 s falls back to plain text, a
 * check past 2 s is stopped, and no run holds the server for more than 4 s of checks.
 */
export const EDITOR_BUDGETS: Budgets = { parseMs: 500, checkMs: 2_000, totalMs: 4_000 };

/** The clock the bounds measure with. */
export const clock = (): number => performance.now();
