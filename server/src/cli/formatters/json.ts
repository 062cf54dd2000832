// The machine format. Its shape is documented in README.md (命令行 › JSON) and is
// versioned: fields may be added, never renamed or removed, without bumping `version`.
import type { Finding } from '../../engine/index.js';
import type { LineIndex } from '../../engine/index.js';
import type { CheckRun, FileResult } from '../../project/check-files.js';
import { countRun, region, TOOL, wordPlace, type Region } from './common.js';

export const JSON_FORMAT_VERSION = 1;

export interface JsonRange extends Region {
  /** UTF-16 offset of the start in the checked text (without a byte-order mark). */
  offset: number;
  /** Length in UTF-16 code units. */
  length: number;
}

export interface JsonFinding extends JsonRange {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  fix?: { title: string; safe: boolean; edits: (JsonRange & { newText: string })[] };
  related?: (JsonRange & { message: string })[];
  data?: Record<string, unknown>;
  /** Word documents: where the finding is in Word (第 12 段, 表 1 第 3 行, 脚注 2) and a short quote of that paragraph. */
  word?: { place: string; quote: string };
}

export interface JsonSection {
  /** Section kind from the pack (duties / problems / next / …), or null when unrecognised. */
  kind: string | null;
  title: string;
  line: number;
  /** How the kind was decided: title, alias, keyword or position. */
  by?: string;
}

export interface JsonFile {
  path: string;
  pack: string;
  config?: string;
  kind: 'markdown' | 'text';
  sections: JsonSection[];
  findings: JsonFinding[];
  fixed?: number;
  /** How the file was read, when not UTF-8 (e.g. "gb18030", "utf-16le"). */
  encoding?: string;
  /** Remarks on how the file was read (as the CLI prints them on stderr). */
  notes?: string[];
  /** `--fix-dry-run`: the whole text as --fix would leave it (only when it would change). */
  output?: string;
}

export interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  files: JsonFile[];
  skipped: { path: string; reason: string; message: string }[];
  summary: { errors: number; warnings: number; infos: number; fixable: number; files: number; unchecked: number };
}

function range(lines: LineIndex, start: number, end: number): JsonRange {
  return { ...region(lines, { start, end }), offset: start, length: end - start };
}

export function toJsonFinding(f: FileResult, x: Finding): JsonFinding {
  const out: JsonFinding = { ruleId: x.ruleId, severity: x.severity, message: x.message, ...range(f.lines, x.start, x.end) };
  if (x.fix) out.fix = { title: x.fix.title, safe: x.fix.safe, edits: x.fix.edits.map((e) => ({ ...range(f.lines, e.start, e.end), newText: e.newText })) };
  if (x.related?.length) out.related = x.related.map((r) => ({ ...range(f.lines, r.start, r.end), message: r.message }));
  if (x.data && Object.keys(x.data).length) out.data = x.data;
  const place = wordPlace(f, x.start);
  if (place) out.word = { place: place.label, quote: place.quote };
  return out;
}

export function toJsonReport(run: CheckRun, opts: { fix?: boolean } = {}): JsonReport {
  const c = countRun(run);
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: TOOL.name, version: TOOL.version },
    files: run.files.map((f) => {
      const file: JsonFile = {
        path: f.path,
        pack: f.pack,
        ...(f.configFile ? { config: f.configFile } : {}),
        kind: f.kind,
        sections: f.model.sectionNodes.map((n) => ({
          kind: n.section ?? null,
          title: n.title,
          line: f.lines.lineColumn(n.start).line,
          ...(n.sectionBy ? { by: n.sectionBy } : {}),
        })),
        findings: f.findings.map((x) => toJsonFinding(f, x)),
      };
      if (opts.fix) file.fixed = f.fixed;
      if (f.encoding !== 'utf-8') file.encoding = f.encoding;
      if (f.notes.length) file.notes = f.notes;
      if (f.original !== undefined) file.output = f.text;
      return file;
    }),
    skipped: run.skipped.map((s) => ({ path: s.path, reason: s.reason, message: s.message })),
    summary: {
      errors: c.errors,
      warnings: c.warnings,
      infos: c.infos,
      fixable: c.fixable,
      files: c.files,
      unchecked: run.skipped.filter((s) => s.reason !== 'unwritable').length,
    },
  };
}

export function formatJson(run: CheckRun, opts: { fix?: boolean } = {}): string {
  return JSON.stringify(toJsonReport(run, opts), null, 2) + '\n';
}
