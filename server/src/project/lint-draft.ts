// One draft's lint (and safe fixes, written back) for `shengao check`: the work the
// main thread does in a sequential run and a check worker does in a parallel one,
// so both give the same result. Imports the engine only (no pack loading, no
// discovery): the worker bundle stays small.
import {
  lint,
  applyFixes,
  figureLedger,
  type LedgerRow,
  type Bounds,
  type DocumentKind,
  type EngineConfig,
  type Finding,
  type ReportModel,
  type Segmenter,
} from '../engine/index.js';
import { CLI_BUDGETS, clock, vmDeadline } from './deadline.js';
import { writeFileAtomic } from './atomic-write.js';
import { draftName } from './files.js';
import { budgetsForTest, checksForTest } from './test-hooks.js';

/** Each parse and each check of `shengao check` is timed: a runaway is reported, never a hang. */
export const CLI_BOUNDS: Bounds = { deadline: vmDeadline, budgets: budgetsForTest(CLI_BUDGETS), clock };
const CHECKS = checksForTest();
import type { CheckFailure } from '../engine/index.js';
import type { OutlineNode } from '../engine/index.js';

/** A section heading as the reports show it. */
export interface DraftSection {
  marker: { text: string };
  title: string;
  start: number;
  section?: OutlineNode['section'];
  sectionBy?: OutlineNode['sectionBy'];
}

/** What the reports read from a draft's model (JSON sections, the HTML overview). `ReportModel` satisfies it. */
export interface DraftModel {
  sectionNodes: DraftSection[];
  /** The figures as written; undefined when reading them failed. */
  readonly quantities?: readonly { raw: string }[];
  /** The figure ledger (`shengao figures`, the HTML report's 数据核对表), when the job asked for it. */
  ledger?: LedgerRow[];
}

export interface DraftJob {
  /** Absolute path (written back with `fix`). */
  file: string;
  kind: DocumentKind;
  /** Decoded text, without a byte-order mark. */
  text: string;
  /** The file started with a byte-order mark (kept when writing fixes back). */
  bom: boolean;
  fix: boolean;
  /** With `fix`: compute the fixes but write nothing (`--fix-dry-run`). */
  dryRun?: boolean;
  /** Keep the whole model (in-process runs only: `shengao trace` matches on it). */
  keepModel?: boolean;
  /** The text was read from the file (not an editor's buffer): a fix is written only if the file still holds it. */
  fromDisk?: boolean;
  /** Build the figure ledger (engine/ledger.ts) into the outcome's model. */
  ledger?: boolean;
  /** Last year's report: the history/* checks compare with it. */
  previous?: { text: string; kind: DocumentKind };
}

export interface DraftOutcome {
  /** The text checked, when fixes changed it (else the job's text). */
  text?: string;
  model: DraftModel;
  fullModel?: ReportModel;
  findings: Finding[];
  failures: CheckFailure[];
  fixed: number;
  /** Fixes could not be written back: why (the file was then checked as it is on disk). */
  unwritable?: string;
}

const MAX_FIX_PASSES = 10;

/** The few fields of a model the reports read, as plain data (cheap to hand between threads). */
export function summarizeModel(model: ReportModel): DraftModel {
  const sectionNodes = model.sectionNodes.map((n) => {
    const s: DraftSection = { marker: { text: n.marker.text }, title: n.title, start: n.start };
    if (n.section !== undefined) s.section = n.section;
    if (n.sectionBy !== undefined) s.sectionBy = n.sectionBy;
    return s;
  });
  let quantities: { raw: string }[] | undefined;
  try {
    quantities = model.quantities.map((q) => ({ raw: q.raw }));
  } catch {
    quantities = undefined;
  }
  return { sectionNodes, quantities };
}

export function lintDraft(job: DraftJob, config: EngineConfig, segmenter: Segmenter, bounds: Bounds = CLI_BOUNDS): DraftOutcome {
  const { kind, file } = job;
  let text = job.text;
  const options = { kind, config, segmenter, bounds, checks: CHECKS, previous: job.previous, name: draftName(file) };
  let result = lint(text, options);
  let fixed = 0;
  let unwritable: string | undefined;
  if (job.fix) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const { text: next, applied } = applyFixes(text, result.findings);
      if (!applied.length || next === text) break;
      fixed += applied.length;
      text = next;
      result = lint(text, options);
    }
    if (text !== job.text && !job.dryRun) {
      try {
        // Atomically, and only over the bytes that were checked (see atomic-write.ts).
        const bom = job.bom ? '\uFEFF' : '';
        writeFileAtomic(file, Buffer.from(bom + text, 'utf8'), job.fromDisk ? Buffer.from(bom + job.text, 'utf8') : undefined);
      } catch (e) {
        // Report the file as it still is on disk (the write never touches it on failure).
        unwritable = `修复后写回失败，未改动文件：${(e as Error).message}`;
        text = job.text;
        result = lint(text, options);
        fixed = 0;
      }
    }
  }
  const model = summarizeModel(result.model);
  if (job.ledger) {
    // The ledger reads what the checks read: a failure there must not lose the findings.
    try {
      model.ledger = figureLedger(result.model, result.findings, config);
    } catch {
      model.ledger = undefined;
    }
  }
  const out: DraftOutcome = { model, findings: result.findings, failures: result.failures, fixed };
  if (text !== job.text) out.text = text;
  if (job.keepModel) out.fullModel = result.model;
  if (unwritable !== undefined) out.unwritable = unwritable;
  return out;
}
