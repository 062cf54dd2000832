// Debounced, version-checked runs per document. A run is scheduled on every
// change; a newer change restarts the timer, and a run that finds the document
// moved on while it waited (settings are fetched asynchronously) gives up, so
// only the latest version's results are ever published. Pull requests wait for
// the pending run of the current version.

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export class Scheduler<T> {
  private timers = new Map<string, NodeJS.Timeout>();
  private waiting = new Map<string, Deferred<T | undefined>>();

  constructor(
    private delayMs: number,
    /** Runs the document; returns undefined when the run was abandoned as stale. */
    private run: (uri: string) => Promise<T | undefined>,
  ) {}

  /** (Re)starts the debounce timer of `uri`; returns the result of the run that will follow. */
  schedule(uri: string, delayMs = this.delayMs): Promise<T | undefined> {
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    let d = this.waiting.get(uri);
    if (!d) this.waiting.set(uri, (d = deferred()));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.fire(uri);
      }, delayMs),
    );
    return d.promise;
  }

  private async fire(uri: string): Promise<void> {
    let result: T | undefined;
    try {
      result = await this.run(uri);
    } catch {
      result = undefined;
    }
    // Abandoned (stale) and a newer run is pending: its waiters keep waiting for it.
    if (result === undefined && this.timers.has(uri)) return;
    const d = this.waiting.get(uri);
    if (this.timers.has(uri)) return; // rescheduled while running: the next run resolves
    this.waiting.delete(uri);
    d?.resolve(result);
  }

  /** The result of the scheduled or running run of `uri`; undefined when nothing is pending. */
  pending(uri: string): Promise<T | undefined> | undefined {
    return this.waiting.get(uri)?.promise;
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    const d = this.waiting.get(uri);
    this.waiting.delete(uri);
    d?.resolve(undefined);
  }

  dispose(): void {
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
  }
}
