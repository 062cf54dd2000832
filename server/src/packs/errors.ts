// A broken pack is a positioned, actionable error — never a crash, never ignored.

export class PackError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
    readonly hint?: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}${hint ? `（${hint}）` : ''}`);
    this.name = 'PackError';
  }
}
