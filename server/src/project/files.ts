// What a draft file is, by its name: the one list of extensions shengao reads (the CLI's
// discovery, the language server's workspace check and its document filter all ask here).
import type { DocumentKind } from '../engine/index.js';

/** Extensions of drafts, lower case: Markdown, plain text, Word. */
export const DRAFT_EXTENSIONS = ['md', 'markdown', 'txt', 'docx'] as const;
/** Markdown extensions (MDX is read as Markdown when an editor hands one over). */
const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
const DRAFT = /\.(?:md|markdown|mdx|txt|docx)$/i;

/** Whether `path` names a draft shengao reads (any letter case: .TXT, .MD). Word's lock files (~$…) are not drafts. */
export function isDraftPath(path: string): boolean {
  return DRAFT.test(path) && !/(^|[\\/])~\$[^\\/]*$/.test(path);
}

export function isDocxPath(path: string): boolean {
  return /\.docx$/i.test(path);
}

/** How a draft's text is read: Markdown for .md and for Word (whose extracted text is Markdown), else plain text. */
/** A draft's name for the engine (ReportModel.name): its file name without folder or extension. */
export function draftName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]*$/, '');
}

export function kindOfPath(path: string): DocumentKind {
  return MARKDOWN.test(path) || isDocxPath(path) ? 'markdown' : 'text';
}
