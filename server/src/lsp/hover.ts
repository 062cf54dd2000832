// Hover: on a finding (whose message the editor shows already), what the rule checks, why, the standard it rests on and
// (for numbers/metrics findings) the arithmetic; on pack YAML keys, the key's
// description from rules/schema.json.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { isPair, isScalar, isSeq, parseDocument, visit, type Pair } from 'yaml';
import type { Finding } from '../engine/index.js';
import { RULES, explainFinding } from '../engine/index.js';
import type { LineIndex } from '../engine/index.js';
import schema from '../../../rules/schema.json';
import { ruleDocsHref } from '../rule-links.js';
import { ruleTitle, strings, type Locale } from './i18n.js';
import { toRange } from './diagnostics.js';

export function findingHover(findings: Finding[], offset: number, index: LineIndex, locale: Locale): Hover | null {
  const here = findings.filter((f) => f.start <= offset && offset <= Math.max(f.end, f.start + 1));
  if (!here.length) return null;
  const t = strings(locale);
  const parts: string[] = [];
  for (const f of here) {
    const meta = RULES.find((r) => r.id === f.ruleId);
    // The editor already shows the message above the hover: this says what the rule is and why.
    const href = ruleDocsHref(f.ruleId);
    const lines = [`**${meta ? ruleTitle(meta, locale) : f.ruleId}** · ${href ? `[\`${f.ruleId}\`](${href})` : `\`${f.ruleId}\``}`];
    if (meta) lines.push('', `${t.why}：${meta.rationale}`);
    if (meta?.reference) lines.push('', `${t.reference}：${meta.reference}`);
    const arith = explainFinding(f);
    if (arith.length) lines.push('', `${t.arithmetic}：`, '', '```text', ...arith, '```');
    if (f.fix) lines.push('', `💡 ${t.fixAvailable}：${f.fix.title}`);
    parts.push(lines.join('\n'));
  }
  const start = Math.min(...here.map((f) => f.start));
  const end = Math.max(...here.map((f) => f.end));
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toRange(index, { start, end }) };
}

type SchemaNode = {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  additionalProperties?: SchemaNode | boolean;
};

function child(node: SchemaNode | undefined, key: string | number): SchemaNode | undefined {
  if (!node) return undefined;
  const direct =
    typeof key === 'number' ? node.items : (node.properties?.[key] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined));
  if (direct) return direct;
  for (const alt of node.oneOf ?? []) {
    const c = child(alt, key);
    if (c) return c;
  }
  return undefined;
}

/** Description of the schema node at `path` (keys and array indexes). */
export function describeKey(path: (string | number)[]): { key: string; description: string } | undefined {
  let node: SchemaNode | undefined = schema as SchemaNode;
  for (const k of path) node = child(node, k);
  if (!node) return undefined;
  const description = node.description ?? node.oneOf?.find((o) => o.description)?.description;
  const key = String(path[path.length - 1]);
  return description ? { key, description } : undefined;
}

/** Hover on a key of a pack file or .shengao.yaml. */
export function yamlHover(text: string, offset: number, index: LineIndex): Hover | null {
  const doc = parseDocument(text, { keepSourceTokens: false });
  let found: { path: (string | number)[]; range: [number, number] } | undefined;
  visit(doc, {
    Pair(_, pair, ancestors) {
      const key = (pair as Pair).key;
      if (!isScalar(key) || !key.range || offset < key.range[0] || offset > key.range[1]) return undefined;
      const path: (string | number)[] = [];
      for (let i = 0; i < ancestors.length; i++) {
        const a = ancestors[i];
        if (isPair(a) && isScalar(a.key)) path.push(String(a.key.value));
        else if (isSeq(a)) {
          const next = ancestors[i + 1] ?? pair;
          path.push(Math.max(0, a.items.indexOf(next as never)));
        }
      }
      path.push(String(key.value));
      found = { path, range: [key.range[0], key.range[1]] };
      return visit.BREAK;
    },
  });
  if (!found) return null;
  const d = describeKey(found.path);
  if (!d) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: `**${d.key}**\n\n${d.description}\n\n\`${found.path.join('.')}\`` },
    range: toRange(index, { start: found.range[0], end: found.range[1] }),
  };
}
