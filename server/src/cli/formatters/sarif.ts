// SARIF 2.1.0 for code-scanning dashboards: rule metadata from the rules'
// own definitions, 1-based regions counted in Unicode code points.
import { ruleDocsHref } from '../../rule-links.js';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, type Severity, type Span } from '../../engine/index.js';
import type { RuleMeta } from '../../engine/index.js';
import type { CheckRun, FileResult } from '../../project/check-files.js';
import { region, TOOL } from './common.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const BASE_ID = '%SRCROOT%';

export function sarifLevel(s: Severity): Sarif.ReportingConfiguration.level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

function fence(text: string): string {
  const ticks = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${ticks}text\n${text}\n${ticks}`;
}

function ruleHelp(r: RuleMeta): { text: string; markdown: string } {
  const lines = [`${r.title}（${r.titleEn}）`, r.rationale];
  const md = [`**${r.title}** (${r.titleEn})`, '', r.rationale];
  if (r.reference) {
    lines.push(`依据：${r.reference}`);
    md.push('', `依据：${r.reference}`);
  }
  if (r.example) {
    if (r.example.previous) {
      lines.push(`去年的总结：${r.example.previous}`);
      md.push('', '去年的总结：', '', fence(r.example.previous));
    }
    lines.push(`不规范：${r.example.bad}`, `规范：${r.example.good}`);
    md.push('', '不规范：', '', fence(r.example.bad), '', '规范：', '', fence(r.example.good));
  }
  return { text: lines.join('\n'), markdown: md.join('\n') };
}

export function sarifRule(r: RuleMeta): Sarif.ReportingDescriptor {
  const helpUri = ruleDocsHref(r.id);
  return {
    id: r.id,
    ...(helpUri ? { helpUri } : {}),
    shortDescription: { text: r.title },
    fullDescription: { text: r.rationale },
    help: ruleHelp(r),
    defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
    properties: { titleEn: r.titleEn, fixable: r.fixable, ...(r.reference ? { reference: r.reference } : {}), tags: [r.id.split('/')[0]] },
  };
}

/** A relative path as a URI reference: each segment percent-encoded (汉字 file names included). */
export function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function artifactLocation(f: Pick<FileResult, 'file' | 'path'>, index?: number): Sarif.ArtifactLocation {
  const loc: Sarif.ArtifactLocation =
    f.path === f.file || f.path.startsWith('/') ? { uri: pathToFileURL(f.file).href } : { uri: relativeUri(f.path), uriBaseId: BASE_ID };
  if (index !== undefined) loc.index = index;
  return loc;
}

function sarifRegion(f: FileResult, span: Span, snippet = true): Sarif.Region {
  const r = region(f.lines, span);
  const out: Sarif.Region = { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
  if (snippet && span.end > span.start) out.snippet = { text: f.text.slice(span.start, span.end) };
  return out;
}

export function toSarif(run: CheckRun): Sarif.Log {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  run.files.forEach((f, fi) => {
    for (const x of f.findings) {
      const loc = artifactLocation(f, fi);
      const result: Sarif.Result = {
        ruleId: x.ruleId,
        level: sarifLevel(x.severity),
        message: { text: x.message },
        locations: [{ physicalLocation: { artifactLocation: loc, region: sarifRegion(f, x) } }],
      };
      const idx = ruleIndex.get(x.ruleId);
      if (idx !== undefined) result.ruleIndex = idx;
      if (x.related?.length) {
        result.relatedLocations = x.related.map((r, i) => ({
          id: i + 1,
          message: { text: r.message },
          physicalLocation: { artifactLocation: loc, region: sarifRegion(f, r) },
        }));
      }
      if (x.fix) {
        result.fixes = [
          {
            description: { text: x.fix.title },
            artifactChanges: [
              {
                artifactLocation: loc,
                replacements: x.fix.edits.map((e) => ({ deletedRegion: sarifRegion(f, e, false), insertedContent: { text: e.newText } })),
              },
            ],
          },
        ];
        result.properties = { safeFix: x.fix.safe };
      }
      if (x.data && Object.keys(x.data).length) result.properties = { ...result.properties, data: x.data };
      results.push(result);
    }
    for (const fail of f.failures) {
      notifications.push({
        level: 'error',
        message: { text: `检查 ${fail.check} 内部出错，规则 ${fail.rules.join('、')} 的结果缺失：${fail.error.split('\n')[0]}` },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(f, fi) } }],
      });
    }
  });
  for (const s of run.skipped) {
    notifications.push({
      level: 'warning',
      message: { text: `${s.path}：${s.message}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(s) } }],
    });
  }
  for (const p of run.configProblems) {
    notifications.push({ level: 'error', message: { text: `${p.error.message}（未检查：${p.paths.join('、')}）` } });
  }

  const sarifRun: Sarif.Run = {
    tool: {
      driver: {
        name: TOOL.name,
        version: TOOL.version,
        semanticVersion: TOOL.version,
        ...(TOOL.informationUri ? { informationUri: TOOL.informationUri } : {}),
        rules: RULES.map(sarifRule),
      },
    },
    originalUriBaseIds: { [BASE_ID]: { uri: pathToFileURL(run.cwd).href.replace(/\/?$/, '/') } },
    artifacts: run.files.map((f) => ({ location: artifactLocation(f), encoding: 'utf-8', roles: ['analysisTarget'] })),
    invocations: [
      { executionSuccessful: run.configProblems.length === 0 && run.files.every((f) => f.failures.length === 0), toolExecutionNotifications: notifications },
    ],
    columnKind: 'unicodeCodePoints',
    results,
  };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [sarifRun] };
}

export function formatSarif(run: CheckRun): string {
  return JSON.stringify(toSarif(run), null, 2) + '\n';
}
