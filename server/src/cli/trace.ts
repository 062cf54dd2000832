// `shengao trace LAST THIS`: last year's 下步打算 against this year's 工作情况.
import { resolve } from 'node:path';
import { checkFiles, type CheckFilesOptions, type FileResult } from '../project/check-files.js';
import { tracePlans, type TraceResult } from '../trace/trace.js';
import { formatTraceJson, formatTraceStylish, renderTraceHtml, type TraceDocs } from '../trace/format.js';
import { formatHtml } from './formatters/html.js';

export interface TraceRun {
  last: FileResult;
  current: FileResult;
  result: TraceResult;
  docs: TraceDocs;
}

export class TraceInputError extends Error {}

/** Lints both drafts (each with its own pack) and matches the plans. */
export async function traceFiles(lastPath: string, thisPath: string, opts: CheckFilesOptions = {}): Promise<TraceRun> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const run = await checkFiles([lastPath, thisPath], { ...opts, cwd, fix: false, keepModels: true });
  const pick = (p: string) => {
    const abs = resolve(cwd, p);
    const f = run.files.find((x) => x.file === abs);
    if (f) return f;
    const why =
      run.skipped.find((s) => s.file === abs)?.message ??
      run.configProblems.find((c) => c.paths.length)?.error.message ??
      '没有这个文件，或不是 .md / .txt 文稿';
    throw new TraceInputError(`无法读取 ${p}：${why}`);
  };
  const last = pick(lastPath);
  const current = pick(thisPath);
  if (!last.fullModel || !current.fullModel) throw new Error('internal: checkFiles kept no model');
  const result = tracePlans(last.fullModel, current.fullModel);
  return { last, current, result, docs: { lastPath: last.path, thisPath: current.path, lastText: last.text, thisText: current.text } };
}

export function formatTrace(t: TraceRun, format: 'stylish' | 'json' | 'html', opts: { color?: boolean; generatedAt?: string } = {}): string {
  if (format === 'json') return formatTraceJson(t.result, t.docs);
  if (format === 'html') {
    return formatHtml(
      { cwd: '', files: [t.current, t.last], skipped: [], unmatched: [], emptyFolders: [], configProblems: [], workers: 0 },
      {
        title: '审稿报告：去年的工作打算落实情况',
        generatedAt: opts.generatedAt,
        extraSections: [{ id: 'trace', title: '去年的工作打算落实情况', html: renderTraceHtml(t.result, t.docs) }],
      },
    );
  }
  return formatTraceStylish(t.result, t.docs, opts.color);
}
