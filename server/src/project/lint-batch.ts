// The drafts of a run in this thread, linted one after another inside as few timed calls
// as possible. Every timed call (deadline.ts) starts and joins a watchdog thread; with one
// call per parse and one per run of checks, 200 drafts cost 400 of them — on a busy
// two-core machine ~0.4 s of a 2.5 s `shengao check`, waiting for those threads to be
// scheduled. Here one call covers draft after draft, for no longer than the shortest budget
// (the parse's): a draft that finishes inside it had every parse and check finish well
// within its own budget, so nothing would have been stopped and its result is the same. When
// the call's time runs out inside a draft, that draft is linted again on its own, each parse
// and check under its own deadline, exactly as without batching; the next call resumes after
// it. A draft whose fixes are written back is never run twice, so it always runs on its own.
import { DeadlineExceeded, type Bounds, type Deadline, type EngineConfig, type Segmenter } from '../engine/index.js';
import { CLI_BOUNDS, lintDraft, type DraftJob, type DraftOutcome } from './lint-draft.js';

export interface DraftTask {
  job: DraftJob;
  config: EngineConfig;
}

/** Inside the batch's own timed call: no watchdog per step (the batch's stops them all). */
const untimed: Deadline = (fn) => fn();

export function lintDrafts(tasks: readonly DraftTask[], segmenter: Segmenter, bounds: Bounds = CLI_BOUNDS): DraftOutcome[] {
  const out: DraftOutcome[] = new Array<DraftOutcome>(tasks.length);
  const batchMs = Math.min(bounds.budgets.parseMs, bounds.budgets.checkMs);
  const inside: Bounds = { ...bounds, deadline: untimed };
  const alone = (k: number) => lintDraft(tasks[k].job, tasks[k].config, segmenter, bounds);
  let next = 0;
  while (next < tasks.length) {
    if (tasks[next].job.fix) {
      out[next] = alone(next);
      next++;
      continue;
    }
    try {
      bounds.deadline(() => {
        for (; next < tasks.length && !tasks[next].job.fix; next++) out[next] = lintDraft(tasks[next].job, tasks[next].config, segmenter, inside);
      }, batchMs);
    } catch (e) {
      if (!(e instanceof DeadlineExceeded)) throw e;
      // Stopped inside draft `next` (or just after it, before the next began): that one alone.
      if (next < tasks.length && out[next] === undefined) out[next] = alone(next);
      next++;
    }
  }
  return out;
}
