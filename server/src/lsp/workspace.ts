// 「审稿：检查工作区」: every draft of every workspace folder, found and read as `shengao
// check` finds and reads them (checkFiles: .gitignore and .shengaoignore, regular files
// inside the folder, GBK, UTF-16 and Word), with the server's packs, settings and time
// bounds. Open documents are checked as they stand in the editor; the others' diagnostics
// are pushed.
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { Bounds, Segmenter } from '../engine/index.js';
import { checkFiles } from '../project/check-files.js';
import type { PackResolver } from '../project/packs.js';
import { spanAt } from '../docx/index.js';
import { withOverrides, type Settings } from './config.js';
import { toDiagnostic } from './diagnostics.js';

export interface WorkspaceDeps {
  roots: readonly string[];
  settingsFor(uri: string): Promise<Settings>;
  packs: PackResolver;
  segmenter: Segmenter;
  bounds: Bounds;
  /** The editor's text of an open document, undefined when it is not open. */
  openText(uri: string): string | undefined;
  /** An open document's findings as the server has them (checked now if stale). */
  openFindings(uri: string): Promise<number | undefined>;
  push(uri: string, diagnostics: Diagnostic[]): void;
  maxDiagnostics: number;
}

export async function checkWorkspace(deps: WorkspaceDeps): Promise<{ files: number; findings: number }> {
  let files = 0;
  let findings = 0;
  for (const root of deps.roots) {
    const settings = await deps.settingsFor(pathToFileURL(root).toString());
    if (!settings.enable) continue;
    const run = await checkFiles([], {
      cwd: root,
      root,
      resolver: deps.packs,
      pack: settings.pack || undefined,
      segmenter: deps.segmenter,
      bounds: deps.bounds,
      adjustConfig: (config) => withOverrides(config, settings.rules),
      read: (file) => deps.openText(pathToFileURL(file).toString()),
    });
    for (const r of run.files) {
      const uri = pathToFileURL(r.file).toString();
      files++;
      if (deps.openText(uri) !== undefined) {
        findings += (await deps.openFindings(uri)) ?? r.findings.length;
        continue;
      }
      findings += r.findings.length;
      // A Word file shows no lines: each problem also names its paragraph there.
      const spans = r.docx?.spans;
      deps.push(
        uri,
        r.findings.slice(0, deps.maxDiagnostics).map((f) => {
          const d = toDiagnostic(f, r.lines, uri);
          const span = spans ? spanAt(spans, f.start) : undefined;
          return span ? { ...d, message: `${d.message}（Word ${span.label}：“${[...r.text.slice(span.start, span.end)].slice(0, 16).join('')}…”）` } : d;
        }),
      );
    }
  }
  return { files, findings };
}
