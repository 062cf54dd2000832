// `--format html`: the review report (server/src/report/html.ts) for a check run.
import type { CheckRun } from '../../project/check-files.js';
import { renderHtmlReport, type ReviewExtraSection } from '../../report/html.js';
import { TOOL } from './common.js';

/**
 * The report explains each rule itself (it is often mailed on, away from any installation);
 * a team that keeps its own copy of the docs sets SHENGAO_DOCS_URL and the links go there.
 */
export function formatHtml(
  run: CheckRun,
  opts: { generatedAt?: string; generatedAtIso?: string; extraSections?: ReviewExtraSection[]; title?: string; docsUrl?: string } = {},
): string {
  return renderHtmlReport(run.files, {
    title: opts.title,
    rulesDoc: opts.docsUrl,
    version: TOOL.version,
    generatedAt: opts.generatedAt,
    generatedAtIso: opts.generatedAtIso,
    skipped: run.skipped,
    extraSections: opts.extraSections,
  });
}
