// Time bounds without a clock in the engine. A front end may pass a `Deadline`: a function
// that runs `fn` and stops it after `ms` milliseconds by throwing DeadlineExceeded (the CLI
// and the language server build one on node:vm, which can interrupt even a regular
// expression mid-match). The engine uses it around the Markdown parse (falling back to
// plain text) and around the checks (a check that runs out of time loses its findings and
// is reported as failed; the others still run). Without a Deadline nothing is timed.

export type Deadline = <T>(fn: () => T, ms: number) => T;

export class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`超过时间上限 ${ms} 毫秒，已中止`);
    this.name = 'DeadlineExceeded';
  }
}

/** How long each bounded step may take, in milliseconds. */
export interface Budgets {
  /** The Markdown parse of the whole draft; past it the draft is read as plain text. */
  parseMs: number;
  /** One check (including the figures or words it is first to ask for). */
  checkMs: number;
  /** All the checks of one run together; past it the checks not yet run are skipped (reported). */
  totalMs?: number;
}

/** A deadline with the budgets it applies. */
export interface Bounds {
  deadline: Deadline;
  budgets: Budgets;
  /**
   * Milliseconds from any fixed point (the front end's clock; the engine has none). With it,
   * a check is blamed only for its own time — several checks share one timed call, so the one
   * running when the call's time is up is run again in a fresh call unless it alone used the
   * budget — and `totalMs` applies.
   */
  clock?: () => number;
}
