// `--format html`: the review report (server/src/report/html.ts) for a check run.
import type { CheckRun } from '../check.js';
import { renderHtmlReport, type ReviewExtraSection } from '../../report/html.js';
import { TOOL } from './common.js';

export const RULES_DOC = `${TOOL.informationUri}/blob/main/docs/rules.md`;

export function formatHtml(run: CheckRun, opts: { generatedAt?: string; extraSections?: ReviewExtraSection[]; title?: string } = {}): string {
  return renderHtmlReport(run.files, {
    title: opts.title,
    rulesDoc: RULES_DOC,
    version: TOOL.version,
    generatedAt: opts.generatedAt,
    skipped: run.skipped,
    extraSections: opts.extraSections,
  });
}
