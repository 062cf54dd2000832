// Custom messages between the shengao server and its clients (the VS Code
// extension uses them; other editors can ignore them). Shared by both bundles.

/**
 * A Word document's extracted text, opened read-only by the VS Code extension:
 * `shengao-docx:/path/报告.docx.md` (the .docx's path, plus ".md" for the language).
 */
export const DOCX_SCHEME = 'shengao-docx';

/** Server → client: the pack and the finding count for one document, after each run. */
export const STATUS_NOTIFICATION = 'shengao/status';
export interface StatusParams {
  uri: string;
  /** Pack name in use (the last good one when the current one is broken). */
  pack: string;
  findings: number;
  /** Set when the pack the document asks for is broken: the PackError text. */
  packError?: string;
  packErrorFile?: string;
  /** Checks that failed on this document (threw, or ran out of time): "rule: reason", one per check. */
  failed?: string[];
  segmenter: string;
}

/** Client → server: where the cursor is, for the `focus` option. */
export const CURSOR_NOTIFICATION = 'shengao/cursor';
export interface CursorParams {
  uri: string;
  line: number;
}

/** Client → server: lint every draft in the workspace and publish the results. */
export const LINT_WORKSPACE_REQUEST = 'shengao/lintWorkspace';
export interface LintWorkspaceResult {
  files: number;
  findings: number;
}

/** Client → server: the pack's sections, as snippets ready to insert at a position. */
export const SECTIONS_REQUEST = 'shengao/sections';
export interface SectionsParams {
  uri: string;
  position: { line: number; character: number };
}
export interface SectionItem {
  kind: string;
  label: string;
  title: string;
  /** VS Code snippet syntax, headed by the next outline marker. */
  snippet: string;
  required: boolean;
}

/** Client → server: the pack in use for a document. */
export const PACK_INFO_REQUEST = 'shengao/packInfo';
export interface PackInfo {
  name: string;
  description: string;
  chain: string[];
  files: string[];
  /** The .shengao.yaml in effect, if any. */
  configFile?: string;
  error?: string;
}

/** Command (workspace/executeCommand): add words to `allow:` in the nearest .shengao.yaml. */
export const ALLOW_COMMAND = 'shengao.allowWord';
export const FIX_ALL_KIND = 'source.fixAll.shengao';

/** Client → server: match last year's plans (下步打算) against this document's duties section. */
export const TRACE_REQUEST = 'shengao/trace';
export interface TraceParams {
  uri: string;
  /** Last year's draft: its text, and its path (for the Markdown/plain-text choice). */
  lastText: string;
  lastPath?: string;
}
export interface TraceResponse {
  summary: { followed: number; partial: number; unmatched: number };
  problems: string[];
  /** The heading of this document's duties section, where unmatched plans are shown. */
  dutiesHeading?: { start: { line: number; character: number }; end: { line: number; character: number } };
  plans: {
    marker: string;
    title: string;
    text: string;
    status: 'followed' | 'partial' | 'unmatched';
    score: number;
    lastRange: { start: { line: number; character: number }; end: { line: number; character: number } };
    candidates: {
      marker: string;
      title: string;
      score: number;
      words: string[];
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
    }[];
  }[];
  /** This document against last year's: the history/* findings (restated figures, growth, copied passages, stale dates). */
  history?: {
    ruleId: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
}
